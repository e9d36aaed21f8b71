package dev.docpoet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A body shown only as a top-level array example is a list of records named after its items, and reads its example. */
class ArrayBodyTest {
    @Test
    void aBareArrayExampleGivesAListOfTypedRecords() throws Exception {
        Compilation c = Compiler.compile(Compiler.api("@ApiDocs(\"arrays\")",
                "@SuppressWarnings({\"docpoet:InferArrayBody\", \"docpoet:InferFieldsFromExample\"}) // what this test is about\n"));
        assertThat(c).succeededWithoutWarnings();
        Class<?> model = new CompiledClasses(c).loadClass("test.Model");
        List<?> models = new ObjectMapper().readerForListOf(model).readValue("""
                [{"id": "m1", "owner": "acme"}, {"id": "m2", "owner": "beta", "context": 8192}]""");
        assertEquals(2, models.size());
        RecordComponent[] rc = model.getRecordComponents();
        assertEquals(List.of("id", "owner", "context", "additionalProperties"), java.util.Arrays.stream(rc).map(RecordComponent::getName).toList());
        assertEquals(8192L, rc[2].getAccessor().invoke(models.get(1)));
        assertEquals(Map.of(), rc[3].getAccessor().invoke(models.get(1)), "every value read into a typed component");
    }
}
