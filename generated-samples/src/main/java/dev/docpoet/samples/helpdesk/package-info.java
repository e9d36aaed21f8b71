/** A sample user package: the docpoet processor generates the helpdesk API's models here. */
@NullMarked
package dev.docpoet.samples.helpdesk;

import org.jspecify.annotations.NullMarked;
