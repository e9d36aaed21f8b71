package dev.docpoet.parse.internal.infer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docpoet.parse.internal.DiagnosticSink;
import dev.docpoet.parse.internal.FieldNode;
import dev.docpoet.parse.internal.Kind;
import dev.docpoet.parse.internal.LocatedJson;
import dev.docpoet.parse.internal.SourceText;
import dev.docpoet.spec.ParserCode;
import dev.docpoet.spec.Origin;
import dev.docpoet.spec.Pointers;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Completes a body's field tree from its example JSON: where an object or array has no documented children, the
 * example's keys become inferred fields (one warning per inferred object), and untyped fields take the example's type.
 */
final class ExampleInference {
    private static final int MAX_DEPTH = 32;

    private final SourceText src;
    private final DiagnosticSink sink;
    private final Hints hints;

    ExampleInference(SourceText src, DiagnosticSink sink, Hints hints) {
        this.src = src;
        this.sink = sink;
        this.hints = hints;
    }

    void complete(FieldNode node, LocatedJson json) {
        complete(node, json.root(), "", json, 0);
    }

    /**
     * Completes a body already inferred from {@code first} with a further example of it, of the same top-level kind
     * (an object, or an array): the keys only it shows become inferred fields too, with a warning that names them.
     */
    void completeFrom(FieldNode root, LocatedJson more, LocatedJson first) {
        if (kindOf(more.root()) != kindOf(first.root())) return;
        java.util.Set<FieldNode> before = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        before.addAll(root.preorder());
        complete(root, more.root(), "", more, 0);
        List<FieldNode> added = root.preorder().stream().filter(n -> !before.contains(n) && !n.name.equals(FieldNode.MAP_VALUE)).toList();
        if (added.isEmpty()) return;
        List<String> named = added.stream().map(c -> c.name + " (" + Hints.describe(c) + ")").toList();
        sink.report(ParserCode.InferFieldsFromExample, src.location(more.start()), "fields of the body inferred from this example too"
                + " (the page documents none): " + String.join(", ", named),
                hints.pinOrSilence(root, "document them as fields to pin their types", ParserCode.InferFieldsFromExample));
    }

    private void complete(FieldNode node, JsonNode value, String pointer, LocatedJson json, int depth) {
        if (depth > MAX_DEPTH) return;
        if (value.isNull()) {
            if (!node.name.isEmpty()) node.nullInExample = true;
            return;
        }
        if (node.example == null && node.origin == Origin.DOCUMENTED && !node.name.isEmpty() && value.isValueNode()) {
            node.example = value;
        }
        if (node.kind == Kind.UNSPECIFIED && node.origin == Origin.DOCUMENTED && !node.name.isEmpty()) untyped(node, kindOf(value));
        if (value.isObject()) {
            if (node.kind == Kind.UNSPECIFIED || node.kind == Kind.ANY) node.kind = Kind.OBJECT;
            if (node.kind != Kind.OBJECT) return;
            if (node.map) {
                completeMap(node, List.of(value), pointer, json, depth);
                return;
            }
            completeObject(node, List.of(value), pointer, json, depth);
        } else if (value.isArray()) {
            if (node.kind == Kind.UNSPECIFIED) node.kind = Kind.ARRAY;
            if (node.kind != Kind.ARRAY) return;
            List<JsonNode> elements = new ArrayList<>();
            value.forEach(elements::add);
            if (elements.isEmpty()) return;
            if (elements.stream().anyMatch(JsonNode::isNull) && elements.stream().anyMatch(e -> !e.isNull())) node.itemsNullable = true;
            boolean objects = elements.stream().allMatch(e -> e.isObject() || e.isNull());
            if (objects && (node.itemKind == Kind.UNSPECIFIED || node.itemKind == Kind.OBJECT || node.itemKind == Kind.ANY
                    || !node.children.isEmpty())) {
                node.itemKind = Kind.OBJECT;
                completeObject(node, elements, pointer + "/0", json, depth);
            } else if (node.itemKind == Kind.UNSPECIFIED && node.children.isEmpty()) {
                node.itemKind = merge(elements).kind;
            }
        } else if (node.kind == Kind.UNSPECIFIED) {
            node.kind = kindOf(value);
        }
    }

