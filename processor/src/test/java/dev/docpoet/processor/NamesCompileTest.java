package dev.docpoet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Awkward wire names give valid, unique, readable Java names; the result compiles and behaves. */
class NamesCompileTest {
    @Test
    void awkwardNamesCompileWarningFreeAndWork() throws Exception {
        JavaFileObject api = Compiler.api("@ApiDocs(\"names\")", "");
        // a user class that uses the generated names, so that the test fails if any of them changes
        JavaFileObject use = JavaFileObjects.forSourceString("test.Use", """
                package test;

                import java.util.List;
                import java.util.Map;

                public class Use {
                    public static String run() {
                        Thing t = new Thing("i", "p", "c", "u", "f", 1L, "s", "S", "h", "d",
                                Version.of("Open"), null, List.of(), Map.of());
                        if (!t.underscoreId().equals("i") || !t.id().equals("p") || !t.classValue().equals("c")) return "names";
                        if (!t.userName().equals("u") || !t.firstName().equals("f") || t.größe() != 1L) return "more names";
                        if (!t.userId().equals("S") || !t.userId2().equals("s") || !t.hashCodeValue().equals("h")) return "clashes";
                        if (!t.field123abc().equals("d")) return "digit";
                        if (Version.of("Open") != Version.OPEN || Version.of("open") != Version.OPEN_2
                                || Version.of("OPEN") != Version.OPEN_3) return "case";
                        if (Version.of("") != Version.EMPTY || Version.of("10000") != Version.VALUE_10000) return "values";
                        if (Version.of("2026-01-01.nova") != Version.VALUE_2026_01_01_NOVA) return "dotted";
                        if (Version.of("in-progress").known() != Version.Known.IN_PROGRESS) return "known";
                        if (ObjectInfoType.of("a") != ObjectInfoType.A) return "object type";
                        if (ListItemValue.of(1.5) != ListItemValue.VALUE_1_5 || ListItemValue.of(2.0) != ListItemValue.VALUE_2) return "numbers";
                        Thing.ObjectInfo o = new Thing.ObjectInfo(null, Map.of());
                        return o.type() == null ? "ok" : "object";
                    }
                }
                """);
        Compilation c = Compiler.compile(api, use);
        assertThat(c).succeededWithoutWarnings();
        assertEquals("ok", new CompiledClasses(c).call("test.Use", "run"));
        String thing = c.generatedSourceFile("test.Thing").orElseThrow().getCharContent(true).toString();
        assertTrue(thing.contains("@JsonProperty(\"größe\") @Nullable Long größe"), thing);
        assertTrue(thing.contains("@JsonProperty(\"first name\")"), thing);
    }
}
