package dev.docpoet.parse.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Type expressions as real pages write them. */
class TypeExpressionTest {
    @ParameterizedTest(name = "{0} → {1} of {2}")
    @CsvSource({
        "User[],           ARRAY,  OBJECT",
        "Tag[],            ARRAY,  OBJECT",
        "string[],         ARRAY,  STRING",
        "array of Users,   ARRAY,  OBJECT",
        "array of strings, ARRAY,  STRING",
        "User,             OBJECT, UNSPECIFIED",
        "integer,          INTEGER, UNSPECIFIED",
    })
    void kinds(String written, Kind kind, Kind item) {
        TypeExpression t = TypeExpression.parse(written);
        assertEquals(kind, t.kind());
        assertEquals(item, t.itemKind());
    }
}
