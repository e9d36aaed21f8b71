package test;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.docpoet.runtime.OpenEnum;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * Where the ticket stands.
 *
 * <p>Values documented: open, closed. Any other value is kept as it is: {@link #isKnown()} is then false
 * and {@link #known()} is {@link Known#UNKNOWN}.
 *
 * <p>Source: attributes/entities/Ticket.md, line 39.
 */
@Generated(value = "dev.docpoet.processor.ApiDocsProcessor", comments = "Source: attributes/entities/Ticket.md")
@NullMarked
public final class TicketStatus extends OpenEnum<String, TicketStatus.Known> {
    public static final TicketStatus OPEN = new TicketStatus("open", Known.OPEN);
    public static final TicketStatus CLOSED = new TicketStatus("closed", Known.CLOSED);

    private TicketStatus(String value, Known known) {
        super(value, known, Known.UNKNOWN);
    }

    /** The constant for a documented value, or a value that keeps an undocumented one. */
    @JsonCreator
    public static TicketStatus of(String value) {
        Objects.requireNonNull(value, "value");
        return switch (value) {
            case "open" -> OPEN;
            case "closed" -> CLOSED;
            default -> new TicketStatus(value, Known.UNKNOWN);
        };
    }

    /** Every documented value, in doc order. */
    public static List<TicketStatus> documented() {
        return List.of(OPEN, CLOSED);
    }

    /** The documented values, and UNKNOWN for any other. */
    public enum Known {
        OPEN,
        CLOSED,
        /** A value the docs do not list. */
        UNKNOWN
    }
}
