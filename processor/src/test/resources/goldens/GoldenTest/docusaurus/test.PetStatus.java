package test;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.docpoet.runtime.OpenEnum;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * Values documented: available, pending, sold. Any other value is kept as it is: {@link #isKnown()} is
 * then false and {@link #known()} is {@link Known#UNKNOWN}.
 *
 * <p>Source: blocks/docusaurus/get-pet-by-id.api.mdx, line 8.
 */
@Generated(
        value = "dev.docpoet.processor.ApiDocsProcessor",
        comments = "Source: blocks/docusaurus/get-pet-by-id.api.mdx"
)
@NullMarked
public final class PetStatus extends OpenEnum<String, PetStatus.Known> {
    public static final PetStatus AVAILABLE = new PetStatus("available", Known.AVAILABLE);
    public static final PetStatus PENDING = new PetStatus("pending", Known.PENDING);
    public static final PetStatus SOLD = new PetStatus("sold", Known.SOLD);

    private PetStatus(String value, Known known) {
        super(value, known, Known.UNKNOWN);
    }

    /** The constant for a documented value, or a value that keeps an undocumented one. */
    @JsonCreator
    public static PetStatus of(String value) {
        Objects.requireNonNull(value, "value");
        return switch (value) {
            case "available" -> AVAILABLE;
            case "pending" -> PENDING;
            case "sold" -> SOLD;
            default -> new PetStatus(value, Known.UNKNOWN);
        };
    }

    /** Every documented value, in doc order. */
    public static List<PetStatus> documented() {
        return List.of(AVAILABLE, PENDING, SOLD);
    }

    /** The documented values, and UNKNOWN for any other. */
    public enum Known {
        AVAILABLE,
        PENDING,
        SOLD,
        /** A value the docs do not list. */
        UNKNOWN
    }
}
