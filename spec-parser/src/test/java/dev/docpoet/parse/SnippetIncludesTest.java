package dev.docpoet.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.ParserCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code <Snippet file="…"/>} includes read from a docs folder: a loop is reported and not followed, a page reads a
 * bounded number of them, a link cannot reach outside the folder, and what was read is reported for fingerprints.
 */
class SnippetIncludesTest {
    @TempDir
    Path tmp;

    private static final String PAGE = "---\napi: POST /calls\n---\n\n<Snippet file=\"fields.mdx\"/>\n";

    private DocSetReader.Result read(Path docs) throws IOException {
        return DocSetReader.read(DocSet.read(docs, "page.mdx").sources());
    }

    private static List<Diagnostic> snippetWarnings(ApiDocument doc) {
        return Models.diagnostics(doc, ParserCode.SpecSnippetMissing);
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aSnippetThatIncludesItselfIsReadOnceAndTheLoopReported() throws IOException {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("page.mdx"), PAGE);
        // each includes the other twice: without a loop check, 2^8 reads of each
        Files.writeString(docs.resolve("fields.mdx"), "<ParamField body=\"a\" type=\"string\">A</ParamField>\n\n"
                + "<Snippet file=\"other.mdx\"/>\n<Snippet file=\"other.mdx\"/>\n<Snippet file=\"fields.mdx\"/>\n");
        Files.writeString(docs.resolve("other.mdx"), "<ParamField body=\"b\" type=\"string\">B</ParamField>\n\n"
                + "<Snippet file=\"fields.mdx\"/>\n<Snippet file=\"fields.mdx\"/>\n");
        ApiDocument doc = read(docs).documents().get(0);
        List<Diagnostic> loops = snippetWarnings(doc);
        assertFalse(loops.isEmpty());
        assertTrue(loops.stream().allMatch(d -> d.text().contains("the loop is not followed")), loops::toString);
        assertTrue(loops.stream().anyMatch(d -> d.text().contains("(fields.mdx → fields.mdx)") && d.location().line() == 5),
                "a self-include is reported where it stands: " + loops);
        assertTrue(loops.stream().anyMatch(d -> d.text().contains("fields.mdx → other.mdx → fields.mdx")), loops::toString);
        assertTrue(loops.size() <= 5, "each loop is reported where it closes, not once per path to it: " + loops.size());
        assertEquals(2, Models.only(doc).requestBody().schema() instanceof dev.docpoet.spec.Schema.ObjectSchema o ? o.properties().size() : -1);
    }

    @Test
    void aPageReadsABoundedNumberOfIncludes() throws IOException {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("page.mdx"), "---\napi: POST /calls\n---\n\n" + "<Snippet file=\"fields.mdx\"/>\n".repeat(500));
        Files.writeString(docs.resolve("fields.mdx"), "<ParamField body=\"a\" type=\"string\">A</ParamField>\n");
        ApiDocument doc = read(docs).documents().get(0);
        List<Diagnostic> past = snippetWarnings(doc).stream().filter(d -> d.text().contains("includes a page may read")).toList();
        assertFalse(past.isEmpty(), () -> snippetWarnings(doc).toString());
    }

    @Test
    void aLinkToAFileOutsideTheDocsFolderIsNoSnippet() throws IOException {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Path secret = Files.writeString(tmp.resolve("secret.mdx"), "<ParamField body=\"leaked\" type=\"string\">S</ParamField>\n");
        Files.writeString(docs.resolve("page.mdx"), PAGE);
        try {
            Files.createSymbolicLink(docs.resolve("fields.mdx"), secret);
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
        }
        ApiDocument doc = read(docs).documents().get(0);
        assertEquals(1, snippetWarnings(doc).size(), doc.diagnostics()::toString);
        assertTrue(doc.diagnostics().stream().noneMatch(d -> d.code() == ParserCode.SpecInternalError));
        assertTrue(Models.only(doc).requestBody() == null, "nothing of the linked file is read");
    }

    @Test
    void theSnippetsAPageReadAreReportedForTheFingerprint() throws IOException {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("page.mdx"), PAGE);
        Files.createDirectories(docs.resolve("snippets"));
        Files.writeString(docs.resolve("snippets/fields.mdx"), "<ParamField body=\"a\" type=\"string\">A</ParamField>\n");
        DocSetReader.Result r = read(docs);
        assertTrue(r.specFiles().containsKey("snippets/fields.mdx"), r.specFiles().keySet()::toString);
        assertEquals("<ParamField body=\"a\" type=\"string\">A</ParamField>\n", new String(r.specFiles().get("snippets/fields.mdx"),
                java.nio.charset.StandardCharsets.UTF_8));
    }
}
