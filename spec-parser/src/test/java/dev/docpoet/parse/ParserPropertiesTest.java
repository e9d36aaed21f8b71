package dev.docpoet.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Schema;
import dev.docpoet.spec.Severity;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the parser over seeded random inputs (the same inputs every run, so a failure reproduces from its
 * seed): line numbers survive any prose around a field, and tag nesting is read back as written.
 */
class ParserPropertiesTest {
    private static final String PROSE_CHARS = "abc XYZ-_.,:;!?()\n\t#*'\"";

    static Stream<Arguments> prose() {
        return IntStream.range(0, 200).mapToObj(seed -> {
            Random r = new Random(seed);
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(301);
            for (int i = 0; i < n; i++) sb.append(PROSE_CHARS.charAt(r.nextInt(PROSE_CHARS.length())));
            return Arguments.of(seed, sb.toString(), r.nextInt(7));
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("prose")
    void fieldLinesAreThoseOfTheSource(int seed, String before, int indent) {
        String head = "---\napi: GET /p\n---\n" + before + "\n";
        int expectedLine = (int) head.chars().filter(c -> c == '\n').count() + 1;
        String page = head + " ".repeat(indent) + "<ResponseField name=\"x\" type=\"string\">\nX\n</ResponseField>\n";
        ApiDocument d = DocParser.parse("p.mdx", page);
        dev.docpoet.spec.Property x = Models.responseProp(Models.only(d), "200", "x");
        assertEquals(expectedLine, x.location().line());
        assertEquals(indent + 1, x.location().column());
    }

    static Stream<Arguments> nesting() {
        return IntStream.rangeClosed(1, 40).boxed().flatMap(depth -> Stream.of(Arguments.of(depth, true), Arguments.of(depth, false)));
    }

    @ParameterizedTest(name = "depth {0}, Expandable {1}")
    @MethodSource("nesting")
    void nestingRoundTrips(int depth, boolean expandable) {
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
        assertEquals(0, d.diagnostics().stream().filter(x -> x.severity() != Severity.INFO).count());
    }
}
