package dev.docpoet.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.docpoet.client.TestServer.Answer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Server-sent events against real servers on 127.0.0.1: a socket server that writes the stream in pieces split where
 * the standard's edge cases lie (mid-line, between a CR and its LF, inside the byte order mark), and waits until the
 * client has handed out the event before each split, so that the halves reach the client in separate reads whatever
 * the network does. Nothing is timed: latches order the two sides, and the class's timeout only catches a hang.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class StreamResponseTest {
    record Chunk(@JsonProperty("text") String text) {}

    private static final String SSE = "Content-Type: text/event-stream";

    private static TransportTest.Builder client(String uri) {
        return new TransportTest.Builder("", Map.of()).baseUri(uri)
                .retryPolicy(RetryPolicy.defaults().backoff(Duration.ofMillis(5), Duration.ofMillis(20)));
    }

    private static Call.Builder<Chunk> chunks() {
        return Call.<Chunk>builder("POST", "/chat", Chunk.class).accept("text/event-stream");
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void await(CountDownLatch latch) throws InterruptedException {
        if (!latch.await(1, TimeUnit.MINUTES)) throw new IllegalStateException("the client never got the event before the split");
    }

    @Test
    void eventsSplitAcrossWritesReadAsTheStandardSays() throws Exception {
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch second = new CountDownLatch(1);
        RawServer.Handler handler = out -> {
            out.write(RawServer.head("200 OK", SSE));
            // a byte order mark split over two writes, a comment, a block with only retry: (no event)
            out.write(0xEF);
            out.flush();
            out.write(new byte[] {(byte) 0xBB, (byte) 0xBF});
            write(out, ": hello\nretry: 1500\n\nid: 1\nevent: delta\ndata: {\"text\":\"a\"}\n\ndata: {\"text\":\r");
            await(first);
            // the LF of that CRLF comes in another read: one line end, not two (which would end the event early)
            write(out, "\ndata: \"two lines\"}\r\n\r\ndata: {\"te");
            await(second);
            // mid-line, then CR line ends; an id that persists; the docs' end of stream, and what must not be read
            write(out, "xt\":\"b\"}\rid: 7\r\r: keep-alive\n\ndata: [DONE]\n\ndata: {\"text\":\"after the end\"}\n\n");
        };
        try (RawServer server = new RawServer(handler);
                StreamResponse<Chunk> stream = client(server.uri()).build().stream(chunks().streamEnd("[DONE]").build())) {
            assertEquals(200, stream.status());
            Iterator<Chunk> it = stream.stream().iterator();
            assertEquals(new Chunk("a"), it.next());
            assertEquals("1", stream.lastEventId());
            assertEquals(Duration.ofMillis(1500), stream.retry().orElseThrow(), "a retry: block alone dispatches nothing but counts");
            first.countDown();
            assertEquals(new Chunk("two lines"), it.next(), "data: lines join with LF, which JSON reads as white space");
            second.countDown();
            assertEquals(new Chunk("b"), it.next());
            assertEquals("7", stream.lastEventId());
            assertFalse(it.hasNext(), "[DONE] ends the stream; the event after it is not read");
            assertFalse(it.hasNext());
        }
    }

    @Test
    void untypedEventsAreTheirDataAndAStreamWithoutAnEndEndsWithItsBody() throws Exception {
        String body = "data: first\ndata:second\ndata\n\n"     // three data lines; no space after the colon is kept as is
                + "data\n\n"                                     // data without a value: an event with empty data
                + "event: ping\ndata: [DONE]\n\n"                // no end the docs show: [DONE] is just data
                + "unknown: field\nid\n\n"                       // an unknown field and an empty id: no data, no event
                + "data: cut off";                               // the body ends mid-event: dropped
        try (TestServer server = new TestServer()) {
            server.then(new Answer(200, Map.of("Content-Type", "text/event-stream"), body, 0, false));
            try (StreamResponse<String> stream = client(server.uri()).build().stream(
                    Call.<String>builder("GET", "/events", String.class).accept("text/event-stream").build())) {
                assertEquals(List.of("first\nsecond\n", "", "[DONE]"), stream.stream().collect(Collectors.toList()));
                assertEquals("", stream.lastEventId(), "an empty id resets the last event ID");
            }
            assertEquals("text/event-stream", server.seen.get(0).header("Accept"));
        }
    }

    @Test
    void anErrorEventEndsTheStreamWithAnExceptionThatCarriesItsData() throws Exception {
        try (TestServer server = new TestServer()) {
            server.then(new Answer(200, Map.of("Content-Type", "text/event-stream"),
                    "id: 4\ndata: {\"text\":\"a\"}\n\nevent: error\ndata: {\"message\":\"overloaded\"}\n\ndata: {\"text\":\"b\"}\n\n", 0, false));
            StreamResponse<Chunk> stream = client(server.uri()).build().stream(chunks().build());
            Iterator<Chunk> it = stream.stream().iterator();
            assertEquals(new Chunk("a"), it.next());
            StreamErrorException e = assertThrows(StreamErrorException.class, it::hasNext);
            assertEquals("error", e.event());
            assertEquals("{\"message\":\"overloaded\"}", e.data());
            assertEquals("{\"message\":\"overloaded\"}", e.rawBody());
            assertEquals(200, e.status());
            assertEquals("4", e.lastEventId());
            assertTrue(e.getMessage().startsWith("POST /chat answered 200: the stream sent an `error` event (body: {\"message\":\"overloaded\"})"),
                    e.getMessage());
            assertInstanceOf(ApiException.class, e, "caught where every API error is");
            assertFalse(it.hasNext(), "the stream is over");
            assertTrue(stream.toString().endsWith(", closed]"), stream.toString());
        }
    }

    @Test
    void closingMidStreamClosesTheConnection() throws Exception {
        RawServer.Handler endless = out -> {
            out.write(RawServer.head("200 OK", SSE, "Transfer-Encoding: chunked"));
            // events until the client goes away: a write then fails, which counts the server's `dropped` down
            for (int i = 0; i < 50_000_000; i++) {
                byte[] event = ("data: {\"text\":\"" + i + "\"}\n\n").getBytes(StandardCharsets.UTF_8);
                out.write((Integer.toHexString(event.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(event);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        };
        try (RawServer server = new RawServer(endless)) {
            try (StreamResponse<Chunk> stream = client(server.uri()).build().stream(chunks().build())) {
                assertEquals(List.of(new Chunk("0"), new Chunk("1")), stream.stream().limit(2).collect(Collectors.toList()));
            }
            assertTrue(server.dropped.await(1, TimeUnit.MINUTES), "the server sees the connection closed");
        }
    }

    @Test
    void closingFromAnotherThreadEndsAReadThatWaits() throws Exception {
        CountDownLatch end = new CountDownLatch(1);
        RawServer.Handler oneThenSilence = out -> {
            out.write(RawServer.head("200 OK", SSE));
            write(out, "data: {\"text\":\"a\"}\n\n");
            end.await();
        };
        try (RawServer server = new RawServer(oneThenSilence)) {
            StreamResponse<Chunk> stream = client(server.uri()).build().stream(chunks().build());
            Iterator<Chunk> it = stream.stream().iterator();
            assertEquals(new Chunk("a"), it.next());
            CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(it::hasNext);
            stream.close();
            assertFalse(waiting.get(1, TimeUnit.MINUTES), "a read waiting for the next event ends, without an error");
        } finally {
            end.countDown();
        }
    }

    @Test
    void anErrorStatusIsThrownAsForAnyCallAndAStreamIsNotRetriedOnceOpen() throws Exception {
        try (TestServer server = new TestServer()) {
            server.then(Answer.json(503, "{\"code\":\"busy\"}")).then(Answer.json(429, "{\"code\":\"slow down\"}"));
            RateLimitException e = assertThrows(RateLimitException.class, () -> client(server.uri()).maxRetries(1).build().stream(
                    Call.<Chunk>builder("GET", "/events", Chunk.class).accept("text/event-stream").error("429", TransportTest.ErrorBody.class).build()));
            assertEquals(new TransportTest.ErrorBody("slow down"), e.error(TransportTest.ErrorBody.class).orElseThrow());
            assertEquals(2, server.seen.size(), "retried until the headers, as any GET");
        }
    }

    @Test
    void theSizeCapBoundsEachEventNotTheStream() throws Exception {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 100; i++) many.append("data: {\"text\":\"").append("x".repeat(80)).append("\"}\n\n");
        String big = "data: {\"text\":\"" + "y".repeat(4096) + "\"}\n\n";
        try (TestServer server = new TestServer()) {
            server.then(new Answer(200, Map.of("Content-Type", "text/event-stream"), many + big, 0, false));
            StreamResponse<Chunk> stream = client(server.uri()).maxResponseBytes(1024).build().stream(chunks().build());
            Iterator<Chunk> it = stream.stream().iterator();
            List<Chunk> read = new ArrayList<>();
            ResponseTooLargeException e = assertThrows(ResponseTooLargeException.class, () -> {
                while (it.hasNext()) read.add(it.next());
            });
            assertEquals(100, read.size(), "10 KiB of small events under a 1 KiB cap");
            assertEquals(1024, e.limit());
            assertEquals("POST /chat answered 200 with an event larger than the client's 1 KiB cap; the stream was closed"
                    + " (maxResponseBytes(…) sets the cap)", e.getMessage());
        }
    }

    @Test
    void anEventThatIsNotTheDocumentedJsonEndsTheStream() throws Exception {
        try (TestServer server = new TestServer()) {
            server.then(new Answer(200, Map.of("Content-Type", "text/event-stream"), "data: {\"text\":\"a\"}\n\ndata: not json\n\n", 0, false));
            StreamResponse<Chunk> stream = client(server.uri()).build().stream(chunks().build());
            Iterator<Chunk> it = stream.stream().iterator();
            it.next();
            ApiException e = assertThrows(ApiException.class, it::hasNext);
            assertTrue(e.getMessage().startsWith("POST /chat answered 200: an event of the stream (`message`) is not the documented JSON"),
                    e.getMessage());
            assertEquals("not json", e.rawBody());
        }
    }

    @Test
    void streamAsyncHandsTheStreamOverWithoutBlocking() throws Exception {
        try (TestServer server = new TestServer()) {
            server.then(new Answer(200, Map.of("Content-Type", "text/event-stream"), "data: {\"text\":\"a\"}\n\n", 0, false));
            try (StreamResponse<Chunk> stream = client(server.uri()).build().streamAsync(chunks().build()).get(1, TimeUnit.MINUTES)) {
                assertEquals(List.of(new Chunk("a")), stream.stream().collect(Collectors.toList()));
                assertThrows(IllegalStateException.class, stream::stream, "the events are read once");
                assertEquals(200, stream.response().status());
            }
        }
    }

    @Test
    void theParserAloneReadsAByteAtATime() throws Exception {
        byte[] text = "\uFEFFdata: a\r\ndata: b\r\rdata: c\n\nretry: x\nretry: 20\n\n".getBytes(StandardCharsets.UTF_8);
        java.io.InputStream oneByOne = new java.io.InputStream() {
            private int at;

            @Override
            public int read() {
                return at < text.length ? text[at++] & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (len == 0) return 0;
                int c = read();
                if (c < 0) return -1;
                b[off] = (byte) c;
                return 1;
            }
        };
        ServerSentEvents events = new ServerSentEvents(oneByOne, 100);
        assertEquals(new ServerSentEvents.Event("message", "a\nb", null), events.next());
        assertEquals(new ServerSentEvents.Event("message", "c", null), events.next());
        assertNull(events.next());
        assertEquals(20, events.retryMillis(), "a retry: that is not digits is ignored");
    }
}
