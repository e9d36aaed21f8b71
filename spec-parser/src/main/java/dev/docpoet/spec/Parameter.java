package dev.docpoet.spec;

import org.jspecify.annotations.Nullable;

/** A path, query, header or cookie parameter of an endpoint. */
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
        SourceLocation location) {}
