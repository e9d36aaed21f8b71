package dev.docpoet.samples.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docpoet.runtime.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Generated validators report exactly the violations of a payload, each with its JSON pointer. */
class ValidatorTest {

    private static List<String> violations(List<Violation> vs) {
        return vs.stream().map(Violation::toString).toList();
    }

    @Test
    void brokenTicket() throws Exception {
        Ticket t = Json.JACKSON2.readValue("{\"id\":\"T-1\",\"priority\":\"critical\","
                + "\"requester\":{\"email\":\"not-an-address\",\"website\":\"not a uri\"},"
                + "\"replies\":[{\"channel\":\"email\",\"body\":\"ok\",\"sentAt\":\"2025-03-04T08:00:00Z\"},{\"channel\":\"chat\"}],"
                + "\"createdAt\":\"2025-03-04T08:00:00Z\"}", Ticket.class);
        assertEquals(List.of(
                "/_id: required but missing",
                "/subject: required but missing",
                "/priority: critical is not one of [low, normal, urgent]",
                "/requester/name: required but missing",
                "/requester/email: not-an-address is not a valid email",
                "/requester/website: not a uri is not a valid uri",
                "/replies/1/body: required but missing",
                "/replies/1/sentAt: required but missing"), violations(t.validate()));
    }

    @Test
    void brokenThreadDeepInAList() throws Exception {
        GetThreadResponse t = Json.JACKSON2.readValue("{\"object\":\"thread\",\"id\":\"th\",\"status\":\"frozen\",\"pinned\":false,"
                + "\"ownerId\":null,\"lockedAt\":null,\"createdAt\":\"2025-02-10T11:58:00Z\","
                + "\"labels\":[{\"color\":\"#fff\"}],\"messages\":[{\"id\":\"m1\",\"kind\":\"video\"}]}", GetThreadResponse.class);
        Violation status = t.validate().get(0);
        assertEquals("/status", status.path());
        assertEquals(Violation.Rule.ENUM, status.rule());
        assertEquals("frozen", status.value());
        assertEquals(List.of(
                "/status: frozen is not one of [active, locked, archived]",
                "/labels/0/name: required but missing"), violations(t.validate()),
                "ownerId and lockedAt are required but nullable; message kind is an open enum; inferred fields are optional");
    }

    @Test
    void requiredListMissingAndNumberEnumOutOfRange() throws Exception {
        AgentList list = Json.JACKSON2.readValue("{}", AgentList.class);
        assertEquals(List.of("/agents: required but missing", "/nextCursor: required but missing"), violations(list.validate()),
                "nextCursor may be null, but the docs require it: a JSON without it lacks it");
        NotFoundError e = Json.JACKSON2.readValue("{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"gone\","
                + "\"message\":\"m\",\"status\":410}}", NotFoundError.class);
        assertEquals(List.of("/error/code: gone is not one of [not_found]", "/error/status: 410 is not one of [404]"),
                violations(e.validate()));
    }

    @Test
    void validPayloadHasNoViolations() throws Exception {
        AgentList list = Json.JACKSON3.readValue("{\"agents\":[],\"nextCursor\":null}", AgentList.class);
        assertEquals(List.of(), list.validate());
    }
}
