package com.acme.s000;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.docpoet.runtime.OpenEnum;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * The direction of the message (e.g., "outbound" or "inbound").
 *
 * <p>Values documented: outbound, inbound. Any other value is kept as it is: {@link #isKnown()} is then
 * false and {@link #known()} is {@link Known#UNKNOWN}.
 *
 * <p>Source: 000_76523d98f8f1dbb7.txt, line 53.
 */
@Generated(value = "dev.docpoet.processor.ApiDocsProcessor", comments = "Source: 000_76523d98f8f1dbb7.txt")
@NullMarked
public final class MessageDirection extends OpenEnum<String, MessageDirection.Known> {
    public static final MessageDirection OUTBOUND = new MessageDirection("outbound", Known.OUTBOUND);
    public static final MessageDirection INBOUND = new MessageDirection("inbound", Known.INBOUND);

    private MessageDirection(String value, Known known) {
        super(value, known, Known.UNKNOWN);
    }

    /** The constant for a documented value, or a value that keeps an undocumented one. */
    @JsonCreator
    public static MessageDirection of(String value) {
        Objects.requireNonNull(value, "value");
        return switch (value) {
            case "outbound" -> OUTBOUND;
            case "inbound" -> INBOUND;
            default -> new MessageDirection(value, Known.UNKNOWN);
        };
    }

    /** Every documented value, in doc order. */
    public static List<MessageDirection> documented() {
        return List.of(OUTBOUND, INBOUND);
    }

    /** The documented values, and UNKNOWN for any other. */
    public enum Known {
        OUTBOUND,
        INBOUND,
        /** A value the docs do not list. */
        UNKNOWN
    }
}
