/** The javac front end: reads {@code @ApiDocs}, finds the docs, and writes the generated sources through the Filer. */
@NullMarked
package dev.docpoet.processor;

import org.jspecify.annotations.NullMarked;
