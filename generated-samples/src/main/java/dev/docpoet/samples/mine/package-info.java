/** A sample user package whose interface declares its methods; docpoet implements them in {@code TicketsClient}. */
@NullMarked
package dev.docpoet.samples.mine;

import org.jspecify.annotations.NullMarked;
