package dev.docpoet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    private static final Pattern DIAGNOSTIC = Pattern.compile("^(.+):(\\d+):(\\d+): (error|warning|info): .+ \\[[A-Za-z]+\\]$");
    private static final String DOCS = CliRun.resource("docs");
    private static final String BROKEN = CliRun.resource("broken");

    @Test
    void openapiFromAFolderPrintsOneDocumentAndDiagnostics() throws Exception {
        CliRun run = CliRun.of("openapi", DOCS);
        assertEquals(0, run.exit(), run.err());
        JsonNode api = new ObjectMapper().readTree(run.out());
        assertEquals("3.1.0", api.get("openapi").asText());
        assertTrue(api.at("/paths/~1pets~1{petId}/get").isObject());
        assertTrue(api.at("/paths/~1stores/get").isObject(), "the .txt page in a sub-folder is read");
        assertEquals("date-time", api.at("/paths/~1stores/get/responses/200/content/application~1json/schema/properties/stores/items/properties/openedAt/format").asText());
        assertEquals("apiKey", api.at("/components/securitySchemes/ApiKeyAuth/type").asText());
        List<String> lines = run.err().lines().toList();
        assertFalse(lines.isEmpty());
        for (String l : lines) assertTrue(DIAGNOSTIC.matcher(l).matches(), l);
        assertTrue(run.err().contains("pets.mdx:19:35: warning: example has `chip` but no field documents it"), run.err());
        List<String> sorted = lines.stream().sorted((a, b) -> {
            String[] x = a.split(":"), y = b.split(":");
            int c = x[0].compareTo(y[0]);
            return c != 0 ? c : Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
        }).toList();
        assertEquals(sorted, lines, "sorted by file and line");
    }

    @Test
    void errorsExitOneAndStillPrintTheDocument() {
        CliRun run = CliRun.of("openapi", BROKEN);
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("\"/broken\""));
        assertTrue(run.err().contains("broken.mdx:4:1: error: <ResponseField> is never closed"), run.err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, CliRun.of("openapi").exit());
        assertEquals(2, CliRun.of("openapi", "--no-such-option", DOCS).exit());
        assertEquals(2, CliRun.of("frobnicate").exit());
        CliRun missing = CliRun.of("lint", "no/such/folder");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("no/such/folder: no such file or folder"), missing.err());
        assertFalse(missing.err().contains("at dev.docpoet"), "no stack trace");
    }

    @Test
    void helpForEveryCommand() {
        for (String cmd : List.of("openapi", "lint", "inspect", "generate")) {
            CliRun run = CliRun.of(cmd, "--help");
            assertEquals(0, run.exit(), cmd);
            assertTrue(run.out().contains("Usage: docpoet " + cmd), run.out());
        }
        assertTrue(CliRun.of("--help").out().contains("openapi"));
    }

    @Test
    void outputFileIsWrittenWholeAndNothingElse(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("sub/api.json");
        CliRun run = CliRun.of("openapi", "-o", out.toString(), DOCS);
        assertEquals(0, run.exit());
        assertEquals("", run.out());
        assertEquals("3.1.0", new ObjectMapper().readTree(out.toFile()).get("openapi").asText());
        try (Stream<Path> files = Files.list(out.getParent())) {
            assertEquals(List.of(out), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void lintPrintsDiagnosticsOnly() {
        CliRun run = CliRun.of("lint", "--quiet-info", DOCS);
        assertEquals(0, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().contains("[LintExampleUndocumentedKey]"));
        assertFalse(run.err().contains(": info: "));
    }

    @Test
    void anInferenceThatChoosesATypeIsAWarningThatSuppressHides() {
        CliRun run = CliRun.of("lint", DOCS);
        assertEquals(0, run.exit(), "warnings never change the exit code");
        assertTrue(run.err().contains("pets.mdx:13:1: warning: enum for `status` read from its description: available, sold; pin it with"
                + " type='\"available\" | \"sold\"', or silence it with @SuppressWarnings(\"docpoet:InferEnumFromProse\") [InferEnumFromProse]"),
                run.err());
        assertTrue(run.err().contains("stores.txt:1:248: warning: `openedAt` is typed date-time (OffsetDateTime): its example"
                + " \"2024-05-01T09:00:00Z\" is ISO-8601; pin it with (date-time,null), or silence it with"
                + " @SuppressWarnings(\"docpoet:InferDateTime\") [InferDateTime]"), run.err());

        // the values @SuppressWarnings takes, so that one string works in javac, the CLI and the plugin
        CliRun some = CliRun.of("lint", "--suppress", "docpoet:InferEnumFromProse,docpoet:InferDateTime", DOCS);
        assertEquals(0, some.exit(), some.err());
        assertFalse(some.err().contains("[InferEnumFromProse]") || some.err().contains("[InferDateTime]"), some.err());
        assertTrue(some.err().contains("[LintExampleUndocumentedKey]"), "other warnings still print: " + some.err());
        CliRun all = CliRun.of("lint", "--suppress", "docpoet", "--quiet-info", DOCS);
        assertEquals("", all.err());
        CliRun errors = CliRun.of("lint", "--suppress", "docpoet", BROKEN);
        assertEquals(1, errors.exit());
        assertTrue(errors.err().contains("broken.mdx:4:1: error: <ResponseField> is never closed"), "errors always print: " + errors.err());

        CliRun typo = CliRun.of("lint", "--suppress", "docpoet:InferDateTim", DOCS);
        assertEquals(2, typo.exit());
        assertTrue(typo.err().contains("--suppress: `docpoet:InferDateTim` names no docpoet warning; write docpoet (all) or docpoet:CODE"
                + " (did you mean docpoet:InferDateTime?)"), typo.err());
    }

    @Test
    void inspectPrintsATree() {
        CliRun run = CliRun.of("inspect", DOCS + "/nested/stores.txt");
        assertEquals(0, run.exit());
        String expected = """
                  GET /stores  "List stores"  [line 1]
                    version: 1
                    security: ApiKeyAuth
                    query parameter limit: integer  (optional)
                    response 200 (application/json) → StoreList
                      stores: array of object  (required, documented, line 1)
                        id: string  (required, documented, line 1)
                        openedAt: string (date-time)  (optional, nullable, documented, line 1)
                """;
        assertTrue(run.out().contains(expected), run.out());
        assertTrue(run.out().startsWith(DOCS + "/nested/stores.txt  (REDOCLY_MARKDOWN)"), run.out());
        assertTrue(Arrays.stream(run.err().split("\n")).anyMatch(l -> l.contains("[InferDateTime]")));
    }
}
