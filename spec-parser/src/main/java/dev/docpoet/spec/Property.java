package dev.docpoet.spec;

import org.jspecify.annotations.Nullable;

/**
 * One named member of an object: its wire name, schema, what the doc says of it, and where it said so.
 *
 * @param name the wire name exactly as the doc writes it
 * @param description the description as plain text, whitespace normalised
 * @param descriptionMarkdown the description as the page wrote it (markdown: paragraphs, lists, code), for rendering
 * @param defaultValue the documented default, as JSON
 * @param example the documented example value, as JSON
 * @param nullInExample whether the doc's example gives this property as {@code null}: the API sends nulls for it
 */
public record Property(
        String name,
        Schema schema,
        boolean required,
        boolean nullable,
        String description,
        String descriptionMarkdown,
        @Nullable JsonValue defaultValue,
        @Nullable JsonValue example,
        boolean deprecated,
        Origin origin,
        boolean nullInExample,
        SourceLocation location) {

    /** This property with another schema and nullness (a field several union variants share, widened to all of them). */
    public Property withSchema(Schema schema, boolean nullable) {
        return schema.equals(this.schema) && nullable == this.nullable ? this : new Property(name, schema, required, nullable, description,
                descriptionMarkdown, defaultValue, example, deprecated, origin, nullInExample, location);
    }

    /** This property, required or not; itself when it already is so. */
    public Property withRequired(boolean required) {
        return required == this.required ? this : new Property(name, schema, required, nullable, description, descriptionMarkdown,
                defaultValue, example, deprecated, origin, nullInExample, location);
    }
}
