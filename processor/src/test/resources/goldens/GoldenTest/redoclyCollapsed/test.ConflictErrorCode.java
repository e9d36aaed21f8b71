package test;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Error code
 *
 * <p>Values documented: 409, 4091. Any other value is kept as it is: {@link #isKnown()} is then false and
 * {@link #known()} is {@link Known#UNKNOWN}.
 *
 * <p>Source: shop/cancel-order.md, line 1.
 */
@Generated(
        value = "dev.docpoet.processor.ApiDocsProcessor",
        comments = "Source: shop/cancel-order.md"
)
@NullMarked
public final class ConflictErrorCode {
    /**
     * The documented value {@code 409}.
     */
    public static final ConflictErrorCode VALUE_409 = new ConflictErrorCode(409L, Known.VALUE_409);

    /**
     * The documented value {@code 4091}.
     */
    public static final ConflictErrorCode VALUE_4091 = new ConflictErrorCode(4091L, Known.VALUE_4091);

    private final long value;

    private final Known known;

    private ConflictErrorCode(long value, Known known) {
        this.value = value;
        this.known = known;
    }

    /**
     * The constant for a documented value, or a value that keeps an undocumented one.
     */
    @JsonCreator
    public static ConflictErrorCode of(long value) {
        if (value == 409L) return VALUE_409;
        if (value == 4091L) return VALUE_4091;
        return new ConflictErrorCode(value, Known.UNKNOWN);
    }

    /**
     * The wire value, exactly as received or documented.
     */
    @JsonValue
    public long value() {
        return value;
    }

    /**
     * The documented value this is, or {@link Known#UNKNOWN}.
     */
    public Known known() {
        return known;
    }

    /**
     * Whether the doc lists this value.
     */
    public boolean isKnown() {
        return known != Known.UNKNOWN;
    }

    /**
     * Every documented value, in doc order.
     */
    public static List<ConflictErrorCode> documented() {
        return List.of(VALUE_409, VALUE_4091);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ConflictErrorCode that && that.value == value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }

    /**
     * The documented values, and UNKNOWN for any other.
     */
    public enum Known {
        /**
         * {@code 409}
         */
        VALUE_409,

        /**
         * {@code 4091}
         */
        VALUE_4091,

        /**
         * A value the doc does not list.
         */
        UNKNOWN
    }
}
