package dev.docpoet.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The request timeout bounds each attempt from the request to the last byte of the body, not only until the headers
 * (where the JDK stops counting). Each server here sends its headers at once and then drips the body for ever, a byte
 * every 100 ms: an idle timeout would never fire, so only a bound on the whole exchange ends these calls. Nothing is
 * timed: a test ends when the client gives up, and the class's timeout only catches a client that never does.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class RequestTimeoutTest {
    /** Headers, then one byte of a body that never ends, every 100 ms, until the client goes away. */
    private static RawServer.Handler drip(String... headers) {
        return out -> {
            out.write(RawServer.head("200 OK", headers));
            out.flush();
            boolean chunked = String.join("\n", headers).contains("chunked");
            while (true) {
                out.write(chunked ? "1\r\n \r\n".getBytes(StandardCharsets.US_ASCII) : new byte[] {' '});
                out.flush();
                Thread.sleep(100);
            }
        };
    }

    private static TransportTest.Builder client(RawServer server) {
        return new TransportTest.Builder("", Map.of()).baseUri(server.uri())
                .retryPolicy(RetryPolicy.defaults().backoff(Duration.ofMillis(5), Duration.ofMillis(20)));
    }

    private static Call<Object> get() {
        return Call.builder("GET", "/export", Object.class).build();
    }

    @Test
    void aBodyDrippedForEverEndsAtTheRequestTimeoutWithATimeoutError() throws Exception {
        try (RawServer server = new RawServer(drip("Content-Type: application/json", "Content-Length: 10000000"))) {
            ApiTimeoutException e = assertThrows(ApiTimeoutException.class,
                    () -> client(server).requestTimeout(Duration.ofSeconds(1)).maxRetries(0).build().send(get()));
            assertEquals(Duration.ofSeconds(1), e.timeout());
            assertEquals(1, e.attempts());
            assertTrue(e.getMessage().startsWith("GET /export failed after 1 attempt: no complete response within the request timeout of 1 s"),
                    e.getMessage());
            assertInstanceOf(HttpTimeoutException.class, e.getCause(), "the JDK's kind of timeout, as before the headers");
            assertInstanceOf(ApiConnectionException.class, e, "caught where a timeout was caught before");
            server.dropped.await(); // the exchange is closed, not left dripping into a buffer nobody reads
        }
    }

    @Test
    void aChunkedBodyDrippedForEverEndsTooAndEachAttemptHasTheTimeout() throws Exception {
        try (RawServer server = new RawServer(drip("Content-Type: application/json", "Transfer-Encoding: chunked"))) {
            ApiTimeoutException e = assertThrows(ApiTimeoutException.class,
                    () -> client(server).requestTimeout(Duration.ofMillis(700)).maxRetries(2).build().send(get()));
            assertEquals(3, e.attempts(), "a timeout is retried per the policy, as before");
            assertEquals(3, server.requests.get());
            assertTrue(e.getMessage().contains("within the request timeout of 700 ms"), e.getMessage());
        }
    }

    @Test
    void asyncCallsEndTheSameWay() throws Exception {
        try (RawServer server = new RawServer(drip("Content-Length: 10000000"))) {
            CompletionException e = assertThrows(CompletionException.class,
                    () -> client(server).maxRetries(1).build().with(RequestOptions.none().timeout(Duration.ofMillis(500)))
                            .sendAsync(get()).join());
            ApiTimeoutException timeout = assertInstanceOf(ApiTimeoutException.class, e.getCause());
            assertEquals(2, timeout.attempts());
            assertEquals(Duration.ofMillis(500), timeout.timeout(), "the per-call timeout, not the client's");
        }
    }

    @Test
    void aSlowButFinishedBodyWithinTheTimeoutIsRead() throws Exception {
        // three bytes 100 ms apart, then the end: well within a minute, however busy the machine
        RawServer.Handler slow = (OutputStream out) -> {
            out.write(RawServer.head("200 OK", "Content-Type: application/json", "Content-Length: 3"));
            for (byte b : "[1]".getBytes(StandardCharsets.US_ASCII)) {
                out.flush();
                Thread.sleep(100);
                out.write(b);
            }
        };
        try (RawServer server = new RawServer(slow)) {
            assertEquals(java.util.List.of(1), client(server).requestTimeout(Duration.ofMinutes(1)).build().send(get()).body());
        }
    }
}
