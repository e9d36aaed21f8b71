package dev.docpoet.parse.internal;

/** A stretch of a page's prose and the offset it starts at. */
public record ProseSpan(String text, int offset) {}
