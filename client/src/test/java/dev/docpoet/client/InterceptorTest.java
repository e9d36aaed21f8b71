package dev.docpoet.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.docpoet.client.TestServer.Answer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Interceptors against a real HTTP server on 127.0.0.1: they add headers to each attempt and see each response, never
 * a secret, and cannot undo what the client guarantees (its auth header, retries, the request timeout).
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class InterceptorTest {
    record Ticket(@JsonProperty("id") String id) {}

    static final class Builder extends ClientBuilder<Builder> {
        Builder() {
            super("https://api.example.com", Map.of());
        }

        Transport build() {
            return transport();
        }
    }

    private final TestServer server = new TestServer();

    InterceptorTest() throws Exception {}

    @AfterEach
    void stop() {
        server.close();
    }

    private Builder client() {
        return new Builder().baseUri(server.uri()).retryPolicy(RetryPolicy.defaults().backoff(Duration.ZERO, Duration.ZERO));
    }

    private static Call<Ticket> get() {
        return Call.<Ticket>builder("GET", "/tickets/{id}", Ticket.class).path("id", "t1").query("api_key", "k-1", true).build();
    }

    @Test
    void addsAHeaderToEveryAttemptAndSeesEveryResponse() {
        server.then(Answer.json(503, "{}")).then(Answer.json(200, "{\"id\":\"t1\"}").header("X-Request-Cost", "3"));
        AtomicInteger ids = new AtomicInteger();
        List<String> seen = new CopyOnWriteArrayList<>();
        Transport t = client().bearerToken("sk_live_1")
                .interceptor(Interceptor.header("X-Trace-Id", () -> "trace-" + ids.incrementAndGet()))
                .interceptor(Interceptor.onResponse((request, response) -> seen.add(request.attempt() + " " + request.header("X-Trace-Id")
                        + " " + response.status() + " " + response.headers().firstValue("X-Request-Cost").orElse("-"))))
                .build();
        assertEquals(new Ticket("t1"), t.send(get()).body());
        assertEquals(List.of("trace-1", "trace-2"), server.seen.stream().map(s -> s.header("X-Trace-Id")).toList(), "each attempt asks again");
        assertEquals(List.of("1 trace-1 503 -", "2 trace-2 200 3"), seen, "the retried 503 shows too");
        assertTrue(server.seen.stream().allMatch(s -> "Bearer sk_live_1".equals(s.header("Authorization"))));
    }

    @Test
    void theViewHoldsNoSecretAndCannotReplaceTheAuthHeader() {
        server.always(Answer.json(200, "{\"id\":\"t1\"}").header("Set-Cookie", "session=abc"));
        List<Interceptor.Request> requests = new CopyOnWriteArrayList<>();
        List<String> responses = new CopyOnWriteArrayList<>();
        Transport t = client().bearerToken("sk_live_1").header("X-Api-Token", "tok-2").header("X-Tenant", "acme")
                .interceptor(new Interceptor() {
                    @Override
                    public Map<String, String> beforeSend(Request request) {
                        requests.add(request);
                        return Map.of("authorization", "Bearer stolen", "X-Tenant", "other");
                    }

                    @Override
                    public void afterResponse(Request request, Response response) {
                        responses.add(response.toString());
                    }
                })
                .build();
        t.send(get());
        assertEquals("Bearer sk_live_1", server.seen.get(0).header("Authorization"), "the client sets its auth header last");
        assertEquals("other", server.seen.get(0).header("X-Tenant"), "any other header an interceptor may replace");
        Interceptor.Request view = requests.get(0);
        assertNull(view.header("Authorization"));
        assertNull(view.header("X-Api-Token"), "a header named as a secret is left out");
        assertEquals("acme", view.header("x-tenant"));
        assertEquals(server.uri() + "/tickets/t1?api_key=***", view.uri().toString());
        assertEquals("GET", view.method());
        assertFalse(view.toString().contains("sk_live_1") || view.toString().contains("tok-2") || view.toString().contains("k-1"), view.toString());
        assertFalse(responses.get(0).contains("abc"), responses.get(0));
        assertFalse(responses.get(0).contains("set-cookie"), "a secret response header is left out: " + responses.get(0));
        assertTrue(responses.get(0).contains("content-type"), "the others are seen: " + responses.get(0));
        assertTrue(client().interceptor(Interceptor.onResponse((a, b) -> {})).toString().contains("interceptors=1"));
    }

    @Test
    void whatAnInterceptorThrowsFailsTheCallAsItIs() {
        server.always(Answer.json(200, "{\"id\":\"t1\"}"));
        IllegalStateException boom = new IllegalStateException("no trace context");
        Transport before = client().interceptor(Interceptor.header("X-Trace-Id", () -> {
            throw boom;
        })).build();
        assertSame(boom, assertThrows(IllegalStateException.class, () -> before.send(get())));
        assertSame(boom, assertThrows(CompletionException.class, () -> before.sendAsync(get()).join()).getCause());
        assertEquals(0, server.seen.size(), "nothing was sent");
        Transport after = client().interceptor(Interceptor.onResponse((request, response) -> {
            throw boom;
        })).build();
        assertSame(boom, assertThrows(IllegalStateException.class, () -> after.send(get())));
        assertThrows(IllegalArgumentException.class, () -> client().interceptor(Interceptor.header("X-Bad", () -> "a\r\nb")).build().send(get()),
                "a header value that would split the request is refused, as any header is");
    }

    @Test
    void theRequestTimeoutStillBoundsEachAttempt() {
        server.then(Answer.json(200, "{\"id\":\"slow\"}").delayed(60_000)).then(Answer.json(200, "{\"id\":\"t1\"}"));
        List<Integer> attempts = new CopyOnWriteArrayList<>();
        Transport t = client().requestTimeout(Duration.ofMillis(300))
                .interceptor(new Interceptor() {
                    @Override
                    public Map<String, String> beforeSend(Request request) {
                        attempts.add(request.attempt());
                        return Map.of();
                    }
                })
                .build();
        assertEquals(new Ticket("t1"), t.send(get()).body(), "the first attempt timed out and was retried");
        assertEquals(List.of(1, 2), attempts);
    }
}
