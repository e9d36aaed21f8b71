package dev.docpoet.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.docpoet.client.TestServer.Answer;
import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bodies other than JSON as a server receives them: the server on 127.0.0.1 takes the raw bytes apart (multipart by
 * its boundary, a form by {@code &} and {@code =}) and every field is checked, name, file name, content type and
 * bytes.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class RequestBodiesTest {
    record Meta(@JsonProperty("album") String album, @JsonProperty("tags") List<String> tags) {}

    /** One part of a multipart body as the server read it. */
    record Part(Map<String, String> headers, byte[] content) {
        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }

        String disposition() {
            return headers.get("content-disposition");
        }
    }

    private final TestServer server = new TestServer();

    RequestBodiesTest() throws Exception {}

    @AfterEach
    void stop() {
        server.close();
    }

    private TransportTest.Builder client() {
        return new TransportTest.Builder("", Map.of()).baseUri(server.uri())
                .retryPolicy(RetryPolicy.defaults().backoff(Duration.ofMillis(5), Duration.ofMillis(20)));
    }

    /** The parts of a multipart body, split at its boundary as RFC 2046 says. */
    static List<Part> parts(byte[] body, String contentType) {
        String boundary = contentType.substring(contentType.indexOf("boundary=") + "boundary=".length());
        String text = new String(body, StandardCharsets.ISO_8859_1); // one char per byte: offsets are byte offsets
        String delimiter = "--" + boundary;
        assertTrue(text.startsWith(delimiter + "\r\n"), "the body starts with the first boundary");
        assertTrue(text.endsWith("\r\n" + delimiter + "--\r\n"), "the body ends with the closing boundary");
        List<Part> out = new ArrayList<>();
        int at = delimiter.length() + 2;
        while (true) {
            int end = text.indexOf("\r\n" + delimiter, at);
            String part = text.substring(at, end);
            int blank = part.indexOf("\r\n\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line : part.substring(0, blank).split("\r\n")) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT),
                        new String(line.substring(colon + 1).trim().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
            }
            out.add(new Part(headers, part.substring(blank + 4).getBytes(StandardCharsets.ISO_8859_1)));
            at = end + 2 + delimiter.length();
            if (text.startsWith("--", at)) return out;
            at += 2;
        }
    }

    @Test
    void multipartSendsTextFilesAndJsonPartsFieldByField(@TempDir Path dir) throws Exception {
        Path photo = dir.resolve("cat.png");
        byte[] png = new byte[70_000];
        for (int i = 0; i < png.length; i++) png[i] = (byte) (i * 31); // every byte value, CR and LF included
        Files.write(photo, png);
        server.then(Answer.json(200, "{\"id\":\"t1\",\"subject\":\"ok\"}"));
        Call<TransportTest.Ticket> call = Call.<TransportTest.Ticket>builder("POST", "/photos", TransportTest.Ticket.class)
                .requiredMultipart(new Object())
                .field("caption", "Tom, \"the\" cat\r\nline two")
                .field("taken", LocalDate.of(2026, 1, 2))
                .field("tag", List.of("cat", "grey"))
                .field("skipped", null)
                .field("photo", Upload.of(photo))
                .field("thumbs", List.of(Upload.of(new byte[] {1, 2, 3}, "a\"b.jpg", "image/jpeg"),
                        Upload.of(new ByteArrayInputStream("streamed".getBytes(StandardCharsets.UTF_8)), "notes é.txt", "text/plain")))
                .field("meta", new Meta("summer", List.of("x")))
                .build();
        assertEquals(new TransportTest.Ticket("t1", "ok"), client().build().send(call).body());

        TestServer.Seen seen = server.seen.get(0);
        String type = seen.header("Content-Type");
        assertTrue(type.startsWith("multipart/form-data; boundary=docpoet-"), type);
        List<Part> parts = parts(seen.bytes(), type);
        assertEquals(8, parts.size());
        assertEquals("form-data; name=\"caption\"", parts.get(0).disposition());
        assertEquals("Tom, \"the\" cat\r\nline two", parts.get(0).text(), "a text value is sent as it is");
        assertNull(parts.get(0).headers().get("content-type"), "text parts carry no content type: text/plain is the default");
        assertEquals("form-data; name=\"taken\"", parts.get(1).disposition());
        assertEquals("2026-01-02", parts.get(1).text());
        assertEquals(List.of("cat", "grey"), List.of(parts.get(2).text(), parts.get(3).text()), "a list repeats the field");
        assertEquals("form-data; name=\"tag\"", parts.get(3).disposition());
        assertEquals("form-data; name=\"photo\"; filename=\"cat.png\"", parts.get(4).disposition());
        assertEquals("image/png", parts.get(4).headers().get("content-type"), "guessed from the file name");
        assertArrayEquals(png, parts.get(4).content(), "the file byte for byte");
        assertEquals("form-data; name=\"thumbs\"; filename=\"a%22b.jpg\"", parts.get(5).disposition(), "a quote cannot end the name");
        assertArrayEquals(new byte[] {1, 2, 3}, parts.get(5).content());
        assertEquals("form-data; name=\"thumbs\"; filename=\"notes é.txt\"", parts.get(6).disposition(), "file names in UTF-8");
        assertEquals("streamed", parts.get(6).text());
        assertEquals("text/plain", parts.get(6).headers().get("content-type"));
        assertEquals("form-data; name=\"meta\"", parts.get(7).disposition());
        assertEquals("application/json", parts.get(7).headers().get("content-type"));
        assertEquals("{\"album\":\"summer\",\"tags\":[\"x\"]}", parts.get(7).text());
        assertEquals("chunked", seen.header("Transfer-Encoding"), "an input stream's length is not known beforehand");
    }

    @Test
    void aFormBodyIsUrlEncodedFieldByField() throws Exception {
        server.then(Answer.json(204, ""));
        Call<Void> call = Call.<Void>builder("POST", "/oauth/token", Void.class)
                .requiredForm(new Object())
                .field("grant_type", "client_credentials")
                .field("scope", List.of("read all", "write"))
                .field("note", "a&b=c ü+*-._~")
                .field("limit", 20L)
                .field("none", null)
                .field("meta", Map.of("k", "v"))
                .build();
        client().build().send(call);
        TestServer.Seen seen = server.seen.get(0);
        assertEquals("application/x-www-form-urlencoded", seen.header("Content-Type"));
        assertEquals("grant_type=client_credentials&scope=read+all&scope=write&note=a%26b%3Dc+%C3%BC%2B*-._%7E&limit=20"
                + "&meta=%7B%22k%22%3A%22v%22%7D", seen.body(), "the URL standard's serializer: space as +, * - . _ as they are");
        List<String[]> fields = new ArrayList<>();
        for (String pair : seen.body().split("&")) {
            String[] kv = pair.split("=", 2);
            fields.add(new String[] {URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8)});
        }
        assertEquals("a&b=c ü+*-._~", fields.get(3)[1], "a server's decoder gets the value back");
        assertEquals("{\"k\":\"v\"}", fields.get(5)[1]);
        assertThrows(IllegalArgumentException.class, () -> Call.<Void>builder("POST", "/x", Void.class).requiredForm(new Object())
                .field("file", Upload.of(new byte[0], "a", "text/plain")), "a form cannot carry a file");
    }

    @Test
    void anOptionalFormNotGivenSendsNoBodyAndARequiredOneIsRefused() {
        server.then(Answer.json(204, ""));
        client().build().send(Call.<Void>builder("POST", "/x", Void.class).multipart(null).field("a", "b").build());
        assertEquals(0, server.seen.get(0).bytes().length);
        assertNull(server.seen.get(0).header("Content-Type"));
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> Call.<Void>builder("POST", "/x", Void.class).requiredMultipart(null));
        assertEquals("`body` is a required request parameter of POST /x; nothing was sent", e.getMessage());
        assertThrows(IllegalStateException.class, () -> Call.<Void>builder("POST", "/x", Void.class).field("a", "b"),
                "a field needs multipart(…) or form(…) first");
    }

    @Test
    void aBinaryBodyIsSentAsItsContentTypeAndAStreamedOneIsNeverRetried(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("report.pdf");
        Files.writeString(pdf, "%PDF-1.7 …");
        server.then(Answer.json(503, "{}")).then(Answer.json(204, ""));
        client().build().send(Call.<Void>builder("PUT", "/files/{name}", Void.class).path("name", "r").requiredUpload(Upload.of(pdf)).build());
        assertEquals(2, server.seen.size(), "a file can be sent again: retried as any PUT");
        assertEquals("application/pdf", server.seen.get(1).header("Content-Type"));
        assertEquals("%PDF-1.7 …", server.seen.get(1).body());
        assertEquals(String.valueOf(Files.size(pdf)), server.seen.get(1).header("Content-Length"));

        server.then(Answer.json(503, "{\"code\":\"busy\"}"));
        ByteArrayInputStream once = new ByteArrayInputStream("only once".getBytes(StandardCharsets.UTF_8));
        InternalServerException e = assertThrows(InternalServerException.class, () -> client().build().send(Call.<Void>builder("PUT",
                "/files/{name}", Void.class).path("name", "s").requiredUpload(Upload.of(once, "s.bin", "application/octet-stream")).build()));
        assertEquals(503, e.status());
        assertEquals(3, server.seen.size(), "an input stream is read once: the PUT is not retried");
        assertEquals("only once", server.seen.get(2).body());
        assertEquals("application/octet-stream", server.seen.get(2).header("Content-Type"));
    }

    @Test
    void aTextBodyGoesOutInUtf8AndATextResponseIsReadInItsCharset() {
        server.then(new Answer(200, Map.of("Content-Type", "text/csv"), "ok,1\n", 0, false));
        // the server writes UTF-8 but names Latin-1: the name is what counts
        server.then(new Answer(200, Map.of("Content-Type", "text/csv; charset=ISO-8859-1"), "Zoë", 0, false));
        ApiResponse<String> r = client().build().send(Call.<String>builder("POST", "/import", String.class)
                .requiredText("id,name\n1,Zoë\n", "text/csv").textResponse("text/csv").build());
        assertEquals("text/csv; charset=UTF-8", server.seen.get(0).header("Content-Type"));
        assertEquals("text/csv", server.seen.get(0).header("Accept"));
        assertEquals("id,name\n1,Zoë\n", server.seen.get(0).body());
        assertEquals("ok,1\n", r.body());
        assertEquals("Zo\u00c3\u00ab", client().build().send(Call.<String>builder("GET", "/export", String.class).textResponse("text/csv")
                .build()).body());
    }

    @Test
    void aPathThatIsNoFileIsRefusedWhenTheUploadIsMade(@TempDir Path dir) {
        assertThrows(java.io.UncheckedIOException.class, () -> Upload.of(dir.resolve("missing.png")));
        Upload u = Upload.of(new byte[] {1}, "a.bin", "application/octet-stream").filename("b.bin").contentType("image/png");
        assertEquals("b.bin", u.filename());
        assertEquals("image/png", u.contentType());
        assertTrue(u.repeatable());
        assertFalse(Upload.of(new ByteArrayInputStream(new byte[0]), "x", "text/plain").repeatable());
        assertThrows(IllegalArgumentException.class, () -> Upload.of(new byte[0], "x", "text/plain\r\nX-Evil: 1"),
                "a content type cannot split the part's headers");
    }
}
