package com.acme.s003;

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
 * <p>Source: 003_e872a38cc95d17c8.txt, line 1.
 */
@SuppressWarnings("deprecation")
@Generated(
        value = "dev.docpoet.processor.ApiDocsProcessor",
        comments = "Source: 003_e872a38cc95d17c8.txt"
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
        check(value, "", out);
        return Collections.unmodifiableList(out);
    }

    private static void check(Conversation v, String path, List<Violation> out) {
        if (v.object() == null) {
            out.add(Violation.required(path + "/object"));
        } else {
            if (!Conversation.OBJECT.equals(v.object())) {
                out.add(Violation.unknownEnumValue(path + "/object", v.object(), "[conversation]"));
            }
        }
        if (v.id() == null) {
            out.add(Violation.required(path + "/id"));
        }
        if (v.state() == null) {
            out.add(Violation.required(path + "/state"));
        } else {
            if (!v.state().isKnown()) {
                out.add(Violation.unknownEnumValue(path + "/state", v.state().value(), "[open, closed, snoozed]"));
            }
        }
        if (v.isBlocked() == null) {
            out.add(Violation.required(path + "/isBlocked"));
        }
        if (v.priority() == null) {
            out.add(Violation.required(path + "/priority"));
        }
        if (v.userPreferredLanguage() == null) {
            out.add(Violation.required(path + "/userPreferredLanguage"));
        }
        if (v.source() != null) {
            check(v.source(), path + "/source", out);
        }
        if (v.participants() == null) {
            out.add(Violation.required(path + "/participants"));
        } else {
            for (int i = 0; i < v.participants().size(); i++) {
                var e = v.participants().get(i);
                if (e != null) {
                    check(e, path + "/participants/" + i, out);
                }
            }
        }
        if (v.botConversationState() != null) {
            if (!v.botConversationState().isKnown()) {
                out.add(Violation.unknownEnumValue(path + "/botConversationState", v.botConversationState().value(), "[active, handed_off_to_human, resolved]"));
            }
        }
        if (v.createdAt() == null) {
            out.add(Violation.required(path + "/createdAt"));
        }
        if (v.updatedAt() == null) {
            out.add(Violation.required(path + "/updatedAt"));
        }
        if (v.readReceipts() != null) {
            for (int i = 0; i < v.readReceipts().size(); i++) {
                var e = v.readReceipts().get(i);
                if (e != null) {
                    check(e, path + "/readReceipts/" + i, out);
                }
            }
        }
        if (v.conversationParts() != null) {
            for (int i = 0; i < v.conversationParts().size(); i++) {
                var e = v.conversationParts().get(i);
                if (e != null) {
                    check(e, path + "/conversationParts/" + i, out);
                }
            }
        }
    }

    private static void check(Conversation.Source v, String path, List<Violation> out) {
        if (v.channel() == null) {
            out.add(Violation.required(path + "/channel"));
        } else {
            if (!v.channel().isKnown()) {
                out.add(Violation.unknownEnumValue(path + "/channel", v.channel().value(), "[unknown, desktop, android, ios, email]"));
            }
        }
        if (v.deliveredAs() != null) {
            if (!v.deliveredAs().isKnown()) {
                out.add(Violation.unknownEnumValue(path + "/deliveredAs", v.deliveredAs().value(), "[customer_initiated, admin_initiated]"));
            }
        }
        if (v.bodyHtml() == null) {
            out.add(Violation.required(path + "/bodyHtml"));
        }
        if (v.bodyMarkdown() == null) {
            out.add(Violation.required(path + "/bodyMarkdown"));
        }
        if (v.author() != null) {
            check(v.author(), path + "/author", out);
        }
    }

    private static void check(Conversation.Source.Author v, String path, List<Violation> out) {
        if (v.type() == null) {
            out.add(Violation.required(path + "/type"));
        } else {
            if (!v.type().isKnown()) {
                out.add(Violation.unknownEnumValue(path + "/type", v.type().value(), "[customer, lead, admin, bot, guest, integration]"));
            }
        }
        if (v.id() == null) {
            out.add(Violation.required(path + "/id"));
        }
    }

    private static void check(Conversation.Participant v, String path, List<Violation> out) {
        if (v.type() != null) {
            if (!v.type().isKnown()) {
                out.add(Violation.unknownEnumValue(path + "/type", v.type().value(), "[customer, lead, admin, bot, guest, integration]"));
            }
        }
    }

    private static void check(Conversation.ReadReceipt v, String path, List<Violation> out) {
        if (v.id() == null) {
            out.add(Violation.required(path + "/id"));
        }
        if (v.userType() == null) {
            out.add(Violation.required(path + "/userType"));
        } else {
            if (!v.userType().isKnown()) {
                out.add(Violation.unknownEnumValue(path + "/userType", v.userType().value(), "[admin, customer, lead]"));
            }
        }
        if (v.lastReadPartId() == null) {
            out.add(Violation.required(path + "/lastReadPartId"));
        }
    }

    private static void check(Conversation.ConversationPart v, String path, List<Violation> out) {
        if (v.author() != null) {
            check(v.author(), path + "/author", out);
        }
        if (v.channel() != null) {
            if (!v.channel().isKnown()) {
                out.add(Violation.unknownEnumValue(path + "/channel", v.channel().value(), "[unknown, desktop, android, ios, email]"));
            }
        }
    }

    private static void check(Conversation.ConversationPart.Author v, String path,
            List<Violation> out) {
        if (v.type() != null) {
            if (!v.type().isKnown()) {
                out.add(Violation.unknownEnumValue(path + "/type", v.type().value(), "[customer, lead, admin, bot, guest, integration]"));
            }
        }
    }
}
