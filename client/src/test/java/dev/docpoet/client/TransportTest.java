package dev.docpoet.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.docpoet.client.TestServer.Answer;
import dev.docpoet.runtime.Violation;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The runtime against a real HTTP server on 127.0.0.1: what goes on the wire, retries, errors, reading. Retry waits are
 * checked as the delays asked for ({@link Transport#sleepingWith}), not on the clock; the timeout is a hang guard only.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class TransportTest {
    record Ticket(@JsonProperty("id") String id, @JsonProperty("subject") String subject) {}

    record ErrorBody(@JsonProperty("code") String code) {}

    record NewTicket(@JsonProperty("subject") String subject, @JsonProperty("priority") Long priority) {}

    /** A builder as docpoet generates one. */
    static final class Builder extends ClientBuilder<Builder> {
        Builder(String documented, Map<String, String> pinned) {
            super(documented, pinned);
        }

        Builder endpoint(String host) {
            return hostVariable("endpoint", host);
        }

        Transport build() {
            return transport();
        }
    }

    private final TestServer server = new TestServer();

    TransportTest() throws Exception {}

    @AfterEach
    void stop() {
        server.close();
    }

    private Builder client() {
        return new Builder("https://{endpoint}/v2", Map.of("Api-Version", "2026-01-01")).baseUri(server.uri())
                .retryPolicy(RetryPolicy.defaults().backoff(Duration.ofMillis(5), Duration.ofMillis(20)));
    }

    private static Call.Builder<Ticket> getTicket(String id) {
        return Call.<Ticket>builder("GET", "/tickets/{id}", Ticket.class).path("id", id).error("404", ErrorBody.class);
    }

    @Test
    void sendsAuthPinnedVersionAndReadsTheBody() {
        server.then(Answer.json(200, "{\"id\":\"t1\",\"subject\":\"Hi\"}"));
        ApiResponse<Ticket> r = client().bearerToken("s3cret").build().send(getTicket("t1").build());
        assertEquals(new Ticket("t1", "Hi"), r.body());
        assertEquals(200, r.status());
        TestServer.Seen s = server.seen.get(0);
        assertEquals("GET", s.method());
        assertEquals("/tickets/t1", s.rawPath());
        assertEquals("Bearer s3cret", s.header("Authorization"));
        assertEquals("2026-01-01", s.header("Api-Version"), "the version the docs describe is pinned");
        assertEquals("application/json", s.header("Accept"));
    }

    @Test
    void theCallerOverridesThePinnedVersion() {
        client().header("api-version", "2027-01-01").build().send(getTicket("t1").build());
        assertEquals("2027-01-01", server.seen.get(0).header("Api-Version"));
        client().build().with(RequestOptions.none().header("Api-Version", "2028-01-01")).send(getTicket("t1").build());
        assertEquals("2028-01-01", server.seen.get(1).header("Api-Version"));
    }

    @Test
    void pathValuesAreOneEncodedSegment() {
        Transport t = client().build();
        t.send(getTicket("../admin").build());
        t.send(getTicket("..").build());
        t.send(getTicket("a b/c?d#e%").build());
        t.send(getTicket("é").build());
        assertEquals("/tickets/..%2Fadmin", server.seen.get(0).rawPath());
        assertEquals("/tickets/%2E%2E", server.seen.get(1).rawPath());
        assertEquals("/tickets/a%20b%2Fc%3Fd%23e%25", server.seen.get(2).rawPath());
        assertEquals("/tickets/%C3%A9", server.seen.get(3).rawPath());
        assertThrows(IllegalArgumentException.class, () -> getTicket("").build());
    }

    @Test
    void queryHeaderAndCookieParameters() {
        client().build().send(Call.<Ticket>builder("GET", "/tickets", Ticket.class)
                .query("tag", List.of("a b", "c,d"), true)
                .query("ids", List.of(1L, 2L), false)
                .query("open", true, true)
                .query("since", java.time.LocalDate.of(2026, 1, 2), true)
                .query("absent", null, true)
                .header("X-Workspace-Id", "w1")
                .cookie("session", "abc;1")
                .build());
        TestServer.Seen s = server.seen.get(0);
        assertEquals("tag=a%20b&tag=c%2Cd&ids=1,2&open=true&since=2026-01-02", s.rawQuery());
        assertEquals("w1", s.header("X-Workspace-Id"));
        assertEquals("session=abc%3B1", s.header("Cookie"));
    }

    /** An enum as docpoet generates them. */
    static final class Status extends dev.docpoet.runtime.OpenEnum<String, Status.Known> {
        enum Known { IN_PROGRESS, UNKNOWN }

        Status(String value) {
            super(value, Known.IN_PROGRESS, Known.UNKNOWN);
        }
    }

    @Test
    void enumsGoOutAsTheirWireValueAndDateTimesAsIso() {
        client().build().send(Call.<Ticket>builder("GET", "/tickets/{status}", Ticket.class)
                .path("status", new Status("in-progress"))
                .query("status", List.of(new Status("in-progress")), true)
                .query("after", java.time.OffsetDateTime.parse("2026-01-02T03:04:05+01:00"), true)
                .build());
        TestServer.Seen s = server.seen.get(0);
        assertEquals("/tickets/in-progress", s.rawPath());
        assertEquals("status=in-progress&after=2026-01-02T03%3A04%3A05%2B01%3A00", s.rawQuery());
    }

    @Test
    void requiredParametersAreCheckedBeforeSending() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> Call.builder("GET", "/tickets", Ticket.class).requiredQuery("q", null, true));
        assertTrue(e.getMessage().contains("`q` is a required query parameter of GET /tickets; nothing was sent"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Call.builder("GET", "/tickets/{id}", Ticket.class).build());
        assertTrue(server.seen.isEmpty());
    }

    @Test
    void lineBreaksInHeaderValuesAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> getTicket("t").header("X-Note", "a\r\nX-Admin: true"));
        assertFalse(e.getMessage().contains("X-Admin"), "the value is not echoed");
        assertThrows(IllegalArgumentException.class, () -> client().bearerToken("tok\nen"));
        assertTrue(server.seen.isEmpty());
    }

    @Test
    void tokensNeverShowInToString() {
        Transport t = client().bearerToken("s3cret").build();
        assertFalse(t.toString().contains("s3cret"), t.toString());
        assertFalse(Auth.basic("u", "pw").toString().contains("pw"));
        assertFalse(Auth.apiKeyHeader("X-API-Key", "k3y").toString().contains("k3y"));
    }

    @Test
    void apiKeysInHeaderOrQuery() {
        client().auth(Auth.apiKeyHeader("X-API-Key", "k1")).build().send(getTicket("t").build());
        client().auth(Auth.apiKeyQuery("api_key", "k 2")).build().send(getTicket("t").query("x", 1, true).build());
        client().basicAuth("user", "pw").build().send(getTicket("t").build());
        assertEquals("k1", server.seen.get(0).header("X-API-Key"));
        assertEquals("x=1&api_key=k%202", server.seen.get(1).rawQuery());
        assertEquals("Basic dXNlcjpwdw==", server.seen.get(2).header("Authorization"));
    }

    @Test
    void aDocumentedErrorIsTyped() {
        server.then(Answer.json(404, "{\"code\":\"ticket_not_found\"}"));
        ApiException e = assertThrows(ApiException.class, () -> client().build().send(getTicket("t9").build()));
        assertEquals(404, e.status());
        assertEquals("ticket_not_found", e.error(ErrorBody.class).orElseThrow().code());
        assertEquals("{\"code\":\"ticket_not_found\"}", e.rawBody());
        assertTrue(e.getMessage().startsWith("GET /tickets/t9 answered 404: a documented error"), e.getMessage());
        assertEquals(1, server.seen.size(), "a 404 is not retried");
    }

    @Test
    void aDocumentedErrorWithoutABodyIsDocumentedToo() {
        server.then(Answer.json(401, "{\"message\":\"who are you\"}"));
        ApiException e = assertThrows(ApiException.class, () -> client().build().send(getTicket("t9").error("401").build()));
        assertEquals(401, e.status());
        assertTrue(e.error().isEmpty(), "nothing documented to read it into");
        assertEquals("{\"message\":\"who are you\"}", e.rawBody());
        assertTrue(e.getMessage().startsWith("GET /tickets/t9 answered 401: a documented error"), e.getMessage());
    }

    @Test
    void undocumentedStatusesAndMalformedBodiesStillCarryTheRawBody() {
        server.then(Answer.json(418, "I'm a teapot")).then(Answer.json(404, "<html>nope</html>"))
                .then(Answer.json(200, "{\"id\":")).then(Answer.json(200, ""));
        Transport t = client().build();
        ApiException teapot = assertThrows(ApiException.class, () -> t.send(getTicket("a").build()));
        assertEquals("I'm a teapot", teapot.rawBody());
        assertTrue(teapot.error().isEmpty());
        assertTrue(teapot.getMessage().contains("a status the docs do not give"), teapot.getMessage());
        ApiException html = assertThrows(ApiException.class, () -> t.send(getTicket("b").build()));
        assertEquals("<html>nope</html>", html.rawBody());
        assertTrue(html.getMessage().contains("does not read as documented"), html.getMessage());
        ApiException malformed = assertThrows(ApiException.class, () -> t.send(getTicket("c").build()));
        assertEquals(200, malformed.status());
        assertTrue(malformed.getMessage().contains("the body is not the documented JSON"), malformed.getMessage());
        assertNotNull(malformed.getCause());
        ApiException empty = assertThrows(ApiException.class, () -> t.send(getTicket("d").build()));
        assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
    }

    @Test
    void noContentAndVoidCallsHaveNoBody() {
        server.then(new Answer(204, Map.of(), "", 0, false)).then(Answer.json(200, "ignored"));
        assertNull(client().build().send(Call.builder("DELETE", "/tickets/{id}", Void.class).path("id", "t").build()).body());
        assertNull(client().build().send(Call.builder("DELETE", "/tickets/{id}", Void.class).path("id", "t").build()).body());
    }

    @Test
    void retriesA503ThenSucceeds() {
        server.then(Answer.json(503, "busy")).then(Answer.json(503, "busy")).then(Answer.json(200, "{\"id\":\"t\",\"subject\":\"s\"}"));
        List<Duration> slept = new CopyOnWriteArrayList<>();
        Transport t = client().retryPolicy(RetryPolicy.defaults()).build().sleepingWith(slept::add);
        assertEquals("t", t.send(getTicket("t").build()).body().id());
        assertEquals(3, server.seen.size(), "two retries by default");
        assertEquals(2, slept.size(), "a wait before each retry: " + slept);
        assertBetween(375, 500, slept.get(0), "500 ms less up to a quarter of jitter");
        assertBetween(750, 1_000, slept.get(1), "doubled, less up to a quarter of jitter");
    }

    @Test
    void theBackoffDoublesUpToItsMaximumLessUpToAQuarterOfJitter() {
        RetryPolicy p = RetryPolicy.defaults();
        assertEquals(Duration.ofMillis(500), p.backoff(1, 0));
        assertEquals(Duration.ofMillis(1_000), p.backoff(2, 0));
        assertEquals(Duration.ofMillis(8_000), p.backoff(5, 0), "500 ms doubled four times is the 8 s maximum");
        assertEquals(Duration.ofMillis(8_000), p.backoff(6, 0));
        assertEquals(Duration.ofMillis(8_000), p.backoff(64, 0), "no overflow far out");
        assertEquals(Duration.ofMillis(437), p.backoff(1, 0.5));
        assertEquals(Duration.ofMillis(6_000), p.backoff(9, 1), "a quarter off at most");
        assertEquals(Duration.ZERO, p.backoff(Duration.ZERO, Duration.ofSeconds(1)).backoff(3, 0));
    }

    private static void assertBetween(long minMillis, long maxMillis, Duration d, String why) {
        assertTrue(d.toMillis() >= minMillis && d.toMillis() <= maxMillis, why + ": " + d.toMillis() + " ms is not in ["
                + minMillis + ", " + maxMillis + "]");
    }

    @Test
    void givesUpAfterTheRetriesAllowed() {
        server.always(Answer.json(503, "busy"));
        ApiException e = assertThrows(ApiException.class, () -> client().maxRetries(3).build().send(getTicket("t").build()));
        assertEquals(503, e.status());
        assertEquals(4, server.seen.size());
    }

    @Test
    void honoursRetryAfterInSecondsAndAsADateCapped() {
        List<Duration> slept = new CopyOnWriteArrayList<>();
        server.then(Answer.json(429, "slow down").header("Retry-After", "1")).then(Answer.json(200, "{}"));
        client().build().sleepingWith(slept::add).send(getTicket("t").build());
        assertEquals(List.of(Duration.ofSeconds(1)), slept, "Retry-After: 1, not the policy's backoff");

        String inAnHour = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusHours(1));
        server.then(Answer.json(429, "").header("Retry-After", inAnHour)).then(Answer.json(200, "{}"));
        client().retryPolicy(RetryPolicy.defaults().maxRetryAfter(Duration.ofMillis(200))).build().sleepingWith(slept::add)
                .send(getTicket("t").build());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofMillis(200)), slept, "an HTTP-date Retry-After an hour away is capped at 200 ms");
        assertEquals(4, server.seen.size());
    }

    @Test
    void retryAfterIsSecondsOrAnHttpDate() {
        Clock now = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
        assertEquals(Optional.of(Duration.ofSeconds(120)), RetryAfter.parse(Optional.of(" 120 "), now));
        assertEquals(Optional.of(Duration.ofSeconds(30)), RetryAfter.parse(Optional.of("Fri, 02 Jan 2026 03:04:35 GMT"), now));
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse(Optional.of("Fri, 02 Jan 2026 03:00:00 GMT"), now), "a date gone by is no wait");
        assertEquals(Optional.empty(), RetryAfter.parse(Optional.of("soon"), now));
        assertEquals(Optional.empty(), RetryAfter.parse(Optional.empty(), now));
    }

    @Test
    void aRetryAfterIsReallyWaitedOut() {
        // the real sleeper, timed by the server: at least the Retry-After; no upper bound (the class's @Timeout catches a
        // wait that never ends), so that a busy machine passes
        server.then(Answer.json(429, "slow down").header("Retry-After", "1")).then(Answer.json(200, "{}"));
        client().build().send(getTicket("t").build());
        long waited = Duration.ofNanos(server.seen.get(1).atNanos() - server.seen.get(0).atNanos()).toMillis();
        assertTrue(waited >= 1_000, "waited " + waited + " ms for Retry-After: 1");
    }

    @Test
    void aPostIsNotRetriedUnlessItHasAnIdempotencyKeyOrTheCallerOptsIn() {
        server.always(Answer.json(503, "busy"));
        Call<Ticket> post = Call.<Ticket>builder("POST", "/tickets", Ticket.class).body(new NewTicket("s", 2L)).build();
        assertThrows(ApiException.class, () -> client().build().send(post));
        assertEquals(1, server.seen.size());
        assertEquals("{\"subject\":\"s\",\"priority\":2}", server.seen.get(0).body(), "whole numbers go out whole");

        assertThrows(ApiException.class, () -> client().build().send(Call.<Ticket>builder("POST", "/tickets", Ticket.class)
                .body(new NewTicket("s", 2L)).idempotencyKey("Idempotency-Key").build()));
        assertEquals(4, server.seen.size());
        String key = server.seen.get(1).header("Idempotency-Key");
        assertNotNull(key);
        assertEquals(key, server.seen.get(3).header("Idempotency-Key"), "one key for every attempt");

        assertThrows(ApiException.class, () -> client().retryPolicy(RetryPolicy.defaults().backoff(Duration.ZERO, Duration.ZERO)
                .retryNonIdempotent(true)).build().send(post));
        assertEquals(7, server.seen.size());
    }

    @Test
    void aTimeoutIsAConnectionErrorAfterRetries() {
        // no answer until the test is over (close() ends the delay): the 100 ms timeout fires first however busy the machine
        server.always(Answer.json(200, "{}").delayed(Duration.ofMinutes(10).toMillis()));
        ApiTimeoutException e = assertThrows(ApiTimeoutException.class,
                () -> client().requestTimeout(Duration.ofMillis(100)).maxRetries(1).build().send(getTicket("t").build()));
        assertInstanceOf(HttpTimeoutException.class, e.getCause());
        assertEquals(2, e.attempts());
        assertTrue(e.getMessage().contains("within the request timeout of 100 ms"), e.getMessage());
        assertThrows(ApiConnectionException.class, () -> client().maxRetries(0).build()
                .with(RequestOptions.none().timeout(Duration.ofMillis(100))).send(getTicket("t").build()));
    }

    @Test
    void aConnectionResetIsRetried() {
        server.then(Answer.connectionReset()).then(Answer.json(200, "{\"id\":\"t\",\"subject\":\"s\"}"));
        assertEquals("t", client().build().send(getTicket("t").build()).body().id());
        assertEquals(2, server.seen.size());
        server.always(Answer.connectionReset());
        ApiConnectionException e = assertThrows(ApiConnectionException.class, () -> client().maxRetries(1).build().send(getTicket("t").build()));
        assertEquals(2, e.attempts());
    }

    @Test
    void aServerThatIsNotThereIsAConnectionError() {
        server.close();
        ApiConnectionException e = assertThrows(ApiConnectionException.class,
                () -> client().maxRetries(0).build().send(getTicket("t").build()));
        assertTrue(e.getMessage().startsWith("GET /tickets/t failed after 1 attempt"), e.getMessage());
    }

    @Test
    void responseValidationOnAndOff() {
        Call<Ticket> call = getTicket("t").<Ticket>validator(t -> t.subject() == null ? List.of(Violation.required("/subject")) : List.of()).build();
        server.always(Answer.json(200, "{\"id\":\"t\"}"));
        assertNull(client().build().send(call).body().subject(), "off by default: the body is handed over as read");
        ResponseValidationException e = assertThrows(ResponseValidationException.class,
                () -> client().validateResponses(true).build().send(call));
        assertEquals("/subject", e.violations().get(0).path());
    }

    @Test
    void asyncSendsRetriesAndFailsTheSameWay() throws Exception {
        server.then(Answer.json(503, "")).then(Answer.json(200, "{\"id\":\"t\",\"subject\":\"s\"}")).then(Answer.json(404, "{\"code\":\"x\"}"));
        Transport t = client().build();
        assertEquals("t", t.sendAsync(getTicket("t").build()).get().body().id());
        assertEquals(2, server.seen.size());
        CompletionException e = assertThrows(CompletionException.class, () -> t.sendAsync(getTicket("u").build()).join());
        assertEquals("x", ((ApiException) e.getCause()).error(ErrorBody.class).orElseThrow().code());
    }

    @Test
    void aListBodyAndItsValidator() {
        server.always(Answer.json(200, "[{\"id\":\"a\",\"subject\":\"s\"},{\"id\":\"b\"}]"));
        Call<List<Ticket>> call = Call.<List<Ticket>>builder("GET", "/tickets", Types.listOf(Ticket.class))
                .validator(Call.<Ticket>eachItem(t -> t.subject() == null ? List.of(Violation.required("/subject")) : List.of())).build();
        assertEquals(2, client().build().send(call).body().size());
        ResponseValidationException e = assertThrows(ResponseValidationException.class, () -> client().validateResponses(true).build().send(call));
        assertEquals("/1/subject", e.violations().get(0).path());
    }

    @Test
    void hostVariablesFillTheDocumentedBaseUrl() {
        Builder b = new Builder("https://{endpoint}/v2", Map.of());
        IllegalStateException e = assertThrows(IllegalStateException.class, b::build);
        assertTrue(e.getMessage().contains("needs endpoint: set it with endpoint(…)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> b.endpoint("evil.com/x?"));
        assertTrue(b.endpoint("acme.example.com").build().toString().contains("https://acme.example.com/v2"));
    }

    @Test
    void jackson3ReadsAndWritesTheSameBodies() {
        server.then(Answer.json(200, "{\"id\":\"t\",\"subject\":\"s\"}"));
        Transport t = client().json(Jackson3Codec.create()).build();
        assertEquals(new Ticket("t", "s"), t.send(getTicket("t").build()).body());
        t.send(Call.<Ticket>builder("POST", "/tickets", Ticket.class).body(new NewTicket("n", 3L)).build());
        assertEquals("{\"subject\":\"n\",\"priority\":3}", server.seen.get(1).body());
    }

    @Test
    void theCodecIsFoundOnTheClassPath() {
        assertInstanceOf(Jackson2Codec.class, JsonCodec.detect(), "Jackson 2 first when both are there");
    }
}
