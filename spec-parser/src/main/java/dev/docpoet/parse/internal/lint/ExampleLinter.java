package dev.docpoet.parse.internal.lint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docpoet.parse.internal.BodyDraft;
import dev.docpoet.parse.internal.DiagnosticSink;
import dev.docpoet.parse.internal.FieldNode;
import dev.docpoet.parse.internal.Kind;
import dev.docpoet.parse.internal.LocatedJson;
import dev.docpoet.parse.internal.SourceText;
import dev.docpoet.spec.ParserCode;
import dev.docpoet.spec.Origin;
import dev.docpoet.spec.Pointers;
import java.util.Iterator;
import java.util.Map;

/**
 * Checks a body's example against its documented fields: keys no field documents, required fields the example
 * lacks, values outside a closed enum, and values of the wrong JSON type. Each finding points at the example line.
 */
public final class ExampleLinter {
    private static final int MAX_DEPTH = 64;

    private final SourceText src;
    private final DiagnosticSink sink;

    public ExampleLinter(SourceText src, DiagnosticSink sink) {
        this.src = src;
        this.sink = sink;
    }

    public void check(BodyDraft body) {
        if (body.example == null || body.root.preorder().stream().noneMatch(n -> n.origin == Origin.DOCUMENTED && n != body.root)) return;
        JsonNode root = body.example.root();
        if (body.root.kind == Kind.ARRAY) {
            checkArrayItems(body.root, root, "", body.example, 0);
        } else if (root.isObject()) {
            checkObject(body.root, root, "", body.example, 0);
        }
    }

    private void checkObject(FieldNode node, JsonNode obj, String pointer, LocatedJson json, int depth) {
        if (depth > MAX_DEPTH) return;
        if (node.map) {
            // a map's keys are data: only its values are checked, each against the one value field
            FieldNode value = node.children.get(FieldNode.MAP_VALUE);
            if (value == null) return;
            for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                checkValue(value, f.getValue(), Pointers.append(pointer, f.getKey()), json, depth + 1);
            }
            return;
        }
        boolean documented = node.hasDocumentedChildren();
        for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String p = Pointers.append(pointer, f.getKey());
            FieldNode child = node.children.get(f.getKey());
            if (child == null || documented && child.origin == Origin.INFERRED_FROM_EXAMPLE) {
                if (documented) {
                    sink.report(ParserCode.LintExampleUndocumentedKey, src.location(json.keyOffsetOf(p)),
                            "example has `" + path(p) + "` but no field documents it; its type is taken from the example",
                            "document the field, or remove it from the example");
                }
                continue;
            }
            checkValue(child, f.getValue(), p, json, depth + 1);
        }
        for (FieldNode child : node.children.values()) {
            if (child.required && child.origin == Origin.DOCUMENTED && !obj.has(child.name)) {
                sink.report(ParserCode.LintExampleMissingRequired, src.location(json.offsetOf(pointer)),
                        "example lacks `" + path(pointer + "/" + child.name) + "`, documented as required at line " + child.location.line(),
                        "add it to the example, or document it as optional");
            }
        }
    }

    private void checkValue(FieldNode n, JsonNode v, String pointer, LocatedJson json, int depth) {
        if (n.origin != Origin.DOCUMENTED) return;
        if (v.isNull()) {
            if (!n.nullable) {
                sink.report(ParserCode.LintExampleWrongType, src.location(json.offsetOf(pointer)),
                        "example gives null for `" + path(pointer) + "`, which is not documented as nullable",
                        "document it as nullable (type,null) or give a value");
            }
            return;
        }
        String expected = expected(n.kind);
        if (expected != null && !matches(n.kind, v)) {
            sink.report(ParserCode.LintExampleWrongType, src.location(json.offsetOf(pointer)),
                    "example gives " + describe(v) + " for `" + path(pointer) + "`, documented as " + expected,
                    "fix the example or the documented type");
            return;
        }
        String format = n.kind == Kind.STRING && v.isTextual() ? unreadableAs(n.format, v.asText()) : null;
        if (format != null) {
            // the generated record reads it as absent and keeps it as read: say so where the docs can be fixed
            sink.report(ParserCode.LintExampleWrongType, src.location(json.offsetOf(pointer)),
                    "example gives " + v + " for `" + path(pointer) + "`, documented as " + format + ", which it is not",
                    "fix the example or the documented type");
            return;
        }
        if (!n.enumValues.isEmpty() && !n.enumOpen && v.isValueNode() && n.kind != Kind.ARRAY && !n.enumValues.contains(v.asText())) {
            sink.report(ParserCode.LintExampleEnumValue, src.location(json.offsetOf(pointer)),
                    "example gives " + v + " for `" + path(pointer) + "`, which is not one of " + n.enumValues,
                    "add the value to the documented enum, or fix the example");
        }
        if (v.isObject() && !n.children.isEmpty() && n.kind != Kind.ARRAY) checkObject(n, v, pointer, json, depth);
        if (v.isArray()) checkArrayItems(n, v, pointer, json, depth);
    }

    private void checkArrayItems(FieldNode n, JsonNode arr, String pointer, LocatedJson json, int depth) {
        if (!arr.isArray() || n.children.isEmpty()) return;
        for (int i = 0; i < arr.size(); i++) {
            JsonNode item = arr.get(i);
            if (item.isObject()) checkObject(n, item, pointer + "/" + i, json, depth + 1);
        }
    }

    /** What a documented date or date-time format asks for, when {@code text} is not that; else null. */
    private static @org.jspecify.annotations.Nullable String unreadableAs(@org.jspecify.annotations.Nullable String format, String text) {
        try {
            if ("date-time".equals(format)) {
                java.time.OffsetDateTime.parse(text);
            } else if ("date".equals(format)) {
                java.time.LocalDate.parse(text);
            }
            return null;
        } catch (java.time.format.DateTimeParseException e) {
            return "date".equals(format) ? "a date (YYYY-MM-DD)" : "an ISO-8601 date-time";
        }
    }

    private static String expected(Kind k) {
        return switch (k) {
            case STRING -> "a string";
            case INTEGER -> "an integer";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            default -> null;
        };
    }

    private static boolean matches(Kind k, JsonNode v) {
        return switch (k) {
            case STRING -> v.isTextual();
            case INTEGER -> v.isIntegralNumber() || (v.isNumber() && v.decimalValue().stripTrailingZeros().scale() <= 0);
            case NUMBER -> v.isNumber();
            case BOOLEAN -> v.isBoolean();
            case OBJECT -> v.isObject();
            case ARRAY -> v.isArray();
            default -> true;
        };
    }

    private static String describe(JsonNode v) {
        if (v.isTextual()) return "a string";
        if (v.isNumber()) return "the number " + v;
        if (v.isBoolean()) return "the boolean " + v;
        if (v.isObject()) return "an object";
        if (v.isArray()) return "an array";
        return v.toString();
    }

    /** {@code /messages/0/status} → {@code messages[0].status}, as a reader of the doc would write it. */
    static String path(String pointer) {
        StringBuilder sb = new StringBuilder();
        for (String seg : pointer.split("/")) {
            if (seg.isEmpty()) continue;
            if (seg.matches("\\d+")) {
                sb.append('[').append(seg).append(']');
            } else {
                if (sb.length() > 0) sb.append('.');
                sb.append(Pointers.unescape(seg));
            }
        }
        return sb.length() == 0 ? "(root)" : sb.toString();
    }
}
