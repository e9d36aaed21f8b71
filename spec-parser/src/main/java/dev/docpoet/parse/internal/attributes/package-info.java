/** Hugo-style attribute-heading pages: entities with one heading per field, and the method pages that return them. */
@NullMarked
package dev.docpoet.parse.internal.attributes;

import org.jspecify.annotations.NullMarked;
