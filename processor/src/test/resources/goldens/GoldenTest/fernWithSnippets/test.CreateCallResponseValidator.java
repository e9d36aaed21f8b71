package test;

import dev.docpoet.runtime.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * Checks {@link CreateCallResponse} values against what the docs say of them: required values, documented enum values
 * and string formats, in nested records and lists too.
 *
 * <p>Source: blocks/fern/pages/create-call.mdx, line 35.
 */
@Generated(
        value = "dev.docpoet.processor.ApiDocsProcessor",
        comments = "Source: blocks/fern/pages/create-call.mdx"
)
@NullMarked
public final class CreateCallResponseValidator {
    private CreateCallResponseValidator() {
    }

    /**
     * Every violation of the documented contract in {@code value}, in field order; empty when it conforms.
     */
    public static List<Violation> validate(CreateCallResponse value) {
        List<Violation> out = new ArrayList<>();
        CreateCallResponse.check(value, "", out);
        return Collections.unmodifiableList(out);
    }
}
