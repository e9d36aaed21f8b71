package dev.docpoet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.docpoet.runtime.Violation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Maps ("map of X to Y", a {model-id} placeholder, data keys) are Map<String, T>, read and validated per value. */
class MapsTest {
    private static final String EXAMPLE = "{\"limits\":{\"gpt-4o\":500,\"claude-3\":300},"
            + "\"pricing\":{\"gpt-4o\":{\"input\":2.5,\"output\":10},\"o1-mini\":{\"input\":1.1}},"
            + "\"locales\":{\"en-US\":\"English\",\"de-DE\":\"Deutsch\"}}";

    @Test
    void mapsAreTypedReadAndValidated() throws Exception {
        Compilation c = Compiler.compile(Compiler.api("@ApiDocs(\"maps\")",
                "@SuppressWarnings({\"docpoet:InferMapFromExample\", \"docpoet:InferMapFromPlaceholder\"}) // what this test is about\n"));
        assertThat(c).succeededWithoutWarnings();
        String src = c.generatedSourceFile("test.Pricing").orElseThrow().getCharContent(true).toString();
        assertTrue(src.contains("Map<String, Long> limits"), src);
        assertTrue(src.contains("Map<String, Pricing.PricingValue> pricing"), src);
        assertTrue(src.contains("Map<String, String> locales"), src);
        CompiledClasses classes = new CompiledClasses(c);
        Class<?> type = classes.loadClass("test.Pricing");
        ObjectMapper json = new ObjectMapper();
        Object value = json.readValue(EXAMPLE, type);
        assertEquals(EXAMPLE, json.writeValueAsString(value));
        assertEquals(Map.of(), type.getMethod("additionalProperties").invoke(value), "every value typed");
        Object broken = json.readValue("{\"limits\":{},\"pricing\":{\"a/b\":{\"output\":1}}}", type);
        @SuppressWarnings("unchecked")
        List<Violation> problems = (List<Violation>) type.getMethod("validate").invoke(broken);
        assertEquals("[/pricing/a~1b/input: required but missing]", problems.toString());
    }
}
