package dev.docpoet.spec;

/** The way a doc page is written, detected from its content and never from its file name. */
public enum Dialect {
    MINTLIFY_MDX, REDOCLY_MARKDOWN, PLAIN_MARKDOWN
}
