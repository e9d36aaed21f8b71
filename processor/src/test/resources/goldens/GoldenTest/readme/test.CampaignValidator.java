package test;

import dev.docpoet.runtime.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * Checks {@link Campaign} values against what the docs say of them: required values, documented enum values
 * and string formats, in nested records and lists too.
 *
 * <p>Source: blocks/readme/campaigns.md, line 70.
 */
@Generated(
        value = "dev.docpoet.processor.ApiDocsProcessor",
        comments = "Source: blocks/readme/campaigns.md"
)
@NullMarked
public final class CampaignValidator {
    private CampaignValidator() {
    }

    /**
     * Every violation of the documented contract in {@code value}, in field order; empty when it conforms.
     */
    public static List<Violation> validate(Campaign value) {
        List<Violation> out = new ArrayList<>();
        Campaign.check(value, "", out);
        return Collections.unmodifiableList(out);
    }
}