    /** A field the page names without a type takes its example's: visible, with how to state it. */
    private void untyped(FieldNode node, Kind kind) {
        String type = switch (kind) {
            case OBJECT -> "object";
            case ARRAY -> "array";
            case STRING -> "string";
            case INTEGER -> "integer";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            default -> null;
        };
        if (type == null) return;
        sink.report(ParserCode.InferTypeFromExample, node.location, "`" + node.name + "` has no documented type: it is " + type
                + ", as its example", hints.pinType(node, hints.type(type, node), ParserCode.InferTypeFromExample));
    }

    /** Each value of a map's examples completes the map's value node. */
    private void completeMap(FieldNode node, List<JsonNode> samples, String pointer, LocatedJson json, int depth) {
        FieldNode value = node.children.get(FieldNode.MAP_VALUE);
        if (value == null) return;
        for (JsonNode sample : samples) {
            for (Iterator<Map.Entry<String, JsonNode>> it = sample.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                complete(value, f.getValue(), Pointers.append(pointer, f.getKey()), json, depth + 1);
            }
        }
    }

    /**
     * Whether an example object's keys are data rather than names (model ids, locales: {@code gpt-4o}, {@code en-US})
     * with values of one shape: then the object is a map.
     */
    static boolean keysAreData(Map<String, List<JsonNode>> byKey) {
        if (byKey.size() < 2) return false;
        long dataLike = byKey.keySet().stream().filter(k -> !IDENTIFIER.matcher(k).matches()).count();
        if (dataLike * 2 < byKey.size()) return false;
        List<JsonNode> values = byKey.values().stream().flatMap(List::stream).filter(v -> !v.isNull()).toList();
        if (values.isEmpty()) return false;
        Kind first = kindOf(values.get(0));
        return values.stream().allMatch(v -> kindOf(v) == first || first == Kind.INTEGER && kindOf(v) == Kind.NUMBER
                || first == Kind.NUMBER && kindOf(v) == Kind.INTEGER);
    }

    private static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    /** A description that says its object is a map: "Map of namespace names to …", "keyed by model id", "a dictionary of". */
    private static final java.util.regex.Pattern MAP_WORDS = java.util.regex.Pattern.compile(
            "(?i)\\b(?:map|mapping|dictionary|dict|hash)\\s+(?:of|from)\\b|\\bkeyed\\s+by\\b|\\bwhose\\s+keys\\s+are\\b");

