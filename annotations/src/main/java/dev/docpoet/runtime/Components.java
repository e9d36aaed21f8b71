package dev.docpoet.runtime;

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
     * The value of a required component.
     *
     * @param extras the record's other properties, where a value that did not read is kept under its wire name
     * @throws UnreadableValueException if the JSON had a value of another type
     * @throws IllegalStateException if the JSON had none
     */
    public static <T> T required(@Nullable T value, Map<String, ?> extras, String wireName, String owner) {
        if (value != null) return value;
        if (extras.get(wireName) instanceof Unreadable u) throw u.exception(wireName, owner);
        throw new IllegalStateException("`" + wireName + "` of " + owner + " is required but the JSON had none;"
                + " the record's validator lists every such value");
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
     * The value of an optional list or map component, empty when absent.
     *
     * @throws UnreadableValueException if the JSON had a value of another type
     */
    public static <T extends @Nullable Object> T container(T value, Map<String, ?> extras, String wireName, String owner) {
        if (extras.isEmpty() || !(extras.get(wireName) instanceof Unreadable u)) return value;
        throw u.exception(wireName, owner);
    }
}
