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
public final class ParticipantType extends OpenEnum<String, ParticipantType.Known> {
    public static final ParticipantType CUSTOMER = new ParticipantType("customer", Known.CUSTOMER);
    public static final ParticipantType LEAD = new ParticipantType("lead", Known.LEAD);
    public static final ParticipantType ADMIN = new ParticipantType("admin", Known.ADMIN);
    public static final ParticipantType BOT = new ParticipantType("bot", Known.BOT);
    public static final ParticipantType GUEST = new ParticipantType("guest", Known.GUEST);
    public static final ParticipantType INTEGRATION = new ParticipantType("integration", Known.INTEGRATION);

    private ParticipantType(String value, Known known) {
        super(value, known, Known.UNKNOWN);
    }

    /** The constant for a documented value, or a value that keeps an undocumented one. */
    @JsonCreator
    public static ParticipantType of(String value) {
        Objects.requireNonNull(value, "value");
        return switch (value) {
            case "customer" -> CUSTOMER;
            case "lead" -> LEAD;
            case "admin" -> ADMIN;
            case "bot" -> BOT;
            case "guest" -> GUEST;
            case "integration" -> INTEGRATION;
            default -> new ParticipantType(value, Known.UNKNOWN);
        };
    }

    /** Every documented value, in doc order. */
    public static List<ParticipantType> documented() {
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
