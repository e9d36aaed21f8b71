package test;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.docpoet.runtime.OpenEnum;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * Shipping class (e.g., "standard", "express").
 *
 * <p>Values documented: standard, express. Any other value is kept as it is: {@link #isKnown()} is then
 * false and {@link #known()} is {@link Known#UNKNOWN}.
 *
 * <p>Source: shop/get-order.mdx, line 13.
 */
@Generated(value = "dev.docpoet.processor.ApiDocsProcessor", comments = "Source: shop/get-order.mdx")
@NullMarked
public final class OrderClass extends OpenEnum<String, OrderClass.Known> {
    public static final OrderClass STANDARD = new OrderClass("standard", Known.STANDARD);
    public static final OrderClass EXPRESS = new OrderClass("express", Known.EXPRESS);

    private OrderClass(String value, Known known) {
        super(value, known, Known.UNKNOWN);
    }

    /** The constant for a documented value, or a value that keeps an undocumented one. */
    @JsonCreator
    public static OrderClass of(String value) {
        Objects.requireNonNull(value, "value");
        return switch (value) {
            case "standard" -> STANDARD;
            case "express" -> EXPRESS;
            default -> new OrderClass(value, Known.UNKNOWN);
        };
    }

    /** Every documented value, in doc order. */
    public static List<OrderClass> documented() {
        return List.of(STANDARD, EXPRESS);
    }

    /** The documented values, and UNKNOWN for any other. */
    public enum Known {
        STANDARD,
        EXPRESS,
        /** A value the docs do not list. */
        UNKNOWN
    }
}
