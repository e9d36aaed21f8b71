/** OpenAPI 3.1 export of the spec model (the {@code docpoet openapi} contract, DESIGN §7). */
@NullMarked
package dev.docpoet.openapi;

import org.jspecify.annotations.NullMarked;
