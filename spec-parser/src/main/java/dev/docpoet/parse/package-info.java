/**
 * The spec parser's public entry points: {@link dev.docpoet.parse.DocParser} (a page in, its model out) and
 * {@link dev.docpoet.parse.DocPages} (which files are pages). Everything under {@code internal} may change at any time.
 */
@NullMarked
package dev.docpoet.parse;

import org.jspecify.annotations.NullMarked;
