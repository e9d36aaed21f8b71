package dev.docpoet.spec;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A request or response payload: its media type, its schema (absent when the doc documents none) and the
 * doc's example. What the media type makes of the schema is {@link #kind()}: a JSON value; the data of each event of a
 * {@code text/event-stream}; the fields of a {@code multipart/form-data} or {@code application/x-www-form-urlencoded}
 * body (the properties of an object schema, a file where {@link #isFile} says so); or bytes or text.
 *
 * @param partContentTypes for a multipart body, the content type the docs give a field ({@code avatar} →
 *     {@code image/png}: OpenAPI's {@code encoding}), by field name; empty for other bodies
 * @param streamEnd for an event stream, the data that ends it where the docs show one ({@code [DONE]}); else null
 */
public record Body(String contentType, @Nullable Schema schema, @Nullable JsonValue example, SourceLocation location,
        Map<String, String> partContentTypes, @Nullable String streamEnd) {
    public Body {
        partContentTypes = java.util.Collections.unmodifiableMap(new TreeMap<>(partContentTypes));
    }

    public Body(String contentType, @Nullable Schema schema, @Nullable JsonValue example, SourceLocation location) {
        this(contentType, schema, example, location, Map.of(), null);
    }

    /** What the media type makes of the body. */
    public MediaKind kind() {
        return MediaKind.of(contentType);
    }

    /** This body with another example, everything else kept. */
    public Body withExample(@Nullable JsonValue other) {
        return new Body(contentType, schema, other, location, partContentTypes, streamEnd);
    }

    /** This body with another schema and example, at another place, its media type's details kept. */
    public Body with(@Nullable Schema otherSchema, @Nullable JsonValue otherExample, SourceLocation at) {
        return new Body(contentType, otherSchema, otherExample, at, partContentTypes, streamEnd);
    }

    /**
     * The fields of a form or multipart body: the properties of its object schema, in order; empty for another kind of
     * body or a schema that is no object.
     */
    public List<Property> fields() {
        return (kind() == MediaKind.MULTIPART || kind() == MediaKind.FORM) && schema instanceof Schema.ObjectSchema o ? o.properties() : List.of();
    }

    /**
     * Whether a field's value is a file: a string of format {@code binary} (OpenAPI's {@code type: string, format:
     * binary}, a 3.1 {@code contentMediaType}, a page's {@code file} type), or a list of them.
     */
    public static boolean isFile(Schema s) {
        if (s instanceof Schema.ArraySchema a) return isFile(a.items());
        return s instanceof Schema.StringSchema str && "binary".equals(str.format());
    }
}
