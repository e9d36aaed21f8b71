package test;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Shipping class (e.g., "standard", "express").
 *
 * <p>Values documented: standard, express. Any other value is kept as it is: {@link #isKnown()} is then false and
 * {@link #known()} is {@link Known#UNKNOWN}.
 *
 * <p>Source: shop/get-order.mdx, line 13.
 */
@Generated(
        value = "dev.docpoet.processor.ApiDocsProcessor",
        comments = "Source: shop/get-order.mdx"
)
@NullMarked
public final class OrderClass {
    /**
     * The documented value {@code standard}.
     */
    public static final OrderClass STANDARD = new OrderClass("standard", Known.STANDARD);

    /**
     * The documented value {@code express}.
     */
    public static final OrderClass EXPRESS = new OrderClass("express", Known.EXPRESS);

    private final String value;

    private final Known known;

    private OrderClass(String value, Known known) {
        this.value = value;
        this.known = known;
    }

    /**
     * The constant for a documented value, or a value that keeps an undocumented one.
     */
    @JsonCreator
    public static OrderClass of(String value) {
        Objects.requireNonNull(value, "value");
        return switch (value) {
            case "standard" -> STANDARD;
            case "express" -> EXPRESS;
            default -> new OrderClass(value, Known.UNKNOWN);
        };
    }

    /**
     * The wire value, exactly as received or documented.
     */
    @JsonValue
    public String value() {
        return value;
    }

    /**
     * The documented value this is, or {@link Known#UNKNOWN}.
     */
    public Known known() {
        return known;
    }

    /**
     * Whether the doc lists this value.
     */
    public boolean isKnown() {
        return known != Known.UNKNOWN;
    }

    /**
     * Every documented value, in doc order.
     */
    public static List<OrderClass> documented() {
        return List.of(STANDARD, EXPRESS);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof OrderClass that && that.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }

    /**
     * The documented values, and UNKNOWN for any other.
     */
    public enum Known {
        /**
         * {@code standard}
         */
        STANDARD,

        /**
         * {@code express}
         */
        EXPRESS,

        /**
         * A value the doc does not list.
         */
        UNKNOWN
    }
}
