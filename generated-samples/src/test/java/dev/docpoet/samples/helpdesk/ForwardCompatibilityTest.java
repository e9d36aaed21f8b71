package dev.docpoet.samples.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A server that grows new enum values and fields must not break old clients, nor lose what it sent. */
class ForwardCompatibilityTest {
    private static final String NEWER = "{\"_id\":\"x\",\"id\":\"T-1\",\"subject\":\"s\",\"priority\":\"critical\","
            + "\"requester\":{\"name\":\"n\",\"pronouns\":\"she/her\"},\"createdAt\":\"2025-03-04T08:00:00Z\","
            + "\"sla\":{\"hours\":4,\"tiers\":[\"gold\"]},\"escalated\":true}";

    @Test
    void unknownEnumValueIsKeptAndWrittenBack() throws Exception {
        for (boolean jackson3 : List.of(false, true)) {
            Ticket t = jackson3 ? Json.JACKSON3.readValue(NEWER, Ticket.class) : Json.JACKSON2.readValue(NEWER, Ticket.class);
            assertFalse(t.priority().isKnown());
            assertEquals(TicketPriority.Known.UNKNOWN, t.priority().known());
            assertEquals("critical", t.priority().value());
            String out = jackson3 ? Json.JACKSON3.writeValueAsString(t) : Json.JACKSON2.writeValueAsString(t);
            assertEquals("critical", Json.tree(out).get("priority").asText());
        }
    }

    @Test
    void unknownFieldsAreKeptAtEveryLevelAndWrittenBack() throws Exception {
        Ticket t = Json.JACKSON2.readValue(NEWER, Ticket.class);
        assertEquals(true, t.additionalProperties().get("escalated"));
        assertEquals(Map.of("hours", 4, "tiers", List.of("gold")), t.additionalProperties().get("sla"));
        assertEquals("she/her", t.requester().additionalProperties().get("pronouns"));
        JsonNode back = Json.JACKSON2.valueToTree(t);
        assertTrue(Json.sameJson(Json.tree(NEWER), back), back::toString);
        JsonNode back3 = Json.tree(Json.JACKSON3.writeValueAsString(Json.JACKSON3.readValue(NEWER, Ticket.class)));
        assertTrue(Json.sameJson(Json.tree(NEWER), back3), back3::toString);
    }

    @Test
    void enumValuesCompareByWireValue() {
        assertSame(TicketPriority.LOW, TicketPriority.of("low"), "documented values are the constants");
        assertEquals(TicketPriority.of("critical"), TicketPriority.of("critical"));
        assertNotEquals(TicketPriority.of("critical"), TicketPriority.of("Critical"));
        assertEquals(List.of(TicketPriority.LOW, TicketPriority.NORMAL, TicketPriority.URGENT), TicketPriority.documented());
        assertEquals(AgentRole.of("owner"), AgentRole.of("owner"));
        assertFalse(AgentRole.of("owner").isKnown());
        assertEquals("owner", AgentRole.of("owner").toString());
    }

    @Test
    void aOneValueEnumIsAConstantThatAnotherValueStillReadsInto() throws Exception {
        assertEquals(404L, NotFoundError.ErrorInfo.STATUS);
        NotFoundError e = Json.JACKSON2.readValue("{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"not_found\","
                + "\"message\":\"m\",\"status\":418}}", NotFoundError.class);
        assertEquals(418L, e.error().status(), "a value the docs do not list is kept");
        assertEquals("[/error/status: 418 is not one of [404]]", e.validate().toString());
    }

    @Test
    void openEnumsFromExamplesAcceptOtherValuesWithoutViolation() throws Exception {
        Ticket t = Json.JACKSON2.readValue("{\"_id\":\"x\",\"id\":\"T-1\",\"subject\":\"s\",\"priority\":\"low\","
                + "\"requester\":{\"name\":\"n\"},\"createdAt\":\"2025-03-04T08:00:00Z\","
                + "\"replies\":[{\"channel\":\"sms\",\"body\":\"b\",\"sentAt\":\"2025-03-04T08:00:00Z\"}]}", Ticket.class);
        assertFalse(t.replies().get(0).channel().isKnown());
        assertTrue(t.validate().isEmpty(), "channel is documented by example (e.g.), so others are allowed");
    }
}
