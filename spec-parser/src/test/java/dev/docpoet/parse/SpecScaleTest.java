package dev.docpoet.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.ParserCode;
import dev.docpoet.spec.Property;
import dev.docpoet.spec.Schema;
import dev.docpoet.spec.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OpenAPI specs at real-world scale (issue 18): a YAML spec is read within bounds (aliases, nesting) that refuse a
 * hostile file with a located error before swagger-parser sees it, and up to the size of the largest page docpoet reads.
 */
class SpecScaleTest {
    /** A guard against hangs only, as in {@code BadInputTest}: no test here bounds a time under a minute. */
    private static final Duration NO_HANG = Duration.ofMinutes(5);

    private static ApiDocument parse(String name, String text) {
        return assertTimeoutPreemptively(NO_HANG, () -> DocParser.parse(name, text));
    }

    private static ApiDocument timed(String what, String name, String text) {
        long start = System.nanoTime();
        ApiDocument doc = parse(name, text);
        System.out.printf("SpecScaleTest: %s (%,d chars) read in %d ms%n", what, text.length(), (System.nanoTime() - start) / 1_000_000);
        return doc;
    }

    private static Diagnostic single(ApiDocument doc, ParserCode code) {
        List<Diagnostic> found = doc.diagnostics().stream().filter(d -> d.code() == code).toList();
        assertEquals(1, found.size(), () -> code + " in " + doc.diagnostics());
        return found.get(0);
    }

    private static void noInternalError(ApiDocument doc) {
        assertTrue(doc.diagnostics().stream().noneMatch(d -> d.code() == ParserCode.SpecInternalError), doc.diagnostics()::toString);
    }

    private static Endpoint endpoint(ApiDocument doc, String signature) {
        return doc.endpoints().stream().filter(e -> e.signature().equals(signature)).findFirst()
                .orElseThrow(() -> new AssertionError(signature + " not in " + doc.endpoints().stream().map(Endpoint::signature).toList()
                        + "; " + doc.diagnostics()));
    }

    private static final String HEAD = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n";

    // ---- aliases

    /** The billion laughs, as a spec: nine anchors of nine aliases each, about a billion values once expanded. */
    static final String ALIAS_BOMB = HEAD + """
            paths: {}
            x-a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
            x-b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
            x-c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
            x-d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
            x-e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
            x-f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
            x-g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
            x-h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
            x-i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
            """;

    @Test
    void anAliasBombIsRefusedAtTheAliasThatPassesTheBound() {
        assertTrue(ALIAS_BOMB.length() < 1024, "a bomb under 1 KiB: " + ALIAS_BOMB.length());
        ApiDocument doc = timed("an alias bomb", "bomb.yaml", ALIAS_BOMB);
        // x-b..x-f repeat 672,588 values; the first *f of x-g (line 10) adds 597,871 more, past the 1,000,000
        assertEquals("bomb.yaml:10:10: error: the spec's YAML aliases repeat more than 1,000,000 values once expanded, the most"
                + " docpoet expands (`*f` here repeats 597,871); write what is repeated once, under components, and $ref it"
                + " [SpecOpenApiBroken]", single(doc, ParserCode.SpecOpenApiBroken).format());
        assertEquals(List.of(), doc.endpoints());
        noInternalError(doc);
    }

    @Test
    void anAliasInsideTheValueItNamesIsRefused() {
        ApiDocument doc = parse("loop.yaml", HEAD + "paths: {}\nx-loop: &a [1, [2, *a]]\n");
        assertEquals("loop.yaml:4:20: error: the alias `*a` is inside the value `&a` names, so expanding it would never end;"
                + " name the value as a component and $ref it [SpecOpenApiBroken]", single(doc, ParserCode.SpecOpenApiBroken).format());
        noInternalError(doc);
    }

    @Test
    void anchorsAsRealSpecsUseThemAreRead() {
        ApiDocument doc = parse("shared.yaml", HEAD + """
                x-problem: &problem
                  description: a problem
                  content:
                    application/json:
                      schema:
                        type: object
                        required: [code]
                        properties:
                          code: {type: string}
                          detail: {type: string}
                paths:
                  /a:
                    get:
                      responses:
                        '204': {description: done}
                        '404': *problem
                  /b:
                    get:
                      responses:
                        '204': {description: done}
                        '404': *problem
                """);
        assertFalse(doc.hasErrors(), doc.diagnostics()::toString);
        for (String signature : List.of("GET /a", "GET /b")) {
            Schema.ObjectSchema problem = assertInstanceOf(Schema.ObjectSchema.class, endpoint(doc, signature).responses().stream()
                    .filter(r -> r.status().equals("404")).findFirst().orElseThrow().body().schema());
            assertEquals(List.of("code", "detail"), problem.properties().stream().map(Property::name).toList());
            assertTrue(problem.property("code").required());
        }
    }

