package dev.docpoet.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.ParserCode;
import dev.docpoet.spec.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A requested file or folder that yields no endpoint is a warning that says why, at the place that shows it. */
class YieldCheckTest {
    /** Mintlify as a foreign vendor writes it: no {@code api:}, the endpoint only in an HTTP example. */
    static final String FOREIGN_PAGE = """
            ---
            title: Send a message
            description: Sends a message to a channel.
            ---

            Sends a message.

            ```http
            POST /v1/messages HTTP/1.1
            Host: api.example.com
            ```

            <ParamField body="text" type="string" required>The text.</ParamField>
            """;

    /** The warnings for paths under {@code root}, each read as every front end reads it. */
    private static List<String> check(Path root, String... paths) throws IOException {
        List<DocSource> sources = new ArrayList<>();
        List<YieldCheck.Request> requests = new ArrayList<>();
        for (String path : paths) {
            DocSet.Found found = DocSet.read(root, path);
            sources.addAll(found.sources());
            requests.add(new YieldCheck.Request(path, root.toAbsolutePath().normalize().toString(), found.folder()));
        }
        DocSetReader.Result read = DocSetReader.read(sources);
        List<Diagnostic> found = YieldCheck.check(requests, sources, read.documents(), DocSource::label);
        assertTrue(found.stream().allMatch(d -> d.code() == ParserCode.SpecYieldsNothing && d.severity() == Severity.WARNING));
        return found.stream().map(Diagnostic::format).toList();
    }

