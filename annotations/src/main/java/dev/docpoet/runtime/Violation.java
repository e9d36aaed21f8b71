package dev.docpoet.runtime;

import org.jspecify.annotations.Nullable;

/**
 * One way a value breaks its documented contract, found by a generated validator.
 *
 * @param path JSON pointer to the offending value, with wire names ({@code /conversationParts/3/author/type})
 * @param rule the rule broken
 * @param value the offending value ({@code null} when it is missing)
 * @param detail what the rule expected (the format, or the documented values)
 */
public record Violation(String path, Rule rule, @Nullable Object value, String detail) {

    /** The rules a generated validator checks. */
    public enum Rule {
        /** Documented as required and not nullable, but missing or null. */
        REQUIRED,
        /** A value outside a closed documented enum. */
        ENUM,
        /** A string that is not of its documented format (email, uri, uuid). */
        FORMAT
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

    @Override
    public String toString() {
        String where = path.isEmpty() ? "/" : path;
        return switch (rule) {
            case REQUIRED -> where + ": required but missing";
            case ENUM -> where + ": " + value + " is not one of " + detail;
            case FORMAT -> where + ": " + value + " is not a valid " + detail;
        };
    }
}
