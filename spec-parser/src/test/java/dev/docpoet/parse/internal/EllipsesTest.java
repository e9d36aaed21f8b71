package dev.docpoet.parse.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Ellipses are blanked where an element would be, and read strings and comments as {@link LocatedJson} does. */
class EllipsesTest {
    private static JsonNode read(String json) throws LocatedJson.Failure {
        return LocatedJson.read(Ellipses.blank(json, 0, json.length()), 0, json.length(), true).root();
    }

    @Test
    void anEllipsisLineInsideAMultiLineStringIsPartOfItsValue() throws LocatedJson.Failure {
        String json = "{\"text\": \"first\n...\nlast\", \"ids\": [1, 2, ...]}";
        JsonNode root = read(json);
        assertEquals("first ... last", root.path("text").asText(), "the string keeps its ... (its raw line breaks are spaces, as LocatedJson reads them)");
        assertEquals(2, root.path("ids").size(), "the list's ellipsis is still blanked");
    }

    @Test
    void aQuoteInACommentOpensNoString() throws LocatedJson.Failure {
        String json = "{\n  // don't list them all\n  \"ids\": [1, ...]\n}";
        assertEquals(1, read(json).path("ids").size());
    }
}
