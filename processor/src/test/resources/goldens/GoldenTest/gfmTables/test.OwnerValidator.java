package test;

import dev.docpoet.runtime.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * Checks {@link Owner} values against what the docs say of them: required values, documented enum values
 * and string formats, in nested records and lists too.
 *
 * <p>Source: tables/pets.md, line 175.
 */
@Generated(
        value = "dev.docpoet.processor.ApiDocsProcessor",
        comments = "Source: tables/pets.md"
)
@NullMarked
public final class OwnerValidator {
    private OwnerValidator() {
    }

    /**
     * Every violation of the documented contract in {@code value}, in field order; empty when it conforms.
     */
    public static List<Violation> validate(Owner value) {
        List<Violation> out = new ArrayList<>();
        Owner.check(value, "", out);
        return Collections.unmodifiableList(out);
    }
}
