/** A sample user package: the docpoet processor generates the media API's client here. */
@NullMarked
package dev.docpoet.samples.media;

import org.jspecify.annotations.NullMarked;
