/** Inference: completing what the field lists leave out from the page's example JSON and prose, each step reported. */
@NullMarked
package dev.docpoet.infer;

import org.jspecify.annotations.NullMarked;