    @Test
    void aForeignMintlifyPageWithItsEndpointOnlyInAnHttpBlockWarnsAtTheBlock(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("docs/send-message.mdx"), FOREIGN_PAGE);
        assertEquals(List.of("docs/send-message.mdx:8:1: warning: nothing is generated from this page: its endpoint, POST /v1/messages,"
                + " is only in a ```http code block, which docpoet reads as an example, not as the endpoint the page documents;"
                + " add `api: 'POST /v1/messages'` to its front matter [SpecYieldsNothing]"), check(root, "docs/send-message.mdx"));
        assertEquals(List.of("docs:1:1: warning: nothing is generated from this folder: its one doc page declares no endpoint;"
                + " docs/send-message.mdx:8:1 has POST /v1/messages only in a ```http code block, which docpoet reads as an example;"
                + " add `api: 'POST /v1/messages'` to that page's front matter [SpecYieldsNothing]"), check(root, "docs"));
        // as the hint says: then it reads, and nothing is left to say
        Files.writeString(root.resolve("docs/send-message.mdx"), FOREIGN_PAGE.replace("title: Send a message",
                "title: Send a message\napi: 'POST /v1/messages'"));
        assertEquals(List.of(), check(root, "docs"));
    }

    @Test
    void eachKindOfFileSaysWhyItYieldsNothing(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("intro.md"), "# Introduction\n\nWelcome.\n");
        Files.writeString(root.resolve("fields.mdx"), "---\ntitle: Fields\n---\n<ResponseField name=\"id\" type=\"string\">The id.</ResponseField>\n");
        Files.writeString(root.resolve("package.json"), "{\"name\": \"docs\", \"version\": \"1.0.0\"}\n");
        Files.writeString(root.resolve("empty.yaml"), "openapi: 3.0.3\ninfo: {title: none, version: '1'}\npaths: {}\n");
        assertEquals(List.of("intro.md:1:1: warning: nothing is generated from this page: it declares no endpoint in a dialect docpoet"
                + " reads; give it `api: 'METHOD /path'` in its front matter (Mintlify), an `Endpoint: METHOD /path` line (Redocly), or a"
                + " `GET /path` request line over GFM tables of its fields, or attribute headings (### `field` over a **Type:**"
                + " line), or leave it out of the docs [SpecYieldsNothing]"), check(root, "intro.md"));
        assertEquals(List.of("fields.mdx:1:1: warning: nothing is generated from this page: it is a Mintlify page without `api:` or"
                + " `openapi:` in its front matter, so its fields are not read; add `api: 'METHOD /path'` to its front matter"
                + " [SpecYieldsNothing]"), check(root, "fields.mdx"));
        assertEquals(List.of("package.json:1:1: warning: nothing is generated from this file: it has no top-level `openapi` or `swagger`"
                + " version key, so it is read as a doc page, and it declares no endpoint; if it is a spec, give it `openapi: 3.1.0` (or"
                + " the version it follows) at the top level; if not, leave it out of the docs [SpecYieldsNothing]"),
                check(root, "package.json"));
        assertEquals(List.of("empty.yaml:1:1: warning: nothing is generated from this spec: it has no operation under `paths`; add the"
                + " operations, or name the spec file that has them [SpecYieldsNothing]"), check(root, "empty.yaml"));
    }

    @Test
    void aFolderWithoutPagesSaysSoAndNamesTheFilesThatAreNoSpecs(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("nothing"));
        Files.createDirectories(root.resolve("api/v1"));
        Files.writeString(root.resolve("api/v1/schemas.yaml"), "Pet:\n  type: object\n");
        Files.writeString(root.resolve("api/docs.json"), "{\"openapi\": \"v1/openapi.yaml\"}");
        assertEquals(List.of("nothing:1:1: warning: nothing is generated from this folder: it holds no doc page (.md, .mdx, .markdown,"
                + " .txt); name the folder that holds the pages [SpecYieldsNothing]"), check(root, "nothing"));
        String noSpec = "warning: nothing is generated from this folder: it holds no doc page (.md, .mdx, .markdown, .txt), and"
                + " none of its JSON and YAML files is an OpenAPI or Swagger spec (api/v1/schemas.yaml); give a spec its top-level"
                + " `openapi: 3.1.0` (or the version it follows), or name the folder that holds the pages [SpecYieldsNothing]";
        assertEquals(List.of("api:1:1: " + noSpec), check(root, "api"));
        assertEquals(List.of(".:1:1: " + noSpec), check(root, "."), "the docs folder itself, as the Maven plugin requests it");

        // a folder with no page but a spec is read as that spec
        Files.writeString(root.resolve("api/v1/openapi.yaml"), "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n");
        assertEquals(List.of("api:1:1: warning: nothing is generated from this folder: its one spec has no operation under `paths`;"
                + " add the operations, or name the spec file that has them [SpecYieldsNothing]"), check(root, "api"));
    }

    @Test
    void onePageWithAnEndpointIsEnoughAndAnErrorIsLeftToSpeakForItself(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("docs/intro.md"), "# Introduction\n");
        Files.writeString(root.resolve("docs/get.md"), "Endpoint: GET /a\n## Response 200 fields (application/json):\n  - `id` (string)\n");
        assertEquals(List.of(), check(root, "docs"), "a folder of pages and an overview yields the pages' endpoints");
        assertEquals(List.of("docs/intro.md:1:1: warning: nothing is generated from this page: it declares no endpoint in a dialect"
                + " docpoet reads; give it `api: 'METHOD /path'` in its front matter (Mintlify), an `Endpoint: METHOD /path` line"
                + " (Redocly), or a `GET /path` request line over GFM tables of its fields, or attribute headings (### `field` over a"
                + " **Type:** line), or leave it out of the docs [SpecYieldsNothing]"),
                check(root, "docs", "docs/intro.md"),
                "a page named on its own is asked for on its own");
        Files.writeString(root.resolve("broken.json"), "{\"openapi\": \"3.0.3\", \"paths\": {");
        assertEquals(List.of(), check(root, "broken.json"), "its error says what is wrong");
    }

    @Test
    void twoFoldersOfOneNameUnderTwoRootsAreTwoRequests(@TempDir Path tmp) throws IOException {
        Path a = Files.createDirectories(tmp.resolve("a/docs"));
        Path b = Files.createDirectories(tmp.resolve("b/docs"));
        Files.writeString(a.resolve("get.md"), "Endpoint: GET /a\n## Response 200 fields (application/json):\n  - `id` (string)\n");
        Files.writeString(b.resolve("intro.md"), "# Introduction\n");
        List<DocSource> sources = new ArrayList<>(DocSet.read(tmp.resolve("a"), "docs").sources());
        sources.addAll(DocSet.read(tmp.resolve("b"), "docs").sources());
        List<Diagnostic> found = YieldCheck.check(List.of(new YieldCheck.Request("docs", tmp.resolve("a").toString(), true),
                new YieldCheck.Request("docs/", tmp.resolve("b").toString(), true)), sources, DocSetReader.read(sources).documents(),
                DocSource::displayName);
        assertEquals(List.of(tmp.resolve("b/docs") + ":1:1"), found.stream().map(d -> d.location().toString()).toList());
        assertTrue(found.get(0).message().contains("its one doc page declares no endpoint"), found::toString);
    }
}
