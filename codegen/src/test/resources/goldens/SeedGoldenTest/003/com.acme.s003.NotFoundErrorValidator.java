package com.acme.s003;

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
 * <p>Source: 003_e872a38cc95d17c8.txt, line 3.
 */
@SuppressWarnings("deprecation")
@Generated(
        value = "dev.docpoet.processor.ApiDocsProcessor",
        comments = "Source: 003_e872a38cc95d17c8.txt"
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
        check(value, "", out);
        return Collections.unmodifiableList(out);
    }

    private static void check(NotFoundError v, String path, List<Violation> out) {
        if (v.error() == null) {
            out.add(Violation.required(path + "/error"));
        } else {
            check(v.error(), path + "/error", out);
        }
    }

    private static void check(NotFoundError.ErrorInfo v, String path, List<Violation> out) {
        if (v.type() == null) {
            out.add(Violation.required(path + "/type"));
        } else {
            if (!NotFoundError.ErrorInfo.TYPE.equals(v.type())) {
                out.add(Violation.unknownEnumValue(path + "/type", v.type(), "[invalid_request_error]"));
            }
        }
        if (v.code() == null) {
            out.add(Violation.required(path + "/code"));
        } else {
            if (!NotFoundError.ErrorInfo.CODE.equals(v.code())) {
                out.add(Violation.unknownEnumValue(path + "/code", v.code(), "[conversation_not_found]"));
            }
        }
        if (v.message() == null) {
            out.add(Violation.required(path + "/message"));
        }
        if (v.status() == null) {
            out.add(Violation.required(path + "/status"));
        } else {
            if (!NotFoundError.ErrorInfo.STATUS.equals(v.status())) {
                out.add(Violation.unknownEnumValue(path + "/status", v.status(), "[404]"));
            }
        }
    }
}
