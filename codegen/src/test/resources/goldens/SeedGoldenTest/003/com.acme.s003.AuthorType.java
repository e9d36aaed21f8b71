package com.acme.s003;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.docpoet.runtime.OpenEnum;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * Values documented: customer, lead, admin, bot, guest, integration. Any other value is kept as it is:
 * {@link #isKnown()} is then false and {@link #known()} is {@link Known#UNKNOWN}.
 *
 * <p>Source: 003_e872a38cc95d17c8.txt, line 1.
 */
@Generated(value = "dev.docpoet.processor.ApiDocsProcessor", comments = "Source: 003_e872a38cc95d17c8.txt")
@NullMarked
public final class AuthorType extends OpenEnum<String, AuthorType.Known> {
    public static final AuthorType CUSTOMER = new AuthorType("customer", Known.CUSTOMER);
    public static final AuthorType LEAD = new AuthorType("lead", Known.LEAD);
    public static final AuthorType ADMIN = new AuthorType("admin", Known.ADMIN);
    public static final AuthorType BOT = new AuthorType("bot", Known.BOT);
    public static final AuthorType GUEST = new AuthorType("guest", Known.GUEST);
    public static final AuthorType INTEGRATION = new AuthorType("integration", Known.INTEGRATION);

    private AuthorType(String value, Known known) {
        super(value, known, Known.UNKNOWN);
    }

    /** The constant for a documented value, or a value that keeps an undocumented one. */
    @JsonCreator
    public static AuthorType of(String value) {
        Objects.requireNonNull(value, "value");
        return switch (value) {
            case "customer" -> CUSTOMER;
            case "lead" -> LEAD;
            case "admin" -> ADMIN;
            case "bot" -> BOT;
            case "guest" -> GUEST;
            case "integration" -> INTEGRATION;
            default -> new AuthorType(value, Known.UNKNOWN);
        };
    }

    /** Every documented value, in doc order. */
    public static List<AuthorType> documented() {
        return List.of(CUSTOMER, LEAD, ADMIN, BOT, GUEST, INTEGRATION);
    }

    /** The documented values, and UNKNOWN for any other. */
    public enum Known {
        CUSTOMER,
        LEAD,
        ADMIN,
        BOT,
        GUEST,
        INTEGRATION,
        /** A value the docs do not list. */
        UNKNOWN
    }
}
