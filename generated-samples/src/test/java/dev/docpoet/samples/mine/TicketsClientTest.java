package dev.docpoet.samples.mine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docpoet.client.ApiResponse;
import dev.docpoet.samples.helpdesk.LocalServer;
import org.junit.jupiter.api.Test;

/** The client docpoet generates for the methods the user declares on {@code Tickets}, against a local server. */
class TicketsClientTest {
    @Test
    void theDeclaredMethodsCallTheirEndpoints() throws Exception {
        try (LocalServer server = new LocalServer()) {
            server.answer(200, "{\"_id\":\"x\",\"id\":\"T-7\",\"subject\":\"Jam\",\"createdAt\":\"2025-03-04T08:00:00Z\"}")
                    .answer(200, "{\"agents\":[],\"nextCursor\":null}");
            Tickets tickets = TicketsClient.builder().baseUri(server.uri()).bearerToken("t").build();
            assertEquals("T-7: Jam", tickets.describe(tickets.getTicket("T-7", "acme")));
            ApiResponse<AgentList> page = tickets.agents("team_9", null).get();
            assertEquals(200, page.status());
            assertEquals("application/json", page.headers().firstValue("Content-Type").orElseThrow());
            assertEquals("acme", server.requests.get(0).header("x-tenant-id"));
            assertEquals("/v1/teams/team_9/agents", server.requests.get(1).pathAndQuery(), "an optional parameter left off is not sent");
        }
    }
}
