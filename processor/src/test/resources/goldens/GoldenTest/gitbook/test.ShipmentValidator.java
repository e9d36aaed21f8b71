package test;

import dev.docpoet.runtime.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * Checks {@link Shipment} values against what the docs say of them: required values, documented enum values
 * and string formats, in nested records and lists too.
 *
 * <p>Source: blocks/gitbook/shipments.md, line 14.
 */
@Generated(
        value = "dev.docpoet.processor.ApiDocsProcessor",
        comments = "Source: blocks/gitbook/shipments.md"
)
@NullMarked
public final class ShipmentValidator {
    private ShipmentValidator() {
    }

    /**
     * Every violation of the documented contract in {@code value}, in field order; empty when it conforms.
     */
    public static List<Violation> validate(Shipment value) {
        List<Violation> out = new ArrayList<>();
        Shipment.check(value, "", out);
        return Collections.unmodifiableList(out);
    }
}
