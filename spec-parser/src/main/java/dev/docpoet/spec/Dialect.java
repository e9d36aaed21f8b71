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
    /** An OpenAPI 3.0 or 3.1 document, or a Swagger 2.0 one, in JSON or YAML. */
    OPENAPI
}
