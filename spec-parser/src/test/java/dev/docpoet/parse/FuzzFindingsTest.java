package dev.docpoet.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.ParserCode;
import dev.docpoet.spec.Schema;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The hardening issue's parser findings, each on its minimal input (built here, as the fuzz reproducers under
 * ../shared are): no internal error, and no stack overflow even on a small thread stack, where the JVM's default
 * made the overflows flaky.
 */
class FuzzFindingsTest {
    /** Parses on a thread with a 512 KiB stack: an input that recursed per element overflowed there every time. */
    private static ApiDocument parse(String name, String text) throws InterruptedException {
        AtomicReference<ApiDocument> out = new AtomicReference<>();
        Thread t = new Thread(null, () -> out.set(DocParser.parse(name, text)), "small-stack", 512 * 1024);
        t.start();
        t.join(60_000);
        ApiDocument d = out.get();
        assertTrue(d != null, "parsed within a minute");
        List<Diagnostic> internal = d.diagnostics().stream().filter(x -> x.code() == ParserCode.SpecInternalError).toList();
        assertEquals(List.of(), internal);
        return d;
    }

    @Test
    void twoEndpointLinesUnderOnePageHeading() throws Exception {
        ApiDocument d = parse("A.md", "# Title\n\nEndpoint: GET /a\n\nEndpoint: GET /b\n");
        assertEquals(List.of("GET /a", "GET /b"), d.endpoints().stream().map(e -> e.signature()).toList());
    }

    @Test
    void deeplyNestedFrontMatterIsAnErrorAtItsPlace() throws Exception {
        for (String open : new String[] {"[", "{"}) {
            ApiDocument d = parse("B1.mdx", "---\ntitle: x\nk: " + open.repeat(300_000) + "\n---\n\nText.\n");
            Diagnostic e = d.diagnostics().stream().filter(x -> x.code() == ParserCode.SpecBadFrontMatter).findFirst().orElseThrow();
            assertTrue(e.message().contains("nests [ ] or { } more than 64 deep"), e.message());
            assertEquals("B1.mdx:3:68", e.location().toString(), "at the bracket that goes one too deep");
        }
    }

    @Test
    void aProseEnumOfThousandsOfValuesIsReadWithoutRecursion() throws Exception {
        String values = IntStream.range(0, 5000).mapToObj(i -> "`v" + i + "`").collect(Collectors.joining(", "));
        ApiDocument d = parse("B2.mdx", "---\napi: GET /x\n---\n\n<ResponseField name=\"a\" type=\"string\">\nAvailable options: "
                + values + "\n</ResponseField>\n");
        Schema s = Models.only(d).responses().get(0).body().schema();
        Schema.EnumSchema e = (Schema.EnumSchema) ((Schema.ObjectSchema) s).property("a").schema();
        assertEquals(5000, e.values().size());
        assertEquals("v4999", e.values().get(4999));
    }

    @Test
    void longBacktickListsInProseDoNotOverflow() throws Exception {
        String list = IntStream.range(0, 20_000).mapToObj(i -> "`x" + i + "`").collect(Collectors.joining(", "));
        parse("B5.md", "Endpoint: POST /s\n## Request fields (application/json):\n  - `kind` (string)\n    One of " + list + "\n");
    }

    @Test
    void aPageOverSixteenMebibytesIsAnErrorNotRead() throws Exception {
        byte[] page = new byte[DocParser.MAX_PAGE_BYTES + 1];
        java.util.Arrays.fill(page, (byte) 'a');
        ApiDocument d = DocParser.parse("huge.md", page);
        assertEquals(List.of(ParserCode.SpecPageTooLarge), d.diagnostics().stream().map(Diagnostic::code).toList());
        assertEquals("huge.md:1:1: error: the page is 16 MiB, more than the 16 MiB docpoet reads; it is not read; split it into pages"
                + " [SpecPageTooLarge]", d.diagnostics().get(0).format());
    }
}
