package test;

import dev.docpoet.runtime.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * Checks {@link CreateStoreOrderRequest} values against what the docs say of them: required values, documented enum values
 * and string formats, in nested records and lists too.
 *
 * <p>Source: blocks/docusaurus/place-order.api.mdx, line 44.
 */
@Generated(
        value = "dev.docpoet.processor.ApiDocsProcessor",
        comments = "Source: blocks/docusaurus/place-order.api.mdx"
)
@NullMarked
public final class CreateStoreOrderRequestValidator {
    private CreateStoreOrderRequestValidator() {
    }

    /**
     * Every violation of the documented contract in {@code value}, in field order; empty when it conforms.
     */
    public static List<Violation> validate(CreateStoreOrderRequest value) {
        List<Violation> out = new ArrayList<>();
        CreateStoreOrderRequest.check(value, "", out);
        return Collections.unmodifiableList(out);
    }
}
