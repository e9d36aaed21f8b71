package dev.docpoet.samples.catalog;

import dev.docpoet.ApiDocs;

/**
 * The catalog API as its OpenAPI file {@code src/main/docs/catalog/openapi.yaml} describes it: six lists, each paged
 * another way (a cursor, the last item's id, page numbers, offsets, page numbers over a bare list, a {@code Link}
 * header). Compiling this interface generates {@code CatalogClient}, whose groups offer {@code listAutoPaging} beside
 * each {@code list}.
 */
@ApiDocs("catalog/openapi.yaml")
public interface Catalog {}
