package dev.docpoet.codegen;

import dev.docpoet.codegen.Plans.RecordPlan;
import java.util.List;

/**
 * The prose of generated Javadoc that plans only state as facts: what bodies a record reads, what field a nested type
 * is for, which variant a union's record is. Escaped and ready for a writer.
 */
final class DocText {
    /** How many bodies a record's Javadoc names before it only counts the rest. */
    private static final int BODIES_SHOWN = 8;

    private DocText() {}

    /** A record's Javadoc, before its {@code @param} tags. */
    static String of(RecordPlan plan) {
        Plans.RecordDoc doc = plan.doc();
        if (doc instanceof Plans.BodiesDoc b) return bodies(b.uses(), plan);
        if (doc instanceof Plans.FieldDoc f) return field(f);
        if (doc instanceof Plans.ComponentDoc c) {
            // a page's entity (an attribute-heading page, a GFM page's schema section) is the docs', not a spec's
            boolean page = c.sourceLabel().matches("(?i).*\\.(md|mdx|markdown|txt)");
            String what = page ? "The {@code " + Javadocs.escape(c.name()) + "} entity of the docs, one type wherever they use it."
                    : "The {@code " + Javadocs.escape(c.name()) + "} schema of the spec, one type wherever the spec uses it.";
            String description = c.descriptionMarkdown().isBlank() ? "" : Javadocs.markdown(c.descriptionMarkdown()) + "\n\n<p>";
            return description + what + "\n\n<p>" + Javadocs.source(c.sourceLabel(), c.location()) + "\n";
        }
        Plans.VariantDoc v = (Plans.VariantDoc) doc;
        return "The {@code " + Javadocs.escape(v.value()) + "} variant of {@link " + v.unionName() + "}: {@code "
                + Javadocs.escape(v.discriminator()) + "} is {@code " + Javadocs.escape(v.value()) + "}.";
    }

    /** A type nested for a field: the field's description, then where it is documented. */
    static String field(Plans.FieldDoc f) {
        return Javadocs.block(f.descriptionMarkdown(), f.sourceLabel(), f.location()).toString();
    }

    /** "Body of a 200 response to {@code GET /x} (Title)." for each use, one paragraph each, then the source. */
    private static String bodies(List<BodyUse> uses, RecordPlan plan) {
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        for (BodyUse u : uses) {
            if (shown == BODIES_SHOWN) {
                sb.append("<p>And ").append(uses.size() - BODIES_SHOWN).append(" more bodies of the same shape.\n\n");
                break;
            }
            if (shown > 0) sb.append("<p>Also the ");
            String code = "{@code " + Javadocs.escape(u.endpoint().signature()) + "}";
            String what = u.status() == null ? "body of a " + code + " request"
                    : "body of " + (u.array() ? "each item of " : "") + "a " + u.status() + " response to " + code;
            sb.append(shown == 0 ? Character.toUpperCase(what.charAt(0)) + what.substring(1) : what);
            String title = u.endpoint().title();
            if (title != null && !title.isBlank()) sb.append(" (").append(Javadocs.markdown(title.strip())).append(')');
            sb.append(".\n\n");
            shown++;
        }
        // the body's own file: a page that points at a spec has its fields from the spec
        sb.append("<p>").append(Javadocs.source(plan.sourceLabel(), plan.location())).append('\n');
        return sb.toString();
    }
}
