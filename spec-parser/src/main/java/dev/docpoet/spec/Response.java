package dev.docpoet.spec;

import org.jspecify.annotations.Nullable;

/** One documented response: an HTTP status ({@code 200}, {@code 404}, {@code default}) and its body, if any. */
public record Response(String status, @Nullable Body body, SourceLocation location) {

    /** Whether this status documents an error (4xx, 5xx or {@code default}). */
    public boolean isError() {
        return status.equals("default") || status.startsWith("4") || status.startsWith("5");
    }

    public boolean isSuccess() {
        return status.startsWith("2");
    }
}
