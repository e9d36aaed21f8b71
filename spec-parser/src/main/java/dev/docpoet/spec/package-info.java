/** The spec model: what a doc page says about an API, independent of how the page was written. */
@NullMarked
package dev.docpoet.spec;

import org.jspecify.annotations.NullMarked;
