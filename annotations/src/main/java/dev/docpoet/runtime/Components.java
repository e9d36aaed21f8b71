package dev.docpoet.runtime;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a generated record's accessors do with a value the JSON lacked or had of another type: a required one throws,
 * naming it, rather than hand out a null its type says cannot be there; any one that did not read throws
 * {@link UnreadableValueException}. The record's validator reports every such value at once.
 */
public final class Components {
    private Components() {}

    /**
     * What {@link FieldsReader#rest()} holds for a required component, that the docs let be null, which the JSON lacked:
     * a note for the record's constructor, never kept in a record.
     */
    public static final Object ABSENT = new Object() {
        @Override
        public String toString() {
            return "ABSENT";
        }
    };

    /**
     * The other properties of a record with a required component the docs let be null ({@code value}), so that the
     * record writes that component back as it came: a null the JSON had, or that a caller set, is written as
     * {@code null} (the API needs the key); one the JSON lacked ({@link #ABSENT}) is not written at all.
     *
     * @param extras the other properties the record is given (null for none)
     */
    public static @Nullable Map<String, @Nullable Object> requiredNullable(@Nullable Map<String, @Nullable Object> extras, String wireName,
            @Nullable Object value) {
        boolean absent = extras != null && extras.get(wireName) == ABSENT;
        if (value != null || absent) {
            if (!absent) return extras;
            Map<String, @Nullable Object> out = new java.util.LinkedHashMap<>(extras);
            out.remove(wireName);
            return out;
        }
        if (extras != null && extras.containsKey(wireName)) return extras;
        Map<String, @Nullable Object> out = extras == null ? new java.util.LinkedHashMap<>() : new java.util.LinkedHashMap<>(extras);
        out.put(wireName, null);
        return out;
    }

    /**
     * The value of a required component.
     *
     * @param extras the record's other properties, where a value that did not read is kept under its wire name
     * @throws UnreadableValueException if the JSON had a value of another type
     * @throws IllegalStateException if the JSON had none, or null
     */
    public static <T> T required(@Nullable T value, Map<String, ?> extras, String wireName, String owner) {
        if (value != null) return value;
        if (extras.get(wireName) instanceof Unreadable u) throw u.exception(wireName, owner);
        // a null the JSON had is kept among the other properties, so that it is written back
        throw new IllegalStateException("`" + wireName + "` of " + owner + " is required but the JSON had "
                + (extras.containsKey(wireName) ? "null" : "none") + "; the top-level record's validate() lists every such value");
    }

    /**
     * The value of an optional component, null when absent.
     *
     * @throws UnreadableValueException if the JSON had a value of another type
     */
    public static <T extends @Nullable Object> T optional(T value, Map<String, ?> extras, String wireName, String owner) {
        if (value == null && extras.get(wireName) instanceof Unreadable u) throw u.exception(wireName, owner);
        return value;
    }

    /**
     * The value of an optional list component: empty when absent (the record keeps absent and empty apart, so that an
     * empty list the JSON had is written back).
     *
     * @throws UnreadableValueException if the JSON had a value of another type
     */
    public static <T> List<T> listOrEmpty(@Nullable List<T> value, Map<String, ?> extras, String wireName, String owner) {
        if (value != null) return value;
        if (extras.get(wireName) instanceof Unreadable u) throw u.exception(wireName, owner);
        return List.of();
    }

    /**
     * The value of an optional map component: empty when absent, as {@link #listOrEmpty}.
     *
     * @throws UnreadableValueException if the JSON had a value of another type
     */
    public static <T> Map<String, T> mapOrEmpty(@Nullable Map<String, T> value, Map<String, ?> extras, String wireName, String owner) {
        if (value != null) return value;
        if (extras.get(wireName) instanceof Unreadable u) throw u.exception(wireName, owner);
        return Map.of();
    }
}
