package dev.docpoet.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one singulariser: list items, prose-list subjects and generated item types all take their name from it. */
class InflectorTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "strings,           string",
        "conversationParts, conversationPart",
        "entries,           entry",
        "Entries,           Entry",
        "ENTRIES,           ENTRY",
        "dictionaries,      dictionary",
        "addresses,         address",
        "boxes,             box",
        "matches,           match",
        "wishes,            wish",
        "user objects,      user object",
        "ties,              tie",
        "status,            status",
        "analysis,          analysis",
        "address,           address",
        "as,                as",
        "data,              data",
        "string,            string",
    })
    void singular(String plural, String expected) {
        assertEquals(expected, Inflector.singular(plural));
    }
}
