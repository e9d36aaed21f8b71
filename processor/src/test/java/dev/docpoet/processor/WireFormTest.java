package dev.docpoet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import java.lang.reflect.InvocationTargetException;
import org.junit.jupiter.api.Test;

/**
 * What a record sends is what the caller set and what the JSON held: an optional one-value field is not sent unasked,
 * a required value the JSON lacked is not written back as null, null is written where the docs make it a value, and a
 * null the JSON had is written back.
 */
class WireFormTest {
    private final Compilation c = Compiler.compile(Compiler.api("@ApiDocs(\"wireform\")", ""));
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anOptionalOneValueFieldIsSentOnlyWhenSet() throws Exception {
        assertThat(c).succeededWithoutWarnings();
        Class<?> request = new CompiledClasses(c).loadClass("test.SearchRequest");
        Object builder = request.getMethod("builder").invoke(null);
        builder.getClass().getMethod("query", String.class).invoke(builder, "cats");
        Object plain = builder.getClass().getMethod("build").invoke(builder);
        // the required one-value field starts out as its value; the optional one stays absent
        assertEquals("{\"query\":\"cats\",\"mode\":\"hybrid\"}", json.writeValueAsString(plain));
        Object constant = request.getField("WEIGHTING_STRATEGY").get(null);
        builder.getClass().getMethod("weightingStrategy", String.class).invoke(builder, constant);
        assertEquals("{\"query\":\"cats\",\"weightingStrategy\":\"IDF\",\"mode\":\"hybrid\"}",
                json.writeValueAsString(builder.getClass().getMethod("build").invoke(builder)));
    }

    @Test
    void aMissingRequiredValueIsNotWrittenBackAsNull() throws Exception {
        Class<?> response = new CompiledClasses(c).loadClass("test.SearchResponse");
        // (a required value that may be null, `note`, is written as it reads: null; absent and null read alike so far)
        assertEquals("{\"note\":\"n\"}", json.writeValueAsString(json.readValue("{\"note\":\"n\"}", response)));
    }

    @Test
    void aNullTheJsonHadIsWrittenBackAndNoneWhereItHadNone() throws Exception {
        Class<?> response = new CompiledClasses(c).loadClass("test.SearchResponse");
        // `hint` is optional and `id` required, neither may be null: the JSON's null reads as none and is written back
        String body = "{\"id\":null,\"note\":\"n\",\"tags\":[],\"hint\":null}";
        Object read = json.readValue(body, response);
        assertNull(response.getMethod("hint").invoke(read));
        assertEquals(json.readTree(body), json.readTree(json.writeValueAsString(read)), "key by key, the JSON it read");
        InvocationTargetException id = assertThrows(InvocationTargetException.class, () -> response.getMethod("id").invoke(read));
        assertEquals("`id` of SearchResponse is required but the JSON had null; the top-level record's validate() lists every such value",
                id.getCause().getMessage());
        // a value set in its place goes out once, instead of the null
        Object s1 = json.readValue("{\"id\":\"s1\",\"note\":null,\"tags\":[],\"hint\":null}", response);
        Object builder = response.getMethod("toBuilder").invoke(s1);
        builder.getClass().getMethod("hint", String.class).invoke(builder, "h");
        // (a required nullable null goes out after the values: JSON members have no order)
        assertEquals(json.readTree("{\"id\":\"s1\",\"note\":null,\"tags\":[],\"hint\":\"h\"}"),
                json.readTree(json.writeValueAsString(builder.getClass().getMethod("build").invoke(builder))));
        // and where the JSON had none, none is written
        assertEquals("{\"id\":\"s1\",\"note\":\"n\",\"tags\":[]}",
                json.writeValueAsString(json.readValue("{\"id\":\"s1\",\"note\":\"n\",\"tags\":[]}", response)));
    }

    @Test
    void nullAndEmptyAreWrittenWhereTheDocsMakeThemValues() throws Exception {
        Class<?> response = new CompiledClasses(c).loadClass("test.SearchResponse");
        String body = "{\"id\":\"s1\",\"note\":null,\"tags\":[]}";
        assertEquals(json.readTree(body), json.readTree(json.writeValueAsString(json.readValue(body, response))));
    }
}
