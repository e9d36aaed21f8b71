package dev.docpoet.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Body;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.ParserCode;
import dev.docpoet.spec.Property;
import dev.docpoet.spec.Schema;
import java.time.Duration;
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
    /** Catches a hang only: generous, so that a busy machine passes (each input parses in well under a second). */
    private static final Duration NO_HANG = Duration.ofMinutes(5);

    /** Parses on a thread with a 512 KiB stack: an input that recursed per element overflowed there every time. */
    private static ApiDocument parse(String name, String text) throws InterruptedException {
        AtomicReference<ApiDocument> out = new AtomicReference<>();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                out.set(DocParser.parse(name, text));
            } catch (Throwable e) {
                thrown.set(e);
            }
        }, "small-stack", 512 * 1024);
        t.setDaemon(true);
        t.start();
        t.join(NO_HANG.toMillis());
        if (thrown.get() != null) throw new AssertionError("parsing " + name + " threw", thrown.get());
        ApiDocument d = out.get();
        assertTrue(d != null, "parsed within " + NO_HANG.toMinutes() + " minutes");
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
        List<String> values = IntStream.range(0, 20_000).mapToObj(i -> "x" + i).toList();
        String list = values.stream().map(v -> "`" + v + "`").collect(Collectors.joining(", "));
        ApiDocument d = parse("B5.md", "Endpoint: POST /s\n## Request fields (application/json):\n  - `kind` (string)\n    One of " + list + "\n");
        assertEquals(List.of(ParserCode.InferEnumFromProse), d.diagnostics().stream().map(Diagnostic::code).toList(),
                "only the note that the enum was read from the prose");
        Endpoint post = Models.only(d);
        assertEquals("POST /s", post.signature());
        Body body = post.requestBody();
        assertEquals("application/json", body.contentType());
        Schema.ObjectSchema fields = assertInstanceOf(Schema.ObjectSchema.class, body.schema());
        assertEquals(List.of("kind"), fields.properties().stream().map(Property::name).toList());
        Property kind = fields.property("kind");
        assertTrue(kind.description().equals("One of " + list), "the whole list stays in the description");
        Schema.EnumSchema e = assertInstanceOf(Schema.EnumSchema.class, kind.schema(), "the backtick list is the field's enum");
        assertEquals(Schema.EnumKind.STRING, e.kind());
        assertFalse(e.open(), "\"One of\" closes the enum");
        // ProseEnums.MAX_VALUES: a prose list is read as an enum up to 10,000 values and cut there
        assertEquals(10_000, e.values().size());
        assertTrue(e.values().equals(values.subList(0, 10_000)), "the first 10,000 values in order, not "
                + e.values().get(0) + " … " + e.values().get(9_999));
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
