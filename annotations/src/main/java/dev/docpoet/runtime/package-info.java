/** The small runtime generated code uses: tolerant reading, validation results and format checks. */
@NullMarked
package dev.docpoet.runtime;

import org.jspecify.annotations.NullMarked;
