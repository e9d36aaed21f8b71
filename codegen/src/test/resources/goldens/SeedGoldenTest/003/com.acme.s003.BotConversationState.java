package com.acme.s003;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.docpoet.runtime.OpenEnum;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * State of AI agent handling for this conversation
 *
 * <p>Values documented: active, handed_off_to_human, resolved. Any other value is kept as it is: {@link
 * #isKnown()} is then false and {@link #known()} is {@link Known#UNKNOWN}.
 *
 * <p>Source: 003_e872a38cc95d17c8.txt, line 3.
 */
@Generated(value = "dev.docpoet.processor.ApiDocsProcessor", comments = "Source: 003_e872a38cc95d17c8.txt")
@NullMarked
public final class BotConversationState extends OpenEnum<String, BotConversationState.Known> {
    public static final BotConversationState ACTIVE = new BotConversationState("active", Known.ACTIVE);
    public static final BotConversationState HANDED_OFF_TO_HUMAN = new BotConversationState("handed_off_to_human", Known.HANDED_OFF_TO_HUMAN);
    public static final BotConversationState RESOLVED = new BotConversationState("resolved", Known.RESOLVED);

    private BotConversationState(String value, Known known) {
        super(value, known, Known.UNKNOWN);
    }

    /** The constant for a documented value, or a value that keeps an undocumented one. */
    @JsonCreator
    public static BotConversationState of(String value) {
        Objects.requireNonNull(value, "value");
        return switch (value) {
            case "active" -> ACTIVE;
            case "handed_off_to_human" -> HANDED_OFF_TO_HUMAN;
            case "resolved" -> RESOLVED;
            default -> new BotConversationState(value, Known.UNKNOWN);
        };
    }

    /** Every documented value, in doc order. */
    public static List<BotConversationState> documented() {
        return List.of(ACTIVE, HANDED_OFF_TO_HUMAN, RESOLVED);
    }

    /** The documented values, and UNKNOWN for any other. */
    public enum Known {
        ACTIVE,
        HANDED_OFF_TO_HUMAN,
        RESOLVED,
        /** A value the docs do not list. */
        UNKNOWN
    }
}
