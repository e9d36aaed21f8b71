package test;

import dev.docpoet.runtime.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * Checks {@link CancelOrderResponse} values against what the docs say of them: required values, documented enum values
 * and string formats, in nested records and lists too.
 *
 * <p>Source: shop/cancel-order.md, line 1.
 */
@Generated(
        value = "dev.docpoet.processor.ApiDocsProcessor",
        comments = "Source: shop/cancel-order.md"
)
@NullMarked
public final class CancelOrderResponseValidator {
    private CancelOrderResponseValidator() {
    }

    /**
     * Every violation of the documented contract in {@code value}, in field order; empty when it conforms.
     */
    public static List<Violation> validate(CancelOrderResponse value) {
        List<Violation> out = new ArrayList<>();
        CancelOrderResponse.check(value, "", out);
        return Collections.unmodifiableList(out);
    }
}
