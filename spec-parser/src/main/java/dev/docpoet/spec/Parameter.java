package dev.docpoet.spec;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/** A path, query, header or cookie parameter of an endpoint. */
public record Parameter(
        String name,
        ParameterLocation in,
        Schema schema,
        boolean required,
        boolean nullable,
        String description,
        @Nullable JsonNode defaultValue,
        @Nullable JsonNode example,
        boolean deprecated,
        SourceLocation location) {}
