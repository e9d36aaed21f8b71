package test;

import dev.docpoet.runtime.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * Checks {@link NotFoundError} values against what the docs say of them: required values, documented enum values
 * and string formats, in nested records and lists too.
 *
 * <p>Source: attributes/methods/tickets.md, line 52.
 */
@Generated(
        value = "dev.docpoet.processor.ApiDocsProcessor",
        comments = "Source: attributes/methods/tickets.md"
)
@NullMarked
public final class NotFoundErrorValidator {
    private NotFoundErrorValidator() {
    }

    /**
     * Every violation of the documented contract in {@code value}, in field order; empty when it conforms.
     */
    public static List<Violation> validate(NotFoundError value) {
        List<Violation> out = new ArrayList<>();
        NotFoundError.check(value, "", out);
        return Collections.unmodifiableList(out);
    }
}
