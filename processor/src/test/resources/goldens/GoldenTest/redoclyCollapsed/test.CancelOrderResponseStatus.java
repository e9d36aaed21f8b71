package test;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * New status
 *
 * <p>Values documented: cancelled. Any other value is kept as it is: {@link #isKnown()} is then false and
 * {@link #known()} is {@link Known#UNKNOWN}.
 *
 * <p>Source: shop/cancel-order.md, line 1.
 */
@Generated(
        value = "dev.docpoet.processor.ApiDocsProcessor",
        comments = "Source: shop/cancel-order.md"
)
@NullMarked
public final class CancelOrderResponseStatus {
    /**
     * The documented value {@code cancelled}.
     */
    public static final CancelOrderResponseStatus CANCELLED = new CancelOrderResponseStatus("cancelled", Known.CANCELLED);

    private final String value;

    private final Known known;

    private CancelOrderResponseStatus(String value, Known known) {
        this.value = value;
        this.known = known;
    }

    /**
     * The constant for a documented value, or a value that keeps an undocumented one.
     */
    @JsonCreator
    public static CancelOrderResponseStatus of(String value) {
        Objects.requireNonNull(value, "value");
        return switch (value) {
            case "cancelled" -> CANCELLED;
            default -> new CancelOrderResponseStatus(value, Known.UNKNOWN);
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
    public static List<CancelOrderResponseStatus> documented() {
        return List.of(CANCELLED);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof CancelOrderResponseStatus that && that.value.equals(value);
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
         * {@code cancelled}
         */
        CANCELLED,

        /**
         * A value the doc does not list.
         */
        UNKNOWN
    }
}
