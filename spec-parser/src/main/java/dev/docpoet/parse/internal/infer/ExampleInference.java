package dev.docpoet.parse.internal.infer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docpoet.parse.internal.DiagnosticSink;
import dev.docpoet.parse.internal.FieldNode;
import dev.docpoet.parse.internal.Kind;
import dev.docpoet.parse.internal.LocatedJson;
import dev.docpoet.parse.internal.SourceText;
import dev.docpoet.spec.ParserCode;
import dev.docpoet.spec.Origin;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Completes a body's field tree from its example JSON: where an object or array has no documented children, the
 * example's keys become inferred fields (one info diagnostic per inferred object), and untyped fields take the
 * example's type.
 */
final class ExampleInference {
    private static final int MAX_DEPTH = 32;

    private final SourceText src;
    private final DiagnosticSink sink;

    ExampleInference(SourceText src, DiagnosticSink sink) {
        this.src = src;
        this.sink = sink;
    }

    void complete(FieldNode node, LocatedJson json) {
        complete(node, json.root(), "", json, 0);
    }

    private void complete(FieldNode node, JsonNode value, String pointer, LocatedJson json, int depth) {
        if (depth > MAX_DEPTH || value.isNull()) return;
        if (node.example == null && node.origin == Origin.DOCUMENTED && !node.name.isEmpty() && value.isValueNode()) {
            node.example = value;
        }
        if (value.isObject()) {
            if (node.kind == Kind.UNSPECIFIED || node.kind == Kind.ANY) node.kind = Kind.OBJECT;
            if (node.kind != Kind.OBJECT) return;
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

    /** {@code samples} are the object values the node stands for (one, or every item of an array). */
    private void completeObject(FieldNode node, List<JsonNode> samples, String pointer, LocatedJson json, int depth) {
        if (node.children.isEmpty()) {
            Map<String, List<JsonNode>> byKey = byKey(samples);
            if (byKey.isEmpty()) return;
            for (Map.Entry<String, List<JsonNode>> e : byKey.entrySet()) {
                String childPointer = pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
                FieldNode child = infer(e.getKey(), e.getValue(), json.keyOffsetOf(childPointer), depth + 1);
                node.children.put(e.getKey(), child);
            }
            String what = node.name.isEmpty() ? "the body" : node.kind == Kind.ARRAY ? "the items of `" + node.name + "`" : "`" + node.name + "`";
            sink.report(ParserCode.InferFieldsFromExample, node.name.isEmpty() ? src.location(json.start()) : node.location,
                    "fields of " + what + " inferred from the example: " + String.join(", ", byKey.keySet()),
                    node.name.isEmpty() ? "document the fields to make their types explicit" : null);
            return;
        }
        for (int i = 0; i < samples.size(); i++) {
            JsonNode sample = samples.get(i);
            if (!sample.isObject()) continue;
            String base = node.kind == Kind.ARRAY ? pointer.substring(0, pointer.lastIndexOf('/')) + "/" + i : pointer;
            for (FieldNode child : node.children.values()) {
                JsonNode v = sample.get(child.name);
                if (v != null) complete(child, v, base + "/" + child.name.replace("~", "~0").replace("/", "~1"), json, depth + 1);
            }
        }
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

    private FieldNode infer(String name, List<JsonNode> samples, int offset, int depth) {
        FieldNode n = new FieldNode(name, src.location(offset));
        n.origin = Origin.INFERRED_FROM_EXAMPLE;
        Merged m = merge(samples);
        n.kind = depth > MAX_DEPTH ? Kind.ANY : m.kind;
        n.nullable = m.sawNull;
        for (JsonNode s : samples) {
            if (!s.isNull() && s.isValueNode()) {
                n.example = s;
                break;
            }
        }
        if (n.kind == Kind.OBJECT) {
            Map<String, List<JsonNode>> byKey = byKey(samples);
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
