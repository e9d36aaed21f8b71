package com.acme.s000;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.docpoet.runtime.OpenEnum;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * The status of the message (e.g., "approved", "received").
 *
 * <p>Values documented: approved, received. Any other value is kept as it is: {@link #isKnown()} is then
 * false and {@link #known()} is {@link Known#UNKNOWN}.
 *
 * <p>Source: 000_76523d98f8f1dbb7.txt, line 62.
 */
@Generated(value = "dev.docpoet.processor.ApiDocsProcessor", comments = "Source: 000_76523d98f8f1dbb7.txt")
@NullMarked
public final class MessageStatus extends OpenEnum<String, MessageStatus.Known> {
    public static final MessageStatus APPROVED = new MessageStatus("approved", Known.APPROVED);
    public static final MessageStatus RECEIVED = new MessageStatus("received", Known.RECEIVED);

    private MessageStatus(String value, Known known) {
        super(value, known, Known.UNKNOWN);
    }

    /** The constant for a documented value, or a value that keeps an undocumented one. */
    @JsonCreator
    public static MessageStatus of(String value) {
        Objects.requireNonNull(value, "value");
        return switch (value) {
            case "approved" -> APPROVED;
            case "received" -> RECEIVED;
            default -> new MessageStatus(value, Known.UNKNOWN);
        };
    }

    /** Every documented value, in doc order. */
    public static List<MessageStatus> documented() {
        return List.of(APPROVED, RECEIVED);
    }

    /** The documented values, and UNKNOWN for any other. */
    public enum Known {
        APPROVED,
        RECEIVED,
        /** A value the docs do not list. */
        UNKNOWN
    }
}