    // ---- nesting

    @Test
    void thousandsOfNestedBracketsAreRefusedWhereTheyPassTheBoundNotAnInternalError() {
        String text = HEAD + "paths: {}\nx-deep: " + "[".repeat(7_700) + "]".repeat(7_700) + "\n";
        ApiDocument doc = timed("7,700 nested brackets", "deep.yaml", text);
        // the top-level mapping is the first level, the first bracket (column 9) the second: the 256th bracket is the 257th
        assertEquals("deep.yaml:4:264: error: the spec nests deeper than 256 levels here; docpoet reads at most 256; move what is"
                + " nested this deep under components and $ref it [SpecOpenApiBroken]", single(doc, ParserCode.SpecOpenApiBroken).format());
        noInternalError(doc);
        ApiDocument json = parse("deep.json", "{\"openapi\": \"3.0.3\", \"paths\": {},\n\"x-deep\": " + "[".repeat(7_700)
                + "]".repeat(7_700) + "}");
        Diagnostic same = single(json, ParserCode.SpecOpenApiBroken);
        assertTrue(same.message().startsWith("the spec nests deeper than 256 levels here"), same::format);
        assertEquals("deep.json:2:266", same.location().toString(), "the 256th bracket, as in YAML: the object is the first level");
        noInternalError(json);
    }

    @Test
    void nestingAnAliasDeeperThanTheBoundIsRefusedAtTheAlias() {
        String text = HEAD + "paths: {}\nx-a: &a " + "[".repeat(200) + "]".repeat(200) + "\nx-b: " + "[".repeat(100) + "*a"
                + "]".repeat(100) + "\n";
        ApiDocument doc = parse("deep-alias.yaml", text);
        assertEquals("deep-alias.yaml:5:106: error: the alias `*a` nests the spec deeper than 256 levels once expanded; docpoet reads"
                + " at most 256; move what is nested this deep under components and $ref it [SpecOpenApiBroken]",
                single(doc, ParserCode.SpecOpenApiBroken).format());
        noInternalError(doc);
    }

    // ---- size

    /** A spec of {@code paths} operations, each with a long description, in YAML or as its JSON twin. */
    private static String bigSpec(int paths, boolean json) {
        String prose = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore. ".repeat(45).strip();
        StringBuilder b = new StringBuilder(json ? "{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"big\", \"version\": \"1\"}, \"paths\": {\n"
                : HEAD + "paths:\n");
        for (int i = 0; i < paths; i++) {
            if (json) {
                b.append(i == 0 ? "" : ",\n").append("\"/items").append(i).append("\": {\"get\": {\"description\": \"").append(prose)
                        .append("\", \"responses\": {\"200\": {\"description\": \"ok\", \"content\": {\"application/json\": {\"schema\":"
                                + " {\"$ref\": \"#/components/schemas/Item\"}}}}}}}");
            } else {
                b.append("  /items").append(i).append(":\n    get:\n      description: ").append(prose).append("\n")
                        .append("      responses:\n        '200':\n          description: ok\n          content:\n")
                        .append("            application/json:\n              schema: {$ref: '#/components/schemas/Item'}\n");
            }
        }
        return b.append(json ? "},\n\"components\": {\"schemas\": {\"Item\": {\"type\": \"object\", \"properties\": {\"id\": {\"type\": \"string\"}}}}}}\n"
                : "components:\n  schemas:\n    Item:\n      type: object\n      properties:\n        id: {type: string}\n").toString();
    }

    @Test
    void aYamlSpecOverThreeMiCodePointsReadsAsItsJsonTwinDoes() {
        String yaml = bigSpec(800, false);
        assertTrue(yaml.codePointCount(0, yaml.length()) > 3 * 1024 * 1024, "over swagger-parser's 3 Mi: " + yaml.length());
        assertTrue(yaml.length() < DocParser.MAX_PAGE_BYTES, "under the page limit");
        ApiDocument doc = timed("a YAML spec over 3 Mi code points", "big.yaml", yaml);
        assertFalse(doc.hasErrors(), () -> doc.diagnostics().subList(0, Math.min(5, doc.diagnostics().size())).toString());
        assertEquals(800, doc.endpoints().size());
        Endpoint last = endpoint(doc, "GET /items799");
        assertEquals(3 + 799 * 9 + 2, last.location().line(), "places are the YAML file's own");
        assertEquals("Item", doc.typeNames().get("GET /items799 200"));
        ApiDocument twin = timed("its JSON twin", "big.json", bigSpec(800, true));
        assertFalse(twin.hasErrors(), twin.diagnostics()::toString);
        assertEquals(doc.endpoints().size(), twin.endpoints().size());
        assertEquals(twin.typeNames(), doc.typeNames(), "the same operations and bodies");
        assertEquals(endpoint(twin, "GET /items799").description(), last.description());
    }

