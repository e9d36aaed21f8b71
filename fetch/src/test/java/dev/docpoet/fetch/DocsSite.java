package dev.docpoet.fetch;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

/**
 * A small Mintlify-like docs site on 127.0.0.1 for tests: an {@code llms.txt}, pages served as {@code .md} with the
 * generated header on top, a stub page and its spec, and whatever else a test puts (a 404 is anything not put, a slow
 * page, a redirect, a server error). It answers conditional requests by ETag, as real sites do, and logs every request.
 */
public final class DocsSite implements AutoCloseable {
    /**
     * One answer.
     *
     * @param hang where it waits for {@link #close()}: never, before its headers, or after its headers and the first
     *     half of its body
     */
    public record Answer(int status, byte[] body, long delayMillis, Map<String, String> headers, Hang hang) {
        public Answer(int status, byte[] body, long delayMillis, Map<String, String> headers) {
            this(status, body, delayMillis, headers, Hang.NEVER);
        }
    }

    /** Where an answer waits until the test is over: a server that does not answer, or one that stalls halfway. */
    public enum Hang { NEVER, BEFORE_HEADERS, AFTER_HEADERS }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch released = new CountDownLatch(1);

    public DocsSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requests.add(exchange.getRequestMethod() + " " + path);
            Answer a = answers.get(path);
            try (exchange) {
                if (a == null) {
                    byte[] b = "not found".getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(404, b.length);
                    exchange.getResponseBody().write(b);
                    return;
                }
                if (a.delayMillis() > 0) Thread.sleep(a.delayMillis());
                if (a.hang() == Hang.BEFORE_HEADERS) released.await();
                a.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
                if (a.status() == 200) {
                    String etag = "\"" + Hashes.sha256(a.body()).substring(0, 16) + "\"";
                    exchange.getResponseHeaders().add("ETag", etag);
                    if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                        exchange.sendResponseHeaders(304, -1);
                        return;
                    }
                }
                exchange.sendResponseHeaders(a.status(), a.body().length == 0 ? -1 : a.body().length);
                try (OutputStream out = exchange.getResponseBody()) {
                    if (a.hang() == Hang.AFTER_HEADERS) {
                        out.write(a.body(), 0, a.body().length / 2);
                        out.flush();
                        released.await();
                    }
                    out.write(a.body());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // the client went away (a timeout): nothing to answer
            }
        });
        server.start();
    }

    /** {@code http://127.0.0.1:PORT}, without a slash at the end. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The same server under another host name: a redirect there goes to another host. */
    public String otherHostUrl() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    public DocsSite put(String path, String body) {
        answers.put(path, new Answer(200, body.getBytes(StandardCharsets.UTF_8), 0, Map.of()));
        return this;
    }

    /** A page as Mintlify serves its .md: the generated header on top of the page's MDX. */
    public DocsSite page(String path, String mdx) {
        return put(path + ".md", "> ## Documentation Index\n> Fetch the complete documentation index at: " + url() + "/llms.txt\n"
                + "> Use this file to discover all available pages before exploring further.\n\n" + mdx);
    }

    public DocsSite answer(String path, int status, String body, long delayMillis, Map<String, String> headers) {
        answers.put(path, new Answer(status, body.getBytes(StandardCharsets.UTF_8), delayMillis, headers));
        return this;
    }

    public DocsSite slow(String path, String body, long delayMillis) {
        return answer(path, 200, body, delayMillis, Map.of());
    }

    /** A page that never answers while the test runs: {@link #close()} lets it go. */
    public DocsSite hang(String path, String body) {
        answers.put(path, new Answer(200, body.getBytes(StandardCharsets.UTF_8), 0, Map.of(), Hang.BEFORE_HEADERS));
        return this;
    }

    /** A page whose headers and first half arrive, then nothing while the test runs: {@link #close()} lets it go. */
    public DocsSite stall(String path, String body) {
        answers.put(path, new Answer(200, body.getBytes(StandardCharsets.UTF_8), 0, Map.of(), Hang.AFTER_HEADERS));
        return this;
    }

    public DocsSite redirect(String path, String location) {
        return answer(path, 301, "", 0, Map.of("Location", location));
    }

    public DocsSite remove(String path) {
        answers.remove(path);
        return this;
    }

    public String body(String path) {
        return new String(answers.get(path).body(), StandardCharsets.UTF_8);
    }

    public List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public void clearRequests() {
        requests.clear();
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
    }
}
