package dev.docpoet.spec;

import java.util.List;

/**
 * Canonical text of a shape (names, types, required, nullable, enum values; no prose, no places), to find identical
 * types and endpoints, and to tell what changed between two versions of the docs.
 */
public final class Shapes {
    private Shapes() {}

    public static String key(Schema s) {
        StringBuilder sb = new StringBuilder();
        append(sb, s, 0);
        return sb.toString();
    }

    /** The key of an enum's value set, regardless of order, so that identical sets share one type. */
    public static String enumKey(Schema.EnumSchema e) {
        return e.kind() + ":" + e.values().stream().sorted().toList();
    }

    /** The shape of an endpoint: method, path, parameters, request body and responses. */
    public static String key(Endpoint e) {
        // path parameters' names do not matter: /a/{id} and /a/{aId} are one endpoint
        StringBuilder sb = new StringBuilder(e.method().toUpperCase(java.util.Locale.ROOT)).append(' ')
                .append(ApiModel.normalizedPath(e.path())).append('|');
        for (Parameter p : e.parameters()) {
            sb.append(p.in().wireName()).append(':').append(p.in() == ParameterLocation.PATH ? "" : p.name())
                    .append(p.required() ? "!" : "").append(':');
            append(sb, p.schema(), 0);
            sb.append(',');
        }
        sb.append("|request:");
        if (e.requestBody() != null && e.requestBody().schema() != null) append(sb, e.requestBody().schema(), 0);
        for (Response r : e.responses()) {
            sb.append('|').append(r.status()).append(':');
            if (r.body() != null && r.body().schema() != null) append(sb, r.body().schema(), 0);
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, Schema s, int depth) {
        if (depth > 80) {
            sb.append('…');
            return;
        }
        if (s instanceof Schema.ObjectSchema o) {
            sb.append('{');
            List<Property> props = o.properties();
            for (Property p : props) {
                sb.append(p.name()).append(p.required() ? "!" : "").append(p.nullable() ? "?" : "").append(':');
                append(sb, p.schema(), depth + 1);
                sb.append(',');
            }
            sb.append('}');
        } else if (s instanceof Schema.UnionSchema u) {
            sb.append("oneOf(").append(u.discriminator()).append(')');
            for (Schema.UnionSchema.Variant v : u.variants()) {
                sb.append(v.value()).append('=').append(v.name());
                append(sb, v.schema(), depth + 1);
            }
            sb.append(')');
        } else if (s instanceof Schema.MapSchema m) {
            sb.append("{*:");
            append(sb, m.values(), depth + 1);
            sb.append('}');
        } else if (s instanceof Schema.ArraySchema a) {
            sb.append('[');
            append(sb, a.items(), depth + 1);
            sb.append(a.itemsNullable() ? "?]" : "]");
        } else if (s instanceof Schema.EnumSchema e) {
            sb.append("enum").append(e.open() ? "~" : "").append(enumKey(e));
        } else if (s instanceof Schema.RefSchema r) {
            // a component is one type wherever it is used: its name is its shape here
            sb.append("ref(").append(r.key()).append(')');
        } else if (s instanceof Schema.StringSchema str) {
            sb.append("string").append(str.format() == null ? "" : "(" + str.format() + ")");
        } else {
            sb.append(s.jsonType());
        }
    }
}
