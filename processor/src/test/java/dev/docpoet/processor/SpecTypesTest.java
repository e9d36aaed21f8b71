package dev.docpoet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The types a spec states, kept: specs written for the tests, compiled with {@code -Xlint:all -Werror}, read and written
 * back with a plain Jackson mapper.
 */
class SpecTypesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String source(Compilation c, String type) throws Exception {
        return c.generatedSourceFile(type).orElseThrow().getCharContent(true).toString();
    }

    private static Object get(Object record, String accessor) throws ReflectiveOperationException {
        return record.getClass().getMethod(accessor).invoke(record);
    }

    @Test
    void aNullableListOrMapKeepsNullApartFromEmpty() throws Exception {
        Compilation c = Compiler.compile(Compiler.api("@ApiDocs(\"spectypes/nullable-30.yaml\")", ""));
        assertThat(c).succeededWithoutWarnings();
        String src = source(c, "test.Playlist");
        // required and nullable: its null goes out through the other properties, so that one the JSON lacked does not
        assertTrue(src.contains("@JsonProperty(\"tracks\") @Nullable List<String> tracks")
                && src.contains("Components.requiredNullable(additionalProperties, \"tracks\", tracks)"), src);
        assertTrue(src.contains("@JsonProperty(\"tags\") @Nullable List<String> tags"), src);
        assertTrue(src.contains("@JsonProperty(\"labels\") @Nullable List<String> labels") && src.contains("public List<String> labels()"),
                "an optional list that may not be null: null inside for absent, an accessor that is never null: " + src);
        assertTrue(src.contains("@JsonProperty(\"counts\") @Nullable Map<String, Long> counts"), src);
        assertTrue(src.contains("@JsonProperty(\"images\") @Nullable List<Image> images"), src);
        CompiledClasses classes = new CompiledClasses(c);
        Class<?> type = classes.loadClass("test.Playlist");

        // null: null, and written back as the null the JSON had
        String nullsJson = "{\"id\":\"p\",\"tracks\":null,\"owners\":[],\"tags\":null,\"counts\":null,\"images\":null}";
        Object nulls = JSON.readValue(nullsJson, type);
        for (String accessor : List.of("tracks", "tags", "counts", "images")) assertNull(get(nulls, accessor), accessor);
        assertEquals(List.of(), get(nulls, "labels"), "an optional list the docs never let be null is empty when absent");
        // a null goes out through the other properties, after the values (JSON members have no order)
        assertEquals(JSON.readTree(nullsJson), JSON.readTree(JSON.writeValueAsString(nulls)));

        // empty: empty, and written back
        String empties = "{\"id\":\"p\",\"tracks\":[],\"owners\":[],\"tags\":[],\"counts\":{},\"images\":[]}";
        Object empty = JSON.readValue(empties, type);
        for (String accessor : List.of("tracks", "tags", "images")) assertEquals(List.of(), get(empty, accessor), accessor);
        assertEquals(Map.of(), get(empty, "counts"));
        assertEquals(empties, JSON.writeValueAsString(empty));

        // absent: null too, and left out, a required nullable one too (never a null the JSON did not have), which the
        // validator reports as missing
        Object absent = JSON.readValue("{\"id\":\"p\",\"owners\":[\"ada\"]}", type);
        for (String accessor : List.of("tracks", "tags", "counts", "images")) assertNull(get(absent, accessor), accessor);
        assertEquals("{\"id\":\"p\",\"owners\":[\"ada\"]}", JSON.writeValueAsString(absent));
        assertEquals("[/tracks: required but missing]",
                String.valueOf(type.getMethod("validate").invoke(absent)));

        // values: as read, copied and unmodifiable, the items of a nullable list validated
        String full = "{\"id\":\"p\",\"tracks\":[\"t1\"],\"owners\":[\"ada\"],\"tags\":[\"x\"],\"labels\":[\"l\"],\"counts\":{\"a\":1},"
                + "\"images\":[{\"url\":\"https://i.example/1.png\"},{}]}";
        Object value = JSON.readValue(full, type);
        assertEquals(List.of("t1"), get(value, "tracks"));
        assertEquals(Map.of("a", 1L), get(value, "counts"));
        assertEquals(full, JSON.writeValueAsString(value));
        assertEquals("[/images/1/url: required but missing]",
                String.valueOf(type.getMethod("validate").invoke(value)));
        assertEquals("[]", String.valueOf(type.getMethod("validate").invoke(nulls)),
                "null is what the docs allow");

        // a builder sets null or an empty list, and each goes out as set
        Object b = type.getMethod("builder").invoke(null);
        b.getClass().getMethod("id", String.class).invoke(b, "p");
        b.getClass().getMethod("owners", List.class).invoke(b, List.of());
        b.getClass().getMethod("tracks", List.class).invoke(b, (Object) null);
        b.getClass().getMethod("tags", List.class).invoke(b, List.of());
        assertEquals("{\"id\":\"p\",\"owners\":[],\"tags\":[],\"tracks\":null}", JSON.writeValueAsString(b.getClass().getMethod("build").invoke(b)),
                "a required nullable value set to null is sent as null");
    }

    @Test
    void aTypeArrayWithNullIsANullableListOrMapToo() throws Exception {
        Compilation c = Compiler.compile(Compiler.api("@ApiDocs(\"spectypes/nullable-31.yaml\")", ""));
        assertThat(c).succeededWithoutWarnings();
        String src = source(c, "test.Playlist");
        assertTrue(src.contains("@Nullable List<String> tags"), src);
        assertTrue(src.contains("@Nullable Map<String, Long> counts"), src);
        assertTrue(src.contains("@Nullable List<String> markets"), "anyOf of an array and null: " + src);
        Class<?> type = new CompiledClasses(c).loadClass("test.Playlist");
        String json = "{\"id\":\"p\",\"tracks\":[],\"tags\":[],\"counts\":{},\"markets\":[]}";
        Object empty = JSON.readValue(json, type);
        assertEquals(List.of(), get(empty, "markets"));
        assertEquals(json, JSON.writeValueAsString(empty));
        String nullsJson = "{\"id\":\"p\",\"tracks\":null,\"tags\":null,\"counts\":null,\"markets\":null}";
        Object nulls = JSON.readValue(nullsJson, type);
        assertNull(get(nulls, "markets"));
        assertNull(get(nulls, "tracks"));
        assertEquals(nullsJson, JSON.writeValueAsString(nulls), "each null the JSON had comes back");
    }

    @Test
    void aOneValueEnumIsAConstantAndAValidatorRuleInAValueAListOrAMap() throws Exception {
        Compilation c = Compiler.compile(Compiler.api("@ApiDocs(\"spectypes/one-value.yaml\")",
                "@SuppressWarnings(\"docpoet:SpecOpenApiApproximated\") // the union body, read as one record\n"));
        assertThat(c).succeededWithoutWarnings();
        String src = source(c, "test.Audiobook");
        assertTrue(src.contains("public static final String TYPE = \"audiobook\";"), src);
        assertTrue(src.contains("List<String> formats"), src);
        assertTrue(src.contains("public static final String FORMATS = \"mp3\";"), src);
        assertTrue(src.contains("Map<String, String> regions"), src);
        assertTrue(src.contains("public static final String REGIONS = \"world\";"), src);
        assertTrue(src.contains("public static final Long EDITION = 2L;"), src);
        List<String> enums = c.generatedSourceFiles().stream().map(f -> f.getName()).filter(n -> n.contains("Type") || n.contains("Format")
                || n.contains("Region") || n.contains("Edition")).filter(n -> !n.contains("PlayerItem")).toList();
        assertEquals(List.of(), enums, "no enum class for one value");
        CompiledClasses classes = new CompiledClasses(c);
        Class<?> type = classes.loadClass("test.Audiobook");
        java.lang.reflect.Method validate = type.getMethod("validate");

        String conforming = "{\"id\":\"a1\",\"type\":\"audiobook\",\"formats\":[\"mp3\"],\"regions\":{\"eu\":\"world\"},\"edition\":2}";
        Object book = JSON.readValue(conforming, type);
        assertEquals("audiobook", get(book, "type"));
        assertEquals(conforming, JSON.writeValueAsString(book));
        assertEquals("[]", String.valueOf(validate.invoke(book)));

        // another value still reads, and is written back; the validator names it
        String other = "{\"id\":\"a1\",\"type\":\"podcast\",\"formats\":[\"mp3\",\"ogg\"],\"regions\":{\"us\":\"us\"},\"edition\":3}";
        Object odd = JSON.readValue(other, type);
        assertEquals("podcast", get(odd, "type"));
        assertEquals(List.of("mp3", "ogg"), get(odd, "formats"));
        assertEquals(other, JSON.writeValueAsString(odd));
        assertEquals("[/type: podcast is not one of [audiobook], /formats/1: ogg is not one of [mp3], "
                + "/regions/us: us is not one of [world], /edition: 3 is not one of [2]]", String.valueOf(validate.invoke(odd)));

        // a builder starts a required one out as its value
        Object b = type.getMethod("builder").invoke(null);
        b.getClass().getMethod("id", String.class).invoke(b, "a2");
        assertEquals("{\"id\":\"a2\",\"type\":\"audiobook\"}", JSON.writeValueAsString(b.getClass().getMethod("build").invoke(b)));
    }

    @Test
    void aUnionReadAsOneRecordTakesEveryVariantsValues() throws Exception {
        Compilation c = Compiler.compile(Compiler.api("@ApiDocs(\"spectypes/one-value.yaml\")",
                "@SuppressWarnings(\"docpoet:SpecOpenApiApproximated\") // the union body, read as one record\n"));
        assertThat(c).succeededWithoutWarnings();
        CompiledClasses classes = new CompiledClasses(c);
        assertEquals("[track, episode]", String.valueOf(classes.call("test.PlayerItemType", "documented")),
                "each variant's one-value type, not the first's alone");
        Class<?> type = classes.loadClass("test.PlayerItem");
        java.lang.reflect.Method validate = type.getMethod("validate");
        for (String json : List.of("{\"type\":\"track\",\"name\":\"Song\"}", "{\"type\":\"episode\",\"name\":null}")) {
            Object item = JSON.readValue(json, type);
            assertEquals("[]", String.valueOf(validate.invoke(item)), json);
            assertEquals(json, JSON.writeValueAsString(item));
        }
        assertEquals("[/type: album is not one of [track, episode]]",
                String.valueOf(validate.invoke(JSON.readValue("{\"type\":\"album\",\"name\":\"x\"}", type))));
    }

    @Test
    void anIntegerEnumPastALongIsABigIntegerThatComesBackAsWritten() throws Exception {
        Compilation c = Compiler.compileWithClient(com.google.testing.compile.JavaFileObjects.forSourceString("test.Regs",
                "package test;\n@dev.docpoet.ApiDocs(\"spectypes/big-integers-30.yaml\")\npublic interface Regs {}\n"));
        assertThat(c).succeededWithoutWarnings();
        String src = source(c, "test.Register");
        assertTrue(src.contains("@JsonProperty(\"flags\") Flags flags"), "required and not nullable: swagger-parser's null was the big value " + src);
        assertTrue(src.contains("public static final BigInteger MAX = new BigInteger(\"18446744073709551615\");"), src);
        assertTrue(source(c, "test.Flags").contains("extends OpenEnum<BigInteger, Flags.Known>"));
        assertTrue(source(c, "test.Small").contains("extends OpenEnum<Long, Small.Known>"), "values a long holds stay Long");
        assertTrue(source(c, "test.Bitmask").contains("extends OpenEnum<BigInteger, Bitmask.Known>"), "a number enum of whole numbers");
        // a parameter with documented values is an open enum too, of the same wire type
        assertTrue(source(c, "test.RegsRegisters").contains("public Register get(String id, RegisterGetParams params)"));
        assertTrue(source(c, "test.RegisterGetParams").contains("public @Nullable Mask mask()"));
        assertTrue(source(c, "test.Mask").contains("extends OpenEnum<BigInteger, Mask.Known>"));
        CompiledClasses classes = new CompiledClasses(c);
        Class<?> type = classes.loadClass("test.Register");
        Class<?> flags = classes.loadClass("test.Flags");
        java.lang.reflect.Method validate = type.getMethod("validate");

        String json = "{\"flags\":18446744073709551615,\"max\":18446744073709551615,\"small\":2,"
                + "\"bitmask\":340282366920938463463374607431768211455}";
        Object register = JSON.readValue(json, type);
        Object f = get(register, "flags");
        assertEquals(flags.getField("VALUE_18446744073709551615").get(null), f);
        assertEquals("VALUE_18446744073709551615", String.valueOf(flags.getMethod("known").invoke(f)));
        assertEquals(new java.math.BigInteger("18446744073709551615"), get(register, "max"));
        assertEquals(json, JSON.writeValueAsString(register), "every digit comes back");
        assertEquals("[]", String.valueOf(validate.invoke(register)));
        assertEquals(flags.getField("VALUE_1").get(null), get(JSON.readValue("{\"flags\":1}", type), "flags"), "a small value is the same constant");

        // an undocumented value is kept, written back and reported; text is kept as read
        String other = "{\"flags\":18446744073709551616,\"max\":7}";
        Object odd = JSON.readValue(other, type);
        assertEquals(false, flags.getMethod("isKnown").invoke(get(odd, "flags")));
        assertEquals(other, JSON.writeValueAsString(odd));
        assertEquals("[/flags: 18446744073709551616 is not one of [0, 1, 18446744073709551615], /max: 7 is not one of [18446744073709551615]]",
                String.valueOf(validate.invoke(odd)));
        assertEquals("{\"flags\":\"all\"}", JSON.writeValueAsString(JSON.readValue("{\"flags\":\"all\"}", type)));
    }

    @Test
    void anOpenApi31EnumPastALongCompilesToo() throws Exception {
        Compilation c = Compiler.compile(Compiler.api("@ApiDocs(\"spectypes/big-integers-31.json\")", ""));
        assertThat(c).succeededWithoutWarnings();
        assertTrue(source(c, "test.Negative").contains("extends OpenEnum<BigInteger, Negative.Known>"));
        Class<?> type = new CompiledClasses(c).loadClass("test.Register");
        String json = "{\"flags\":18446744073709551615,\"max\":18446744073709551615,\"negative\":-18446744073709551615}";
        assertEquals(json, JSON.writeValueAsString(JSON.readValue(json, type)));
    }
}
