package dev.docpoet.spec;

/** The way a doc page is written, detected from its content and never from its file name alone. */
public enum Dialect {
    /** Mintlify MDX, and the pages Fern and Scalar write with the same {@code <ParamField>}/{@code <ResponseField>} tags. */
    MINTLIFY_MDX, REDOCLY_MARKDOWN, PLAIN_MARKDOWN,
    /** GitBook markdown with {@code {% swagger %}} blocks (or blocks that point at a spec). */
    GITBOOK_MARKDOWN,
    /** ReadMe markdown with {@code [block:parameters]} magic blocks. */
    README_MARKDOWN,
    /** A page docusaurus-openapi-docs generated: the operation itself, in its front matter or its components' props. */
    DOCUSAURUS_OPENAPI,
    /**
     * Markdown whose endpoints are a request line ({@code `GET /path`}, a fenced {@code http} block, {@code ### HTTP Request})
     * and whose parameters and fields are GFM tables: hand-written and Slate pages, Widdershins and swagger2markup output.
     */
    GFM_TABLES,
    /**
     * Hugo-style pages with one {@code ### `attr`} heading per field ({@code **Description:**}, {@code **Type:**}), and method
     * pages ({@code ```http} request line, definition-list parameters) that return those entities.
     */
    ATTRIBUTE_HEADINGS,
    /** An OpenAPI 3.0 or 3.1 document, or a Swagger 2.0 one, in JSON or YAML. */
    OPENAPI
}
