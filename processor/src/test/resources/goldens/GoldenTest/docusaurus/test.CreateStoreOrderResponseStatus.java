package test;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.docpoet.runtime.OpenEnum;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * Values documented: placed, approved, delivered. Any other value is kept as it is: {@link #isKnown()}
 * is then false and {@link #known()} is {@link Known#UNKNOWN}.
 *
 * <p>Source: blocks/docusaurus/place-order.api.mdx, line 52.
 */
@Generated(value = "dev.docpoet.processor.ApiDocsProcessor", comments = "Source: blocks/docusaurus/place-order.api.mdx")
@NullMarked
public final class CreateStoreOrderResponseStatus extends OpenEnum<String, CreateStoreOrderResponseStatus.Known> {
    public static final CreateStoreOrderResponseStatus PLACED = new CreateStoreOrderResponseStatus("placed", Known.PLACED);
    public static final CreateStoreOrderResponseStatus APPROVED = new CreateStoreOrderResponseStatus("approved", Known.APPROVED);
    public static final CreateStoreOrderResponseStatus DELIVERED = new CreateStoreOrderResponseStatus("delivered", Known.DELIVERED);

    private CreateStoreOrderResponseStatus(String value, Known known) {
        super(value, known, Known.UNKNOWN);
    }

    /** The constant for a documented value, or a value that keeps an undocumented one. */
    @JsonCreator
    public static CreateStoreOrderResponseStatus of(String value) {
        Objects.requireNonNull(value, "value");
        return switch (value) {
            case "placed" -> PLACED;
            case "approved" -> APPROVED;
            case "delivered" -> DELIVERED;
            default -> new CreateStoreOrderResponseStatus(value, Known.UNKNOWN);
        };
    }

    /** Every documented value, in doc order. */
    public static List<CreateStoreOrderResponseStatus> documented() {
        return List.of(PLACED, APPROVED, DELIVERED);
    }

    /** The documented values, and UNKNOWN for any other. */
    public enum Known {
        PLACED,
        APPROVED,
        DELIVERED,
        /** A value the docs do not list. */
        UNKNOWN
    }
}
