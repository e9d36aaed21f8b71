/**
 * Internal: the corrections file ({@code docpoet.corrections.yaml}) read with its places, and applied on top of what the
 * docs say, endpoint by endpoint and field by field.
 */
@NullMarked
package dev.docpoet.parse.internal.corrections;

import org.jspecify.annotations.NullMarked;
