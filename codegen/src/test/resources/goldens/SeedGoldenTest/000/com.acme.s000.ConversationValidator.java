package com.acme.s000;

import dev.docpoet.runtime.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * Checks {@link Conversation} values against what the docs say of them: required values, documented enum values
 * and string formats, in nested records and lists too.
 *
 * <p>Source: 000_76523d98f8f1dbb7.txt, line 21.
 */
@Generated(
        value = "dev.docpoet.processor.ApiDocsProcessor",
        comments = "Source: 000_76523d98f8f1dbb7.txt"
)
@NullMarked
public final class ConversationValidator {
    private ConversationValidator() {
    }

    /**
     * Every violation of the documented contract in {@code value}, in field order; empty when it conforms.
     */
    public static List<Violation> validate(Conversation value) {
        List<Violation> out = new ArrayList<>();
        Conversation.check(value, "", out);
        return Collections.unmodifiableList(out);
    }
}
