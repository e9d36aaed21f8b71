package com.acme.s003;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.docpoet.runtime.OpenEnum;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * Type of user who has read the conversation
 *
 * <p>Values documented: admin, customer, lead. Any other value is kept as it is: {@link #isKnown()} is
 * then false and {@link #known()} is {@link Known#UNKNOWN}.
 *
 * <p>Source: 003_e872a38cc95d17c8.txt, line 3.
 */
@Generated(value = "dev.docpoet.processor.ApiDocsProcessor", comments = "Source: 003_e872a38cc95d17c8.txt")
@NullMarked
public final class UserType extends OpenEnum<String, UserType.Known> {
    public static final UserType ADMIN = new UserType("admin", Known.ADMIN);
    public static final UserType CUSTOMER = new UserType("customer", Known.CUSTOMER);
    public static final UserType LEAD = new UserType("lead", Known.LEAD);

    private UserType(String value, Known known) {
        super(value, known, Known.UNKNOWN);
    }

    /** The constant for a documented value, or a value that keeps an undocumented one. */
    @JsonCreator
    public static UserType of(String value) {
        Objects.requireNonNull(value, "value");
        return switch (value) {
            case "admin" -> ADMIN;
            case "customer" -> CUSTOMER;
            case "lead" -> LEAD;
            default -> new UserType(value, Known.UNKNOWN);
        };
    }

    /** Every documented value, in doc order. */
    public static List<UserType> documented() {
        return List.of(ADMIN, CUSTOMER, LEAD);
    }

    /** The documented values, and UNKNOWN for any other. */
    public enum Known {
        ADMIN,
        CUSTOMER,
        LEAD,
        /** A value the docs do not list. */
        UNKNOWN
    }
}
