/** Inference: completing what the field lists leave out from the page's example JSON and prose, each step reported. */
@NullMarked
package dev.docpoet.parse.internal.infer;

import org.jspecify.annotations.NullMarked;
