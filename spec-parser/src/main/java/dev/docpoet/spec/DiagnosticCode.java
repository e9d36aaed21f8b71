package dev.docpoet.spec;

/**
 * One entry of a diagnostic catalogue. Each layer has its own catalogue (an enum): the parser's {@link ParserCode},
 * the generator's and each front end's; IDs are stable and unique across all of them.
 */
public interface DiagnosticCode {
    /** The stable ID printed in brackets, such as {@code SpecUnclosedTag}. */
    String id();

    Severity severity();
}
