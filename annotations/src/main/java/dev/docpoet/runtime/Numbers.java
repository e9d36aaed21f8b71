package dev.docpoet.runtime;

import java.math.BigDecimal;
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
}
