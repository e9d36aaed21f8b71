/** Redocly markdown exports, read the same whether their line breaks survived scraping or not. */
@NullMarked
package dev.docpoet.parse.internal.redocly;

import org.jspecify.annotations.NullMarked;
