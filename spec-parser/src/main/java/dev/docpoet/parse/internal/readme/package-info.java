/** ReadMe pages: magic blocks ({@code [block:parameters]}, {@code [block:code]}, {@code [block:api-header]}) read as fields, examples and endpoints. */
@NullMarked
package dev.docpoet.parse.internal.readme;

import org.jspecify.annotations.NullMarked;
