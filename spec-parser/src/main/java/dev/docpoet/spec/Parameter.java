package dev.docpoet.spec;

import org.jspecify.annotations.Nullable;

/**
 * A path, query, header or cookie parameter of an endpoint.
 *
 * @param style how an array or object value is serialized, as OpenAPI names it: {@code form} for query and cookie,
 *     {@code simple} for path and header, unless the doc says otherwise
 * @param explode whether array items repeat the name ({@code ?tag=a&tag=b}) rather than join with commas
 *     ({@code ?tag=a,b}); false when the doc says "comma-separated"
 */
public record Parameter(
        String name,
        ParameterLocation in,
        Schema schema,
        boolean required,
        boolean nullable,
        String description,
        @Nullable JsonValue defaultValue,
        @Nullable JsonValue example,
        boolean deprecated,
        String style,
        boolean explode,
        SourceLocation location) {}
