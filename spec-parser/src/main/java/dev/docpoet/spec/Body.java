package dev.docpoet.spec;

import org.jspecify.annotations.Nullable;

/**
 * A request or response payload: its media type, its schema (absent when the doc documents none) and the
 * doc's example.
 */
public record Body(String contentType, @Nullable Schema schema, @Nullable JsonValue example, SourceLocation location) {}
