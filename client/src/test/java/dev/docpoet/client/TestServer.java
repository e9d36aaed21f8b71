package dev.docpoet.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** A real HTTP server on 127.0.0.1 that answers from a script and records every request it gets. */
final class TestServer implements AutoCloseable {
    /** One scripted answer. */
    record Answer(int status, Map<String, String> headers, String body, long delayMillis, boolean reset) {
        static Answer json(int status, String body) {
            return new Answer(status, Map.of("Content-Type", "application/json"), body, 0, false);
        }

        Answer header(String name, String value) {
            Map<String, String> h = new java.util.LinkedHashMap<>(headers);
            h.put(name, value);
            return new Answer(status, h, body, delayMillis, reset);
        }

        /** This answer after {@code millis}, or when the server closes, whichever comes first. */
        Answer delayed(long millis) {
            return new Answer(status, headers, body, millis, reset);
        }

        static Answer connectionReset() {
            return new Answer(0, Map.of(), "", 0, true);
        }
    }

    /** One request as the server saw it. */
    record Seen(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, String body, long atNanos, byte[] bytes) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> e.getValue().get(0))
                    .findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Deque<Answer> script = new ArrayDeque<>();
    private Answer fallback = Answer.json(200, "{}");
    final List<Seen> seen = new CopyOnWriteArrayList<>();

    TestServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    synchronized TestServer then(Answer a) {
        script.add(a);
        return this;
    }

    synchronized TestServer always(Answer a) {
        fallback = a;
        return this;
    }

    private synchronized Answer next() {
        return script.isEmpty() ? fallback : script.poll();
    }

    private void handle(HttpExchange ex) throws IOException {
        byte[] raw = ex.getRequestBody().readAllBytes();
        String body = new String(raw, StandardCharsets.UTF_8);
        seen.add(new Seen(ex.getRequestMethod(), ex.getRequestURI().getRawPath(), ex.getRequestURI().getRawQuery(),
                Map.copyOf(ex.getRequestHeaders()), body, System.nanoTime(), raw));
        Answer a = next();
        if (a.reset()) {
            // close the socket without an answer: the client sees the connection end mid-request
            ex.close();
            return;
        }
        if (a.delayMillis() > 0) {
            try {
                if (closed.await(a.delayMillis(), TimeUnit.MILLISECONDS)) {
                    // the test is over: a long delay ends with it, not minutes later on a stray thread
                    ex.close();
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        a.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        byte[] bytes = a.body().getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(a.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
        ex.close();
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
    }
}
