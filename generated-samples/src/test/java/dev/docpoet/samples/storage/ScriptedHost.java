package dev.docpoet.samples.storage;

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

/**
 * One host of an API played by a real HTTP server on 127.0.0.1: it answers from a script (a 500 when it runs out) and
 * keeps each request as one line, {@code METHOD /path?query auth=… NAME=value… body}, showing the headers it was told to.
 */
public final class ScriptedHost implements AutoCloseable {
    private final HttpServer server;
    private final List<String> shown;
    private final Deque<Object[]> answers = new ArrayDeque<>();
    /** Each request as a line, in the order they came. */
    public final List<String> seen = new CopyOnWriteArrayList<>();

    /** @param shown the request headers each line shows besides {@code Authorization} */
    public ScriptedHost(String... shown) throws IOException {
        this.shown = List.of(shown);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    public String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next answer: a status and a JSON body. */
    public synchronized ScriptedHost then(int status, String json) {
        answers.add(new Object[] {status, json});
        return this;
    }

    private void answer(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        StringBuilder line = new StringBuilder(ex.getRequestMethod()).append(' ').append(ex.getRequestURI())
                .append(" auth=").append(ex.getRequestHeaders().getFirst("Authorization"));
        for (String name : shown) line.append(' ').append(name).append('=').append(ex.getRequestHeaders().getFirst(name));
        if (!body.isEmpty()) line.append(' ').append(body);
        seen.add(line.toString());
        Object[] a;
        synchronized (this) {
            a = answers.isEmpty() ? new Object[] {500, "{}"} : answers.poll();
        }
        byte[] bytes = ((String) a[1]).getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.getResponseHeaders().add("X-Request-Id", "req-" + seen.size());
        ex.sendResponseHeaders((Integer) a[0], bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
