package dev.docpoet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import com.sun.net.httpserver.HttpServer;
import dev.docpoet.client.ApiException;
import dev.docpoet.client.BadRequestException;
import dev.docpoet.client.ConflictException;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Error bodies a spec gives as a JSON array or a map of records (SendGrid's 400 is a bare array): the client reads them
 * into {@code List<FieldError>} and {@code Map<String, Conflict>}, which {@link ApiException#errorList} and
 * {@link ApiException#errorMap} hand out, against a server on 127.0.0.1.
 */
class ErrorBodiesTest {
    private static final String REQUEST = "test.Mail";

    @Test
    void anErrorBodyThatIsAListOrAMapReadsAndIsHandedOutTyped() throws Exception {
        Compilation c = Compiler.compileWithClient(JavaFileObjects.forSourceString("test.Mailer",
                "package test;\n@dev.docpoet.ApiDocs(\"errorbodies/openapi.yaml\")\npublic interface Mailer {}\n"));
        assertThat(c).succeededWithoutWarnings();
        // POST /mail/send: the action `send` of the group `mail`
        String companion = c.generatedSourceFile("test.MailerMail").orElseThrow().getCharContent(true).toString();
        assertTrue(companion.contains("400 ({@link BadRequestException}) carries a list of {@link FieldError}"
                + " ({@code errorList(FieldError.class)}), 404 ({@link NotFoundException}) carries {@link NotFound}, 409"
                + " ({@link ConflictException}) carries a map of {@link Conflict} ({@code errorMap(Conflict.class)})"), companion);
        CompiledClasses classes = new CompiledClasses(c);

        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            String sent = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status;
            String out;
            if (sent.contains("\"bad\"")) {
                status = 400;
                out = "[{\"message\":\"`to` is not an address\",\"field\":\"to\"},{\"message\":\"too many recipients\",\"field\":null,\"code\":7}]";
            } else if (sent.contains("\"twice\"")) {
                status = 409;
                out = "{\"m_1\":{\"reason\":\"already sent\"},\"m_2\":null}";
            } else if (sent.contains("\"empty\"")) {
                status = 400;
                out = "[]";
            } else {
                status = 404;
                out = "{\"detail\":\"no such sender\"}";
            }
            byte[] bytes = out.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(status, bytes.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(bytes);
            }
        });
        server.start();
        try {
            Object builder = classes.loadClass("test.MailerClient").getMethod("builder").invoke(null);
            builder.getClass().getMethod("baseUri", String.class).invoke(builder, "http://127.0.0.1:" + server.getAddress().getPort());
            Object client = builder.getClass().getMethod("build").invoke(builder);
            Class<?> fieldError = classes.loadClass("test.FieldError");
            Class<?> conflict = classes.loadClass("test.Conflict");

            ApiException bad = send(classes, client, "bad");
            assertEquals(400, bad.status());
            assertInstanceOf(BadRequestException.class, bad, "the documented error, as the status's class");
            assertTrue(bad.getMessage().contains("answered 400: a documented error"), bad.getMessage());
            List<?> items = bad.errorList(fieldError).orElseThrow();
            assertEquals(2, items.size());
            assertEquals("`to` is not an address", fieldError.getMethod("message").invoke(items.get(0)));
            assertEquals("to", fieldError.getMethod("field").invoke(items.get(0)));
            assertNull(fieldError.getMethod("field").invoke(items.get(1)));
            Map<String, Object> rest = new java.util.LinkedHashMap<>();
            rest.put("field", null);
            rest.put("code", 7);
            assertEquals(rest, fieldError.getMethod("additionalProperties").invoke(items.get(1)),
                    "nothing the docs lack is lost, nor the null the JSON had, to be written back");
            assertTrue(bad.error(fieldError).isEmpty(), "the body is a list, not one record");
            assertTrue(bad.errorList(conflict).isEmpty(), "items of another type are not handed out as it");
            assertTrue(bad.errorMap(fieldError).isEmpty());
            assertInstanceOf(List.class, bad.error().orElseThrow());
            assertThrows(UnsupportedOperationException.class, () -> bad.errorList(fieldError).orElseThrow().clear());
            assertEquals(List.of(), send(classes, client, "empty").errorList(fieldError).orElseThrow(), "[] is an empty list");

            ApiException twice = send(classes, client, "twice");
            assertEquals(409, twice.status());
            assertInstanceOf(ConflictException.class, twice);
            Map<String, ?> conflicts = twice.errorMap(conflict).orElseThrow();
            assertEquals(List.of("m_1", "m_2"), List.copyOf(conflicts.keySet()));
            assertEquals("already sent", conflict.getMethod("reason").invoke(conflicts.get("m_1")));
            assertNull(conflicts.get("m_2"));
            assertTrue(twice.errorList(conflict).isEmpty());

            ApiException missing = send(classes, client, "nobody");
            Object notFound = missing.error(classes.loadClass("test.NotFound")).orElseThrow();
            assertEquals("no such sender", notFound.getClass().getMethod("detail").invoke(notFound));
            assertTrue(missing.errorList(fieldError).isEmpty());
        } finally {
            server.stop(0);
        }
    }

    /** Sends a mail whose subject tells the server which error to answer, and returns the exception the call threw. */
    private static ApiException send(CompiledClasses classes, Object client, String subject) throws Exception {
        Class<?> request = classes.loadClass(REQUEST);
        Object mail = request.getConstructor(String.class, String.class, Map.class).newInstance("ada@example.com", subject, Map.of());
        Object group = CompiledClasses.invoke(client, "mail");
        InvocationTargetException e = assertThrows(InvocationTargetException.class,
                () -> group.getClass().getMethod("send", request).invoke(group, mail));
        return assertInstanceOf(ApiException.class, e.getCause());
    }
}
