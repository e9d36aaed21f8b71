package com.acme.s003;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.docpoet.runtime.OpenEnum;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * How the conversation was initiated
 *
 * <p>Values documented: customer_initiated, admin_initiated. Any other value is kept as it is: {@link
 * #isKnown()} is then false and {@link #known()} is {@link Known#UNKNOWN}.
 *
 * <p>Source: 003_e872a38cc95d17c8.txt, line 1.
 */
@Generated(value = "dev.docpoet.processor.ApiDocsProcessor", comments = "Source: 003_e872a38cc95d17c8.txt")
@NullMarked
public final class DeliveredAs extends OpenEnum<String, DeliveredAs.Known> {
    public static final DeliveredAs CUSTOMER_INITIATED = new DeliveredAs("customer_initiated", Known.CUSTOMER_INITIATED);
    public static final DeliveredAs ADMIN_INITIATED = new DeliveredAs("admin_initiated", Known.ADMIN_INITIATED);

    private DeliveredAs(String value, Known known) {
        super(value, known, Known.UNKNOWN);
    }

    /** The constant for a documented value, or a value that keeps an undocumented one. */
    @JsonCreator
    public static DeliveredAs of(String value) {
        Objects.requireNonNull(value, "value");
        return switch (value) {
            case "customer_initiated" -> CUSTOMER_INITIATED;
            case "admin_initiated" -> ADMIN_INITIATED;
            default -> new DeliveredAs(value, Known.UNKNOWN);
        };
    }

    /** Every documented value, in doc order. */
    public static List<DeliveredAs> documented() {
        return List.of(CUSTOMER_INITIATED, ADMIN_INITIATED);
    }

    /** The documented values, and UNKNOWN for any other. */
    public enum Known {
        CUSTOMER_INITIATED,
        ADMIN_INITIATED,
        /** A value the docs do not list. */
        UNKNOWN
    }
}
