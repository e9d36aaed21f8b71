package test;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.docpoet.runtime.OpenEnum;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * Error code
 *
 * <p>Values documented: 409, 4091. Any other value is kept as it is: {@link #isKnown()} is then false and
 * {@link #known()} is {@link Known#UNKNOWN}.
 *
 * <p>Source: shop/cancel-order.md, line 1.
 */
@Generated(value = "dev.docpoet.processor.ApiDocsProcessor", comments = "Source: shop/cancel-order.md")
@NullMarked
public final class ConflictErrorCode extends OpenEnum<Long, ConflictErrorCode.Known> {
    /** {@code 409} */
    public static final ConflictErrorCode VALUE_409 = new ConflictErrorCode(409L, Known.VALUE_409);

    /** {@code 4091} */
    public static final ConflictErrorCode VALUE_4091 = new ConflictErrorCode(4091L, Known.VALUE_4091);

    private ConflictErrorCode(long value, Known known) {
        super(value, known, Known.UNKNOWN);
    }

    /** The constant for a documented value, or a value that keeps an undocumented one. */
    @JsonCreator
    public static ConflictErrorCode of(long value) {
        if (value == 409L) return VALUE_409;
        if (value == 4091L) return VALUE_4091;
        return new ConflictErrorCode(value, Known.UNKNOWN);
    }

    /** Every documented value, in doc order. */
    public static List<ConflictErrorCode> documented() {
        return List.of(VALUE_409, VALUE_4091);
    }

    /** The documented values, and UNKNOWN for any other. */
    public enum Known {
        VALUE_409,
        VALUE_4091,
        /** A value the docs do not list. */
        UNKNOWN
    }
}
