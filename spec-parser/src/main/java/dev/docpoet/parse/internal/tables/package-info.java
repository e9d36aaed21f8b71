/** Markdown pages of GFM tables under request lines: hand-written and Slate pages, Widdershins and swagger2markup output. */
@NullMarked
package dev.docpoet.parse.internal.tables;

import org.jspecify.annotations.NullMarked;
