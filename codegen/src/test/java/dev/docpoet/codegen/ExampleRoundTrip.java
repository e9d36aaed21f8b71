package dev.docpoet.codegen;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.docpoet.parse.DocSet;
import dev.docpoet.runtime.OpenEnum;
import dev.docpoet.parse.DocSource;
import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.ApiModel;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.Pointers;
import dev.docpoet.spec.Response;
import dev.docpoet.spec.Severity;
import dev.docpoet.spec.SourceLocation;
import dev.docpoet.spec.Statuses;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.jspecify.annotations.Nullable;

/**
 * Measures, for one doc set, how much of every response example its pages show (see {@link PageExamples}) reads into
 * typed record components of the generated body type and comes back unchanged when written with the same plain Jackson 2
 * mapper. A value counts as OK only if both hold. Used by {@link ExampleRoundTripTest} on the shared corpus and on any
 * docs folder ({@code -Ddocpoet.examples.dir}).
 *
 * <p>Leaves are strings, numbers, booleans, nulls and empty objects or arrays. A value is typed when the reflective walk of
 * the read object reaches it through record component fields other than the any-setter ({@code additionalProperties}),
 * list elements, map values or an open enum; a value held only in {@code additionalProperties} (undocumented, or kept raw
 * because it did not match its type), or in a union's {@code Unknown}, is not. Values under a component declared
 * {@code Object} (a documented free-form value) are typed, and counted apart as "raw".
 */
final class ExampleRoundTrip {
    /** A plain Jackson 2 mapper, as README's user has it. */
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    /** Why one value of an example is not OK. */
    record Failure(String pointer, String category, String detail) {}

    /**
     * One example measured.
     *
     * @param target the body it was read as ({@code GET /x 200 -> pkg.Type}), or why there was none
     */
    record Measured(PageExamples.Example example, String target, long values, long typed, long ok, long raw,
            List<Failure> failures, @Nullable String readError) {
        long notOk() {
            return values - ok;
        }
    }

    /**
     * One doc set measured.
     *
     * @param pages pages read
     * @param excluded pages left out of generation because of their errors, with the first error
     * @param skipped examples on pages that document no endpoint (guides), not measured
     * @param unparseable examples that are not JSON even read leniently, not measured
     */
    record DocSetResult(String name, int pages, int files, Map<String, String> excluded, List<PageExamples.Example> skipped,
            List<PageExamples.Example> unparseable, List<Measured> measured, double seconds) {}

    private ExampleRoundTrip() {}

