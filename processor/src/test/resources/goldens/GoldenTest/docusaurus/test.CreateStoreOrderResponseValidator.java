package test;

import dev.docpoet.runtime.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * Checks {@link CreateStoreOrderResponse} values against what the docs say of them: required values, documented enum values
 * and string formats, in nested records and lists too.
 *
 * <p>Source: blocks/docusaurus/place-order.api.mdx, line 52.
 */
@Generated(
        value = "dev.docpoet.processor.ApiDocsProcessor",
        comments = "Source: blocks/docusaurus/place-order.api.mdx"
)
@NullMarked
public final class CreateStoreOrderResponseValidator {
    private CreateStoreOrderResponseValidator() {
    }

    /**
     * Every violation of the documented contract in {@code value}, in field order; empty when it conforms.
     */
    public static List<Violation> validate(CreateStoreOrderResponse value) {
        List<Violation> out = new ArrayList<>();
        CreateStoreOrderResponse.check(value, "", out);
        return Collections.unmodifiableList(out);
    }
}
