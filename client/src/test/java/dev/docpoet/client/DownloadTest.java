package dev.docpoet.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Binary responses streamed: the body reaches the caller as an input stream that reads from the connection, so a body
 * far over the client's size cap downloads whole, and the server is never more than the network's buffers ahead of
 * the reader.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class DownloadTest {
    private static final long MiB = 1 << 20;
    private static final long TOTAL = 256 * MiB;

    private final AtomicLong written = new AtomicLong();
    private final CountDownLatch dropped = new CountDownLatch(1);
    private final HttpServer server;

    DownloadTest() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/files/big", ex -> {
            ex.getResponseHeaders().add("Content-Type", "application/octet-stream");
            ex.sendResponseHeaders(200, TOTAL);
            byte[] chunk = new byte[64 * 1024];
            for (int i = 0; i < chunk.length; i++) chunk[i] = (byte) i;
            try (OutputStream out = ex.getResponseBody()) {
                for (long sent = 0; sent < TOTAL; sent += chunk.length) {
                    out.write(chunk);
                    written.addAndGet(chunk.length);
                }
            } catch (IOException e) {
                // the client stopped reading and closed: what the early-close test waits for
                dropped.countDown();
            }
            ex.close();
        });
        server.createContext("/files/missing", ex -> {
            byte[] body = "{\"code\":\"gone\"}".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(404, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private Transport client() {
        return new TransportTest.Builder("", Map.of()).baseUri("http://127.0.0.1:" + server.getAddress().getPort())
                .maxResponseBytes(MiB).retryPolicy(RetryPolicy.defaults().backoff(Duration.ofMillis(5), Duration.ofMillis(20))).build();
    }

    private static Call<InputStream> get(String path) {
        return Call.<InputStream>builder("GET", path, InputStream.class).accept("application/octet-stream")
                .error("404", TransportTest.ErrorBody.class).build();
    }

    /** Counts what passes through it, keeping nothing. */
    static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count += n;
            return n;
        }
    }

    @Test
    void aBodyFarOverTheCapIsReadThroughAsItArrives() throws Exception {
        ApiResponse<InputStream> r = client().download(get("/files/big"));
        assertEquals(200, r.status());
        assertEquals("application/octet-stream", r.headers().firstValue("Content-Type").orElseThrow());
        try (Counting in = new Counting(r.body())) {
            byte[] buffer = new byte[8192];
            while (in.count < MiB) in.read(buffer, 0, buffer.length);
            // the server runs ahead as far as it can (it stops changing `written` once blocked) and that is at most what the
            // socket and the client's one pending read hold beyond the reader: a client that took all it was sent would
            // let it write the whole body into memory. A slow machine can only make this pass early, never fail.
            settle();
            assertTrue(written.get() < 64 * MiB, "the server is held back by the reader: " + written.get() + " bytes written");
            long sum = 0;
            for (int n; (n = in.read(buffer, 0, buffer.length)) > 0; ) {
                for (int i = 0; i < n; i++) sum += buffer[i] & 0xff;
            }
            assertEquals(TOTAL, in.count, "256 MiB through a client whose cap is 1 MiB: a download is not bounded by the cap");
            assertTrue(sum > 0);
        }
    }

    /** Waits until the server has written everything or has stopped writing for a while (it is blocked). */
    private void settle() throws InterruptedException {
        long last = -1;
        for (int still = 0; still < 50 && written.get() < TOTAL; ) {
            long now = written.get();
            still = now == last ? still + 1 : 0;
            last = now;
            Thread.sleep(10);
        }
    }

    @Test
    void closingADownloadEarlyClosesTheConnection() throws Exception {
        InputStream in = client().download(get("/files/big")).body();
        assertEquals(0, in.read());
        assertEquals(1, in.read());
        in.close();
        assertThrows(IOException.class, in::read, "closed");
        // a connection left open would leave the server blocked in a write for ever: closed, its write fails
        assertTrue(dropped.await(1, TimeUnit.MINUTES), "the server sees the connection closed");
        assertTrue(written.get() < TOTAL, "the server stopped short: " + written.get());
    }

    @Test
    void anErrorStatusIsReadWholeAndThrownAsForAnyCall() {
        NotFoundException e = assertThrows(NotFoundException.class, () -> client().download(get("/files/missing")));
        assertEquals(new TransportTest.ErrorBody("gone"), e.error(TransportTest.ErrorBody.class).orElseThrow());
        assertEquals("{\"code\":\"gone\"}", e.rawBody());
    }

    @Test
    void downloadAsyncHandsTheStreamOver() throws Exception {
        try (InputStream in = client().downloadAsync(get("/files/big")).get(1, TimeUnit.MINUTES).body()) {
            assertEquals(0, in.read());
            assertEquals(1, in.read());
        }
    }
}
