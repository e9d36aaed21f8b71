/** Lint: where a page contradicts itself (its example against its field list). */
@NullMarked
package dev.docpoet.parse.internal.lint;

import org.jspecify.annotations.NullMarked;
