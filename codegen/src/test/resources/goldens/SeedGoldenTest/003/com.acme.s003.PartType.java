package com.acme.s003;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.docpoet.runtime.OpenEnum;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * Type of part (e.g., "user_msg", "admin_msg", "bot_msg")
 *
 * <p>Values documented: user_msg, admin_msg, bot_msg. Any other value is kept as it is: {@link
 * #isKnown()} is then false and {@link #known()} is {@link Known#UNKNOWN}.
 *
 * <p>Source: 003_e872a38cc95d17c8.txt, line 1.
 */
@Generated(value = "dev.docpoet.processor.ApiDocsProcessor", comments = "Source: 003_e872a38cc95d17c8.txt")
@NullMarked
public final class PartType extends OpenEnum<String, PartType.Known> {
    public static final PartType USER_MSG = new PartType("user_msg", Known.USER_MSG);
    public static final PartType ADMIN_MSG = new PartType("admin_msg", Known.ADMIN_MSG);
    public static final PartType BOT_MSG = new PartType("bot_msg", Known.BOT_MSG);

    private PartType(String value, Known known) {
        super(value, known, Known.UNKNOWN);
    }

    /** The constant for a documented value, or a value that keeps an undocumented one. */
    @JsonCreator
    public static PartType of(String value) {
        Objects.requireNonNull(value, "value");
        return switch (value) {
            case "user_msg" -> USER_MSG;
            case "admin_msg" -> ADMIN_MSG;
            case "bot_msg" -> BOT_MSG;
            default -> new PartType(value, Known.UNKNOWN);
        };
    }

    /** Every documented value, in doc order. */
    public static List<PartType> documented() {
        return List.of(USER_MSG, ADMIN_MSG, BOT_MSG);
    }

    /** The documented values, and UNKNOWN for any other. */
    public enum Known {
        USER_MSG,
        ADMIN_MSG,
        BOT_MSG,
        /** A value the docs do not list. */
        UNKNOWN
    }
}
