package dev.docpoet.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.docpoet.parse.DocParser;
import dev.docpoet.spec.ApiModel;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.ParserCode;
import dev.docpoet.spec.SourceLocation;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * The parser entry point under Jazzer: bytes in, model and diagnostics out. Every test run replays the saved inputs
 * ({@code src/test/resources/dev/docpoet/fuzz/ParserFuzzTestInputs/}, the hardening issue's reproducers among them);
 * {@code JAZZER_FUZZ=1 mvn -pl spec-parser test -Dtest=ParserFuzzTest} fuzzes for the duration given. Properties: no
 * exception and no internal error, every diagnostic inside the page and one printable line, and the parse ends: in a
 * test run within {@link #NO_HANG} (a hang guard, not a speed check, so that a busy machine passes); when fuzzing,
 * within a time bounded by the input's size.
 */
class ParserFuzzTest {
    /** Fuzz mode as Jazzer decides it: {@code JAZZER_FUZZ} set to 1, true or yes, in the environment or as a system property. */
    private static final boolean FUZZING = on(System.getenv("JAZZER_FUZZ")) || on(System.getProperty("JAZZER_FUZZ"));

    /**
     * How long a saved input may take in a test run before it counts as a hang. Not a {@code @Timeout}: Jazzer makes that
     * the per-input bound when fuzzing, and JUnit applies it to the whole fuzzing run as well (jazzer#930).
     */
    private static final Duration NO_HANG = Duration.ofMinutes(5);

    @FuzzTest(maxDuration = "60s")
    void parsingNeverFails(byte[] page) {
        if (FUZZING) {
            check(page);
        } else {
            assertTimeoutPreemptively(NO_HANG, () -> check(page));
        }
    }

    private static void check(byte[] page) {
        // and as a spec: JSON or a .yaml file with a top-level openapi: or swagger: key is read by the OpenAPI reader
        for (String name : new String[] {"page.md", "page.mdx", "spec.yaml", "spec.json"}) {
            // written out, not a helper that returns an ApiModel: with one, fuzz mode failed in ApiModel's constructor
            // with NoSuchFieldError under Jazzer 0.24's instrumentation
            ApiModel model = ApiModel.of(List.of(DocParser.parse(name, page)));
            if (FUZZING) {
                // timed on a second parse: the first loaded the classes this input needs (swagger-parser's, cold, take seconds)
                long start = System.nanoTime();
                ApiModel.of(List.of(DocParser.parse(name, page)));
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertTrue(millis < 2_000 + page.length / 10, "took " + millis + " ms for " + page.length + " bytes");
            }
            int lines = (int) new String(page, StandardCharsets.UTF_8).lines().count() + 1;
            for (Diagnostic d : model.allDiagnostics()) {
                assertTrue(d.code() != ParserCode.SpecInternalError, d.format());
                String line = d.format();
                assertTrue(line.chars().noneMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029'), line);
                if (d.location() instanceof SourceLocation s) {
                    assertEquals(name, s.file());
                    assertTrue(s.line() >= 1 && s.line() <= lines && s.column() >= 1, line + " is outside the page (" + lines + " lines)");
                }
            }
        }
    }

    /** As Jazzer reads the flag. */
    private static boolean on(String value) {
        return value != null && (value.equals("1") || value.equalsIgnoreCase("true") || value.equalsIgnoreCase("yes"));
    }
}
