/** Reading doc pages: dialect detection, the shared field tree, type expressions, and the public {@link dev.docpoet.parse.DocParser}. */
@NullMarked
package dev.docpoet.parse;

import org.jspecify.annotations.NullMarked;