    /** {@code samples} are the object values the node stands for (one, or every item of an array). */
    private void completeObject(FieldNode node, List<JsonNode> samples, String pointer, LocatedJson json, int depth) {
        if (node.children.isEmpty()) {
            Map<String, List<JsonNode>> byKey = byKey(samples);
            if (byKey.isEmpty()) return;
            boolean saysMap = MAP_WORDS.matcher(node.description).find();
            if ((saysMap || keysAreData(byKey)) && node.kind == Kind.OBJECT) {
                List<JsonNode> values = byKey.values().stream().flatMap(List::stream).toList();
                node.becomeMap(infer(FieldNode.MAP_VALUE, values,
                        json.keyOffsetOf(Pointers.append(pointer, byKey.keySet().iterator().next())), depth + 1));
                String keys = String.join(", ", byKey.keySet().stream().limit(4).toList()) + (byKey.size() > 4 ? ", …" : "");
                String what = node.name.isEmpty() ? "the body" : "`" + node.name + "`";
                sink.report(ParserCode.InferMapFromExample, node.name.isEmpty() ? src.location(json.start()) : node.location, saysMap
                        ? what + " is described as a map: the keys of its example (" + String.join(", ", byKey.keySet().stream().limit(4)
                                .map(k -> "\"" + k + "\"").toList()) + (byKey.size() > 4 ? ", …" : "") + ") are its data, not fields"
                        : "the keys of " + what + " in the example (" + keys + ") are data, not names: it is a map",
                        mapHint(node.name.isEmpty() ? null : node));
                return;
            }
            for (Map.Entry<String, List<JsonNode>> e : byKey.entrySet()) {
                String childPointer = Pointers.append(pointer, e.getKey());
                FieldNode child = infer(e.getKey(), e.getValue(), json.keyOffsetOf(childPointer), depth + 1);
                node.children.put(e.getKey(), child);
            }
            String what = node.name.isEmpty() ? "the body" : node.kind == Kind.ARRAY ? "the items of `" + node.name + "`" : "`" + node.name + "`";
            sink.report(ParserCode.InferFieldsFromExample, node.name.isEmpty() ? src.location(json.start()) : node.location,
                    "fields of " + what + " inferred from the example: " + String.join(", ", node.children.values().stream()
                            .map(c -> c.name + " (" + Hints.describe(c) + ")").toList()),
                    hints.pinOrSilence(node, "document them as fields to pin their types", ParserCode.InferFieldsFromExample));
            return;
        }
        if (node.kind == Kind.OBJECT && !node.map && MAP_WORDS.matcher(node.description).find() && valuesAreDocumented(node, samples)) {
            // "Map of namespace names to namespace" with the namespace's fields documented: the fields are each value's
            mapOfDocumented(node, samples, pointer, json, depth);
            return;
        }
        for (int i = 0; i < samples.size(); i++) {
            JsonNode sample = samples.get(i);
            if (!sample.isObject()) continue;
            String base = node.kind == Kind.ARRAY ? pointer.substring(0, pointer.lastIndexOf('/')) + "/" + i : pointer;
            for (FieldNode child : node.children.values()) {
                JsonNode v = sample.get(child.name);
                if (v != null) complete(child, v, Pointers.append(base, child.name), json, depth + 1);
            }
        }
        // keys the example shows and the fields do not: typed from the example too (lint says they are undocumented)
        for (Map.Entry<String, List<JsonNode>> e : byKey(samples).entrySet()) {
            if (node.children.containsKey(e.getKey()) || node.map) continue;
            String childPointer = Pointers.append(pointer, e.getKey());
            node.children.put(e.getKey(), infer(e.getKey(), e.getValue(), json.keyOffsetOf(childPointer), depth + 1));
        }
    }

    /**
     * Whether the example shows {@code node}'s documented fields one level down: no key of the example is one of them,
     * and every value under its keys is an object that has some of them (the keys are data, the values the fields').
     */
    private static boolean valuesAreDocumented(FieldNode node, List<JsonNode> samples) {
        boolean any = false;
        for (JsonNode sample : samples) {
            if (!sample.isObject()) return false;
            for (Iterator<Map.Entry<String, JsonNode>> it = sample.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (node.children.containsKey(f.getKey()) || !f.getValue().isObject()) return false;
                if (node.children.keySet().stream().noneMatch(f.getValue()::has)) return false;
                any = true;
            }
        }
        return any;
    }

    /** Makes a documented object a map whose values have its documented fields, and completes them from the example. */
    private void mapOfDocumented(FieldNode node, List<JsonNode> samples, String pointer, LocatedJson json, int depth) {
        FieldNode value = new FieldNode(FieldNode.MAP_VALUE, node.location);
        value.kind = Kind.OBJECT;
        value.children.putAll(node.children);
        node.becomeMap(value);
        Map<String, List<JsonNode>> byKey = byKey(samples);
        sink.report(ParserCode.InferMapFromExample, node.location, "`" + node.name + "` is described as a map: the keys of its example ("
                + String.join(", ", byKey.keySet().stream().limit(4).map(k -> "\"" + k + "\"").toList()) + (byKey.size() > 4 ? ", …" : "")
                + ") are its data, and its documented fields (" + String.join(", ", value.children.keySet()) + ") those of each value",
                Hints.silence(ParserCode.InferMapFromExample));
        completeMap(node, samples, pointer, json, depth);
    }

