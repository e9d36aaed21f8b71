package test;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.docpoet.runtime.OpenEnum;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * Where the call is.
 *
 * <p>Values documented: queued, ringing, ended. Any other value is kept as it is: {@link #isKnown()} is
 * then false and {@link #known()} is {@link Known#UNKNOWN}.
 *
 * <p>Source: blocks/fern/snippets/call-status.mdx, line 1.
 */
@Generated(value = "dev.docpoet.processor.ApiDocsProcessor", comments = "Source: blocks/fern/snippets/call-status.mdx")
@NullMarked
public final class CreateCallResponseStatus extends OpenEnum<String, CreateCallResponseStatus.Known> {
    public static final CreateCallResponseStatus QUEUED = new CreateCallResponseStatus("queued", Known.QUEUED);
    public static final CreateCallResponseStatus RINGING = new CreateCallResponseStatus("ringing", Known.RINGING);
    public static final CreateCallResponseStatus ENDED = new CreateCallResponseStatus("ended", Known.ENDED);

    private CreateCallResponseStatus(String value, Known known) {
        super(value, known, Known.UNKNOWN);
    }

    /** The constant for a documented value, or a value that keeps an undocumented one. */
    @JsonCreator
    public static CreateCallResponseStatus of(String value) {
        Objects.requireNonNull(value, "value");
        return switch (value) {
            case "queued" -> QUEUED;
            case "ringing" -> RINGING;
            case "ended" -> ENDED;
            default -> new CreateCallResponseStatus(value, Known.UNKNOWN);
        };
    }

    /** Every documented value, in doc order. */
    public static List<CreateCallResponseStatus> documented() {
        return List.of(QUEUED, RINGING, ENDED);
    }

    /** The documented values, and UNKNOWN for any other. */
    public enum Known {
        QUEUED,
        RINGING,
        ENDED,
        /** A value the docs do not list. */
        UNKNOWN
    }
}
