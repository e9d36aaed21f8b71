package dev.docpoet.runtime;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Whole numbers read exactly: a value the docs make an integer is read as a decimal first and refused when it has a
 * fraction, where Jackson alone would cut {@code 2.5} down to {@code 2} without a word.
 */
public final class Numbers {
    private Numbers() {}

    /**
     * The value as a {@code Long}; null stays null.
     *
     * @throws IllegalArgumentException if it has a fraction or does not fit a {@code long}, naming the value
     */
    public static @Nullable Long whole(@Nullable BigDecimal value, String wireName, String owner) {
        if (value == null) return null;
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("`" + wireName + "` of " + owner + " is documented as an integer, but the JSON has "
                    + value.toPlainString(), e);
        }
    }

    /**
     * The list as {@code Long}s, element by element as {@link #whole}; null stays null, and so do null elements.
     *
     * @throws IllegalArgumentException naming the first element with a fraction
     */
    public static @Nullable List<@Nullable Long> wholes(@Nullable List<? extends @Nullable BigDecimal> values, String wireName,
            String owner) {
        if (values == null) return null;
        List<@Nullable Long> out = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) out.add(whole(values.get(i), wireName + "[" + i + "]", owner));
        return out;
    }

    /**
     * The map's values as {@code Long}s, as {@link #whole}, in the same order; null stays null.
     *
     * @throws IllegalArgumentException naming the first key whose value has a fraction
     */
    public static @Nullable Map<String, @Nullable Long> wholeValues(@Nullable Map<String, ? extends @Nullable BigDecimal> values,
            String wireName, String owner) {
        if (values == null) return null;
        Map<String, @Nullable Long> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, whole(v, wireName + "." + k, owner)));
        return out;
    }
}
