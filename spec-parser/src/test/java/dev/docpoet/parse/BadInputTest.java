package dev.docpoet.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.parse.internal.FieldTree;
import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.ParserCode;
import dev.docpoet.spec.Severity;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Hostile or broken pages give diagnostics with a line and column, never an exception or a hang. */
class BadInputTest {
    /**
     * A guard against hangs, far above the real cost (the benchmark measures speed): minutes, as the five-megabyte
     * pages take seconds, and tens of seconds on a busy machine.
     */
    private static final Duration NO_HANG = Duration.ofMinutes(5);

    private static ApiDocument parse(String text) {
        return assertTimeoutPreemptively(NO_HANG, () -> DocParser.parse("bad.mdx", text));
    }

    private static void assertLocated(ApiDocument doc) {
        for (Diagnostic d : doc.diagnostics()) {
            assertTrue(d.location().line() >= 1 && d.location().column() >= 1, d::format);
        }
    }

    @Test
    void unclosedTag() {
        ApiDocument d = parse("---\napi: GET /a\n---\n\n<ResponseField name=\"a\" type=\"string\">\n  text\n");
        Diagnostic e = Models.single(d, ParserCode.SpecUnclosedTag);
        assertEquals(Severity.ERROR, e.severity());
        assertTrue(e.text().contains("add </ResponseField>"), e.text()); // where: fixtures/bad/unclosed-tag.mdx
    }

    @Test
    void misnestedTags() {
        ApiDocument d = parse("---\napi: GET /a\n---\n<ResponseField name=\"a\" type=\"object\">\n<Expandable>\n</ResponseField>\n</Expandable>\n");
        Diagnostic e = Models.single(d, ParserCode.SpecMisnestedTag);
        assertTrue(e.text().contains("close </Expandable> before </ResponseField>"), e.text()); // where: fixtures/bad/misnested.mdx
        Models.single(d, ParserCode.SpecStrayClosingTag);
        assertLocated(d);
    }

    @Test
    void brokenAttributeQuoting() {
        ApiDocument d = parse("---\napi: GET /a\n---\n<ResponseField name=\"a type=\"string\">\n  A\n</ResponseField>\n"
                + "<ResponseField name=\"b\" type=\"string>\n  B\n</ResponseField>\n");
        assertTrue(d.hasErrors());
        Diagnostic first = Models.diagnostics(d, ParserCode.SpecBadAttribute).get(0);
        assertEquals(4, first.location().line());
        assertLocated(d);
    }

    @Test
    void invalidJsonInExample() {
        ApiDocument d = parse("---\napi: GET /a\n---\n<ResponseExample>\n```json\n{\n  \"a\": 1,\n  \"b\": \n}\n```\n</ResponseExample>\n");
        Models.single(d, ParserCode.SpecBadExampleJson); // where: fixtures/bad/invalid-json.mdx
        assertLocated(d);
    }

    @Test
    void nonNumericNumbersAreInvalidJsonNotAnInternalError() {
        ApiDocument d = parse("---\napi: GET /a\n---\n<ResponseExample>\n```json\n{\"a\": NaN}\n```\n</ResponseExample>\n");
        Models.single(d, ParserCode.SpecBadExampleJson); // where: fixtures/bad/nan.mdx
        assertTrue(Models.diagnostics(d, ParserCode.SpecUnreadableFile).isEmpty());
        assertTrue(Models.diagnostics(d, ParserCode.SpecInternalError).isEmpty());
    }

    @Test
    void dottedFieldWhoseParentIsNotDocumented() {
        ApiDocument d = DocParser.parse("o.md", "Endpoint: GET /o\n## Response 200 fields (application/json):\n  - `a.b` (string)\n    B\n");
        Diagnostic e = Models.single(d, ParserCode.SpecOrphanField); // where: fixtures/bad/orphan.md
        assertTrue(e.text().contains("document `a` before its children"), e.text());
        assertEquals("B", Models.responseProp(Models.only(d), "200", "a.b").description());
    }

    @Test
    void fiveMegabytePage() {
        StringBuilder sb = new StringBuilder("---\napi: GET /big\n---\n");
        int i = 0;
        while (sb.length() < 5_000_000) {
            sb.append("<ResponseField name=\"f").append(i++).append("\" type=\"string\">\n  Field with {braces} and `code` <b>html</b>.\n</ResponseField>\n");
        }
        ApiDocument d = parse(sb.toString());
        assertFalse(d.hasErrors());
        assertEquals(i, ((dev.docpoet.spec.Schema.ObjectSchema) Models.only(d).responses().get(0).body().schema()).properties().size());
    }

