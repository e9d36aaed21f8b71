package test;

import dev.docpoet.runtime.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * Checks {@link Comment} values against what the docs say of them: required values, documented enum values
 * and string formats, in nested records and lists too.
 *
 * <p>Source: attributes/entities/Ticket.md, line 133.
 */
@Generated(
        value = "dev.docpoet.processor.ApiDocsProcessor",
        comments = "Source: attributes/entities/Ticket.md"
)
@NullMarked
public final class CommentValidator {
    private CommentValidator() {
    }

    /**
     * Every violation of the documented contract in {@code value}, in field order; empty when it conforms.
     */
    public static List<Violation> validate(Comment value) {
        List<Violation> out = new ArrayList<>();
        Comment.check(value, "", out);
        return Collections.unmodifiableList(out);
    }
}
