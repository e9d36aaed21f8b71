package dev.docpoet.samples.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.client.Jackson3Codec;
import dev.docpoet.client.NotFoundException;
import dev.docpoet.client.RequestOptions;
import dev.docpoet.client.ResponseValidationException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The client docpoet generates for {@code @ApiDocs("helpdesk") interface Helpdesk {}} (no methods: the companion
 * {@code HelpdeskEndpoints} has one per endpoint), used as the README shows, against a server on 127.0.0.1 that answers
 * with the docs' own examples.
 */
class ClientTest {
    private final LocalServer server = new LocalServer();

    ClientTest() throws Exception {}

    @AfterEach
    void stop() {
        server.close();
    }

    private HelpdeskClient client() {
        return HelpdeskClient.builder().baseUri(server.uri()).bearerToken("tok_123").maxRetries(0).build();
    }

    @Test
    void getsATicketAsTheDocsShowIt() {
        server.answer(200, Json.example("get-ticket.mdx", "200").toString());
        HelpdeskEndpoints api = client();
        Ticket t = api.getTicket("T-1042", "acme");
        assertEquals("Printer on floor 3 jams", t.subject());
        assertEquals(TicketPriority.URGENT, t.priority());
        assertEquals(2, t.replies().size());
        LocalServer.Request r = server.requests.get(0);
        assertEquals("GET /v1/tickets/T-1042", r.method() + " " + r.pathAndQuery());
        assertEquals("acme", r.header("x-tenant-id"));
        assertEquals("Bearer tok_123", r.header("Authorization"));
        assertEquals("2025-01-01.beta", r.header("Helpdesk-Version"), "the API version the docs describe is pinned");
    }

    @Test
    void aDocumentedErrorIsTyped() {
        server.answer(404, "{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"not_found\",\"message\":\"No such thread\","
                + "\"status\":404}}");
        NotFoundException e = assertThrows(NotFoundException.class, () -> client().getThreadById("th_81"));
        assertEquals(404, e.status());
        assertEquals("not_found", e.error(NotFoundError.class).orElseThrow().error().code());
        assertTrue(e.rawBody().contains("No such thread"), e.rawBody());
    }

    @Test
    void queryParametersAndTheAsyncVariant() throws Exception {
        server.answer(200, "{\"agents\":[{\"id\":\"ag_1\",\"role\":\"admin\"}],\"nextCursor\":null}");
        AgentList page = client().listAgentsAsync("team 9", 20L, "admin").get();
        assertEquals("ag_1", page.agents().get(0).id());
        assertEquals("/v1/teams/team%209/agents?limit=20&role=admin", server.requests.get(0).pathAndQuery());
    }

    @Test
    void unknownValuesAndFieldsSurvive() {
        server.answer(200, "{\"_id\":\"x\",\"id\":\"T-1\",\"subject\":\"s\",\"priority\":\"critical\",\"createdAt\":\"2025-03-04T08:00:00Z\","
                + "\"escalated\":true}");
        Ticket t = client().getTicket("T-1", "acme");
        assertFalse(t.priority().isKnown());
        assertEquals("critical", t.priority().value());
        assertEquals(true, t.additionalProperties().get("escalated"));
    }

    @Test
    void responseValidationOnAndOff() {
        String noSubject = "{\"_id\":\"x\",\"id\":\"T-1\",\"createdAt\":\"2025-03-04T08:00:00Z\"}";
        server.answer(200, noSubject).answer(200, noSubject);
        assertEquals("T-1", client().getTicket("T-1", "acme").id(), "off: the body is handed over");
        ResponseValidationException e = assertThrows(ResponseValidationException.class, () -> HelpdeskClient.builder()
                .baseUri(server.uri()).validateResponses(true).build().getTicket("T-1", "acme"));
        assertEquals("/subject", e.violations().get(0).path());
    }

    @Test
    void jackson3AndPerCallOptions() {
        server.answer(200, Json.example("get-ticket.mdx", "200").toString());
        HelpdeskClient jackson3 = HelpdeskClient.builder().baseUri(server.uri()).json(Jackson3Codec.create()).build();
        Ticket t = jackson3.withOptions(RequestOptions.none().header("Helpdesk-Version", "2026-06-01")).getTicket("T-1042", "acme");
        assertEquals(List.of("hardware", "floor-3"), t.tags());
        assertEquals("2026-06-01", server.requests.get(0).header("Helpdesk-Version"));
    }

    @Test
    void theBaseUrlNeedsItsRegionAndTheTokenNeverShows() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> HelpdeskClient.builder().build());
        assertTrue(e.getMessage().contains("set it with region(…)"), e.getMessage());
        HelpdeskClient c = HelpdeskClient.builder().region("eu").bearerToken("tok_secret").build();
        assertTrue(c.toString().contains("https://eu.helpdesk.example"), c.toString());
        assertFalse(c.toString().contains("tok_secret"));
    }
}
