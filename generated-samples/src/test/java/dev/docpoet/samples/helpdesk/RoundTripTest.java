package dev.docpoet.samples.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each doc's example deserializes into the generated records and serializes back equal, with Jackson 2 and 3. */
class RoundTripTest {

    private static <T> void roundTrips(JsonNode example, Class<T> type) throws Exception {
        T two = Json.JACKSON2.treeToValue(example, type);
        JsonNode back2 = Json.JACKSON2.valueToTree(two);
        assertTrue(Json.sameJson(example, back2), () -> "Jackson 2:\n" + example + "\n" + back2);

        T three = Json.JACKSON3.readValue(example.toString(), type);
        JsonNode back3 = Json.tree(Json.JACKSON3.writeValueAsString(three));
        assertTrue(Json.sameJson(example, back3), () -> "Jackson 3:\n" + example + "\n" + back3);
        assertEquals(two, three, "both stacks read the same value");
    }

    @Test
    void mintlifyTicketExample() throws Exception {
        JsonNode example = Json.example("get-ticket.mdx", "200");
        roundTrips(example, Ticket.class);
        Ticket t = Json.JACKSON2.treeToValue(example, Ticket.class);
        assertEquals("64f1c0de9a1b2c3d4e5f6a7b", t.underscoreId());
        assertEquals("T-1042", t.id());
        assertEquals(TicketPriority.URGENT, t.priority());
        assertEquals(TicketPriority.Known.URGENT, t.priority().known());
        assertEquals("ada@example.org", t.requester().email());
        assertEquals(2, t.replies().size());
        assertEquals(Channel.CHAT, t.replies().get(1).channel());
        assertEquals(OffsetDateTime.parse("2025-03-04T08:20:30Z").toInstant(), t.replies().get(1).sentAt().toInstant());
        assertEquals(List.of("hardware", "floor-3"), t.tags());
        assertTrue(t.validate().isEmpty(), () -> t.validate().toString());
    }

    @Test
    void collapsedRedoclyThreadExampleWithItemsFromProse() throws Exception {
        JsonNode example = Json.example("get-thread.md", "200");
        roundTrips(example, GetThreadResponse.class);
        GetThreadResponse t = Json.JACKSON2.treeToValue(example, GetThreadResponse.class);
        assertEquals(GetThreadResponseStatus.ACTIVE, t.status());
        assertEquals(null, t.ownerId());
        assertEquals(2, t.messages().size());
        GetThreadResponse.Message system = t.messages().get(1);
        assertEquals(MessageKind.SYSTEM, system.kind());
        assertEquals("bot", system.author().role());
        assertEquals("planning", t.labels().get(0).name());
        assertTrue(t.validate().isEmpty(), () -> t.validate().toString());
    }

    @Test
    void sharedErrorBodyAndNumberEnum() throws Exception {
        JsonNode error = Json.tree("{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"not_found\",\"message\":\"No such team\",\"status\":404}}");
        roundTrips(error, NotFoundError.class);
        NotFoundError e = Json.JACKSON2.treeToValue(error, NotFoundError.class);
        assertEquals(NotFoundError.ErrorInfo.STATUS, e.error().status());
        assertTrue(e.validate().isEmpty());
    }

    @Test
    void agentListWithNullsAndAnOptionalFieldAbsent() throws Exception {
        JsonNode page = Json.tree("{\"agents\":[{\"id\":\"ag_1\",\"role\":\"admin\",\"online\":true,\"maxOpenTickets\":12},"
                + "{\"id\":\"ag_2\",\"role\":\"viewer\"}],\"nextCursor\":null}");
        roundTrips(page, AgentList.class);
        AgentList list = Json.JACKSON2.treeToValue(page, AgentList.class);
        assertEquals(AgentRole.VIEWER, list.agents().get(1).role());
        assertEquals(null, list.agents().get(1).online());
        assertTrue(list.validate().isEmpty());
    }

    @Test
    void absentOptionalListsAreEmptyNeverNull() throws Exception {
        Ticket t = Json.JACKSON2.readValue("{\"_id\":\"x\",\"id\":\"T-1\",\"subject\":\"s\",\"priority\":\"low\","
                + "\"requester\":{\"name\":\"n\"},\"createdAt\":\"2025-03-04T08:00:00Z\"}", Ticket.class);
        assertNotNull(t.replies());
        assertTrue(t.replies().isEmpty());
        assertFalse(Json.JACKSON2.writeValueAsString(t).contains("replies"), "an empty optional list is not written");
    }
}
