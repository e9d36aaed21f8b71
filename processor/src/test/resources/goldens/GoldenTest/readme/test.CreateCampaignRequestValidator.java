package test;

import dev.docpoet.runtime.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * Checks {@link CreateCampaignRequest} values against what the docs say of them: required values, documented enum values
 * and string formats, in nested records and lists too.
 *
 * <p>Source: blocks/readme/campaigns.md, line 149.
 */
@Generated(
        value = "dev.docpoet.processor.ApiDocsProcessor",
        comments = "Source: blocks/readme/campaigns.md"
)
@NullMarked
public final class CreateCampaignRequestValidator {
    private CreateCampaignRequestValidator() {
    }

    /**
     * Every violation of the documented contract in {@code value}, in field order; empty when it conforms.
     */
    public static List<Violation> validate(CreateCampaignRequest value) {
        List<Violation> out = new ArrayList<>();
        CreateCampaignRequest.check(value, "", out);
        return Collections.unmodifiableList(out);
    }
}