    // ---- YAML as YAML 1.2, keys given twice

    @Test
    void yamlIsReadAsYaml12() {
        ApiDocument doc = parse("words.yaml", HEAD + """
                paths:
                  /a:
                    get:
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema:
                                type: object
                                properties:
                                  answer: {type: string, enum: [yes, no, on, off]}
                """);
        Schema.ObjectSchema body = assertInstanceOf(Schema.ObjectSchema.class, endpoint(doc, "GET /a").responses().get(0).body().schema());
        assertEquals(List.of("yes", "no", "on", "off"), assertInstanceOf(Schema.EnumSchema.class, body.property("answer").schema()).values(),
                "text, not the booleans YAML 1.1 made of them");
    }

    @Test
    void aKeyGivenTwiceIsAWarningAtTheOneLeftOut() {
        ApiDocument doc = parse("twice.yaml", HEAD + """
                paths:
                  /a:
                    get:
                      responses:
                        '204': {description: done}
                  /a:
                    post:
                      responses:
                        '204': {description: done}
                """);
        assertEquals("twice.yaml:4:3: warning: `/a` is given again at line 8 of the same mapping; the last one is read and this one is"
                + " left out; keep one of them [SpecOpenApiInvalid]", single(doc, ParserCode.SpecOpenApiInvalid).format());
        assertEquals(List.of("POST /a"), doc.endpoints().stream().map(Endpoint::signature).toList());
        assertEquals("twice.yaml:9:5", endpoint(doc, "POST /a").location().toString(), "placed where the one read is");
        assertEquals(Severity.WARNING, ParserCode.SpecOpenApiInvalid.severity());
    }

    @Test
    void aHugeAliasBombInAFileARefReadsIsRefusedToo(@TempDir Path tmp) throws IOException {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("bomb.yaml"), ALIAS_BOMB.replace(HEAD + "paths: {}\n", ""), StandardCharsets.UTF_8);
        Files.writeString(docs.resolve("api.yaml"), HEAD + """
                paths:
                  /a:
                    get:
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema: {$ref: 'bomb.yaml#/x-a'}
                """);
        ApiDocument doc = assertTimeoutPreemptively(NO_HANG, () -> DocSetReader.read(DocSet.read(tmp, "docs/api.yaml").sources()))
                .documents().get(0);
        Diagnostic refused = single(doc, ParserCode.SpecOpenApiBroken);
        assertTrue(refused.message().startsWith("the spec's YAML aliases repeat more than 1,000,000 values"), refused::format);
        assertTrue(refused.location().file().endsWith("bomb.yaml") && refused.location().line() == 7, refused::format);
        noInternalError(doc);
    }

    @Test
    void aLongChainOfComponentsIsReadOnceEachAndBoundedWhereItPassesTheLimit() {
        StringBuilder yaml = new StringBuilder(HEAD + """
                paths:
                  /a:
                    get:
                      responses:
                        "200":
                          description: ok
                          content:
                            application/json:
                              schema: {$ref: '#/components/schemas/C0'}
                components:
                  schemas:
                """);
        // each component is used twice by the one before it: expanded per use this would be 2^300 copies
        for (int i = 0; i < 300; i++) {
            yaml.append("    C").append(i).append(":\n      type: object\n      properties:\n        x: {type: string}\n");
            if (i < 299) {
                yaml.append("        left: {$ref: '#/components/schemas/C").append(i + 1).append("'}\n");
                yaml.append("        right: {$ref: '#/components/schemas/C").append(i + 1).append("'}\n");
            }
        }
        ApiDocument doc = parse("chain.yaml", yaml.toString());
        assertEquals(new Schema.RefSchema("chain.yaml#C0"), doc.endpoints().get(0).responses().get(0).body().schema());
        assertEquals(300, doc.components().size(), "each component once, the ones past the bound read on their own");
        Schema.ObjectSchema c1 = assertInstanceOf(Schema.ObjectSchema.class, doc.components().get("chain.yaml#C1").schema());
        assertEquals(new Schema.RefSchema("chain.yaml#C2"), c1.property("left").schema());
        assertEquals(c1.property("left").schema(), c1.property("right").schema(), "one component, two uses");
        List<Diagnostic> bound = doc.diagnostics().stream().filter(d -> d.message().contains("more than 200 deep")).toList();
        assertEquals(2, bound.size(), "at C199's two refs: " + doc.diagnostics());
        assertTrue(bound.stream().allMatch(d -> d.severity() == Severity.WARNING));
    }
}
