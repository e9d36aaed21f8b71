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
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The client docpoet generates for {@code @ApiDocs("helpdesk") interface Helpdesk {}} (no methods: the companion
 * {@code HelpdeskEndpoints} hands out a group per resource, {@code tickets()}, {@code teams().agents()},
 * {@code threads()}), used as the README shows, against a server on 127.0.0.1 that answers with the docs' own examples.
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

    /** The ticket's parameters: the docs require the tenant header. */
    private static TicketGetParams tenant(String tenant) {
        return TicketGetParams.builder().xTenantId(tenant).build();
    }

    @Test
    void theCallsTheReadmeShows() throws Exception {
        server.answer(200, Json.example("get-ticket.mdx", "200").toString())
                .answer(200, "{\"agents\":[{\"id\":\"ag_1\",\"role\":\"admin\"}],\"nextCursor\":null}")
                .answer(200, "{\"agents\":[],\"nextCursor\":null}")
                .answer(404, "{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"not_found\",\"message\":\"No such thread\",\"status\":404}}");
        HelpdeskClient helpdesk = client();
        Ticket t = helpdesk.tickets().get("T-1042",
                TicketGetParams.builder().xTenantId("acme").build());
        AgentList admins = helpdesk.teams().agents().list("team_9",
                TeamAgentListParams.builder().limit(20L).role(AgentRole.ADMIN).build());
        CompletableFuture<AgentList> all = helpdesk.teams().agents().listAsync("team_9");
        // the server answers in the order requests arrive: the async one must be in before the next is sent
        all.join();
        NotFoundException e = assertThrows(NotFoundException.class, () -> helpdesk.threads().get("th_404"));
        assertEquals("T-1042", t.id());
        assertEquals(AgentRole.ADMIN, admins.agents().get(0).role());
        assertEquals(List.of(), all.get().agents());
        assertEquals("not_found", e.error(NotFoundError.class).orElseThrow().error().code());
        assertEquals(List.of("GET /v1/tickets/T-1042", "GET /v1/teams/team_9/agents?limit=20&role=admin", "GET /v1/teams/team_9/agents",
                "GET /v2/threads/th_404"), server.requests.stream().map(r -> r.method() + " " + r.pathAndQuery()).toList());
    }

    @Test
    void getsATicketAsTheDocsShowIt() {
        server.answer(200, Json.example("get-ticket.mdx", "200").toString());
        HelpdeskEndpoints api = client();
        Ticket t = api.tickets().get("T-1042", tenant("acme"));
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
        NotFoundException e = assertThrows(NotFoundException.class, () -> client().threads().get("th_81"));
        assertEquals(404, e.status());
        assertEquals("not_found", e.error(NotFoundError.class).orElseThrow().error().code());
        assertTrue(e.rawBody().contains("No such thread"), e.rawBody());
    }

    @Test
    void queryParametersWithDocumentedValuesTakeTheBodysEnumAndTheAsyncVariant() throws Exception {
        server.answer(200, "{\"agents\":[{\"id\":\"ag_1\",\"role\":\"admin\"}],\"nextCursor\":null}")
                .answer(200, "{\"agents\":[],\"nextCursor\":null}");
        HelpdeskTeamsAgents agents = client().teams().agents();
        AgentList page = agents.listAsync("team 9", TeamAgentListParams.builder().limit(20L).role(AgentRole.ADMIN).build()).get();
        AgentList.Agent admin = page.agents().get(0);
        assertEquals("ag_1", admin.id());
        assertEquals("/v1/teams/team%209/agents?limit=20&role=admin", server.requests.get(0).pathAndQuery());
        // the role read from a body goes straight back into a query: one type
        agents.list("team_9", TeamAgentListParams.builder().role(admin.role()).build());
        assertEquals("/v1/teams/team_9/agents?role=admin", server.requests.get(1).pathAndQuery());
    }

    @Test
    void withEveryParameterOptionalAFormWithoutThem() {
        server.answer(200, "{\"agents\":[],\"nextCursor\":null}");
        assertEquals(List.of(), client().teams().agents().list("team_9").agents());
        assertEquals("/v1/teams/team_9/agents", server.requests.get(0).pathAndQuery(), "nothing unset is sent");
    }

    @Test
    void aParameterTheDocsRequireIsRefusedUnsetBeforeAnythingIsSent() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> TicketGetParams.builder().build());
        assertEquals("`x-tenant-id` is a required header parameter of GET /v1/tickets/{ticketId}: set it with xTenantId(…)", e.getMessage());
        assertEquals(tenant("acme"), tenant("acme").toBuilder().build(), "parameters are values");
        assertTrue(server.requests.isEmpty());
    }

    @Test
    void unknownValuesAndFieldsSurvive() {
        server.answer(200, "{\"_id\":\"x\",\"id\":\"T-1\",\"subject\":\"s\",\"priority\":\"critical\",\"createdAt\":\"2025-03-04T08:00:00Z\","
                + "\"escalated\":true}");
        Ticket t = client().tickets().get("T-1", tenant("acme"));
        assertFalse(t.priority().isKnown());
        assertEquals("critical", t.priority().value());
        assertEquals(true, t.additionalProperties().get("escalated"));
    }

    @Test
    void responseValidationOnAndOff() {
        String noSubject = "{\"_id\":\"x\",\"id\":\"T-1\",\"createdAt\":\"2025-03-04T08:00:00Z\"}";
        server.answer(200, noSubject).answer(200, noSubject);
        assertEquals("T-1", client().tickets().get("T-1", tenant("acme")).id(), "off: the body is handed over");
        ResponseValidationException e = assertThrows(ResponseValidationException.class, () -> HelpdeskClient.builder()
                .baseUri(server.uri()).validateResponses(true).build().tickets().get("T-1", tenant("acme")));
        assertEquals("/subject", e.violations().get(0).path());
    }

    @Test
    void jackson3AndPerCallOptions() {
        server.answer(200, Json.example("get-ticket.mdx", "200").toString());
        HelpdeskClient jackson3 = HelpdeskClient.builder().baseUri(server.uri()).json(Jackson3Codec.create()).build();
        Ticket t = jackson3.withOptions(RequestOptions.none().header("Helpdesk-Version", "2026-06-01")).tickets().get("T-1042", tenant("acme"));
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
