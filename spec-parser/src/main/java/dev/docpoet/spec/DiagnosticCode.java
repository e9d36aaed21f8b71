package dev.docpoet.spec;

/**
 * One entry of a diagnostic catalogue. Each layer has its own catalogue (an enum): the parser's {@link ParserCode},
 * the generator's and each front end's; IDs are stable and unique across all of them.
 */
public interface DiagnosticCode {
    /** The constant's name: every catalogue is an enum, so this is {@link Enum#name()}. */
    String name();

    /** The stable ID printed in brackets, such as {@code SpecUnclosedTag}. */
    default String id() {
        return name();
    }

    Severity severity();

    /** A message as every front end prints it, followed by this ID: {@code … [SpecUnclosedTag]}. */
    default String withId(String text) {
        return text + " [" + id() + "]";
    }
}
