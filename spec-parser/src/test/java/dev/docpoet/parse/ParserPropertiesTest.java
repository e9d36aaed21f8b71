package dev.docpoet.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docpoet.spec.ApiDocument;

import dev.docpoet.spec.Schema;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;

import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Property tests: line numbers survive any prose around a field, and tag nesting is read back as written. */
class ParserPropertiesTest {

    @net.jqwik.api.Property(tries = 200)
    void fieldLinesAreThoseOfTheSource(@ForAll("prose") String before, @ForAll @IntRange(min = 0, max = 6) int indent) {
        String head = "---\napi: GET /p\n---\n" + before + "\n";
        int expectedLine = (int) head.chars().filter(c -> c == '\n').count() + 1;
        String page = head + " ".repeat(indent) + "<ResponseField name=\"x\" type=\"string\">\nX\n</ResponseField>\n";
        ApiDocument d = DocParser.parse("p.mdx", page);
        dev.docpoet.spec.Property x = Models.responseProp(Models.only(d), "200", "x");
        assertEquals(expectedLine, x.location().line());
        assertEquals(indent + 1, x.location().column());
    }

    @Provide
    Arbitrary<String> prose() {
        return Arbitraries.strings().withChars("abc XYZ-_.,:;!?()\n\t#*`'\"").ofMaxLength(300)
                .map(s -> s.replace("`", "")); // an unbalanced fence would (rightly) swallow the field
    }

    @net.jqwik.api.Property(tries = 100)
    void nestingRoundTrips(@ForAll @IntRange(min = 1, max = 40) int depth, @ForAll boolean expandable) {
        StringBuilder sb = new StringBuilder("---\napi: GET /n\n---\n");
        for (int i = 0; i < depth; i++) {
            sb.append("<ResponseField name=\"l").append(i).append("\" type=\"object\">\n");
            if (expandable) sb.append("<Expandable title=\"more\">\n");
        }
        for (int i = depth - 1; i >= 0; i--) {
            if (expandable) sb.append("</Expandable>\n");
            sb.append("</ResponseField>\n");
        }
        ApiDocument d = DocParser.parse("n.mdx", sb.toString());
        Schema s = Models.response(Models.only(d), "200").body().schema();
        int seen = 0;
        while (s instanceof Schema.ObjectSchema o && !o.properties().isEmpty()) {
            dev.docpoet.spec.Property p = o.properties().get(0);
            assertEquals("l" + seen, p.name());
            assertEquals(4 + seen * (expandable ? 2 : 1), p.location().line());
            seen++;
            s = p.schema();
        }
        assertEquals(depth, seen);
        assertEquals(0, d.diagnostics().stream().filter(x -> x.severity() != dev.docpoet.spec.Severity.INFO).count());
    }
}
