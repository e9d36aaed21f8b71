package dev.docpoet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spec's bodies other than JSON through the generated client, compiled and run against a server on 127.0.0.1 that
 * checks what arrives field by field: a stream of server-sent events read into the event record and ended where the
 * docs show, an untyped stream ended by an error event, a multipart upload with files, a form, a binary upload, a
 * download streamed past the client's size cap, a text report; and a body no client can send, left out with a warning.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class MediaClientTest {
    private static final int DOWNLOAD = 8 << 20;

    /** One request as the server got it. */
    record Seen(String line, Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    MediaClientTest() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    private void answer(HttpExchange ex) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
        String line = ex.getRequestMethod() + " " + ex.getRequestURI().getRawPath();
        seen.add(new Seen(line, headers, ex.getRequestBody().readAllBytes()));
        switch (line) {
            case "POST /v1/chat/completions" -> send(ex, 200, "text/event-stream", ": keep-alive\r\n\r\ndata: {\"id\":\"c1\",\"delta\":\"Hel\"}\r\n\r\n"
                    + "data: {\"id\":\"c1\",\r\ndata: \"delta\":\"lo\"}\r\n\r\ndata: [DONE]\r\n\r\ndata: {\"id\":\"never read\"}\r\n\r\n");
            case "GET /v1/logs/tail" -> send(ex, 200, "text/event-stream", "data: one\n\nretry: 3000\n\ndata: two\n\n"
                    + "event: error\ndata: {\"message\":\"disk full\"}\n\n");
            case "POST /v1/files" -> send(ex, 201, "application/json", "{\"id\":\"f1\",\"bytes\":3}");
            case "PUT /v1/files/f1/content", "POST /v1/oauth/token" -> send(ex, line.startsWith("PUT") ? 204 : 200, "application/json",
                    line.startsWith("PUT") ? "" : "{\"access_token\":\"t0k\"}");
            case "GET /v1/files/f1/content" -> {
                ex.getResponseHeaders().add("Content-Type", "application/octet-stream");
                ex.sendResponseHeaders(200, DOWNLOAD);
                byte[] chunk = new byte[64 * 1024];
                for (int i = 0; i < chunk.length; i++) chunk[i] = (byte) i;
                try (OutputStream out = ex.getResponseBody()) {
                    for (int sent = 0; sent < DOWNLOAD; sent += chunk.length) out.write(chunk);
                } catch (IOException e) {
                    // the client closed early
                }
            }
            case "GET /v1/reports/r1" -> send(ex, 200, "text/csv; charset=UTF-8", "id,name\n1,Zoë\n");
            default -> send(ex, 404, "application/json", "{\"code\":\"no such thing\"}");
        }
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
        ex.close();
    }

    /** What a user writes against the generated client: each method returns what the test then checks. */
    private static final String PROGRAM = """
            package test;

            import dev.docpoet.client.StreamErrorException;
            import dev.docpoet.client.StreamResponse;
            import dev.docpoet.client.Upload;
            import java.io.IOException;
            import java.io.InputStream;
            import java.nio.file.Path;
            import java.time.LocalDate;
            import java.util.ArrayList;
            import java.util.List;

            public final class UseMedia {
                private UseMedia() {}

                private static MediaClient client(String base) {
                    return MediaClient.builder().baseUri(base).maxResponseBytes(1 << 20).build();
                }

                public static List<String> chat(String base) {
                    CreateCompletionRequest request = CreateCompletionRequest.builder().prompt("Say hello").stream(true).build();
                    try (StreamResponse<CreateCompletionResponse> chunks = client(base).chat().completions().create(request)) {
                        return chunks.stream().map(c -> c.id() + ":" + c.delta()).toList();
                    }
                }

                public static List<String> tail(String base) {
                    List<String> lines = new ArrayList<>();
                    try (StreamResponse<String> log = client(base).logs().tail().get()) {
                        log.stream().forEach(lines::add);
                    } catch (StreamErrorException e) {
                        lines.add(e.event() + " " + e.data());
                    }
                    return lines;
                }

                public static String upload(String base, Path photo) {
                    CreateFileRequest form = CreateFileRequest.builder()
                            .file(Upload.of(photo))
                            .purpose("assistants")
                            .attachments(List.of(Upload.of(new byte[] {1, 2, 3}, "a.bin", "application/octet-stream")))
                            .tags(List.of("x", "y"))
                            .expires(LocalDate.of(2027, 1, 31))
                            .meta(Meta.builder().album("summer").year(2026L).build())
                            .build();
                    return client(base).files().create(form).id();
                }

                public static String token(String base) {
                    return client(base).oauth().token().create(CreateOauthTokenRequest.builder().grantType("client_credentials")
                            .scope(List.of("read all", "write")).build()).accessToken();
                }

                public static void replace(String base) {
                    client(base).files().content().replace("f1", Upload.of("new content".getBytes(), "f1.txt", "text/plain"));
                }

                public static long download(String base) throws IOException {
                    long count = 0;
                    try (InputStream in = client(base).files().content().get("f1")) {
                        byte[] buffer = new byte[8192];
                        for (int n; (n = in.read(buffer)) > 0; ) count += n;
                    }
                    return count;
                }

                public static String report(String base) {
                    return client(base).reports().get("r1");
                }

                public static String missing(String base) {
                    return client(base).files().content().getAsync("nope").handle((in, e) -> e.getCause().getClass().getSimpleName()
                            + " " + ((dev.docpoet.client.ApiException) e.getCause()).rawBody()).join();
                }
            }
            """;

    private static Object run(CompiledClasses classes, String method, Object... args) throws Exception {
        Class<?>[] types = new Class<?>[args.length];
        for (int i = 0; i < args.length; i++) types[i] = args[i] instanceof Path ? Path.class : args[i].getClass();
        try {
            return classes.loadClass("test.UseMedia").getMethod(method, types).invoke(null, args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception x ? x : e;
        }
    }

    @Test
    void theGeneratedClientStreamsUploadsAndDownloadsAsTheSpecSays(@TempDir Path dir) throws Exception {
        JavaFileObject api = JavaFileObjects.forSourceString("test.Media", """
                package test;
                @SuppressWarnings("docpoet:GenBodyUnmodeled") // POST /batch, multipart/mixed: tested below
                @dev.docpoet.ApiDocs("media/media.yaml")
                public interface Media {}
                """);
        Compilation c = Compiler.compileWithClient(api, JavaFileObjects.forSourceString("test.UseMedia", PROGRAM));
        assertThat(c).succeededWithoutWarnings();
        CompiledClasses classes = new CompiledClasses(c);

        assertEquals(List.of("c1:Hel", "c1:lo"), run(classes, "chat", base()), "multi-line data, CRLF, a comment; [DONE] ends it");
        Seen chat = seen.get(0);
        assertEquals("text/event-stream", chat.header("Accept"));
        assertEquals("{\"prompt\":\"Say hello\",\"stream\":true}", chat.text());

        assertEquals(List.of("one", "two", "error {\"message\":\"disk full\"}"), run(classes, "tail", base()),
                "untyped events are their data; a retry: block is no event; an error event is an exception");

        Path photo = dir.resolve("cat.png");
        byte[] png = new byte[3000];
        for (int i = 0; i < png.length; i++) png[i] = (byte) (i * 7);
        Files.write(photo, png);
        assertEquals("f1", run(classes, "upload", base(), photo));
        Seen upload = seen.get(2);
        List<Part> parts = parts(upload);
        assertEquals(List.of("file", "purpose", "attachments", "tags", "tags", "expires", "meta"), parts.stream().map(Part::name).toList());
        assertEquals("form-data; name=\"file\"; filename=\"cat.png\"", parts.get(0).disposition());
        assertEquals("image/png", parts.get(0).type());
        assertArrayEquals(png, parts.get(0).content(), "the file, byte for byte");
        assertEquals("assistants", parts.get(1).text());
        assertEquals("form-data; name=\"attachments\"; filename=\"a.bin\"", parts.get(2).disposition());
        assertArrayEquals(new byte[] {1, 2, 3}, parts.get(2).content());
        assertEquals(List.of("x", "y"), List.of(parts.get(3).text(), parts.get(4).text()));
        assertEquals("2027-01-31", parts.get(5).text());
        assertEquals("application/json", parts.get(6).type(), "an object field is a JSON part");
        assertEquals("{\"album\":\"summer\",\"year\":2026}", parts.get(6).text());

        assertEquals("t0k", run(classes, "token", base()));
        Seen token = seen.get(3);
        assertEquals("application/x-www-form-urlencoded", token.header("Content-Type"));
        assertEquals("grant_type=client_credentials&scope=read+all&scope=write", token.text());

        run(classes, "replace", base());
        Seen replace = seen.get(4);
        assertEquals("PUT /v1/files/f1/content", replace.line());
        assertEquals("text/plain", replace.header("Content-Type"));
        assertEquals("new content", replace.text());

        assertEquals((long) DOWNLOAD, run(classes, "download", base()), "8 MiB through a client capped at 1 MiB: streamed, never held");
        assertEquals("application/octet-stream", seen.get(5).header("Accept"));

        assertEquals("id,name\n1,Zoë\n", run(classes, "report", base()));
        assertEquals("text/csv", seen.get(6).header("Accept"));

        assertEquals("NotFoundException {\"code\":\"no such thing\"}", run(classes, "missing", base()));
    }

    @Test
    void aBodyNoClientCanSendLeavesItsEndpointOutWithAWarning() throws Exception {
        JavaFileObject api = JavaFileObjects.forSourceString("test.Media", "package test;\n@dev.docpoet.ApiDocs(\"media/media.yaml\")\npublic interface Media {}\n");
        Compilation c = Compiler.compileWithClient(Compiler.DOCS, api);
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("media/media.yaml:128:11: POST /batch is left out of the client: docpoet cannot write a"
                + " multipart/mixed request body; it is never sent as JSON or without its body; call it with your own HTTP client,"
                + " or document a JSON, multipart/form-data or form body [GenBodyUnmodeled]").inFile(api).onLineContaining("@dev.docpoet.ApiDocs");
        String endpoints = ClientGenerationTest.source(c, "test.MediaEndpoints");
        assertFalse(endpoints.contains("batch"), endpoints);
    }

    @Test
    void anObjectInAFormIsSentAsJsonTextWithAWarning() throws Exception {
        JavaFileObject api = JavaFileObjects.forSourceString("test.Forms", "package test;\n@dev.docpoet.ApiDocs(\"media/form-object.yaml\")\n"
                + "public interface Forms {}\n");
        Compilation c = Compiler.compileWithClient(Compiler.DOCS, api);
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("media/form-object.yaml:17:17: field `preferences` of the application/x-www-form-urlencoded body of"
                + " POST /subscriptions is an object: it is sent as JSON text, as no standard says how a form carries one; document it as a"
                + " string, or as fields of their own [GenFormFieldAsJson]").inFile(api).onLineContaining("@dev.docpoet.ApiDocs");
        String client = ClientGenerationTest.source(c, "test.FormsSubscriptions");
        assertTrue(client.contains(".requiredForm(body)\n                .field(\"email\", body.email())\n"
                + "                .field(\"preferences\", body.preferences())"), client);
    }

    @Test
    void userMethodsBindToStreamsAndDownloadsAsDeclared() throws Exception {
        JavaFileObject api = JavaFileObjects.forSourceString("test.Files", """
                package test;
                import dev.docpoet.Endpoint;
                import dev.docpoet.client.ApiResponse;
                import dev.docpoet.client.StreamResponse;
                import java.io.InputStream;
                import java.util.concurrent.CompletableFuture;
                @SuppressWarnings("docpoet:GenBodyUnmodeled")
                @dev.docpoet.ApiDocs("media/media.yaml")
                public interface Files {
                    @Endpoint("GET /files/{id}/content")
                    ApiResponse<InputStream> download(String id);
                    @Endpoint("GET /files/{id}/content")
                    void touch(String id);
                    CompletableFuture<ApiResponse<StreamResponse<String>>> tailLogsAsync();
                    @Endpoint("GET /logs/tail")
                    void ping();
                }
                """);
        JavaFileObject use = JavaFileObjects.forSourceString("test.UseFiles", """
                package test;
                import dev.docpoet.client.ApiResponse;
                import dev.docpoet.client.StreamResponse;
                import java.io.InputStream;
                import java.util.List;
                public final class UseFiles {
                    private UseFiles() {}
                    public static String run(String base) throws Exception {
                        FilesClient files = FilesClient.builder().baseUri(base).build();
                        ApiResponse<InputStream> r = files.download("f1");
                        int first;
                        try (InputStream in = r.body()) {
                            first = in.read() + in.read();
                        }
                        files.touch("f1");
                        List<String> events;
                        try (StreamResponse<String> s = files.tailLogsAsync().get().body()) {
                            events = s.stream().limit(2).toList();
                        }
                        files.ping();
                        return r.status() + " " + r.headers().firstValue("Content-Type").orElse("") + " " + first + " " + events;
                    }
                }
                """);
        Compilation c = Compiler.compileWithClient(api, use);
        assertThat(c).succeededWithoutWarnings();
        CompiledClasses classes = new CompiledClasses(c);
        assertEquals("200 application/octet-stream 1 [one, two]", classes.loadClass("test.UseFiles").getMethod("run", String.class)
                .invoke(null, base()));
        assertEquals(List.of("GET /v1/files/f1/content", "GET /v1/files/f1/content", "GET /v1/logs/tail", "GET /v1/logs/tail"),
                seen.stream().map(Seen::line).toList());
        String client = ClientGenerationTest.source(c, "test.FilesClient");
        assertTrue(client.contains("Transport.closeDownload(transport.download(downloadCall(id)))"), client);
        assertTrue(client.contains("transport.stream(tailLogsAsyncCall()).close()"), client);
    }

    @Test
    void aPageDeclaresAStreamAndAnUploadInItsHeadings() throws Exception {
        JavaFileObject api = JavaFileObjects.forSourceString("test.Builds", "package test;\n@dev.docpoet.ApiDocs(\"media/builds.md\")\n"
                + "public interface Builds {}\n");
        Compilation c = Compiler.compileWithClient(api);
        assertThat(c).succeededWithoutWarnings();
        String log = ClientGenerationTest.source(c, "test.BuildsBuildsLog");
        assertTrue(log.contains("public StreamResponse<BuildLog> get(String id)"), log);
        assertTrue(log.contains(".accept(\"text/event-stream\")\n                .streamEnd(\"[DONE]\")"), log);
        String client = ClientGenerationTest.source(c, "test.BuildsBuildsArtifacts");
        assertTrue(client.contains("public CreateArtifactResponse create(String id, CreateArtifactRequest body)"), client);
        assertTrue(client.contains(".requiredMultipart(body)\n                .field(\"artifact\", body.artifact())\n"
                + "                .field(\"label\", body.label())"), client);
        assertTrue(ClientGenerationTest.source(c, "test.CreateArtifactRequest").contains("public record CreateArtifactRequest(Upload artifact,"
                + " @Nullable String label)"));
    }

    /** One part of a multipart body. */
    record Part(String name, String disposition, String type, byte[] content) {
        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    /** The parts of a multipart request, split at the boundary its Content-Type names. */
    private static List<Part> parts(Seen s) {
        String type = s.header("Content-Type");
        assertTrue(type.startsWith("multipart/form-data; boundary="), type);
        String delimiter = "--" + type.substring(type.indexOf('=') + 1);
        String text = new String(s.body(), StandardCharsets.ISO_8859_1);
        List<Part> out = new ArrayList<>();
        int at = text.indexOf(delimiter) + delimiter.length() + 2;
        while (at < text.length()) {
            int end = text.indexOf("\r\n" + delimiter, at);
            String part = text.substring(at, end);
            int blank = part.indexOf("\r\n\r\n");
            String disposition = null;
            String partType = null;
            for (String h : part.substring(0, blank).split("\r\n")) {
                if (h.startsWith("Content-Disposition: ")) disposition = h.substring("Content-Disposition: ".length());
                if (h.startsWith("Content-Type: ")) partType = h.substring("Content-Type: ".length());
            }
            String name = disposition.replaceFirst("^form-data; name=\"([^\"]*)\".*$", "$1");
            out.add(new Part(name, disposition, partType, part.substring(blank + 4).getBytes(StandardCharsets.ISO_8859_1)));
            at = end + 2 + delimiter.length();
            if (text.startsWith("--", at)) break;
            at += 2;
        }
        return out;
    }
}
