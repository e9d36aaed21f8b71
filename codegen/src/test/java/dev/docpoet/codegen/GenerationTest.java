package dev.docpoet.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.parse.DocSource;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one run every front end calls: what each generated file is comes with it, settings decide what is written, and
 * the fingerprint records the settings, the docs read and every output.
 */
class GenerationTest {
    private static final String PAGE = """
            # Get a ticket
            Endpoint: GET /tickets/{id}
            ## Path parameters:
            - `id` (string, required) Ticket id
            ## Response 200 fields (application/json):
            - `id` (string, required) Ticket id
            - `priority` (string) Priority Enum: "low", "high"
            ## Response 404 fields (application/json):
            - `message` (string, required) What went wrong
            """.replace("\n", " ");

    private static Generation.Outcome run(Generation.Settings settings) {
        DocSource page = new DocSource("api/get-ticket.md", null, PAGE.getBytes(StandardCharsets.UTF_8));
        return Generation.run(new Generation.Request(List.of(page), DocSource::label, settings, Set.of(), settings.owner(), List.of(), null));
    }

    private static Map<String, GeneratedFile.Kind> kinds(Generation.Outcome o) {
        return o.files().stream().collect(Collectors.toMap(GeneratedFile::simpleName, GeneratedFile::kind, (a, b) -> a, TreeMap::new));
    }

    @Test
    void everyFileSaysWhatItIs() {
        Generation.Outcome o = run(Generation.Settings.of("com.acme", List.of(), "Desk"));
        assertFalse(o.hasErrors(), o.diagnostics().toString());
        assertEquals(Map.of("DeskClient", GeneratedFile.Kind.CLIENT, "DeskEndpoints", GeneratedFile.Kind.COMPANION,
                "DeskTickets", GeneratedFile.Kind.GROUP, "NotFoundError", GeneratedFile.Kind.MODEL,
                "Ticket", GeneratedFile.Kind.MODEL, "TicketPriority", GeneratedFile.Kind.ENUM), kinds(o));
        assertEquals("com.acme.Desk", o.fingerprint().owner());
        assertEquals(List.of("com/acme/DeskClient.java", "com/acme/DeskEndpoints.java", "com/acme/DeskTickets.java", "com/acme/NotFoundError.java",
                "com/acme/Ticket.java", "com/acme/TicketPriority.java"), o.fingerprint().outputs());
        assertEquals(Set.of("api/get-ticket.md"), o.fingerprint().docs().keySet());
        assertEquals("true", o.fingerprint().options().get("validators"));
    }

    @Test
    void withoutValidatorsTheClientChecksNothingAndStillCompiles(@TempDir Path out) throws Exception {
        Generation.Outcome o = run(new Generation.Settings("com.acme", List.of(), "Desk", true, false));
        assertFalse(o.files().stream().anyMatch(f -> f.source().contains("validate()")), kinds(o).toString());
        assertEquals("false", o.fingerprint().options().get("validators"));
        String group = o.files().stream().filter(f -> f.kind() == GeneratedFile.Kind.GROUP).findFirst().orElseThrow().source();
        assertFalse(group.contains("validator"), group);
        List<Path> sources = new ArrayList<>();
        for (GeneratedFile f : o.files()) sources.add(f.writeToPath(out.resolve("src")));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter log = new StringWriter();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
            boolean ok = javac.getTask(log, fm, null, List.of("-Xlint:all", "-Werror", "-proc:none", "-d", out.resolve("classes").toString(),
                    "-classpath", System.getProperty("java.class.path")), null, fm.getJavaFileObjectsFromPaths(sources)).call();
            assertTrue(ok, log.toString());
        }
    }

    @Test
    void aUserInterfaceWithMethodsGetsItsClientLaterButListedNow() {
        Generation.Outcome o = run(new Generation.Settings("com.acme", List.of(), "Desk", false, true));
        assertFalse(kinds(o).containsKey("DeskClient"), "bound once the user's methods resolve");
        assertFalse(kinds(o).containsKey("DeskEndpoints"));
        assertTrue(o.fingerprint().outputs().contains("com/acme/DeskClient.java"), o.fingerprint().outputs().toString());
        assertEquals(1, o.operations().size());
    }

    @Test
    void aDocErrorGeneratesNothing() {
        DocSource broken = new DocSource("api/broken.mdx", null, "<ResponseField name=\"x\" type=\"string\">\n".getBytes(StandardCharsets.UTF_8));
        Generation.Settings s = Generation.Settings.of("com.acme", List.of(), null);
        Generation.Outcome o = Generation.run(new Generation.Request(List.of(broken), DocSource::label, s, Set.of(), s.owner(), List.of(), null));
        assertTrue(o.hasErrors());
        assertEquals(List.of(), o.files());
        assertEquals(List.of(), o.fingerprint().outputs());
    }

    @Test
    void pinsAreSettingsTheFingerprintRecords() {
        TypeNamePin pin = TypeNamePin.parse("GET /tickets/{id} 200=Issue", new dev.docpoet.spec.JavaLocation("pin", "pin"));
        Generation.Outcome o = run(Generation.Settings.of("com.acme", List.of(pin), null));
        assertTrue(kinds(o).containsKey("Issue"), kinds(o).toString());
        assertEquals("GET /tickets/{id} 200=Issue", o.fingerprint().options().get("typeNames"));
        assertEquals("com.acme", o.fingerprint().owner());
    }

    /** A snippet a page includes is part of what the fingerprint hashes: editing only the snippet regenerates. */
    @Test
    void editingOnlyASnippetChangesTheFingerprint(@TempDir Path tmp) throws java.io.IOException {
        Path docs = java.nio.file.Files.createDirectories(tmp.resolve("docs/snippets"));
        java.nio.file.Files.writeString(tmp.resolve("docs/page.mdx"), "---\napi: POST /calls\n---\n\n<Snippet file=\"fields.mdx\"/>\n");
        java.nio.file.Files.writeString(docs.resolve("fields.mdx"), "<ParamField body=\"a\" type=\"string\">A</ParamField>\n");
        Generation.Settings s = Generation.Settings.of("com.acme", List.of(), "Desk");
        java.util.function.Supplier<Map<String, String>> hashes = () -> {
            try {
                List<DocSource> sources = dev.docpoet.parse.DocSet.read(tmp.resolve("docs"), "page.mdx").sources();
                return Generation.run(new Generation.Request(sources, DocSource::label, s, Set.of(), s.owner(), List.of(), null)).fingerprint().docs();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        Map<String, String> before = hashes.get();
        assertTrue(before.containsKey("snippets/fields.mdx"), before.keySet().toString());
        java.nio.file.Files.writeString(docs.resolve("fields.mdx"), "<ParamField body=\"a\" type=\"integer\">A</ParamField>\n");
        assertFalse(before.equals(hashes.get()), "the snippet's new text is a new fingerprint");
    }
}
