package dev.docpoet.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One way a value breaks its documented contract, found by a generated record's {@code validate()}.
 *
 * @param path JSON pointer to the offending value, with wire names ({@code /conversationParts/3/author/type})
 * @param rule the rule broken
 * @param value the offending value ({@code null} when it is missing)
 * @param detail what the rule expected (the format, or the documented values)
 */
public record Violation(String path, Rule rule, @Nullable Object value, String detail) {

    /** The rules a generated record's {@code validate()} checks. */
    public enum Rule {
        /** Documented as required and not nullable, but missing or null. */
        REQUIRED,
        /** A value outside a closed documented enum. */
        ENUM,
        /** A string that is not of its documented format (email, uri, uuid). */
        FORMAT,
        /** A value of another type than documented (text where the docs say date-time): kept as read, never typed. */
        TYPE
    }

    /**
     * What a generated record's {@code validate()} returns: every violation its checks report, in field order, as an
     * unmodifiable list; empty when the value conforms.
     */
    public static List<Violation> collect(Consumer<List<Violation>> checks) {
        List<Violation> out = new ArrayList<>();
        checks.accept(out);
        return List.copyOf(out);
    }

    public static Violation required(String path) {
        return new Violation(path, Rule.REQUIRED, null, "a value");
    }

    public static Violation unknownEnumValue(String path, Object value, String documented) {
        return new Violation(path, Rule.ENUM, value, documented);
    }

    public static Violation format(String path, Object value, String format) {
        return new Violation(path, Rule.FORMAT, value, format);
    }

    /** A value of another type than documented; {@code expected} says what the docs say it is. */
    public static Violation type(String path, Object value, String expected) {
        return new Violation(path, Rule.TYPE, value, expected);
    }

    /** A JSON value as a message shows it: as JSON, cut after 80 characters. */
    static String show(@Nullable Object value) {
        StringBuilder sb = new StringBuilder();
        json(value, sb);
        return sb.length() > 80 ? sb.substring(0, 77) + "..." : sb.toString();
    }

    private static void json(@Nullable Object value, StringBuilder sb) {
        if (sb.length() > 80) return;
        if (value instanceof String s) {
            sb.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        } else if (value instanceof java.util.Map<?, ?> m) {
            sb.append('{');
            String sep = "";
            for (java.util.Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(sep);
                json(String.valueOf(e.getKey()), sb);
                sb.append(':');
                json(e.getValue(), sb);
                sep = ",";
            }
            sb.append('}');
        } else if (value instanceof java.util.List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) sb.append(',');
                json(l.get(i), sb);
            }
            sb.append(']');
        } else {
            sb.append(value);
        }
    }

    @Override
    public String toString() {
        String where = path.isEmpty() ? "/" : path;
        return switch (rule) {
            case REQUIRED -> where + ": required but missing";
            case ENUM -> where + ": " + value + " is not one of " + detail;
            case FORMAT -> where + ": " + value + " is not a valid " + detail;
            case TYPE -> where + ": " + show(value) + " is not " + detail + " (kept as read)";
        };
    }
}
