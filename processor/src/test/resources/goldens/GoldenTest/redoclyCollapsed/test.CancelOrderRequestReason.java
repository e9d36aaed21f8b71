package test;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Why
 *
 * <p>Values documented: changed-mind, 2nd-order, . Any other value is kept as it is: {@link #isKnown()} is then false and
 * {@link #known()} is {@link Known#UNKNOWN}.
 *
 * <p>Source: shop/cancel-order.md, line 1.
 */
@Generated(
        value = "dev.docpoet.processor.ApiDocsProcessor",
        comments = "Source: shop/cancel-order.md"
)
@NullMarked
public final class CancelOrderRequestReason {
    /**
     * The documented value {@code changed-mind}.
     */
    public static final CancelOrderRequestReason CHANGED_MIND = new CancelOrderRequestReason("changed-mind", Known.CHANGED_MIND);

    /**
     * The documented value {@code 2nd-order}.
     */
    public static final CancelOrderRequestReason VALUE_2ND_ORDER = new CancelOrderRequestReason("2nd-order", Known.VALUE_2ND_ORDER);

    /**
     * The documented value {@code }.
     */
    public static final CancelOrderRequestReason EMPTY = new CancelOrderRequestReason("", Known.EMPTY);

    private final String value;

    private final Known known;

    private CancelOrderRequestReason(String value, Known known) {
        this.value = value;
        this.known = known;
    }

    /**
     * The constant for a documented value, or a value that keeps an undocumented one.
     */
    @JsonCreator
    public static CancelOrderRequestReason of(String value) {
        Objects.requireNonNull(value, "value");
        return switch (value) {
            case "changed-mind" -> CHANGED_MIND;
            case "2nd-order" -> VALUE_2ND_ORDER;
            case "" -> EMPTY;
            default -> new CancelOrderRequestReason(value, Known.UNKNOWN);
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
    public static List<CancelOrderRequestReason> documented() {
        return List.of(CHANGED_MIND, VALUE_2ND_ORDER, EMPTY);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof CancelOrderRequestReason that && that.value.equals(value);
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
         * {@code changed-mind}
         */
        CHANGED_MIND,

        /**
         * {@code 2nd-order}
         */
        VALUE_2ND_ORDER,

        /**
         * {@code }
         */
        EMPTY,

        /**
         * A value the doc does not list.
         */
        UNKNOWN
    }
}
