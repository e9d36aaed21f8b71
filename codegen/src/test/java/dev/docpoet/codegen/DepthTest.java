package dev.docpoet.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.parse.DocParser;
import dev.docpoet.spec.ApiModel;
import dev.docpoet.spec.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Nesting deeper than class file names allow becomes a map, with a warning where it starts. */
class DepthTest {
    @Test
    void tooDeepANestingIsAMapWithAWarning() {
        StringBuilder page = new StringBuilder("Endpoint: GET /deep\n## Response 200 fields (application/json):\n");
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            path.append(i == 0 ? "" : ".").append("level").append(i);
            page.append("  - `").append(path).append("` (object)\n");
        }
        page.append("  - `").append(path).append(".leaf` (string)\n");
        CodeGenerator.Result r = CodeGenerator.generate(ApiModel.of(List.of(DocParser.parse("deep.md", page.toString()))),
                new CodeGenerator.Options("p", s -> s), null);
        Diagnostic d = r.diagnostics().stream().filter(x -> x.code() == GeneratorCode.GenTooDeep).findFirst().orElseThrow();
        assertTrue(d.message().startsWith("`level24` is nested more than 24 objects deep"), d.message());
        assertEquals("deep.md", d.location().file());
        String deep = r.files().get(0).source();
        assertTrue(deep.contains("Map<String, Object> level24"), "a map where nesting stops");
    }
}
