package dev.docpoet.samples.bench.before;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.docpoet.runtime.OpenEnum;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * Where the reply came from (e.g., "email", "chat").
 *
 * <p>Values documented: email, chat. Any other value is kept as it is: {@link #isKnown()} is then false and
 * {@link #known()} is {@link Known#UNKNOWN}.
 *
 * <p>Source: get-ticket.mdx, line 51.
 */
@Generated(
        value = "dev.docpoet.processor.ApiDocsProcessor",
        comments = "Source: get-ticket.mdx"
)
@NullMarked
public final class Channel extends OpenEnum<String, Channel.Known> {
    /**
     * {@code email}
     */
    public static final Channel EMAIL = new Channel("email", Known.EMAIL);

    /**
     * {@code chat}
     */
    public static final Channel CHAT = new Channel("chat", Known.CHAT);

    private Channel(String value, Known known) {
        super(value, known, Known.UNKNOWN);
    }

    /**
     * The constant for a documented value, or a value that keeps an undocumented one.
     */
    @JsonCreator
    public static Channel of(String value) {
        Objects.requireNonNull(value, "value");
        return switch (value) {
            case "email" -> EMAIL;
            case "chat" -> CHAT;
            default -> new Channel(value, Known.UNKNOWN);
        };
    }

    /**
     * Every documented value, in doc order.
     */
    public static List<Channel> documented() {
        return List.of(EMAIL, CHAT);
    }

    /**
     * The documented values, and UNKNOWN for any other.
     */
    public enum Known {
        EMAIL,

        CHAT,

        /**
         * A value the docs do not list.
         */
        UNKNOWN
    }
}
