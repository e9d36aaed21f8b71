package dev.docpoet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Docs that yield nothing are a warning that says why, in lint and generate alike: never exit 0 with nothing said. */
class NothingGeneratedTest {
    /** Mintlify as a foreign vendor writes it: no {@code api:}, the endpoint only in an HTTP example. */
    private static final String FOREIGN_PAGE = """
            ---
            title: Send a message
            ---

            Sends a message.

            ```http
            POST /v1/messages HTTP/1.1
            ```

            <ParamField body="text" type="string" required>The text.</ParamField>
            """;

    @Test
    void aForeignPageWhoseEndpointIsOnlyAnHttpExampleWarnsInLintAndGenerate(@TempDir Path tmp) throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("send-message.mdx"), FOREIGN_PAGE);
        String warning = docs + ":1:1: warning: nothing is generated from this folder: its one doc page declares no endpoint; "
                + docs.resolve("send-message.mdx") + ":7:1 has POST /v1/messages only in a ```http code block, which docpoet reads as an"
                + " example; add `api: 'POST /v1/messages'` to that page's front matter [SpecYieldsNothing]";
        CliRun lint = CliRun.of("lint", docs.toString());
        assertEquals(0, lint.exit(), "a warning, not an error");
        assertTrue(lint.err().contains(warning), lint.err());
        CliRun generate = CliRun.of("generate", docs.toString(), "-o", tmp.resolve("out").toString(), "-p", "a.b");
        assertEquals(0, generate.exit(), generate.err());
        assertTrue(generate.err().contains(warning), generate.err());
        assertTrue(generate.out().contains("generated 0 files"), generate.out());
        CliRun page = CliRun.of("lint", docs.resolve("send-message.mdx").toString());
        assertTrue(page.err().contains(docs.resolve("send-message.mdx") + ":7:1: warning: nothing is generated from this page: its"
                + " endpoint, POST /v1/messages, is only in a ```http code block, which docpoet reads as an example, not as the endpoint"
                + " the page documents; add `api: 'POST /v1/messages'` to its front matter [SpecYieldsNothing]"), page.err());
        CliRun quiet = CliRun.of("lint", docs.toString(), "--suppress", "docpoet:SpecYieldsNothing");
        assertFalse(quiet.err().contains("[SpecYieldsNothing]"), quiet.err());
    }

    @Test
    void aFolderOfSpecsOnlyIsReadAsItsSpecs(@TempDir Path tmp) throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("openapi.yaml"), "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /pets:\n"
                + "    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n"
                + "              schema: {type: object, properties: {name: {type: string}}}\n");
        CliRun generate = CliRun.of("generate", docs.toString(), "-o", tmp.resolve("out").toString(), "-p", "a.b");
        assertEquals(0, generate.exit(), generate.err());
        assertFalse(generate.err().contains("[SpecYieldsNothing]"), generate.err());
        assertTrue(Files.exists(tmp.resolve("out/a/b/PetList.java")), generate.out());
    }
}
