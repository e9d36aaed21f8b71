/** A sample user package: the docpoet processor generates the storage API's client here. */
@NullMarked
package dev.docpoet.samples.storage;

import org.jspecify.annotations.NullMarked;
