package dev.docpoet.cli;

import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Body;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.Parameter;
import dev.docpoet.spec.Property;
import dev.docpoet.spec.Response;
import dev.docpoet.spec.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Renders a document's model as an indented tree a person can check against the page. */
final class TreePrinter {
    private TreePrinter() {}

    /** @param javaTypes the Java type of each body, by {@code METHOD /path STATUS|request} (shown when known) */
    static String print(ApiDocument doc, Map<String, String> javaTypes) {
        StringBuilder sb = new StringBuilder();
        sb.append(doc.source()).append("  (").append(doc.dialect()).append(")\n");
        if (doc.endpoints().isEmpty()) sb.append("  no endpoint\n");
        for (Endpoint e : doc.endpoints()) {
            sb.append("  ").append(e.signature());
            if (e.title() != null) sb.append("  \"").append(e.title()).append('"');
            sb.append("  [line ").append(e.location().line()).append("]\n");
            if (e.version() != null) sb.append("    version: ").append(e.version()).append('\n');
            if (!e.security().isEmpty()) sb.append("    security: ").append(String.join(", ", e.security())).append('\n');
            for (Parameter p : e.parameters()) {
                sb.append("    ").append(p.in().wireName()).append(" parameter ").append(p.name()).append(": ")
                        .append(describe(p.schema())).append(flags(p.required(), p.nullable(), p.deprecated(), null)).append('\n');
            }
            if (e.requestBody() != null) body(sb, "request body", e.requestBody(), javaTypes.get(e.signature() + " request"));
            for (Response r : e.responses()) {
                if (r.body() == null) {
                    sb.append("    response ").append(r.status()).append(": no body\n");
                } else {
                    body(sb, "response " + r.status(), r.body(), javaTypes.get(e.signature() + " " + r.status()));
                }
            }
        }
        // each shared component once, where its uses say only its name
        for (dev.docpoet.spec.Component c : doc.components().values()) {
            if (!(c.schema() instanceof Schema.ObjectSchema)) continue;
            sb.append("  component ").append(dev.docpoet.spec.Component.shownName(c.key())).append("  [line ").append(c.location().line()).append("]\n");
            schema(sb, c.schema(), "    ", 0);
        }
        return sb.toString();
    }

    private static void body(StringBuilder sb, String label, Body b, @Nullable String javaType) {
        sb.append("    ").append(label).append(" (").append(b.contentType().isEmpty() ? "no content type" : b.contentType()).append(')');
        if (javaType != null) sb.append(" → ").append(javaType);
        if (b.example() != null) sb.append(", with example");
        sb.append('\n');
        if (b.schema() == null) {
            sb.append("      (no fields documented)\n");
        } else {
            schema(sb, b.schema(), "      ", 0);
        }
    }

    private static void schema(StringBuilder sb, Schema s, String indent, int depth) {
        if (depth > 64) return;
        if (s instanceof Schema.ArraySchema a) {
            sb.append(indent).append("[] ").append(describe(a.items())).append('\n');
            schema(sb, a.items(), indent + "  ", depth + 1);
        } else if (s instanceof Schema.MapSchema m) {
            sb.append(indent).append("{key} ").append(describe(m.values())).append('\n');
            schema(sb, m.values(), indent + "  ", depth + 1);
        } else if (s instanceof Schema.ObjectSchema o) {
            for (Property p : o.properties()) {
                sb.append(indent).append(p.name()).append(": ").append(describe(p.schema()))
                        .append(flags(p.required(), p.nullable(), p.deprecated(), p)).append('\n');
                Schema inner = p.schema() instanceof Schema.ArraySchema a ? a.items() : p.schema();
                if (inner instanceof Schema.ObjectSchema || inner instanceof Schema.MapSchema) schema(sb, inner, indent + "  ", depth + 1);
            }
        }
    }

    static String describe(Schema s) {
        if (s instanceof Schema.RefSchema r) return "object " + dev.docpoet.spec.Component.shownName(r.key());
        if (s instanceof Schema.ArraySchema a) return "array of " + describe(a.items());
        if (s instanceof Schema.MapSchema m) return "map of string to " + describe(m.values());
        if (s instanceof Schema.StringSchema str && str.format() != null) return "string (" + str.format() + ")";
        if (s instanceof Schema.EnumSchema e) {
            return (e.open() ? "open enum " : "enum ") + e.jsonType() + " " + e.values();
        }
        if (s instanceof Schema.ObjectSchema o && o.properties().isEmpty()) return "object (free-form)";
        return s.jsonType();
    }

    private static String flags(boolean required, boolean nullable, boolean deprecated, @Nullable Property p) {
        List<String> f = new ArrayList<>();
        f.add(required ? "required" : "optional");
        if (nullable) f.add("nullable");
        if (deprecated) f.add("deprecated");
        if (p != null) {
            f.add(switch (p.origin()) {
                case DOCUMENTED -> "documented";
                case INFERRED_FROM_EXAMPLE -> "inferred from example";
                case INFERRED_FROM_PROSE -> "inferred from prose";
            });
            f.add("line " + p.location().line());
        }
        return "  (" + String.join(", ", f) + ")";
    }
}
