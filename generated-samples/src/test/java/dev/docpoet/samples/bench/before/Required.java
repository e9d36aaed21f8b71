package dev.docpoet.samples.bench.before;

import org.jspecify.annotations.Nullable;

/** The runtime's {@code Required} as the anchor's generator had it (its accessor check has moved since). */
final class Required {
    private Required() {}

    static <T> T of(@Nullable T value, String wireName, String owner) {
        if (value == null) {
            throw new IllegalStateException("`" + wireName + "` of " + owner + " is required but the JSON had none;"
                    + " the record's validator lists every such value");
        }
        return value;
    }

    static void set(@Nullable Object value, String wireName, String setter) {
        if (value == null) throw new IllegalStateException("`" + wireName + "` is required: set it with " + setter + "(…)");
    }
}
