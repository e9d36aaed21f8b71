package dev.docpoet.samples.bench.before;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.docpoet.runtime.OpenEnum;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * How urgent the ticket is.
 *
 * <p>Values documented: low, normal, urgent. Any other value is kept as it is: {@link #isKnown()} is then false and
 * {@link #known()} is {@link Known#UNKNOWN}.
 *
 * <p>Source: get-ticket.mdx, line 31.
 */
@Generated(
        value = "dev.docpoet.processor.ApiDocsProcessor",
        comments = "Source: get-ticket.mdx"
)
@NullMarked
public final class TicketPriority extends OpenEnum<String, TicketPriority.Known> {
    /**
     * {@code low}
     */
    public static final TicketPriority LOW = new TicketPriority("low", Known.LOW);

    /**
     * {@code normal}
     */
    public static final TicketPriority NORMAL = new TicketPriority("normal", Known.NORMAL);

    /**
     * {@code urgent}
     */
    public static final TicketPriority URGENT = new TicketPriority("urgent", Known.URGENT);

    private TicketPriority(String value, Known known) {
        super(value, known, Known.UNKNOWN);
    }

    /**
     * The constant for a documented value, or a value that keeps an undocumented one.
     */
    @JsonCreator
    public static TicketPriority of(String value) {
        Objects.requireNonNull(value, "value");
        return switch (value) {
            case "low" -> LOW;
            case "normal" -> NORMAL;
            case "urgent" -> URGENT;
            default -> new TicketPriority(value, Known.UNKNOWN);
        };
    }

    /**
     * Every documented value, in doc order.
     */
    public static List<TicketPriority> documented() {
        return List.of(LOW, NORMAL, URGENT);
    }

    /**
     * The documented values, and UNKNOWN for any other.
     */
    public enum Known {
        LOW,

        NORMAL,

        URGENT,

        /**
         * A value the docs do not list.
         */
        UNKNOWN
    }
}
