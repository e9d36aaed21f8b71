package dev.docpoet.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.docpoet.corpus.SharedCorpus;
import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.ApiModel;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The doc is the contract: how much of each corpus page's own response examples the generated records read into typed
 * components (rather than {@code additionalProperties()}), and how many come back unchanged. Prints the figures the
 * README quotes; asserts that every example reads and that at least 99 % of the values are typed.
 */
class ExampleCoverageTest {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    /** Numbers are the same when they print the same ({@code 2} and {@code 2.0} do not); everything else by equality. */
    private static final java.util.Comparator<JsonNode> SAME_JSON_TEXT = (x, y) -> x.isNumber() && y.isNumber()
            ? x.asText().compareTo(y.asText()) : x.equals(y) ? 0 : 1;

    /** Counts over all examples. */
    private static final class Tally {
        int bodies;
        int typedBodies;
        int failed;
        int identical;
        long values;
        long untyped;
        long withoutType;
        final List<String> failures = new ArrayList<>();
        final List<String> changed = new ArrayList<>();
        final Map<String, Long> untypedByPage = new TreeMap<>();
    }

    @Test
    void responseExamplesReadIntoTypedComponents(@TempDir Path out) throws Exception {
        Optional<Path> found = SharedCorpus.locate();
        assumeTrue(found.isPresent(), "../shared/corpus is absent: example coverage skipped");
        Path corpus = found.get();
        Map<String, List<ApiDocument>> byVendor = SharedCorpus.documentsByVendor(corpus);
        Tally t = new Tally();
        for (Map.Entry<String, List<ApiDocument>> v : byVendor.entrySet()) {
            String pkg = "cov." + v.getKey().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
            ApiModel model = ApiModel.of(v.getValue().stream().filter(d -> !d.hasErrors()).toList());
            CodeGenerator.Result result = CodeGenerator.generate(model, new CodeGenerator.Options(pkg, s -> s), null);
            Path src = out.resolve(v.getKey()).resolve("src");
            Path classes = out.resolve(v.getKey()).resolve("classes");
            List<Path> files = new ArrayList<>();
            for (GeneratedFile f : result.files()) files.add(f.writeToPath(src));
            if (!files.isEmpty()) compile(files, classes);
            try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
                for (Endpoint e : model.endpoints()) {
                    for (Response r : e.responses()) {
                        if (r.body() == null || r.body().example() == null) continue;
                        com.palantir.javapoet.TypeName type = result.bodyTypes().get(new BodyKey(e.method(), e.path(), r.status()));
                        measure(t, loader, type == null ? null : type.toString(),
                                r.body().example().node(), e.location().file() + " " + e.signature() + " " + r.status());
                    }
                }
            }
        }
        long typed = t.values - t.untyped - t.withoutType;
        System.out.printf(Locale.ROOT, "examples: %d response bodies with an example, %d of them with a generated type;"
                + " %d of %d values (%.1f %%) read into typed components, %d into additionalProperties, %d in bodies without a type;"
                + " %d failed to read; %d came back identical%n", t.bodies, t.typedBodies, typed, t.values,
                100.0 * typed / Math.max(1, t.values), t.untyped, t.withoutType, t.failed, t.identical);
        t.untypedByPage.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(15)
                .forEach(e -> System.out.println("  untyped " + e.getValue() + "  " + e.getKey()));
        t.failures.stream().limit(15).forEach(f -> System.out.println("  failed  " + f));
        t.changed.stream().limit(15).forEach(f -> System.out.println("  changed " + f));
        assertTrue(t.bodies > 0);
        assertEquals(0, t.failed, "every example reads into its type: " + t.failures);
        assertTrue(typed >= 0.99 * t.values, "at least 99 % of the examples' values are typed: " + typed + " of " + t.values);
    }

    private static void measure(Tally t, ClassLoader loader, String type, JsonNode example, String where) {
        t.bodies++;
        long values = leaves(example);
        t.values += values;
        if (type == null) {
            t.withoutType += values;
            t.untypedByPage.merge(where + " (no type)", values, Long::sum);
            return;
        }
        t.typedBodies++;
        try {
            boolean list = type.startsWith("java.util.List<");
            Class<?> c = loader.loadClass(list ? type.substring("java.util.List<".length(), type.length() - 1) : type);
            Object value = list ? JSON.readerForListOf(c).readValue(example) : JSON.treeToValue(example, c);
            long untyped = untypedLeaves(value);
            t.untyped += untyped;
            if (untyped > 0) t.untypedByPage.merge(where, untyped, Long::sum);
            JsonNode back = JSON.valueToTree(value);
            if (example.equals(SAME_JSON_TEXT, back)) {
                t.identical++;
            } else {
                t.changed.add(where + ": " + firstDifference(example, back, ""));
            }
        } catch (Exception | LinkageError ex) {
            t.failed++;
            t.withoutType += values;
            t.failures.add(where + ": " + ex.toString().lines().findFirst().orElse(""));
        }
    }

    /** Where two JSON values first differ, as a JSON pointer with both values. */
    private static String firstDifference(JsonNode a, JsonNode b, String at) {
        if (a.isObject() && b.isObject()) {
            for (var it = a.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!b.has(k)) return at + "/" + k + " is gone";
                if (!a.get(k).equals(SAME_JSON_TEXT, b.get(k))) return firstDifference(a.get(k), b.get(k), at + "/" + k);
            }
            return at + " gained " + b.size() + " vs " + a.size() + " members";
        }
        if (a.isArray() && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                if (!a.get(i).equals(SAME_JSON_TEXT, b.get(i))) return firstDifference(a.get(i), b.get(i), at + "/" + i);
            }
        }
        return at + ": " + a + " came back " + b;
    }

    /** Scalars, nulls and empty containers of a JSON value. */
    private static long leaves(JsonNode n) {
        if (n.isContainerNode() && n.size() > 0) {
            long sum = 0;
            for (JsonNode c : n) sum += leaves(c);
            return sum;
        }
        return 1;
    }

    /** The JSON leaves that ended in some record's additionalProperties. */
    private static long untypedLeaves(Object o) throws ReflectiveOperationException {
        if (o instanceof Collection<?> c) {
            long sum = 0;
            for (Object x : c) sum += x == null ? 0 : untypedLeaves(x);
            return sum;
        }
        if (o == null || !o.getClass().isRecord()) return 0;
        long sum = 0;
        for (RecordComponent rc : o.getClass().getRecordComponents()) {
            Object v = rc.getAccessor().invoke(o);
            if (rc.getAccessor().isAnnotationPresent(JsonAnyGetter.class)) {
                for (Object x : ((Map<?, ?>) v).values()) sum += leaves(JSON.valueToTree(x));
            } else if (v != null) {
                sum += untypedLeaves(v);
            }
        }
        return sum;
    }

    private static void compile(List<Path> sources, Path classes) throws IOException {
        java.nio.file.Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter log = new StringWriter();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
            boolean ok = javac.getTask(log, fm, null, List.of("-proc:none", "-d", classes.toString(), "-classpath",
                    System.getProperty("java.class.path")), null, fm.getJavaFileObjectsFromPaths(sources)).call();
            assertTrue(ok, log.toString());
        }
    }
}
