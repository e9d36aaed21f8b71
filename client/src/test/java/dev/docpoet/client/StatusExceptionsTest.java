package dev.docpoet.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.docpoet.client.TestServer.Answer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each error status gives its {@link ApiException} subclass, carrying all an {@code ApiException} carries: status,
 * headers, the documented error body typed, and the raw body as text. Against a real server on 127.0.0.1.
 */
class StatusExceptionsTest {
    record ErrorBody(@JsonProperty("code") String code) {}

    record FieldError(@JsonProperty("field") String field) {}

    private final TestServer server = new TestServer();

    StatusExceptionsTest() throws IOException {}

    @AfterEach
    void stop() {
        server.close();
    }

    private Transport client() {
        return new TransportTest.Builder("", Map.of()).baseUri(server.uri()).maxRetries(0).build();
    }

    private static Call.Builder<Object> get() {
        return Call.builder("GET", "/tickets/t1", Object.class);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"400, BadRequestException", "401, UnauthorizedException", "403, PermissionDeniedException",
            "404, NotFoundException", "409, ConflictException", "422, UnprocessableEntityException", "429, RateLimitException",
            "500, InternalServerException", "502, InternalServerException", "503, InternalServerException",
            "504, InternalServerException", "599, InternalServerException", "402, ApiException", "405, ApiException",
            "408, ApiException", "410, ApiException", "418, ApiException", "451, ApiException"})
    void eachStatusGivesItsClassWithTheTypedBodyAndTheRawBody(int status, String type) throws Exception {
        String body = "{\"code\":\"e" + status + "\"}";
        server.then(Answer.json(status, body).header("X-Request-Id", "req_" + status));
        ApiException e = assertThrows(ApiException.class, () -> client().send(get().error(Integer.toString(status), ErrorBody.class).build()));
        assertSame(Class.forName("dev.docpoet.client." + type), e.getClass());
        assertEquals(status, e.status());
        assertEquals(Optional.of("req_" + status), e.headers().firstValue("X-Request-Id"));
        assertEquals("e" + status, e.error(ErrorBody.class).orElseThrow().code());
        assertEquals(body, e.rawBody());
        assertArrayEquals(body.getBytes(StandardCharsets.UTF_8), e.rawBytes());
        assertTrue(e.getMessage().startsWith("GET /tickets/t1 answered " + status + ": a documented error"), e.getMessage());
    }

    @Test
    void undocumentedStatusesGiveTheirClassToo() {
        server.then(Answer.json(404, "<html>gone</html>")).then(Answer.json(503, ""));
        NotFoundException notFound = assertThrows(NotFoundException.class, () -> client().send(get().build()));
        assertEquals("<html>gone</html>", notFound.rawBody());
        assertTrue(notFound.error().isEmpty());
        assertTrue(notFound.getMessage().contains("a status the docs do not give"), notFound.getMessage());
        InternalServerException unavailable = assertThrows(InternalServerException.class, () -> client().send(get().build()));
        assertEquals(503, unavailable.status());
        assertEquals("", unavailable.rawBody());
    }

    @Test
    void listAndMapBodiesAndStatusRangesStayTyped() {
        server.then(Answer.json(422, "[{\"field\":\"email\"},{\"field\":\"name\"}]")).then(Answer.json(502, "{\"code\":\"upstream\"}"));
        UnprocessableEntityException invalid = assertThrows(UnprocessableEntityException.class,
                () -> client().send(get().error("422", Types.listOf(FieldError.class)).build()));
        assertEquals(List.of(new FieldError("email"), new FieldError("name")), invalid.errorList(FieldError.class).orElseThrow());
        InternalServerException bad = assertThrows(InternalServerException.class, () -> client().send(get().error("5XX", ErrorBody.class).build()));
        assertEquals("upstream", bad.error(ErrorBody.class).orElseThrow().code());
    }

    @Test
    void aRateLimitSaysHowLongToWait() {
        server.then(Answer.json(429, "{\"code\":\"slow_down\"}").header("Retry-After", "7")).then(Answer.json(429, ""));
        RateLimitException e = assertThrows(RateLimitException.class, () -> client().send(get().build()));
        assertEquals(Optional.of(Duration.ofSeconds(7)), e.retryAfter());
        assertEquals(Optional.empty(), assertThrows(RateLimitException.class, () -> client().send(get().build())).retryAfter());
    }

    @Test
    void aCallerWhoCatchesApiExceptionStillCatchesThemAllAndAsyncGivesTheSame() {
        server.then(Answer.json(401, "{}")).then(Answer.json(409, "{\"code\":\"taken\"}"));
        try {
            client().send(get().build());
        } catch (ApiException e) {
            assertInstanceOf(UnauthorizedException.class, e);
        }
        CompletionException e = assertThrows(CompletionException.class,
                () -> client().sendAsync(get().error("409", ErrorBody.class).build()).join());
        assertEquals("taken", assertInstanceOf(ConflictException.class, e.getCause()).error(ErrorBody.class).orElseThrow().code());
    }

    @Test
    void aMalformedSuccessIsAPlainApiException() {
        server.then(Answer.json(200, "{\"code\":"));
        ApiException e = assertThrows(ApiException.class, () -> client().send(Call.builder("GET", "/x", ErrorBody.class).build()));
        assertSame(ApiException.class, e.getClass());
        assertEquals("{\"code\":", e.rawBody());
    }

    @Test
    void theRawBodyReadsAsTextWhateverItWas() throws Exception {
        byte[] latin1 = "<p>Caf\u00e9 ferm\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1);
        byte[] binary = {(byte) 0xff, (byte) 0xfe, 0, 'o', 'k', (byte) 0x80};
        try (RawServer html = new RawServer(out -> {
            out.write(RawServer.head("400 Bad Request", "Content-Type: text/html; charset=\"ISO-8859-1\"", "Content-Length: " + latin1.length));
            out.write(latin1);
        }); RawServer bytes = new RawServer(out -> {
            out.write(RawServer.head("500 Internal Server Error", "Content-Type: application/octet-stream", "Content-Length: " + binary.length));
            out.write(binary);
        })) {
            BadRequestException e = assertThrows(BadRequestException.class, () -> new TransportTest.Builder("", Map.of())
                    .baseUri(html.uri()).build().send(get().build()));
            assertEquals("<p>Caf\u00e9 ferm\u00e9</p>", e.rawBody(), "in the charset the server names");
            InternalServerException b = assertThrows(InternalServerException.class, () -> new TransportTest.Builder("", Map.of())
                    .baseUri(bytes.uri()).maxRetries(0).build().send(get().build()));
            assertEquals("\ufffd\ufffd\u0000ok\ufffd", b.rawBody(), "bytes that are not UTF-8 show as U+FFFD");
            assertArrayEquals(binary, b.rawBytes());
        }
    }

    @Test
    void theConstructorsKeepTheirStatus() {
        java.net.http.HttpHeaders none = java.net.http.HttpHeaders.of(Map.of(), (a, b) -> true);
        assertEquals(404, new NotFoundException("GET /x", none, new byte[0], null, "gone").status());
        assertThrows(IllegalArgumentException.class, () -> new InternalServerException("GET /x", 404, none, new byte[0], null, "no"));
    }
}
