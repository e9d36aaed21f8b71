package dev.docpoet.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Dialect;
import dev.docpoet.spec.Endpoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spec is told from a page by its content (issue 18): JSON whose top-level object has an {@code openapi} or
 * {@code swagger} version key wherever it sits, whatever the file's name; never by a prefix of the text.
 */
class SpecOrPageTest {
    private static ApiDocument parse(String name, String text) {
        return DocParser.parse(name, text);
    }

    private static Endpoint endpoint(ApiDocument doc, String signature) {
        return doc.endpoints().stream().filter(e -> e.signature().equals(signature)).findFirst()
                .orElseThrow(() -> new AssertionError(signature + " not in " + doc.endpoints().stream().map(Endpoint::signature).toList()
                        + "; " + doc.diagnostics()));
    }

    @Test
    void aJsonSpecWhoseVersionKeyComesLateIsStillASpec() {
        String late = "{\"info\": {\"title\": \"late\", \"version\": \"1\", \"description\": \"" + "x".repeat(70_000) + "\"},\n"
                + "\"paths\": {\"/a\": {\"get\": {\"responses\": {\"204\": {\"description\": \"done\"}}}}},\n\"openapi\": \"3.0.3\"}";
        ApiDocument doc = parse("late.json", late);
        assertEquals(Dialect.OPENAPI, doc.dialect());
        assertEquals("late.json:2:18", endpoint(doc, "GET /a").location().toString());
    }

    @Test
    void aYamlFileOfJsonTextIsASpecPlacedByItsOwnLines() {
        ApiDocument doc = parse("openapi.yaml", """
                {
                  "openapi": "3.1.0",
                  "info": {"title": "j", "version": "1"},
                  "paths": {
                    "/b": {
                      "get": {"responses": {"204": {"description": "none"}}}
                    }
                  }
                }
                """);
        assertEquals(Dialect.OPENAPI, doc.dialect());
        assertEquals("openapi.yaml:6:7", endpoint(doc, "GET /b").location().toString());
    }

    @Test
    void onlyATopLevelVersionKeyMakesASpec() {
        assertEquals(Dialect.PLAIN_MARKDOWN, parse("nested.json", "{\"info\": {\"openapi\": \"3.0.0\"}, \"paths\": {}}").dialect(),
                "a key inside a value is no version key");
        assertEquals(Dialect.PLAIN_MARKDOWN, parse("docs.json", "{\"name\": \"docs\", \"openapi\": \"/openapi.json\"}").dialect(),
                "Mintlify's docs.json names its spec under openapi: no version, no spec");
        assertEquals(Dialect.OPENAPI, parse("swagger.json", "{\"x\": {\"swagger\": 1}, \"swagger\": \"2.0\", \"info\": {\"title\": \"s\","
                + " \"version\": \"1\"}, \"paths\": {}}").dialect());
    }

    @Test
    void aStubPageFindsAJsonSpecWhoseVersionKeyComesLate(@TempDir Path tmp) throws IOException {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("api.json"), "{\"info\": {\"title\": \"late\", \"version\": \"1\", \"description\": \""
                + "x".repeat(70_000) + "\"}, \"paths\": {\"/a\": {\"get\": {\"summary\": \"Get a\", \"responses\": {\"204\": {\"description\":"
                + " \"done\"}}}}}, \"openapi\": \"3.0.3\"}");
        Files.writeString(docs.resolve("get-a.mdx"), "---\nopenapi: GET /a\n---\n");
        DocSetReader.Result r = DocSetReader.read(DocSet.read(tmp, "docs").sources());
        ApiDocument page = r.documents().get(0);
        assertEquals("Get a", page.endpoints().get(0).title(), page.diagnostics()::toString);
        assertEquals(List.of("docs/api.json"), List.copyOf(r.specFiles().keySet()));
    }
}
