package dev.docpoet.runtime;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a generated builder does for a required value never set: it throws, naming the value and its setter, rather
 * than build a record its type says cannot be.
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
}
