package dev.docpoet.samples.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docpoet.client.Jackson3Codec;
import dev.docpoet.runtime.UnreadableValueException;
import dev.docpoet.runtime.Violation;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One value of another type than documented never makes a body unreadable: with a plain Jackson 2 or Jackson 3 mapper,
 * and through the generated client against a local server, the rest reads, the value's accessor throws naming it, the
 * validator reports it, and the record writes back the JSON it read.
 */
class TolerantReadTest {
    /** Every documented kind of value gone wrong once, beside values that are right. */
    static final String WRONG = """
            {"_id":"65f1","id":"T-7","subject":"Printer on fire","priority":5,
             "requester":"Ada Lovelace",
             "replies":{"channel":"email","body":"On it","sentAt":"2025-03-04T08:00:00Z"},
             "tags":["hardware",7],
             "createdAt":"blue"}""";

    /** A list of records whose one record has one value wrong: only that value is kept as read. */
    static final String WRONG_INSIDE = """
            {"_id":"65f1","id":"T-7","subject":"s","priority":"low","requester":{"name":"Ada"},
             "replies":[{"channel":"email","body":"On it","sentAt":"yesterday"},{"channel":"chat","body":"Done","sentAt":"2025-03-04T09:00:00Z"}],
             "createdAt":"2025-03-04T08:00:00Z"}""";

    @ParameterizedTest
    @ValueSource(strings = {"jackson2", "jackson3"})
    void theBodyReadsTheWrongValuesThrowWhenAskedAndComeBackAsRead(String mapper) throws Exception {
        Ticket t = read(mapper, WRONG);
        assertEquals("Printer on fire", t.subject(), "the rest of the body reads");
        assertEquals("T-7", t.id());

        UnreadableValueException createdAt = assertThrows(UnreadableValueException.class, t::createdAt);
        assertEquals("`createdAt` of Ticket is not what the docs say: at /createdAt the JSON has \"blue\", not an ISO-8601"
                + " date-time; the record keeps the value as read (see the top-level record's validate())", createdAt.getMessage());
        assertEquals("blue", createdAt.value().raw());
        assertTrue(assertThrows(UnreadableValueException.class, t::replies).getMessage()
                .contains("at /replies the JSON has {\"channel\":\"email\",\"body\":\"On it\",\"sentAt\":\"2025-03-04T08:00:00Z\"}, not an array"));
        assertTrue(assertThrows(UnreadableValueException.class, t::requester).getMessage()
                .contains("at /requester the JSON has \"Ada Lovelace\", not an object"));
        assertTrue(assertThrows(UnreadableValueException.class, t::priority).getMessage().contains("at /priority the JSON has 5, not a string"));
        assertTrue(assertThrows(UnreadableValueException.class, t::tags).getMessage().contains("at /tags/1 the JSON has 7, not a string"));

        assertEquals(List.of("/priority: 5 is not a string (kept as read)",
                "/requester: \"Ada Lovelace\" is not an object (kept as read)",
                "/replies: {\"channel\":\"email\",\"body\":\"On it\",\"sentAt\":\"2025-03-04T08:00:00Z\"} is not an array (kept as read)",
                "/tags/1: 7 is not a string (kept as read)",
                "/createdAt: \"blue\" is not an ISO-8601 date-time (kept as read)"),
                t.validate().stream().map(Violation::toString).collect(Collectors.toList()));
        assertTrue(t.validate().stream().allMatch(v -> v.rule() == Violation.Rule.TYPE), "none is called missing");

        assertEquals(Json.tree(WRONG), tree(mapper, t), "written back, the record is the JSON it read");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jackson2", "jackson3"})
    void aWrongValueInsideAListOfRecordsStaysInItsRecord(String mapper) throws Exception {
        Ticket t = read(mapper, WRONG_INSIDE);
        assertEquals(2, t.replies().size(), "the list reads");
        assertEquals(OffsetDateTime.parse("2025-03-04T09:00:00Z"), t.replies().get(1).sentAt());
        assertTrue(assertThrows(UnreadableValueException.class, () -> t.replies().get(0).sentAt()).getMessage()
                .contains("at /replies/0/sentAt the JSON has \"yesterday\""), "the pointer is the body's, not the item's");
        assertEquals("[/replies/0/sentAt: \"yesterday\" is not an ISO-8601 date-time (kept as read)]",
                t.validate().toString());
        assertEquals(Json.tree(WRONG_INSIDE), tree(mapper, t));
    }

    @Test
    void anEmptyOptionalListComesBackAndAnAbsentOneDoesNot() throws Exception {
        String empty = "{\"_id\":\"x\",\"id\":\"T-1\",\"subject\":\"s\",\"priority\":\"low\",\"requester\":{\"name\":\"n\"},"
                + "\"tags\":[],\"createdAt\":\"2025-03-04T08:00:00Z\"}";
        Ticket withEmpty = Json.JACKSON2.readValue(empty, Ticket.class);
        assertEquals(List.of(), withEmpty.tags());
        assertEquals(List.of(), withEmpty.replies(), "absent reads as empty");
        assertEquals(Json.tree(empty), Json.tree(Json.JACKSON2.writeValueAsString(withEmpty)), "[] written back, absent left out");
    }

    @Test
    void settingAValueReplacesTheOneKeptAsRead() throws Exception {
        Ticket t = Json.JACKSON2.readValue(WRONG, Ticket.class);
        OffsetDateTime now = OffsetDateTime.parse("2025-03-05T10:00:00Z");
        Ticket fixed = t.toBuilder().createdAt(now).build();
        assertEquals(now, fixed.createdAt());
        JsonNode written = Json.tree(Json.JACKSON2.writeValueAsString(fixed));
        assertEquals("2025-03-05T10:00:00Z", written.get("createdAt").asText(), "written once, the new value");
        assertFalse(fixed.additionalProperties().containsKey("createdAt"));
    }

    @Test
    void throughTheClientTheBodyIsHandedOverAndOnlyTheWrongValueThrows() throws Exception {
        try (LocalServer server = new LocalServer()) {
            server.answer(200, WRONG).answer(200, WRONG);
            for (HelpdeskClient client : List.of(HelpdeskClient.builder().baseUri(server.uri()).maxRetries(0).build(),
                    HelpdeskClient.builder().baseUri(server.uri()).maxRetries(0).json(Jackson3Codec.create()).build())) {
                Ticket t = client.tickets().get("T-7", TicketGetParams.builder().xTenantId("acme").build());
                assertEquals("Printer on fire", t.subject());
                assertThrows(UnreadableValueException.class, t::createdAt);
                assertEquals(5, t.validate().size());
            }
        }
    }

    private static Ticket read(String mapper, String json) throws Exception {
        return mapper.equals("jackson2") ? Json.JACKSON2.readValue(json, Ticket.class) : Json.JACKSON3.readValue(json, Ticket.class);
    }

    private static JsonNode tree(String mapper, Ticket t) throws Exception {
        return Json.tree(mapper.equals("jackson2") ? Json.JACKSON2.writeValueAsString(t) : Json.JACKSON3.writeValueAsString(t));
    }
}
