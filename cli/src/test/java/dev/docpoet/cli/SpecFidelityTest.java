package dev.docpoet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI issue's field fidelity: for each spec a corpus vendor ships, {@code docpoet openapi SPEC} compared with the
 * spec itself, field by field (parameters, and every field of every JSON request and response body, nested ones too):
 * the share with the same type, required, nullable and enum.
 */
class SpecFidelityTest {
    private static final List<String> SPECS = List.of("portkey/openapi.yaml", "activitysmith/api-reference/openapi.json",
            "acceleronix/api-reference/openapi.json", "mintlify/openapi.json", "mintlify/admin-openapi.json",
            "mintlify/analytics.openapi.json", "mintlify/discovery-openapi.json", "mintlify/index-openapi.json",
            "mintlify/static-export-openapi.json");

    private static Path corpus() {
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("corpus");
            if (Files.isDirectory(candidate)) return candidate;
        }
        assumeTrue(false, "../shared/corpus is absent: spec fidelity test skipped");
        return null;
    }

    @Test
    void theExportOfEachCorpusSpecKeepsAtLeast99PercentOfItsFields(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path corpus = corpus();
        int total = 0, same = 0;
        List<String> lines = new ArrayList<>();
        List<String> differing = new ArrayList<>();
        for (String spec : SPECS) {
            Path file = corpus.resolve(spec);
            Path export = tmp.resolve(spec.replace('/', '_') + ".json");
            CliRun run = CliRun.of("openapi", file.toString(), "-o", export.toString());
            assertEquals(0, run.exit(), spec + ": " + run.err());
            Map<String, String> original = fields(parse(file));
            Map<String, String> exported = fields(parse(export));
            int s = 0;
            for (Map.Entry<String, String> f : original.entrySet()) {
                if (f.getValue().equals(exported.get(f.getKey()))) s++;
                else if (differing.size() < 40) differing.add(spec + " " + f.getKey() + ": " + f.getValue() + " → " + exported.get(f.getKey()));
            }
            total += original.size();
            same += s;
            lines.add(String.format(Locale.ROOT, "  %-42s %5d of %5d fields the same (%.1f %%)", spec, s, original.size(), 100.0 * s / original.size()));
        }
        double share = 100.0 * same / total;
        System.out.printf(Locale.ROOT, "spec fidelity: %d of %d fields keep type, required, nullable and enum (%.2f %%)%n%s%n",
                same, total, share, String.join("\n", lines));
        if (!differing.isEmpty()) System.out.println("  differing, first ones:\n    " + String.join("\n    ", differing));
        assertTrue(total > 1000, "fields compared: " + total);
        assertTrue(share >= 99.0, String.format(Locale.ROOT, "%.2f %% of fields", share));
    }

    private static OpenAPI parse(Path file) {
        ParseOptions o = new ParseOptions();
        o.setResolve(true);
        o.setResolveFully(true);
        OpenAPI api = new OpenAPIV3Parser().read(file.toUri().toString(), null, o);
        assertTrue(api != null, "swagger-parser reads " + file);
        return api;
    }

    /** Every field of every operation: {@code GET /a/{} param query:limit}, {@code GET /a/{} 200 /items/id}. */
    private static Map<String, String> fields(OpenAPI api) {
        Map<String, String> out = new TreeMap<>();
        if (api.getPaths() == null) return out;
        for (Map.Entry<String, PathItem> p : api.getPaths().entrySet()) {
            String path = p.getKey().replaceAll("\\{[^}]*}", "{}");
            for (Map.Entry<PathItem.HttpMethod, Operation> o : p.getValue().readOperationsMap().entrySet()) {
                String op = o.getKey() + " " + path;
                List<Parameter> params = new ArrayList<>();
                if (p.getValue().getParameters() != null) params.addAll(p.getValue().getParameters());
                if (o.getValue().getParameters() != null) params.addAll(o.getValue().getParameters());
                for (Parameter param : params) {
                    boolean required = "path".equals(param.getIn()) || Boolean.TRUE.equals(param.getRequired());
                    out.put(op + " param " + param.getIn() + ":" + param.getName(), signature(param.getSchema(), required));
                }
                if (o.getValue().getRequestBody() != null) walk(json(o.getValue().getRequestBody().getContent()), op + " request", true, out, 0, set());
                if (o.getValue().getResponses() != null) {
                    o.getValue().getResponses().forEach((status, r) -> walk(json(r.getContent()), op + " " + status.toLowerCase(Locale.ROOT),
                            false, out, 0, set()));
                }
            }
        }
        return out;
    }

    private static Set<Schema<?>> set() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    private static Schema<?> json(Content content) {
        if (content == null) return null;
        for (Map.Entry<String, MediaType> e : content.entrySet()) {
            String t = e.getKey().toLowerCase(Locale.ROOT);
            if (t.startsWith("application/json") || t.contains("+json") || t.equals("*/*")) return e.getValue() == null ? null : e.getValue().getSchema();
        }
        return null;
    }

    private static void walk(Schema<?> s, String at, boolean request, Map<String, String> out, int depth, Set<Schema<?>> seen) {
        if (s == null || depth > 12) return;
        Schema<?> items = s.getItems();
        if (items != null) walk(items, at, request, out, depth + 1, seen);
        List<Schema> variants = variants(s);
        if (!variants.isEmpty()) {
            // a union's fields are those of its object variants, required where every variant requires them, and allowing
            // what any variant allows: null where one does, every variant's enum values
            Map<String, Integer> requiredIn = new TreeMap<>();
            List<Schema> objects = variants.stream().filter(v -> v.getProperties() != null).toList();
            for (Schema<?> v : objects) if (v.getRequired() != null) for (String r : v.getRequired()) requiredIn.merge(r, 1, Integer::sum);
            Map<String, Signature> fields = new java.util.LinkedHashMap<>();
            for (Schema<?> v : objects) {
                for (Map.Entry<String, Schema> p : v.getProperties().entrySet()) {
                    String key = at + " /" + p.getKey();
                    if (out.containsKey(key) && !fields.containsKey(key)) continue;
                    Schema<?> f = p.getValue();
                    if (f == null || request && Boolean.TRUE.equals(f.getReadOnly()) || !request && Boolean.TRUE.equals(f.getWriteOnly())) continue;
                    Signature here = signatureOf(f, requiredIn.getOrDefault(p.getKey(), 0) == variants.size());
                    Signature before = fields.get(key);
                    fields.put(key, before == null ? here : before.or(here));
                    out.put(key, fields.get(key).toString());
                    if (before == null) walk(f, key, request, out, depth + 1, seen);
                }
            }
        }
        if (s.getProperties() == null) return;
        Set<String> required = s.getRequired() == null ? Set.of() : new TreeSet<>(s.getRequired());
        for (Map.Entry<String, Schema> p : s.getProperties().entrySet()) {
            Schema<?> f = p.getValue();
            if (f == null) continue;
            if (request && Boolean.TRUE.equals(f.getReadOnly()) || !request && Boolean.TRUE.equals(f.getWriteOnly())) continue;
            String key = at + " /" + p.getKey();
            out.put(key, signature(f, required.contains(p.getKey())));
            walk(f, key, request, out, depth + 1, seen);
        }
    }

    /** The non-null variants of a oneOf or anyOf. */
    private static List<Schema> variants(Schema<?> s) {
        List<Schema> all = s.getOneOf() != null ? s.getOneOf() : s.getAnyOf() != null ? s.getAnyOf() : List.of();
        return all.stream().filter(v -> v != null && !isNull(v)).toList();
    }

    private static boolean isNull(Schema<?> v) {
        return "null".equals(v.getType()) || v.getTypes() != null && v.getTypes().size() == 1 && v.getTypes().contains("null");
    }

    /** type, required, nullable and enum of a field, as one comparable string. */
    private static String signature(Schema<?> s, boolean required) {
        return s == null ? "any|" + required : signatureOf(s, required).toString();
    }

    /** What a field allows: its JSON types, whether it is required, whether it may be null, its enum values (none: any). */
    private record Signature(Set<String> types, boolean required, boolean nullable, Set<String> values) {
        /** What one field of two union variants allows: what either does. */
        Signature or(Signature other) {
            Set<String> t = new TreeSet<>(types);
            t.addAll(other.types);
            if (t.contains("any")) t = Set.of("any");
            Set<String> v = new TreeSet<>();
            if (!values.isEmpty() && !other.values.isEmpty()) {
                v.addAll(values);
                v.addAll(other.values);
            }
            return new Signature(t, required, nullable || other.nullable, v);
        }

        @Override
        public String toString() {
            return String.join(",", types) + "|" + (required ? "required" : "optional") + "|" + (nullable ? "nullable" : "non-null") + "|" + values;
        }
    }

    private static Signature signatureOf(Schema<?> s, boolean required) {
        Set<String> types = new TreeSet<>();
        if (s.getTypes() != null) types.addAll(s.getTypes());
        if (s.getType() != null) types.add(s.getType());
        boolean nullable = types.remove("null") || Boolean.TRUE.equals(s.getNullable());
        if (s instanceof io.swagger.v3.oas.models.media.JsonSchema && types.equals(Set.of("object")) && s.getProperties() == null
                && s.getAdditionalProperties() == null && s.getItems() == null) {
            // swagger-parser's 3.1 reader gives {} the type object; an object without members is any value
            types.clear();
        }
        List<Schema> variants = variants(s);
        if (types.isEmpty() && !variants.isEmpty()) {
            // a union's JSON type is its variants' when they agree
            Set<String> of = new TreeSet<>();
            for (Schema<?> v : variants) of.add(signature(v, required).split("\\|")[0]);
            if (of.size() == 1 && !of.contains("any")) types.addAll(of);
            List<Schema> all = s.getOneOf() != null ? s.getOneOf() : s.getAnyOf();
            nullable |= all.stream().anyMatch(v -> v != null && isNull(v));
        }
        if (types.isEmpty() && s.getProperties() != null) types.add("object");
        if (types.isEmpty() && s.getItems() != null) types.add("array");
        List<?> values = s.getEnum() != null ? s.getEnum() : s.getConst() != null ? List.of(s.getConst()) : null;
        Set<String> e = new TreeSet<>();
        if (values != null) for (Object v : values) if (v != null) e.add(String.valueOf(v));
        return new Signature(types.isEmpty() ? Set.of("any") : types, required, nullable, e);
    }
}