    @Test
    void fiveMegabytesOfUnclosedTagsAndBackticks() {
        ApiDocument d = parse("<ResponseField name=\"x\" ".repeat(100_000) + "`".repeat(1_000_000) + "{".repeat(1_000_000));
        assertLocated(d);
        Diagnostic unfinished = Models.diagnostics(d, ParserCode.SpecBadAttribute).get(0);
        assertEquals(1, unfinished.location().line());
        assertEquals(1, unfinished.location().column());
        assertTrue(unfinished.message().contains("never finished"), unfinished.message());
    }

    @Test
    void twoHundredLevelsOfNesting() {
        StringBuilder mdx = new StringBuilder("---\napi: GET /deep\n---\n");
        for (int i = 0; i < 200; i++) mdx.append("<ResponseField name=\"n").append(i).append("\" type=\"object\">\n<Expandable>\n");
        for (int i = 0; i < 200; i++) mdx.append("</Expandable>\n</ResponseField>\n");
        ApiDocument d = parse(mdx.toString());
        Diagnostic deep = Models.single(d, ParserCode.SpecTooDeep);
        assertEquals(4 + 2 * FieldTree.MAX_DEPTH, deep.location().line());

        StringBuilder dotted = new StringBuilder("Endpoint: GET /deep\n## Response 200 fields (application/json):\n");
        StringBuilder path = new StringBuilder("a");
        for (int i = 0; i < 200; i++) {
            dotted.append("  - `").append(path).append("` (object)\n");
            path.append(".a");
        }
        ApiDocument r = parse(dotted.toString());
        assertFalse(Models.diagnostics(r, ParserCode.SpecTooDeep).isEmpty());

        String json = "[".repeat(200) + "]".repeat(200);
        ApiDocument j = parse("---\napi: GET /deep\n---\n<ResponseExample>\n```json\n" + json + "\n```\n</ResponseExample>\n");
        assertLocated(j);
        assertTrue(Models.diagnostics(j, ParserCode.SpecBadExampleJson).isEmpty(), "200 levels are within the JSON limit");
        assertTrue(Models.response(Models.only(j), "200").body().example().node().isArray());
        String tooDeep = "[".repeat(300) + "]".repeat(300);
        ApiDocument k = parse("---\napi: GET /deep\n---\n<ResponseExample>\n```json\n" + tooDeep + "\n```\n</ResponseExample>\n");
        assertEquals(6, Models.single(k, ParserCode.SpecBadExampleJson).location().line());
    }

    @Test
    void binaryFile() {
        byte[] bytes = {'a', 'b', '\n', 'c', 0, 1, 2, (byte) 0xff};
        ApiDocument d = DocParser.parse("logo.png", bytes);
        Diagnostic e = Models.single(d, ParserCode.SpecBinaryInput);
        assertEquals(2, e.location().line());
        assertEquals(2, e.location().column());
        assertTrue(d.hasErrors());
    }

    @Test
    void invalidUtf8() {
        byte[] bytes = "ok\nno \u00e9".getBytes(StandardCharsets.ISO_8859_1);
        Diagnostic e = Models.single(DocParser.parse("latin1.md", bytes), ParserCode.SpecBinaryInput);
        assertEquals(2, e.location().line());
        assertEquals(4, e.location().column());
    }

    @Test
    void badFrontMatterAndBadApiLine() {
        ApiDocument d = parse("---\ntitle: [unclosed\n---\n");
        assertEquals(Severity.ERROR, Models.single(d, ParserCode.SpecBadFrontMatter).severity());
        ApiDocument a = parse("---\ntitle: x\napi: \"fetch all the things\"\n---\n");
        assertEquals(3, Models.single(a, ParserCode.SpecBadEndpointLine).location().line());
    }

    @Test
    void unknownTypeIsAWarningAndAny() {
        ApiDocument d = parse("---\napi: GET /a\n---\n<ResponseField name=\"a\" type=\"Wobbly thing!\">A</ResponseField>\n");
        Models.single(d, ParserCode.SpecUnknownType); // where: fixtures/bad/unknown-type.mdx
        assertTrue(Models.responseProp(Models.only(d), "200", "a").schema() instanceof dev.docpoet.spec.Schema.AnySchema);
    }

    @Test
    void emptyAndWhitespaceOnlyPages() {
        for (String page : new String[] {"", "   \n\n\t", "---"}) {
            ApiDocument d = parse(page);
            assertFalse(d.hasErrors());
            assertEquals(Severity.INFO, Models.single(d, ParserCode.SpecNoEndpoint).severity());
        }
    }
}
