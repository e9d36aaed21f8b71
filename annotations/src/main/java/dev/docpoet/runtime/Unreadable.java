package dev.docpoet.runtime;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A documented value whose JSON is not of its documented type (text where the docs say date-time, a fraction where
 * they say integer), kept as read: a record holds it in its map of other properties, under the value's wire name, so
 * that the rest of the body still reads and writing the record back gives the JSON it came from.
 *
 * @param raw the JSON value as Jackson read it, untyped (maps, lists, strings, numbers, booleans)
 * @param pointer the JSON pointer of the value, from the object the read started at
 * @param at the pointer of what differs: {@code pointer} itself, or an item inside it ({@code /tags/3})
 * @param found the JSON value at {@code at}
 * @param expected what the docs say the value at {@code at} is ("an ISO-8601 date-time", "an integer")
 */
public record Unreadable(@JsonValue Object raw, String pointer, String at, Object found, String expected) {
    public Unreadable {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(expected, "expected");
    }

    /** The exception an accessor throws for this value. */
    public UnreadableValueException exception(String wireName, String owner) {
        return new UnreadableValueException(wireName, owner, this);
    }

    /**
     * What a generated validator does first: a {@link Violation.Rule#TYPE} violation for each value of {@code extras}
     * that did not read.
     *
     * @param path the JSON pointer of the record that holds {@code extras}
     */
    public static void report(Map<String, ?> extras, String path, List<Violation> out) {
        if (extras.isEmpty()) return;
        for (Map.Entry<String, ?> e : extras.entrySet()) {
            if (e.getValue() instanceof Unreadable u) {
                String inside = u.at().startsWith(u.pointer()) ? u.at().substring(u.pointer().length()) : "";
                out.add(Violation.type(path + "/" + escape(e.getKey()) + inside, u.found(), u.expected()));
            }
        }
    }

    static String escape(String name) {
        return name.indexOf('~') < 0 && name.indexOf('/') < 0 ? name : name.replace("~", "~0").replace("/", "~1");
    }
}
