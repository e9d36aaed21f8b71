package dev.docpoet.samples.helpdesk;

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
import java.util.concurrent.CopyOnWriteArrayList;

/** The helpdesk API played by a real HTTP server on 127.0.0.1: it answers from a queue and keeps what it was sent. */
public final class LocalServer implements AutoCloseable {
    /** A request as the server got it. */
    public record Request(String method, String pathAndQuery, com.sun.net.httpserver.Headers headers) {
        public String header(String name) {
            return headers.getFirst(name);
        }
    }

    private final HttpServer server;
    private final Deque<Object[]> answers = new ArrayDeque<>();
    public final List<Request> requests = new CopyOnWriteArrayList<>();

    public LocalServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    public String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next answer: a status and a JSON body (empty for none). */
    public synchronized LocalServer answer(int status, String json) {
        answers.add(new Object[] {status, json});
        return this;
    }

    private void answer(HttpExchange ex) throws IOException {
        ex.getRequestBody().readAllBytes();
        requests.add(new Request(ex.getRequestMethod(), ex.getRequestURI().getRawPath()
                + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery()), ex.getRequestHeaders()));
        Object[] a;
        synchronized (this) {
            a = answers.isEmpty() ? new Object[] {500, "{\"error\":\"nothing scripted\"}"} : answers.poll();
        }
        byte[] body = ((String) a[1]).getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders((Integer) a[0], body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
