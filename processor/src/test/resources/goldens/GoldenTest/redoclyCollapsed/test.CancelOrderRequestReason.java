package test;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.docpoet.runtime.OpenEnum;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * Why
 *
 * <p>Values documented: changed-mind, 2nd-order, . Any other value is kept as it is: {@link #isKnown()}
 * is then false and {@link #known()} is {@link Known#UNKNOWN}.
 *
 * <p>Source: shop/cancel-order.md, line 1.
 */
@Generated(value = "dev.docpoet.processor.ApiDocsProcessor", comments = "Source: shop/cancel-order.md")
@NullMarked
public final class CancelOrderRequestReason extends OpenEnum<String, CancelOrderRequestReason.Known> {
    /** {@code changed-mind} */
    public static final CancelOrderRequestReason CHANGED_MIND = new CancelOrderRequestReason("changed-mind", Known.CHANGED_MIND);

    /** {@code 2nd-order} */
    public static final CancelOrderRequestReason VALUE_2ND_ORDER = new CancelOrderRequestReason("2nd-order", Known.VALUE_2ND_ORDER);

    /** {@code } */
    public static final CancelOrderRequestReason EMPTY = new CancelOrderRequestReason("", Known.EMPTY);

    private CancelOrderRequestReason(String value, Known known) {
        super(value, known, Known.UNKNOWN);
    }

    /** The constant for a documented value, or a value that keeps an undocumented one. */
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

    /** Every documented value, in doc order. */
    public static List<CancelOrderRequestReason> documented() {
        return List.of(CHANGED_MIND, VALUE_2ND_ORDER, EMPTY);
    }

    /** The documented values, and UNKNOWN for any other. */
    public enum Known {
        CHANGED_MIND,
        VALUE_2ND_ORDER,
        EMPTY,
        /** A value the docs do not list. */
        UNKNOWN
    }
}