    /** How to pin a map the example showed: give the field a map type (a body cannot be given one: only silence it). */
    private String mapHint(@org.jspecify.annotations.Nullable FieldNode n) {
        if (n == null) return Hints.silence(ParserCode.InferMapFromExample);
        FieldNode value = n.children.get(FieldNode.MAP_VALUE);
        String of = value == null ? "object" : Hints.describe(value);
        return hints.pinType(n, hints.type("map of string to " + of, n), ParserCode.InferMapFromExample);
    }

    private static Map<String, List<JsonNode>> byKey(List<JsonNode> samples) {
        Map<String, List<JsonNode>> byKey = new LinkedHashMap<>();
        for (JsonNode s : samples) {
            if (!s.isObject()) continue;
            for (Iterator<Map.Entry<String, JsonNode>> it = s.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                byKey.computeIfAbsent(f.getKey(), k -> new ArrayList<>()).add(f.getValue());
            }
        }
        return byKey;
    }

    /** A field inferred from one example value, as {@link #complete} infers undocumented ones. */
    FieldNode inferField(String name, JsonNode value, int offset) {
        return infer(name, List.of(value), offset, 1);
    }

    private FieldNode infer(String name, List<JsonNode> samples, int offset, int depth) {
        FieldNode n = new FieldNode(name, src.location(offset));
        n.origin = Origin.INFERRED_FROM_EXAMPLE;
        Merged m = merge(samples);
        n.kind = depth > MAX_DEPTH ? Kind.ANY : m.kind;
        n.nullable = m.sawNull;
        n.nullInExample = m.sawNull;
        for (JsonNode s : samples) {
            if (!s.isNull() && s.isValueNode()) {
                n.example = s;
                break;
            }
        }
        if (n.kind == Kind.OBJECT) {
            Map<String, List<JsonNode>> byKey = byKey(samples);
            if (keysAreData(byKey) && depth < MAX_DEPTH) {
                n.becomeMap(infer(FieldNode.MAP_VALUE, byKey.values().stream().flatMap(List::stream).toList(), offset, depth + 1));
                sink.report(ParserCode.InferMapFromExample, n.location, "the keys of `" + name + "` in the example ("
                        + String.join(", ", byKey.keySet().stream().limit(4).toList()) + (byKey.size() > 4 ? ", …" : "")
                        + ") are data, not names: it is a map", mapHint(n));
                return n;
            }
            for (Map.Entry<String, List<JsonNode>> e : byKey.entrySet()) {
                n.children.put(e.getKey(), infer(e.getKey(), e.getValue(), offset, depth + 1));
            }
        } else if (n.kind == Kind.ARRAY) {
            List<JsonNode> items = new ArrayList<>();
            for (JsonNode s : samples) if (s.isArray()) s.forEach(items::add);
            Merged im = merge(items);
            n.itemKind = im.kind;
            if (im.kind == Kind.OBJECT && depth < MAX_DEPTH) {
                for (Map.Entry<String, List<JsonNode>> e : byKey(items).entrySet()) {
                    n.children.put(e.getKey(), infer(e.getKey(), e.getValue(), offset, depth + 1));
                }
            }
        }
        return n;
    }

    private record Merged(Kind kind, boolean sawNull) {}

    private static Merged merge(List<JsonNode> samples) {
        Kind kind = null;
        boolean sawNull = false;
        for (JsonNode s : samples) {
            if (s.isNull()) {
                sawNull = true;
                continue;
            }
            Kind k = kindOf(s);
            if (kind == null || kind == k) {
                kind = k;
            } else if ((kind == Kind.INTEGER && k == Kind.NUMBER) || (kind == Kind.NUMBER && k == Kind.INTEGER)) {
                kind = Kind.NUMBER;
            } else {
                kind = Kind.ANY;
            }
        }
        return new Merged(kind == null ? Kind.ANY : kind, sawNull);
    }

    static Kind kindOf(JsonNode v) {
        if (v.isObject()) return Kind.OBJECT;
        if (v.isArray()) return Kind.ARRAY;
        if (v.isTextual()) return Kind.STRING;
        if (v.isIntegralNumber()) return Kind.INTEGER;
        if (v.isNumber()) return Kind.NUMBER;
        if (v.isBoolean()) return Kind.BOOLEAN;
        return Kind.ANY;
    }
}
