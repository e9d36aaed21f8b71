package dev.docpoet.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.client.TestServer.Answer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A response body over the client's cap is refused, by its {@code Content-Length} or by counting bytes as they arrive,
 * and never retried; a body without end cannot exhaust the heap. Against real servers on 127.0.0.1.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ResponseSizeCapTest {
    private static final int MiB = 1 << 20;
    private final TestServer server = new TestServer();

    ResponseSizeCapTest() throws IOException {}

    @AfterEach
    void stop() {
        server.close();
    }

    private static TransportTest.Builder client(String uri) {
        return new TransportTest.Builder("", Map.of()).baseUri(uri)
                .retryPolicy(RetryPolicy.defaults().backoff(Duration.ofMillis(5), Duration.ofMillis(20)));
    }

    private static Call<Object> get() {
        return Call.builder("GET", "/export", Object.class).build();
    }

    private static String json(int bytes) {
        return "\"" + "x".repeat(bytes - 2) + "\"";
    }

    @Test
    void aBodyOverTheCapIsRefusedByItsContentLengthAndNotRetried() {
        server.always(Answer.json(200, json(2 * MiB)));
        ResponseTooLargeException e = assertThrows(ResponseTooLargeException.class,
                () -> client(server.uri()).maxResponseBytes(MiB).build().send(get()));
        assertEquals(1, server.seen.size(), "as large again on a retry: sent once, though a GET with retries left");
        assertEquals(200, e.status());
        assertEquals(MiB, e.limit());
        assertEquals("", e.rawBody(), "nothing of it was kept");
        assertEquals("GET /export answered 200 with a body larger than the client's 1 MiB cap (Content-Length: 2097152); it was not"
                + " read (maxResponseBytes(…) sets the cap)", e.getMessage());
        assertInstanceOf(ApiException.class, e, "the server answered: callers who catch ApiException see it");
    }

    @Test
    void aRetryableStatusWithABodyOverTheCapIsNotRetriedEither() {
        server.always(Answer.json(503, json(2 * MiB)));
        ResponseTooLargeException e = assertThrows(ResponseTooLargeException.class,
                () -> client(server.uri()).maxResponseBytes(MiB).build().send(get()));
        assertEquals(503, e.status());
        assertEquals(1, server.seen.size());
    }

    @Test
    void aBodyAtTheCapIsRead() {
        server.always(Answer.json(200, json(MiB)));
        assertEquals(MiB - 2, ((String) client(server.uri()).maxResponseBytes(MiB).build().send(get()).body()).length());
        ApiException error = assertThrows(ApiException.class, () -> client(server.uri()).maxResponseBytes(MiB).build()
                .send(Call.builder("GET", "/export", Integer.class).build()));
        assertEquals(MiB, error.rawBytes().length, "an error body within the cap is kept whole");
    }

    /** A chunked body of 64 KiB chunks that never ends: only counting its bytes can refuse it. */
    private static RawServer.Handler endless(String status) {
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) ' ');
        byte[] size = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        return out -> {
            out.write(RawServer.head(status, "Content-Type: application/json", "Transfer-Encoding: chunked"));
            while (true) {
                out.write(size);
                out.write(chunk);
                out.write('\r');
                out.write('\n');
            }
        };
    }

    @Test
    void aChunkedBodyWithoutLengthIsCountedAndRefusedAtTheCap() throws Exception {
        try (RawServer endless = new RawServer(endless("200 OK"))) {
            ResponseTooLargeException e = assertThrows(ResponseTooLargeException.class,
                    () -> client(endless.uri()).maxResponseBytes(MiB).requestTimeout(Duration.ofMinutes(10)).build().send(get()));
            assertEquals(MiB, e.limit());
            assertFalse(e.getMessage().contains("Content-Length"), e.getMessage());
            assertEquals(1, endless.requests.get(), "not retried");
            endless.dropped.await(); // the client stopped reading and closed the connection
        }
    }

    @Test
    void asyncCallsAreCappedTheSameWay() throws Exception {
        try (RawServer endless = new RawServer(endless("500 Internal Server Error"))) {
            CompletionException e = assertThrows(CompletionException.class,
                    () -> client(endless.uri()).maxResponseBytes(MiB).build().sendAsync(get()).join());
            assertEquals(500, assertInstanceOf(ResponseTooLargeException.class, e.getCause()).status());
            assertEquals(1, endless.requests.get());
        }
    }

    @Test
    void theDefaultCapIs64MiBAndACapMustFitAnArray() {
        assertEquals(64L * MiB, ClientBuilder.DEFAULT_MAX_RESPONSE_BYTES);
        assertThrows(IllegalArgumentException.class, () -> client(server.uri()).maxResponseBytes(0));
        assertThrows(IllegalArgumentException.class, () -> client(server.uri()).maxResponseBytes(Integer.MAX_VALUE));
    }

    @Test
    void anOutOfMemoryErrorIsNeverRetriedAsAConnectionFailure() {
        // the JDK hands what a body subscriber failed with to a blocking send inside an IOException, and to an async
        // one inside a CompletionException: both are looked through
        OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
        for (Throwable thrown : List.of(new IOException("Java heap space", oom), new CompletionException(oom),
                new CompletionException(new IOException(oom)))) {
            AttemptFailure f = AttemptFailure.of(thrown);
            assertFalse(f.retryable(), thrown.toString());
            assertSame(oom, f.toThrowable("GET /export", 1, Duration.ofSeconds(1)), "handed back as it is, not wrapped");
        }
        assertTrue(AttemptFailure.of(new ConnectException()).retryable());
        assertTrue(AttemptFailure.of(new CompletionException(new HttpTimeoutException("x"))).retryable());
        assertFalse(AttemptFailure.of(new IOException("x", new BoundedBody.TooLarge(200, java.net.http.HttpHeaders.of(Map.of(),
                (a, b) -> true), MiB, -1))).retryable());
    }
}
