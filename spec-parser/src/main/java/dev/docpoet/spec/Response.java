package dev.docpoet.spec;

import org.jspecify.annotations.Nullable;

/** One documented response: an HTTP status ({@code 200}, {@code 404}, {@code default}) and its body, if any. */
public record Response(String status, @Nullable Body body, SourceLocation location) {

    /** Whether this status documents an error (4xx, 5xx or {@code default}). */
    public boolean isError() {
        return Statuses.isError(status);
    }

    /** Whether this status is a 2xx. */
    public boolean isSuccess() {
        return Statuses.isSuccess(status);
    }
}
