package dev.docpoet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A generated client sending what the docs describe: a request body made with the generated builder, the
 * idempotency key the docs give, every parameter kind, against a server on 127.0.0.1.
 */
class ClientCallTest {
    @Test
    void aRequestBodyFromTheBuilderGoesOutAsJsonWithAnIdempotencyKey() throws Exception {
        Compilation c = Compiler.compileWithClient(JavaFileObjects.forSourceString("test.Acme",
                "package test;\n@SuppressWarnings(\"docpoet:InferFieldsFromExample\") // the 404 body, from its example\n"
                        + "@dev.docpoet.ApiDocs(\"client\")\npublic interface Acme {}\n"));
        assertThat(c).succeededWithoutWarnings();
        CompiledClasses classes = new CompiledClasses(c);

        List<Map<String, String>> seen = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            seen.add(Map.of("line", ex.getRequestMethod() + " " + ex.getRequestURI().getRawPath()
                    + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery()),
                    "body", body, "key", String.valueOf(ex.getRequestHeaders().getFirst("Idempotency-Key")),
                    "version", String.valueOf(ex.getRequestHeaders().getFirst("Acme-Version")),
                    "cookie", String.valueOf(ex.getRequestHeaders().getFirst("Cookie")),
                    "workspace", String.valueOf(ex.getRequestHeaders().getFirst("X-Workspace-Id"))));
            byte[] out = (ex.getRequestMethod().equals("POST") ? "{\"id\":\"t_2\",\"subject\":\"New\"}"
                    : "{\"id\":\"t_1\",\"subject\":\"Printer on fire\",\"status\":\"open\"}").getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, out.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(out);
            }
        });
        server.start();
        try {
            Object builder = classes.loadClass("test.AcmeClient").getMethod("builder").invoke(null);
            builder.getClass().getMethod("baseUri", String.class).invoke(builder, "http://127.0.0.1:" + server.getAddress().getPort());
            Object client = builder.getClass().getMethod("build").invoke(builder);

            Object tickets = CompiledClasses.invoke(client, "tickets");
            Class<?> request = classes.loadClass("test.CreateTicketRequest");
            Object body = CompiledClasses.build(request.getMethod("builder").invoke(null), "subject", "New", "priority", 2L);
            Object created = CompiledClasses.invoke(tickets, "create", body);
            assertEquals("t_2", created.getClass().getMethod("id").invoke(created));
            assertEquals("POST /v1/tickets", seen.get(0).get("line"));
            assertEquals("{\"subject\":\"New\",\"priority\":2}", seen.get(0).get("body"), "whole numbers go out whole");
            assertNotNull(java.util.UUID.fromString(seen.get(0).get("key")), "the idempotency key the docs give is sent");

            // every query, header and cookie parameter in the endpoint's parameters class; the path's positional
            Object getParams = CompiledClasses.build(classes.loadClass("test.TicketGetParams").getMethod("builder").invoke(null),
                    "xWorkspaceId", "ws_1", "expand", List.of("comments", "author"), "includeClosed", true, "session", "s=1");
            Object ticket = CompiledClasses.invoke(tickets, "get", "t 1", getParams);
            assertEquals("Printer on fire", ticket.getClass().getMethod("subject").invoke(ticket));
            assertEquals("GET /v1/tickets/t%201?expand=comments&expand=author&includeClosed=true", seen.get(1).get("line"));
            assertEquals("ws_1", seen.get(1).get("workspace"));
            assertEquals("session=s%3D1", seen.get(1).get("cookie"));
            assertEquals("2026-01-01", seen.get(1).get("version"), "the header's documented default is pinned");

            // a required header left unset: build() refuses, naming it and its setter, and nothing is sent
            IllegalStateException missing = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> CompiledClasses.build(classes.loadClass("test.TicketListParams").getMethod("builder").invoke(null), "limit", 20L));
            assertEquals("`X-Workspace-Id` is a required header parameter of GET /v1/tickets: set it with xWorkspaceId(…)",
                    missing.getMessage());
            Class<?> status = classes.loadClass("test.TicketStatus");
            Object listParams = CompiledClasses.build(classes.loadClass("test.TicketListParams").getMethod("builder").invoke(null),
                    "xWorkspaceId", "ws_1", "limit", 20L, "tag", List.of("a b", "c"), "status", status.getField("OPEN").get(null));
            CompiledClasses.invoke(tickets, "list", listParams);
            assertEquals("GET /v1/tickets?status=open&tag=a%20b,c&limit=20", seen.get(2).get("line"),
                    "the status the response's enum has, comma-separated tags as the docs say");
            assertEquals(3, seen.size(), "nothing was sent for the refused parameters");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anApiKeySchemeTakesTheKeyHeaderThePagesDocument() throws Exception {
        Compilation c = Compiler.compileWithClient(JavaFileObjects.forSourceString("test.Meter",
                "package test;\n@dev.docpoet.ApiDocs(\"apikey\")\npublic interface Meter {}\n"));
        assertThat(c).succeededWithoutWarnings();
        CompiledClasses classes = new CompiledClasses(c);
        Map<String, String> seen = new java.util.concurrent.ConcurrentHashMap<>();
        HttpServer server = meter(seen, "X-Api-Key", "{\"calls\":12}");
        try {
            Object builder = classes.loadClass("test.MeterClient").getMethod("builder").invoke(null);
            builder.getClass().getMethod("baseUri", String.class).invoke(builder, "http://127.0.0.1:" + server.getAddress().getPort());
            // a key with a dash pasted from a document: refused by the generated setter, by name, and not shown
            java.lang.reflect.InvocationTargetException refused = org.junit.jupiter.api.Assertions.assertThrows(
                    java.lang.reflect.InvocationTargetException.class,
                    () -> builder.getClass().getMethod("apiKey", String.class).invoke(builder, "k_secret\u2013456"));
            String message = refused.getCause().getMessage();
            assertTrue(message.startsWith("apiKey(…) refused: the API key holds a non-ASCII character (U+2013 EN DASH) at index 8"), message);
            assertTrue(!message.contains("k_secret") && !message.contains("456"), message);
            builder.getClass().getMethod("apiKey", String.class).invoke(builder, "k_123");
            Object client = builder.getClass().getMethod("build").invoke(builder);
            // the key header is the client's: not a parameter of the method
            Object usage = CompiledClasses.invoke(CompiledClasses.invoke(client, "usage"), "get",
                    CompiledClasses.build(classes.loadClass("test.UsageGetParams").getMethod("builder").invoke(null), "month", "2026-11"));
            assertEquals(12L, usage.getClass().getMethod("calls").invoke(usage));
            assertEquals("/v1/usage?month=2026-11", seen.get("line"));
            assertEquals("k_123", seen.get("key"));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anApiKeyWhoseHeaderTheDocsNeverNameIsTheCallersToName() throws Exception {
        JavaFileObject meter = JavaFileObjects.forSourceString("test.Meter", "package test;\n@dev.docpoet.ApiDocs(\"unnamedkey\")\npublic interface Meter {}\n");
        Compilation c = Compiler.compileWithClient(Compiler.DOCS, meter);
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("the docs ask for an API key (`keyAuth`) but never name the header it travels in")
                .inFile(meter).onLineContaining("@dev.docpoet.ApiDocs");
        assertThat(c).hadWarningContaining("[GenAuthHeaderUnknown]");
        String client = c.generatedSourceFile("test.MeterClient").orElseThrow().getCharContent(true).toString();
        assertTrue(client.contains(".apiKey(\"HEADER-NAME\", key)"), "the Javadoc shows the method that exists: " + client);
        CompiledClasses classes = new CompiledClasses(c);
        Map<String, String> seen = new java.util.concurrent.ConcurrentHashMap<>();
        HttpServer server = meter(seen, "X-Meter-Key", "{\"calls\":3}");
        try {
            Object builder = classes.loadClass("test.MeterClient").getMethod("builder").invoke(null);
            builder.getClass().getMethod("baseUri", String.class).invoke(builder, "http://127.0.0.1:" + server.getAddress().getPort());
            builder.getClass().getMethod("apiKey", String.class, String.class).invoke(builder, "X-Meter-Key", "k_9");
            Object client2 = builder.getClass().getMethod("build").invoke(builder);
            CompiledClasses.invoke(CompiledClasses.invoke(client2, "usage"), "get",
                    CompiledClasses.build(classes.loadClass("test.UsageGetParams").getMethod("builder").invoke(null), "month", "2026-11"));
            assertEquals("k_9", seen.get("key"));
        } finally {
            server.stop(0);
        }
    }

    /** A metering API on 127.0.0.1 that records each request's line and {@code keyHeader}, and answers {@code body}. */
    private static HttpServer meter(Map<String, String> seen, String keyHeader, String body) throws java.io.IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            seen.put("line", ex.getRequestURI().getRawPath() + "?" + ex.getRequestURI().getRawQuery());
            seen.put("key", String.valueOf(ex.getRequestHeaders().getFirst(keyHeader)));
            byte[] out = body.getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, out.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(out);
            }
        });
        server.start();
        return server;
    }
}
