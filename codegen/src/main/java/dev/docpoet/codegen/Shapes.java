package dev.docpoet.codegen;

import dev.docpoet.spec.Property;
import dev.docpoet.spec.Schema;
import java.util.List;

/** Canonical text of a schema's shape (names, types, required, nullable; no prose), to find identical types. */
final class Shapes {
    private Shapes() {}

    static String key(Schema s) {
        StringBuilder sb = new StringBuilder();
        append(sb, s, 0);
        return sb.toString();
    }

    /** The key of an enum's value set, regardless of order, so that identical sets share one type. */
    static String enumKey(Schema.EnumSchema e) {
        return e.kind() + ":" + e.values().stream().sorted().toList();
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
        } else if (s instanceof Schema.ArraySchema a) {
            sb.append('[');
            append(sb, a.items(), depth + 1);
            sb.append(']');
        } else if (s instanceof Schema.EnumSchema e) {
            sb.append("enum").append(e.open() ? "~" : "").append(enumKey(e));
        } else if (s instanceof Schema.StringSchema str) {
            sb.append("string").append(str.format() == null ? "" : "(" + str.format() + ")");
        } else {
            sb.append(s.jsonType());
        }
    }
}
