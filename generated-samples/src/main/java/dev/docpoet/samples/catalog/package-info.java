/** A sample user package whose OpenAPI file pages its lists six ways; docpoet adds auto-paging to {@code CatalogClient}. */
@NullMarked
package dev.docpoet.samples.catalog;

import org.jspecify.annotations.NullMarked;
