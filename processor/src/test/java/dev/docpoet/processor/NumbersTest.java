package dev.docpoet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A number comes back exactly as the JSON wrote it, and whole numbers built in Java are sent whole. */
class NumbersTest {
    private final Compilation c = Compiler.compile(Compiler.api("@ApiDocs(\"numbers\")", ""));
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aRoundTripKeepsEveryNumbersForm() throws Exception {
        assertThat(c).succeededWithoutWarnings();
        Class<?> price = new CompiledClasses(c).loadClass("test.Price");
        for (String body : new String[] {"{\"amount\":2,\"count\":3}", "{\"amount\":2.0,\"count\":3}",
                "{\"amount\":0.00025,\"exponent\":12345678901234567890.5,\"count\":9007199254740993}"}) {
            assertEquals(body, json.writeValueAsString(json.readValue(body, price)));
        }
    }

    @Test
    void wholeNumbersBuiltInJavaAreSentWhole() throws Exception {
        Class<?> price = new CompiledClasses(c).loadClass("test.Price");
        Object p = price.getConstructors()[0].newInstance(BigDecimal.valueOf(2), null, 3L, null, null, Map.of());
        assertEquals("{\"amount\":2,\"count\":3}", json.writeValueAsString(p));
    }

    @Test
    void arrayElementsThatCanBeNullAreNullable() throws Exception {
        Compilation nulls = Compiler.compile(Compiler.api("@ApiDocs(\"nullitems\")", ""));
        assertThat(nulls).succeededWithoutWarnings();
        String src = nulls.generatedSourceFile("test.Score").orElseThrow().getCharContent(true).toString();
        org.junit.jupiter.api.Assertions.assertTrue(src.contains("List<@Nullable Object> scores"), src);
        org.junit.jupiter.api.Assertions.assertTrue(src.contains("List<String> tags"), src);
        Class<?> score = new CompiledClasses(nulls).loadClass("test.Score");
        assertEquals("{\"scores\":[1,null,2]}", json.writeValueAsString(json.readValue("{\"scores\":[1,null,2]}", score)));
    }

    @Test
    void aFractionInAnIntegerIsRefusedNotTruncated() throws Exception {
        Class<?> price = new CompiledClasses(c).loadClass("test.Price");
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> json.readValue("{\"amount\":2,\"count\":2.5}", price));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("`count` of Price is documented as an integer, but the JSON has 2.5"),
                e.getMessage());
        Exception huge = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> json.readValue("{\"amount\":2,\"count\":99999999999999999999}", price));
        org.junit.jupiter.api.Assertions.assertTrue(huge.getMessage().contains("99999999999999999999"), huge.getMessage());
        assertEquals("{\"amount\":2,\"count\":3}", json.writeValueAsString(json.readValue("{\"amount\":2,\"count\":3.0}", price)),
                "3.0 is a whole number");
    }

    @Test
    void aFractionInAListOrMapOfIntegersIsRefusedToo() throws Exception {
        Class<?> price = new CompiledClasses(c).loadClass("test.Price");
        String whole = "{\"amount\":2,\"count\":3,\"tiers\":[1,2],\"limits\":{\"daily\":5}}";
        assertEquals(whole, json.writeValueAsString(json.readValue(whole, price)));
        Exception inList = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> json.readValue("{\"amount\":2,\"count\":3,\"tiers\":[1,2.5]}", price));
        org.junit.jupiter.api.Assertions.assertTrue(inList.getMessage().contains("`tiers[1]` of Price is documented as an integer, but the JSON has 2.5"),
                inList.getMessage());
        Exception inMap = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> json.readValue("{\"amount\":2,\"count\":3,\"limits\":{\"daily\":0.5}}", price));
        org.junit.jupiter.api.Assertions.assertTrue(inMap.getMessage().contains("`limits.daily` of Price is documented as an integer, but the JSON has 0.5"),
                inMap.getMessage());
    }

    @Test
    void aNullTheExampleShowsIsWrittenBackAsNull() throws Exception {
        Compilation nulls = Compiler.compile(Compiler.api("@ApiDocs(\"nulls\")", ""));
        assertThat(nulls).succeededWithoutWarnings();
        Class<?> product = new CompiledClasses(nulls).loadClass("test.Product");
        String example = "{\"name\":\"Sensor\",\"logoPath\":null}";
        assertEquals(example, json.writeValueAsString(json.readValue(example, product)), "the page's own example comes back as it was");
        assertEquals(example, json.writeValueAsString(json.readValue("{\"name\":\"Sensor\"}", product)),
                "absent and null are one to the record: a field the example shows as null is written as null");
    }
}
