package dev.docpoet.runtime;

import org.jspecify.annotations.Nullable;

/**
 * What the accessor of a required component does when the JSON lacked the value: it throws, naming the value, rather
 * than hand out a null the type says cannot be there. The generated validator reports every such value at once.
 */
public final class Required {
    private Required() {}

    /**
     * The value, or an {@link IllegalStateException} naming it when it is missing.
     *
     * @param wireName the value's name in the JSON
     * @param owner the record it belongs to
     */
    public static <T> T of(@Nullable T value, String wireName, String owner) {
        if (value == null) {
            throw new IllegalStateException("`" + wireName + "` of " + owner + " is required but the JSON had none;"
                    + " the record's validator lists every such value");
        }
        return value;
    }

    /**
     * What a builder's {@code build()} does for each required value: an {@link IllegalStateException} naming the
     * value and its setter when it was never set.
     */
    public static void set(@Nullable Object value, String wireName, String setter) {
        if (value == null) throw new IllegalStateException("`" + wireName + "` is required: set it with " + setter + "(…)");
    }
}
