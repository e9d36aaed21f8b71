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
@SuppressWarnings("deprecation")
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
        check(value, "", out);
        return Collections.unmodifiableList(out);
    }

    private static void check(CancelOrderResponse v, String path, List<Violation> out) {
        if (v.status() == null) {
            out.add(Violation.required(path + "/status"));
        } else {
            if (!CancelOrderResponse.STATUS.equals(v.status())) {
                out.add(Violation.unknownEnumValue(path + "/status", v.status(), "[cancelled]"));
            }
        }
        if (v.refund() != null) {
            check(v.refund(), path + "/refund", out);
        }
    }

    private static void check(CancelOrderResponse.Refund v, String path, List<Violation> out) {
    }
}
