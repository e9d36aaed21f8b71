package com.acme.s003;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.docpoet.runtime.OpenEnum;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * Current state of the conversation
 *
 * <p>Values documented: open, closed, snoozed. Any other value is kept as it is: {@link #isKnown()} is
 * then false and {@link #known()} is {@link Known#UNKNOWN}.
 *
 * <p>Source: 003_e872a38cc95d17c8.txt, line 1.
 */
@Generated(value = "dev.docpoet.processor.ApiDocsProcessor", comments = "Source: 003_e872a38cc95d17c8.txt")
@NullMarked
public final class ConversationState extends OpenEnum<String, ConversationState.Known> {
    public static final ConversationState OPEN = new ConversationState("open", Known.OPEN);
    public static final ConversationState CLOSED = new ConversationState("closed", Known.CLOSED);
    public static final ConversationState SNOOZED = new ConversationState("snoozed", Known.SNOOZED);

    private ConversationState(String value, Known known) {
        super(value, known, Known.UNKNOWN);
    }

    /** The constant for a documented value, or a value that keeps an undocumented one. */
    @JsonCreator
    public static ConversationState of(String value) {
        Objects.requireNonNull(value, "value");
        return switch (value) {
            case "open" -> OPEN;
            case "closed" -> CLOSED;
            case "snoozed" -> SNOOZED;
            default -> new ConversationState(value, Known.UNKNOWN);
        };
    }

    /** Every documented value, in doc order. */
    public static List<ConversationState> documented() {
        return List.of(OPEN, CLOSED, SNOOZED);
    }

    /** The documented values, and UNKNOWN for any other. */
    public enum Known {
        OPEN,
        CLOSED,
        SNOOZED,
        /** A value the docs do not list. */
        UNKNOWN
    }
}
