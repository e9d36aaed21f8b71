package dev.docpoet.parse.internal.infer;

import dev.docpoet.parse.internal.FieldNode;
import dev.docpoet.parse.internal.Kind;
import dev.docpoet.spec.Dialect;
import dev.docpoet.spec.ParserCode;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an inference's warning says besides what it inferred: how to pin the type in the page, in the page's own
 * dialect, and how to silence the warning. Every inference that chooses or changes a type is a warning (issue 17).
 */
final class Hints {
    private final Dialect dialect;
    /** The nodes of bodies whose fields the page cannot document (a Mintlify page's error bodies): only silencing helps. */
    private final Set<FieldNode> undocumentable = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean inDocumentableBody = true;

    Hints(Dialect dialect) {
        this.dialect = dialect;
    }

    /**
     * Whether a page of this dialect can document the fields of a body: Mintlify's {@code <ResponseField>}s describe the
     * 200 response and {@code <ParamField body>}s the request, so any other body of it is known only from its example;
     * GitBook's {@code swagger-parameter}s describe the request only.
     */
    boolean canDocument(boolean request, @Nullable String status) {
        // a GitBook page documents parameters only: its responses are examples
        if (dialect == Dialect.GITBOOK_MARKDOWN) return request;
        return dialect != Dialect.MINTLIFY_MDX || request || "200".equals(status);
    }

    /** Inference of one body begins: the hints of what it finds suit that body. */
    void enterBody(boolean documentable) {
        inDocumentableBody = documentable;
    }

    /** Inference of a body ends: its nodes, now all there, keep whether the page can document them. */
    void leaveBody(FieldNode root) {
        if (!inDocumentableBody) undocumentable.addAll(root.preorder());
        inDocumentableBody = true;
    }

    /** The hint: {@code pin} (how to state the type in the page) where the page can, then how to silence {@code code}. */
    String pinOrSilence(FieldNode about, String pin, ParserCode code) {
        return inDocumentableBody && !undocumentable.contains(about) ? pinOrSilence(pin, code) : silence(code);
    }

    /**
     * How {@code n} is given {@code type} on this page, keeping what else its type says: {@code type="date-time | null"},
     * or Redocly's {@code (date-time,null, required)}. A map type takes no {@code null} (the expression would not read).
     */
    String type(String type, FieldNode n) {
        boolean nullable = n.nullable && !type.startsWith("map ");
        if (dialect == Dialect.REDOCLY_MARKDOWN) {
            return "(" + type + (nullable ? ",null" : "") + (n.required ? ", required" : "") + ")";
        }
        if (dialect == Dialect.GFM_TABLES) return "`" + type + (nullable ? "|null" : "") + "` in the Type column";
        if (dialect == Dialect.ATTRIBUTE_HEADINGS) return "**Type:** " + type + (nullable ? " or null" : "");
        return "type=\"" + type + (nullable ? " | null" : "") + "\"";
    }

    /** How {@code n} is given a closed enum of {@code values} on this page (the first few of them). */
    String enumType(List<String> values, FieldNode n) {
        List<String> shown = values.stream().limit(3).map(v -> "\"" + v + "\"").toList();
        if (dialect == Dialect.REDOCLY_MARKDOWN) return "Enum: " + String.join(", ", shown) + (values.size() > 3 ? ", …" : "");
        if (dialect == Dialect.GFM_TABLES) return "`" + String.join(" \\| ", shown) + (values.size() > 3 ? " \\| …" : "") + "` in the Type column";
        if (dialect == Dialect.ATTRIBUTE_HEADINGS) {
            return "a `value` = meaning line per value under **Type:** (" + String.join(", ", values.stream().limit(3).toList()) + ")";
        }
        return "type='" + String.join(" | ", shown) + (values.size() > 3 ? " | …" : "") + (n.nullable ? " | null" : "") + "'";
    }

    /** The hint for a type stated as {@code written}: on a field the page documents, or by documenting an inferred one. */
    String pinType(FieldNode n, String written, ParserCode code) {
        return pinOrSilence(n, (n.origin.inferred() ? "document it with " : "pin it with ") + written, code);
    }

    private static String pinOrSilence(String pin, ParserCode code) {
        return pin + ", or " + silence(code);
    }

    /** How to silence {@code code}: the {@code @SuppressWarnings} value every front end takes. */
    static String silence(ParserCode code) {
        return "silence it with @SuppressWarnings(\"docpoet:" + code.id() + "\")";
    }

    /** A field's inferred type in words, as a page would write it: {@code string}, {@code array of integer}, {@code map}. */
    static String describe(FieldNode n) {
        if (n.map) return "map";
        if (n.kind == Kind.ARRAY) {
            Kind item = n.itemKind;
            return item == Kind.UNSPECIFIED || item == Kind.ANY ? "array" : "array of " + word(item);
        }
        return word(n.kind);
    }

    private static String word(Kind k) {
        return k == Kind.UNSPECIFIED ? "any" : k.name().toLowerCase(Locale.ROOT);
    }
}
