package dev.docpoet.spec;

/** The way a doc page is written, detected from its content and never from its file name alone. */
public enum Dialect {
    MINTLIFY_MDX, REDOCLY_MARKDOWN, PLAIN_MARKDOWN,
    /** An OpenAPI 3.0 or 3.1 document, or a Swagger 2.0 one, in JSON or YAML. */
    OPENAPI
}
