package dev.docpoet.parse.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Enum values as real pages write them in prose. */
class ProseEnumsTest {
    @Test
    void quotesInsideCodeSpansAreNotPartOfTheValue() {
        assertEquals(new ProseEnums.Found(List.of("DENSE", "SPARSE", "HYBRID"), false),
                ProseEnums.find("Available options: `\"DENSE\"`, `\"SPARSE\"`, `\"HYBRID\"`"));
    }

    @Test
    void theOnlyPossibleValueIsAOneValueEnum() {
        assertEquals(new ProseEnums.Found(List.of("IDF"), false), ProseEnums.find("Modifier. Only possible value is `IDF`."));
    }

    @Test
    void otherPossibleValuesCompleteTheDefault() {
        assertEquals(new ProseEnums.Found(List.of("RRF", "DBSF"), false),
                ProseEnums.find("Fusion algorithm. Default is `RRF`. Other possible value is `DBSF`."));
    }

    @Test
    void proseWithoutValuesHasNone() {
        assertNull(ProseEnums.find("The value of the thing, e.g. a number."));
    }
}
