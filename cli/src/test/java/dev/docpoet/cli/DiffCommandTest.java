package dev.docpoet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code docpoet diff OLD NEW}: docs, folders or lock files; exit 1 on a breaking change, for CI scripts. */
class DiffCommandTest {
    private static final String PAGE = """
            Endpoint: GET /v1/agents
            ## Query parameters:
              - `role` (string)
                Enum: "admin", "agent"
            ## Response 200 fields (application/json):
              - `id` (string, required)
              - `name` (string)
            """;

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = DocpoetCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void breakingChangesExitOne(@TempDir Path tmp) throws Exception {
        Path old = Files.writeString(tmp.resolve("old.md"), PAGE);
        Path now = Files.writeString(tmp.resolve("new.md"), PAGE.replace("  - `id` (string, required)\n", ""));
        Run r = run("diff", old.toString(), now.toString());
        assertEquals(1, r.exit(), r.err());
        assertEquals("breaking  GET /v1/agents 200 /id: field removed\n1 API changes, 1 breaking\n", r.out());
    }

    @Test
    void otherChangesExitZero(@TempDir Path tmp) throws Exception {
        Path old = Files.writeString(tmp.resolve("old.md"), PAGE);
        Path now = Files.writeString(tmp.resolve("new.md"), PAGE + "  - `email` (string)\n");
        Run r = run("diff", old.toString(), now.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("ok        GET /v1/agents 200 /email: optional field added\n1 API changes, 0 breaking\n", r.out());
    }

    @Test
    void aLockFileOnEitherSide(@TempDir Path tmp) throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("agents.md"), PAGE);
        Path lock = tmp.resolve("docpoet.lock.json");
        assertEquals(0, run("diff", docs.toString(), docs.toString(), "--lock", lock.toString()).exit());
        Run same = run("diff", lock.toString(), docs.toString());
        assertEquals(0, same.exit(), same.err());
        assertEquals("no API changes\n", same.out());
        Files.writeString(docs.resolve("agents.md"), PAGE.replace("Enum: \"admin\", \"agent\"", "Enum: \"admin\""));
        Run narrowed = run("diff", lock.toString(), docs.toString());
        assertEquals(1, narrowed.exit());
        assertTrue(narrowed.out().contains("breaking  GET /v1/agents query role: enum value `agent` removed"), narrowed.out());
    }

    @Test
    void brokenDocsAndMissingPathsAreUsageErrors(@TempDir Path tmp) throws Exception {
        Path broken = Files.writeString(tmp.resolve("broken.mdx"), "---\napi: GET /x\n---\n<ResponseField name=\"a\" type=\"string\">\n");
        Run r = run("diff", broken.toString(), broken.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("broken.mdx:4:1: error:"), r.err());
        assertEquals(2, run("diff", tmp.resolve("absent").toString(), broken.toString()).exit());
    }
}
