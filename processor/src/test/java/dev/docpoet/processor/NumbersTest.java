package dev.docpoet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.docpoet.runtime.UnreadableValueException;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A number comes back as the JSON wrote it, a fraction where the docs say integer is kept as read (never cut), and whole
 * numbers built in Java are sent whole.
 */
class NumbersTest {
    private final Compilation c = Compiler.compile(Compiler.api("@ApiDocs(\"numbers\")", ""));
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aRoundTripKeepsEveryNumbersForm() throws Exception {
        assertThat(c).succeededWithoutWarnings();
        Class<?> price = new CompiledClasses(c).loadClass("test.Price");
        // as the client's codecs are configured: Jackson hands fractions over as decimals, every digit kept
        ObjectMapper exact = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        for (String body : new String[] {"{\"amount\":2,\"count\":3}", "{\"amount\":2.0,\"count\":3}",
                "{\"amount\":0.00025,\"exponent\":12345678901234567890.5,\"count\":9007199254740993}"}) {
            assertEquals(body, exact.writeValueAsString(exact.readValue(body, price)));
        }
        // a plain mapper reads a fraction as a double: what a double holds comes back, beyond that it is rounded
        assertEquals("{\"amount\":0.00025,\"count\":9007199254740993}",
                json.writeValueAsString(json.readValue("{\"amount\":0.00025,\"count\":9007199254740993}", price)));
        assertEquals("{\"amount\":1.2345678901234567E+19,\"count\":1}",
                json.writeValueAsString(json.readValue("{\"amount\":12345678901234567890.5,\"count\":1}", price)));
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
    void aFractionInAnIntegerIsKeptAsReadNotTruncated() throws Exception {
        Class<?> price = new CompiledClasses(c).loadClass("test.Price");
        String body = "{\"amount\":2,\"count\":2.5}";
        Object p = json.readValue(body, price);
        assertEquals(body, json.writeValueAsString(p), "the value is written back as read");
        Exception e = assertThrows(Exception.class, () -> invoke(p, "count"));
        assertTrue(e instanceof UnreadableValueException, e.toString());
        assertEquals("`count` of Price is not what the docs say: at /count the JSON has 2.5, not an integer;"
                + " the record keeps the value as read (see the top-level record's validate())", e.getMessage());
        assertEquals("[/count: 2.5 is not an integer (kept as read)]", validate(p).toString());
        Object huge = json.readValue("{\"amount\":2,\"count\":99999999999999999999}", price);
        assertEquals("{\"amount\":2,\"count\":99999999999999999999}", json.writeValueAsString(huge));
        assertThrows(UnreadableValueException.class, () -> invoke(huge, "count"));
        assertEquals("{\"amount\":2,\"count\":3}", json.writeValueAsString(json.readValue("{\"amount\":2,\"count\":3.0}", price)),
                "3.0 is a whole number");
    }

    @Test
    void aFractionInAListOrMapOfIntegersIsKeptAsReadToo() throws Exception {
        Class<?> price = new CompiledClasses(c).loadClass("test.Price");
        String whole = "{\"amount\":2,\"count\":3,\"tiers\":[1,2],\"limits\":{\"daily\":5}}";
        assertEquals(whole, json.writeValueAsString(json.readValue(whole, price)));
        String inList = "{\"amount\":2,\"count\":3,\"tiers\":[1,2.5]}";
        Object list = json.readValue(inList, price);
        assertEquals(inList, json.writeValueAsString(list));
        Exception e = assertThrows(UnreadableValueException.class, () -> invoke(list, "tiers"));
        assertTrue(e.getMessage().contains("at /tiers/1 the JSON has 2.5, not an integer"), e.getMessage());
        assertEquals("[/tiers/1: 2.5 is not an integer (kept as read)]", validate(list).toString());
        Object map = json.readValue("{\"amount\":2,\"count\":3,\"limits\":{\"daily\":0.5}}", price);
        Exception inMap = assertThrows(UnreadableValueException.class, () -> invoke(map, "limits"));
        assertTrue(inMap.getMessage().contains("at /limits/daily the JSON has 0.5, not an integer"), inMap.getMessage());
        assertEquals(3L, invoke(map, "count"), "the rest of the body reads");
    }

    private static Object invoke(Object record, String accessor) throws Exception {
        try {
            return record.getClass().getMethod(accessor).invoke(record);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw (Exception) e.getCause();
        }
    }

    private static Object validate(Object record) throws Exception {
        return record.getClass().getMethod("validate").invoke(record);
    }

    @Test
    void aNullTheExampleShowsIsWrittenBackAsNull() throws Exception {
        Compilation nulls = Compiler.compile(Compiler.api("@ApiDocs(\"nulls\")", ""));
        assertThat(nulls).succeededWithoutWarnings();
        Class<?> product = new CompiledClasses(nulls).loadClass("test.Product");
        String example = "{\"name\":\"Sensor\",\"logoPath\":null}";
        assertEquals(example, json.writeValueAsString(json.readValue(example, product)), "the page's own example comes back as it was");
        assertEquals("{\"name\":\"Sensor\"}", json.writeValueAsString(json.readValue("{\"name\":\"Sensor\"}", product)),
                "absent and null stay apart: the record writes back the null the JSON had, and nothing where it had none");
    }
}
