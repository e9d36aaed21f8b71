package dev.docpoet.runtime;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What generated code does for a required value: a builder throws for one never set, naming the value and its setter,
 * rather than build a record its type says cannot be; a record's validator reports one the JSON lacked.
 */
public final class Required {
    private Required() {}

    /**
     * What a builder's {@code build()} does for each required value: an {@link IllegalStateException} naming the
     * value and its setter when it was never set. A value the record it copies kept as read (of another type than
     * documented) counts as set: the copy keeps it too.
     *
     * @param extras the builder's other properties
     */
    public static void set(@Nullable Object value, Map<String, ?> extras, String wireName, String setter) {
        if (value == null && !(extras.get(wireName) instanceof Unreadable)) {
            throw new IllegalStateException("`" + wireName + "` is required: set it with " + setter + "(…)");
        }
    }

    /**
     * What a record's validator does for a required component: reports it missing, at {@code path + pointer}, when the
     * JSON had neither a value nor one of another type (that one is reported as kept as read), or had null.
     *
     * @param extras the record's other properties, where a value of another type or a null the JSON had is kept
     * @return whether there is a value, for the checks of the value itself
     */
    public static boolean check(@Nullable Object value, Map<String, ?> extras, String wireName, String path, String pointer,
            List<Violation> out) {
        if (value != null) return true;
        if (extras.get(wireName) == null) out.add(Violation.required(path + pointer));
        return false;
    }

    /**
     * {@link #check} for a required component the docs let be null: a null the JSON had is no violation, only a key
     * it lacked.
     */
    public static boolean checkKey(@Nullable Object value, Map<String, ?> extras, String wireName, String path, String pointer,
            List<Violation> out) {
        if (value != null) return true;
        if (!extras.containsKey(wireName)) out.add(Violation.required(path + pointer));
        return false;
    }
}
