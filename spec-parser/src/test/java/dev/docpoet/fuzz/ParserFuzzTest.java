package dev.docpoet.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.docpoet.parse.DocParser;
import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.ApiModel;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.ParserCode;
import dev.docpoet.spec.SourceLocation;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The parser entry point under Jazzer: bytes in, model and diagnostics out. Every test run replays the saved inputs
 * ({@code src/test/resources/dev/docpoet/fuzz/ParserFuzzTestInputs/}, the hardening issue's reproducers among them);
 * {@code JAZZER_FUZZ=1 mvn -pl spec-parser test -Dtest=ParserFuzzTest} fuzzes for the duration given. Properties: no
 * exception and no internal error, time bounded by the input's size, every diagnostic inside the page and one
 * printable line.
 */
class ParserFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void parsingNeverFails(byte[] page) {
        // and as a spec: a .yaml or .json file with an openapi: or swagger: line is read by the OpenAPI reader
        for (String name : new String[] {"page.md", "page.mdx", "spec.yaml", "spec.json"}) {
            long start = System.nanoTime();
            ApiDocument doc = DocParser.parse(name, page);
            ApiModel model = ApiModel.of(List.of(doc));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 2_000 + page.length / 10, "took " + millis + " ms for " + page.length + " bytes");
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
}
