package dev.docpoet.samples.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A component without @Nullable never hands out null: a required value the JSON lacked makes its accessor throw, naming
 * it, while the validator reports it and the record still reads and writes (Jackson 2 and 3 use the fields).
 */
class NullnessTest {
    private static final String WITHOUT_SUBJECT = "{\"_id\":\"x\",\"id\":\"T-1\",\"priority\":\"low\","
            + "\"requester\":{\"name\":\"n\"},\"createdAt\":\"2025-03-04T08:00:00Z\"}";

    @Test
    void aMissingRequiredValueThrowsNamingItAndIsReported() throws Exception {
        for (Ticket t : List.of(Json.JACKSON2.readValue(WITHOUT_SUBJECT, Ticket.class), Json.JACKSON3.readValue(WITHOUT_SUBJECT, Ticket.class))) {
            IllegalStateException e = assertThrows(IllegalStateException.class, t::subject);
            assertEquals("`subject` of Ticket is required but the JSON had none; the top-level record's validate() lists every such value",
                    e.getMessage());
            assertEquals("[/subject: required but missing]", t.validate().toString());
            assertEquals("T-1", t.id());
            // writing never throws, and never adds a null the JSON did not have
            String two = Json.JACKSON2.writeValueAsString(t);
            String three = Json.JACKSON3.writeValueAsString(t);
            assertTrue(two.contains("\"id\":\"T-1\"") && !two.contains("subject"), two);
            assertTrue(three.contains("\"id\":\"T-1\"") && !three.contains("subject"), three);
            assertTrue(t.toString().contains("subject=null"));
        }
    }

    @Test
    void aNullTheJsonHadReadsAsNoneAndIsWrittenBack() throws Exception {
        String nulls = "{\"_id\":\"x\",\"id\":\"T-1\",\"subject\":null,\"priority\":\"low\",\"requester\":{\"name\":\"n\",\"email\":null},"
                + "\"tags\":null,\"createdAt\":\"2025-03-04T08:00:00Z\"}";
        for (Ticket t : List.of(Json.JACKSON2.readValue(nulls, Ticket.class), Json.JACKSON3.readValue(nulls, Ticket.class))) {
            assertEquals("`subject` of Ticket is required but the JSON had null; the top-level record's validate() lists every such value",
                    assertThrows(IllegalStateException.class, t::subject).getMessage());
            assertEquals("[/subject: required but missing]", t.validate().toString());
            assertNull(t.requester().email());
            assertEquals(List.of(), t.tags(), "an optional list the docs never let be null is empty");
            // the docs do not let these be null, but the JSON had null: that is what is written back, with either mapper
            assertEquals(Json.tree(nulls), Json.tree(Json.JACKSON2.writeValueAsString(t)));
            assertEquals(Json.tree(nulls), Json.tree(Json.JACKSON3.writeValueAsString(t)));
        }
    }

    @Test
    void optionalListsAreNeverNull() throws Exception {
        Ticket t = Json.JACKSON2.readValue(WITHOUT_SUBJECT, Ticket.class);
        assertEquals(List.of(), t.replies());
        assertEquals(List.of(), t.tags());
    }
}