    /**
     * Generates models for the pages under {@code root/requested}, compiles them into {@code work}, and measures every
     * response example those pages show.
     */
    static DocSetResult measure(Path root, String requested, String pkg, Path work) throws IOException {
        long t0 = System.nanoTime();
        DocSet.Found found = DocSet.read(root, requested);
        if (found.problem() != null) throw new IOException(found.problem());
        List<DocSource> all = found.sources();
        Map<String, ApiDocument> firstRead = new HashMap<>();
        Map<String, String> excluded = new TreeMap<>();
        List<DocSource> sources = new ArrayList<>(all);
        Generation.Outcome outcome = null;
        // a page with an error stops the whole run: leave such pages out, as many times as it takes
        for (int round = 0; round < 8; round++) {
            outcome = Generation.run(new Generation.Request(sources, DocSource::label,
                    new Generation.Settings(pkg, List.of(), null, false, false), Set.of(), pkg, List.of(), null));
            if (round == 0) outcome.model().documents().forEach(d -> firstRead.put(d.source(), d));
            if (!outcome.hasErrors()) break;
            Set<String> bad = new TreeSet<>();
            for (Diagnostic d : outcome.diagnostics()) {
                if (d.severity() != Severity.ERROR || !(d.location() instanceof SourceLocation s)) continue;
                if (bad.add(s.file())) excluded.putIfAbsent(s.file(), d.format());
            }
            List<DocSource> kept = sources.stream().filter(s -> !bad.contains(s.label())).toList();
            if (kept.size() == sources.size()) break;
            sources = new ArrayList<>(kept);
        }
        String failedRun = null;
        if (outcome.hasErrors()) {
            failedRun = outcome.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).map(Diagnostic::format)
                    .findFirst().orElse("errors");
        }
        Path src = work.resolve("src");
        Path classes = work.resolve("classes");
        List<Path> files = new ArrayList<>();
        if (failedRun == null) {
            for (GeneratedFile f : outcome.files()) files.add(f.writeToPath(src));
            String compileError = files.isEmpty() ? null : compile(files, classes);
            if (compileError != null) failedRun = "generated code does not compile: " + compileError;
        }
        List<PageExamples.Example> skipped = new ArrayList<>();
        List<PageExamples.Example> unparseable = new ArrayList<>();
        List<Measured> measured = new ArrayList<>();
        Files.createDirectories(classes);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, ExampleRoundTrip.class.getClassLoader())) {
            Reader reader = new Reader(loader, outcome.bodyTypes());
            for (DocSource page : all) {
                ApiDocument doc = firstRead.get(page.label());
                if (doc == null || doc.dialect() == dev.docpoet.spec.Dialect.OPENAPI) continue;
                String text = new String(page.bytes(), StandardCharsets.UTF_8);
                List<PageExamples.Example> examples = PageExamples.of(root, page.label(), text, doc.dialect(), doc.endpoints());
                for (PageExamples.Example ex : examples) {
                    if (doc.endpoints().isEmpty()) {
                        skipped.add(ex);
                    } else if (ex.json() == null) {
                        unparseable.add(ex);
                    } else if (failedRun != null) {
                        measured.add(notRead(ex, "-", "doc set not generated", failedRun));
                    } else if (excluded.containsKey(page.label())) {
                        measured.add(notRead(ex, "-", "page has doc errors, not generated", excluded.get(page.label())));
                    } else {
                        measured.add(reader.measure(ex, endpointOf(ex, doc.endpoints())));
                    }
                }
            }
        }
        return new DocSetResult(requested, all.size(), files.size(), excluded, skipped, unparseable, measured,
                (System.nanoTime() - t0) / 1e9);
    }

    /**
     * The endpoint an example belongs to: the page's only one, else the one named by the nearest heading above the
     * example (a Slate or Widdershins page documents many), else the last one above it (GitBook's {@code {% swagger %}}
     * blocks, ReadMe's API headers).
     */
    private static Endpoint endpointOf(PageExamples.Example ex, List<Endpoint> endpoints) {
        if (endpoints.size() == 1 || ex.line() <= 0) return endpoints.get(0);
        for (int i = ex.headings().size() - 1; i >= 0; i--) {
            String h = ex.headings().get(i);
            Endpoint best = null;
            for (Endpoint e : endpoints) {
                if (!h.equals(e.title())) continue;
                if (best == null || Math.abs(e.location().line() - ex.line()) < Math.abs(best.location().line() - ex.line())) best = e;
            }
            if (best != null) return best;
        }
        Endpoint last = endpoints.get(0);
        for (Endpoint e : endpoints) if (e.location().line() <= ex.line()) last = e;
        return last;
    }

    private static Measured notRead(PageExamples.Example ex, String target, String category, String detail) {
        List<Leaf> leaves = leaves(ex.json());
        List<Failure> failures = new ArrayList<>();
        failures.add(new Failure("", category, detail));
        return new Measured(ex, target, leaves.size(), 0, 0, 0, failures, category);
    }

    private static boolean hasSchema(Response r) {
        return r.body() != null && r.body().schema() != null;
    }

    /** Why a documented response has no generated type: what its body is. */
    private static String bodyless(Response r) {
        if (r.body() == null) return "without a body";
        if (r.body().schema() == null) return "without a body schema";
        return "as a " + r.body().schema().getClass().getSimpleName() + " body (no record generated)";
    }

    /** Reads examples into the generated types of one doc set. */
    private static final class Reader {
        private final ClassLoader loader;
        private final Map<BodyKey, TypeName> bodyTypes;

        Reader(ClassLoader loader, Map<BodyKey, TypeName> bodyTypes) {
            this.loader = loader;
            this.bodyTypes = bodyTypes;
        }

        Measured measure(PageExamples.Example ex, Endpoint e) {
            Map<String, BodyKey> keys = new TreeMap<>();
            for (BodyKey k : bodyTypes.keySet()) {
                if (k.status() != null && k.method().equalsIgnoreCase(e.method())
                        && ApiModel.normalizedPath(k.path()).equals(ApiModel.normalizedPath(e.path()))) {
                    keys.put(k.status(), k);
                }
            }
            String sig = e.signature();
            BodyKey key = null;
            String why = null;
            // a success body the generator made no record for (a map, a list of maps, a boolean) reads as what the
            // client's method returns for it: the type its schema maps to
            Response plain = null;
            if (ex.status() != null) {
                key = keys.get(ex.status());
                if (key == null && ex.status().matches("\\d{3}")) key = keys.get(ex.status().charAt(0) + "XX");
                if (key == null) {
                    Response documented = e.responses().stream().filter(r -> r.status().equals(ex.status())).findFirst().orElse(null);
                    why = documented == null ? "example's status " + ex.status() + " is not documented"
                            : "status " + ex.status() + " documented " + bodyless(documented);
                    if (documented != null && documented.isSuccess() && hasSchema(documented)) plain = documented;
                }
            } else if (ex.error()) {
                List<BodyKey> errors = keys.values().stream().filter(k -> !Statuses.isSuccess(k.status())).toList();
                if (errors.size() == 1) {
                    key = errors.get(0);
                } else if (keys.containsKey("default")) {
                    // the parser made an error example without a status the body of any error the docs do not list
                    key = keys.get("default");
                } else if (!errors.isEmpty() && errors.stream().map(bodyTypes::get).distinct().count() == 1) {
                    // every documented error has the one body type: whichever status it is for, it reads the same
                    key = errors.get(0);
                } else {
                    why = "error example names no status (" + errors.size() + " error bodies documented)";
                }
            } else {
                key = keys.values().stream().filter(k -> Statuses.isSuccess(k.status())).findFirst().orElse(null);
                if (key == null) {
                    Response success = e.responses().stream().filter(Response::isSuccess).findFirst().orElse(null);
                    why = success == null ? "no success response documented" : "status " + success.status() + " documented " + bodyless(success);
                    if (success != null && hasSchema(success)) plain = success;
                }
            }
            TypeName type;
            String target;
            if (key != null) {
                type = bodyTypes.get(key);
                target = key + " -> " + type;
            } else if (plain != null) {
                type = TypeMapper.parameter(plain.body().schema());
                target = sig + " " + plain.status() + " -> " + type + " (no record: the client's type)";
            } else {
                return notRead(ex, sig, "no generated type", why);
            }
            JavaType javaType;
            try {
                javaType = javaType(type, JSON.getTypeFactory());
            } catch (ClassNotFoundException | LinkageError t) {
                return notRead(ex, target, "generated type not loaded", firstLine(t));
            }
            return roundTrip(ex, target, javaType);
        }

        private JavaType javaType(TypeName t, TypeFactory tf) throws ClassNotFoundException {
            t = t.withoutAnnotations();
            if (t instanceof ClassName c) return tf.constructType(boxed(c));
            if (t instanceof ParameterizedTypeName p) {
                Class<?> raw = boxed(p.rawType());
                JavaType[] args = new JavaType[p.typeArguments().size()];
                for (int i = 0; i < args.length; i++) args[i] = javaType(p.typeArguments().get(i), tf);
                return tf.constructParametricType(raw, args);
            }
            if (t instanceof WildcardTypeName w) return javaType(w.upperBounds().get(0), tf);
            if (t instanceof ArrayTypeName a) return tf.constructArrayType(javaType(a.componentType(), tf));
            if (t.isPrimitive()) return tf.constructType(Class.forName(t.box().toString()));
            throw new ClassNotFoundException("no Java type for " + t);
        }

        private Class<?> boxed(ClassName c) throws ClassNotFoundException {
            return Class.forName(c.reflectionName(), false, loader);
        }
    }

    /**
     * Reads one example into {@code type} with {@link #JSON}, walks what was read, writes it back and compares: the core of
     * the measurement, on any Jackson-readable type (generated or not).
     *
     * @param target what the example is read as, for the report
     */
    static Measured roundTrip(PageExamples.Example ex, String target, JavaType type) {
        JsonNode example = ex.json();
        List<Leaf> leaves = leaves(example);
        Object value;
        try {
            value = JSON.readerFor(type).readValue(JSON.writeValueAsString(example));
        } catch (Exception | LinkageError t) {
            String first = firstLine(t);
            String at = t instanceof JsonMappingException m ? pointer(m) : "";
            List<Failure> f = new ArrayList<>();
            f.add(new Failure(at, "read fails: " + readCategory(first), first));
            return new Measured(ex, target, leaves.size(), 0, 0, 0, f, first);
        }
        Walk walk = new Walk();
        try {
            walk(example, value, "", false, walk);
        } catch (ReflectiveOperationException | RuntimeException t) {
            return notRead(ex, target, "walk fails", firstLine(t));
        }
        JsonNode back;
        try {
            back = PageExamples.LENIENT.readTree(JSON.writeValueAsString(value));
        } catch (Exception t) {
            String first = firstLine(t);
            List<Failure> f = new ArrayList<>();
            f.add(new Failure("", "write fails", first));
            return new Measured(ex, target, leaves.size(), walk.typed.size(), 0, 0, f, first);
        }
        long typed = 0;
        long ok = 0;
        long raw = 0;
        List<Failure> failures = new ArrayList<>();
        for (Leaf l : leaves) {
            JsonNode came = back.at(JsonPointer.compile(l.pointer()));
            if (!walk.typed.contains(l.pointer())) {
                String why = walk.untyped.get(l.pointer());
                // an untyped value is not OK, but whether it at least comes back as it was tells a loss from a gap
                String how = compare(l.node(), came) == null ? ", comes back unchanged" : ", changed on write";
                failures.add(new Failure(l.pointer(), (why == null ? "not reached by the walk" : why) + how, brief(l.node())));
                continue;
            }
            typed++;
            String changed = compare(l.node(), came);
            if (changed != null) {
                failures.add(new Failure(l.pointer(), changed + " (read as " + walk.as.get(l.pointer()) + ")",
                        brief(l.node()) + " came back " + brief(came)));
                continue;
            }
            ok++;
            if (walk.raw.contains(l.pointer())) raw++;
        }
        return new Measured(ex, target, leaves.size(), typed, ok, raw, failures, null);
    }

    /** Marks which leaves of {@code e} the read value {@code o} holds in typed components. */
    private static void walk(JsonNode e, @Nullable Object o, String ptr, boolean raw, Walk w) throws ReflectiveOperationException {
        if (isLeaf(e)) {
            if (o == null && !e.isNull()) {
                w.untyped(e, ptr, "read as null");
            } else {
                w.typed(ptr, raw, javaKind(o));
            }
            return;
        }
        if (o == null) {
            w.untyped(e, ptr, "read as null");
            return;
        }
        if (o instanceof JsonNode) {
            w.typedAll(e, ptr);
            return;
        }
        if (o.getClass().isRecord()) {
            if (!e.isObject()) {
                w.untyped(e, ptr, "record read from a non-object");
                return;
            }
            RecordInfo info = w.records.computeIfAbsent(o.getClass(), RecordInfo::of);
            Map<?, ?> extras = info.extras == null ? Map.of() : (Map<?, ?>) info.extras.get(o);
            for (var it = e.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> m = it.next();
                String p = ptr + "/" + Pointers.escape(m.getKey());
                Field f = info.byWire.get(m.getKey());
                boolean keptNull = extras != null && extras.containsKey(m.getKey()) && extras.get(m.getKey()) == null;
                if (f != null && m.getValue().isNull() && keptNull) {
                    // a documented value the JSON had as null: the component holds none, the record keeps that it was null
                    w.typed(p, raw, "null");
                } else if (extras != null && extras.containsKey(m.getKey())) {
                    w.untyped(m.getValue(), p, f != null ? "documented key kept raw in additionalProperties (value did not match its type)"
                            : "undocumented key (in additionalProperties)");
                } else if (f != null && f.get(o) == null && !m.getValue().isNull()) {
                    w.untyped(m.getValue(), p, "read as null into " + simple(f.getGenericType()));
                } else if (f != null) {
                    walk(m.getValue(), f.get(o), p, raw || isRaw(f.getGenericType()), w);
                } else {
                    w.untyped(m.getValue(), p, "dropped on read (no component, not in additionalProperties)");
                }
            }
            return;
        }
        if (o instanceof Map<?, ?> map) {
            if (!e.isObject()) {
                w.untyped(e, ptr, "map read from a non-object");
                return;
            }
            for (var it = e.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> m = it.next();
                String p = ptr + "/" + Pointers.escape(m.getKey());
                if (!map.containsKey(m.getKey())) {
                    w.untyped(m.getValue(), p, "dropped on read (map has no such key)");
                } else {
                    walk(m.getValue(), map.get(m.getKey()), p, raw, w);
                }
            }
            return;
        }
        if (o instanceof Collection<?> || o.getClass().isArray()) {
            List<?> list = o instanceof List<?> l ? l : o instanceof Collection<?> c ? new ArrayList<>(c) : arrayList(o);
            if (!e.isArray()) {
                w.untyped(e, ptr, "list read from a non-array");
                return;
            }
            for (int i = 0; i < e.size(); i++) {
                if (i < list.size()) {
                    walk(e.get(i), list.get(i), ptr + "/" + i, raw, w);
                } else {
                    w.untyped(e.get(i), ptr + "/" + i, "dropped on read (list shorter)");
                }
            }
            return;
        }
        w.untyped(e, ptr, "read into " + o.getClass().getSimpleName() + " (not a record, list or map)");
    }

    private static List<Object> arrayList(Object array) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < java.lang.reflect.Array.getLength(array); i++) out.add(java.lang.reflect.Array.get(array, i));
        return out;
    }

    /** A record class's components by wire name, and its any-setter field. */
    private record RecordInfo(Map<String, Field> byWire, @Nullable Field extras) {
        static RecordInfo of(Class<?> c) {
            Map<String, Field> byWire = new LinkedHashMap<>();
            Field extras = null;
            for (RecordComponent rc : c.getRecordComponents()) {
                Field f;
                try {
                    f = c.getDeclaredField(rc.getName());
                } catch (NoSuchFieldException e) {
                    throw new IllegalStateException(e);
                }
                f.setAccessible(true);
                if (f.isAnnotationPresent(JsonAnySetter.class) || f.isAnnotationPresent(JsonAnyGetter.class)
                        || rc.getAccessor().isAnnotationPresent(JsonAnyGetter.class)) {
                    extras = f;
                    continue;
                }
                JsonProperty p = f.getAnnotation(JsonProperty.class);
                byWire.put(p != null && !p.value().isEmpty() ? p.value() : rc.getName(), f);
            }
            return new RecordInfo(byWire, extras);
        }
    }

    /** A declared type without packages: {@code List<OffsetDateTime>}. */
    private static String simple(Type t) {
        return t.getTypeName().replaceAll("[\\w.]+[.$]([A-Z]\\w*)", "$1");
    }

    /** Whether a declared type holds plain JSON values (Object somewhere in it). */
    private static boolean isRaw(Type t) {
        if (t == Object.class || t == JsonNode.class) return true;
        if (t instanceof ParameterizedType p) {
            for (Type a : p.getActualTypeArguments()) if (isRaw(a)) return true;
        }
        if (t instanceof WildcardType w) return w.getUpperBounds().length > 0 && isRaw(w.getUpperBounds()[0]);
        if (t instanceof GenericArrayType g) return isRaw(g.getGenericComponentType());
        return false;
    }

    /** What the walk found: typed pointers (and which of them are raw), and why the others are not typed. */
    private static final class Walk {
        final Set<String> typed = new TreeSet<>();
        final Set<String> raw = new TreeSet<>();
        final Map<String, String> as = new HashMap<>();
        final Map<String, String> untyped = new HashMap<>();
        final Map<Class<?>, RecordInfo> records = new HashMap<>();

        void typed(String ptr, boolean isRaw, String javaType) {
            typed.add(ptr);
            as.put(ptr, javaType);
            if (isRaw) raw.add(ptr);
        }

        void typedAll(JsonNode e, String ptr) {
            for (Leaf l : leaves(e)) typed(ptr + l.pointer(), true, "JsonNode");
        }

        void untyped(JsonNode e, String ptr, String why) {
            for (Leaf l : leaves(e)) untyped.put(ptr + l.pointer(), why);
        }
    }

    record Leaf(String pointer, JsonNode node) {}

    static boolean isLeaf(JsonNode n) {
        return !n.isContainerNode() || n.isEmpty();
    }

    /** Strings, numbers, booleans, nulls and empty containers, with their pointers, in document order. */
    static List<Leaf> leaves(JsonNode root) {
        List<Leaf> out = new ArrayList<>();
        collect(root, "", out);
        return out;
    }

    private static void collect(JsonNode n, String ptr, List<Leaf> out) {
        if (isLeaf(n)) {
            out.add(new Leaf(ptr, n));
        } else if (n.isObject()) {
            for (var it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> m = it.next();
                collect(m.getValue(), ptr + "/" + Pointers.escape(m.getKey()), out);
            }
        } else {
            for (int i = 0; i < n.size(); i++) collect(n.get(i), ptr + "/" + i, out);
        }
    }

    /** Why a leaf came back different; null when it came back the same (numbers by value, key order ignored). */
    private static @Nullable String compare(JsonNode a, JsonNode b) {
        if (b.isMissingNode()) {
            if (a.isNull()) return "changed on write: null left out";
            if (a.isArray()) return "changed on write: empty array left out";
            if (a.isObject()) return "changed on write: empty object left out";
            return "changed on write: value left out";
        }
        if (a.isNull()) return b.isNull() ? null : "changed on write: null came back as a value";
        if (a.isNumber()) {
            if (!b.isNumber()) return "changed on write: number came back as " + kind(b);
            return number(a).compareTo(number(b)) == 0 ? null : "changed on write: number changed";
        }
        if (a.isTextual()) {
            if (!b.isTextual()) return "changed on write: string came back as " + kind(b);
            if (a.asText().equals(b.asText())) return null;
            OffsetDateTime x = instant(a.asText());
            OffsetDateTime y = instant(b.asText());
            if (x != null && y != null && x.isEqual(y)) {
                // one value, two spellings: the same instant at the same offset (".000" and "" are one fraction)
                return x.getOffset().equals(y.getOffset()) ? null : "changed on write: date-time offset rewritten to UTC (same instant)";
            }
            if (dateTimeish(a.asText())) return "changed on write: date-time text changed";
            return "changed on write: string changed";
        }
        if (a.isBoolean()) return b.isBoolean() && a.asBoolean() == b.asBoolean() ? null : "changed on write: boolean came back as " + kind(b);
        if (a.isArray()) return b.isArray() && b.isEmpty() ? null : "changed on write: empty array came back as " + kind(b);
        if (a.isObject()) return b.isObject() && b.isEmpty() ? null : "changed on write: empty object came back as " + kind(b);
        return a.equals(b) ? null : "changed on write";
    }

    private static @Nullable OffsetDateTime instant(String s) {
        try {
            return OffsetDateTime.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** What a leaf was read as, for failure categories. */
    private static String javaKind(@Nullable Object o) {
        if (o == null) return "null";
        if (o instanceof OpenEnum<?, ?>) return "open enum";
        if (o instanceof Map<?, ?>) return "Map";
        if (o instanceof Collection<?>) return "List";
        return o.getClass().getSimpleName();
    }

    private static boolean dateTimeish(String s) {
        return s.matches("\\d{4}-\\d{2}-\\d{2}.*");
    }

    private static String kind(JsonNode n) {
        return n.isMissingNode() ? "nothing" : n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }

    private static BigDecimal number(JsonNode n) {
        return n.isFloatingPointNumber() && !n.isBigDecimal() ? new BigDecimal(n.asText()) : n.decimalValue();
    }

    private static String brief(JsonNode n) {
        String s = n.isMissingNode() ? "nothing" : n.toString();
        return s.length() > 70 ? s.substring(0, 67) + "..." : s;
    }

    static String firstLine(Throwable t) {
        String m = t.toString();
        return m.lines().findFirst().orElse("").replaceAll(" at \\[Source:.*$", "").replaceFirst("^com\\.fasterxml\\.jackson\\.databind\\.(exc\\.)?", "");
    }

    /** Where a read failed, as a JSON pointer into the example. */
    private static String pointer(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                sb.append('/').append(Pointers.escape(r.getFieldName()));
            } else if (r.getIndex() >= 0) {
                sb.append('/').append(r.getIndex());
            }
        }
        return sb.toString();
    }

    /** A read failure's message with the example's own values taken out, so that failures of one kind group together. */
    private static String readCategory(String first) {
        String m = first.replaceAll("\\(through reference chain:.*", "").replaceAll("\"[^\"]*\"", "\"…\"")
                .replaceAll("`[a-z]+\\.[\\w.$]+\\.([A-Z][\\w$]*)`", "`$1`");
        if (m.contains("documented as an integer")) return "integer field with a fraction";
        if (m.contains("java.time")) return "date-time field cannot parse the value: " + m.replaceAll("Text '.*' could not.*", "…").strip();
        return m.length() > 160 ? m.substring(0, 157) + "..." : m;
    }

    /** Compiles sources; the first lines of javac's output when it fails, else null. */
    private static @Nullable String compile(List<Path> sources, Path classes) throws IOException {
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter log = new StringWriter();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            boolean ok = javac.getTask(log, fm, null, List.of("-proc:none", "-nowarn", "-d", classes.toString(), "-classpath",
                    System.getProperty("java.class.path")), null, fm.getJavaFileObjectsFromPaths(sources)).call();
            return ok ? null : String.join(" | ", log.toString().lines().limit(3).toList());
        }
    }
}
