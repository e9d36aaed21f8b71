package dev.docpoet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import com.sun.net.httpserver.HttpServer;
import dev.docpoet.client.ApiException;
import dev.docpoet.parse.DocParser;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.Response;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both seed pages end to end: the client generated for an interface on each calls a server on 127.0.0.1 that answers
 * with the page's own examples, and reads them into the generated records; a 404 reads into the documented error.
 * Skipped when ../shared is absent.
 */
class SeedClientTest {
    private static final Path SEEDS = Path.of("..", "..", "shared", "seeds");

    @ParameterizedTest
    @ValueSource(strings = {"000_76523d98f8f1dbb7.txt", "003_e872a38cc95d17c8.txt"})
    void theSeedsClientReadsTheSeedsOwnExamples(String seed) throws Exception {
        Path page = SEEDS.resolve(seed).toAbsolutePath().normalize();
        assumeTrue(Files.isRegularFile(page), "../shared is absent: seed client test skipped");
        Endpoint endpoint = DocParser.parse(seed, Files.readAllBytes(page)).endpoints().get(0);
        String ok = example(endpoint, "200");
        String notFound = example(endpoint, "404");

        Compilation c = Compiler.compileWithClient(page.getParent(), JavaFileObjects.forSourceString("test.Seed",
                "package test;\n@dev.docpoet.ApiDocs(\"" + seed + "\")\npublic interface Seed {}\n"));
        assertThat(c).succeeded();
        CompiledClasses classes = new CompiledClasses(c);
        // the one endpoint's group (a version segment names none: GET /v2/conversations/{id} is conversations().get(id))
        Method accessor = classes.loadClass("test.SeedEndpoints").getMethods()[0];
        Method call = List.of(accessor.getReturnType().getMethods()).stream().filter(m -> m.getName().equals("get"))
                .max(java.util.Comparator.comparingInt(Method::getParameterCount)).orElseThrow();

        Map<String, String> seen = new ConcurrentHashMap<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            seen.put("path", ex.getRequestURI().getRawPath());
            ex.getRequestHeaders().forEach((k, v) -> seen.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
            boolean missing = ex.getRequestURI().getRawPath().endsWith("/missing");
            byte[] body = (missing ? notFound : ok).getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(missing ? 404 : 200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            Object builder = classes.loadClass("test.SeedClient").getMethod("builder").invoke(null);
            builder.getClass().getMethod("baseUri", String.class).invoke(builder, "http://127.0.0.1:" + server.getAddress().getPort());
            builder.getClass().getMethod("bearerToken", String.class).invoke(builder, "tok");
            Object client = accessor.invoke(builder.getClass().getMethod("build").invoke(builder));

            Object body = call.invoke(client, args(call, "12345"));
            assertEquals(classes.loadClass("test.Conversation"), body.getClass());
            assertEquals(endpoint.path().replaceAll("\\{[^}]*}", "12345"), seen.get("path"));
            assertEquals(Map.of(), body.getClass().getMethod("additionalProperties").invoke(body),
                    "every value of the example reads into a typed component");
            assertEquals("Bearer tok", seen.get("authorization"));
            for (dev.docpoet.spec.Parameter p : endpoint.parameters()) {
                if (p.name().toLowerCase(java.util.Locale.ROOT).contains("version") && endpoint.version() != null) {
                    assertEquals(endpoint.version(), seen.get(p.name().toLowerCase(java.util.Locale.ROOT)),
                            "the API version the docs describe is pinned");
                }
            }

            InvocationTargetException thrown = org.junit.jupiter.api.Assertions.assertThrows(InvocationTargetException.class,
                    () -> call.invoke(client, args(call, "missing")));
            ApiException e = (ApiException) thrown.getCause();
            assertEquals(404, e.status());
            assertEquals(notFound, e.rawBody());
            if (endpoint.responses().stream().anyMatch(r -> r.status().equals("404"))) {
                Object error = e.error().orElseThrow();
                Object info = error.getClass().getMethod("error").invoke(error);
                assertEquals("conversation_not_found", String.valueOf(info.getClass().getMethod("code").invoke(info)));
            } else {
                assertEquals(java.util.Optional.empty(), e.error(), "a status the page does not document has no typed body");
            }
        } finally {
            server.stop(0);
        }
    }

    /**
     * The id first, then the parameters object, if any, with a value for each string parameter (a required header such
     * as a workspace id).
     */
    private static Object[] args(Method m, String id) throws Exception {
        Object[] args = new Object[m.getParameterCount()];
        args[0] = id;
        if (args.length == 2) {
            Object b = m.getParameterTypes()[1].getMethod("builder").invoke(null);
            for (Method setter : b.getClass().getMethods()) {
                if (setter.getParameterCount() == 1 && setter.getParameterTypes()[0] == String.class) setter.invoke(b, "ws_1");
            }
            args[1] = b.getClass().getMethod("build").invoke(b);
        }
        return args;
    }

    private static String example(Endpoint e, String status) {
        for (Response r : e.responses()) {
            if (r.status().equals(status) && r.body() != null && r.body().example() != null) return r.body().example().toJson();
        }
        if (status.equals("404")) {
            return "{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"conversation_not_found\",\"message\":\"No such conversation\",\"status\":404}}";
        }
        throw new AssertionError("no " + status + " example in " + e.signature());
    }
}
