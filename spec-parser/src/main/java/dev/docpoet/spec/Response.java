package dev.docpoet.spec;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One documented response: an HTTP status ({@code 200}, {@code 404}, {@code default}), its body, if any, and the names
 * of the response headers the docs give ({@code Link}, {@code X-RateLimit-Remaining}).
 *
 * @param headers the documented header names, in the docs' order, each once whatever its case; only the names are
 *     modeled (a header's schema and description are not)
 */
public record Response(String status, @Nullable Body body, SourceLocation location, List<String> headers) {
    public Response {
        List<String> seen = new ArrayList<>();
        for (String h : headers) {
            // header names are case-insensitive (RFC 9110): the first spelling the docs give is kept
            if (seen.stream().noneMatch(h::equalsIgnoreCase)) seen.add(h);
        }
        headers = List.copyOf(seen);
    }

    /** A response that documents no header. */
    public Response(String status, @Nullable Body body, SourceLocation location) {
        this(status, body, location, List.of());
    }

    /** Whether the docs give a response header of this name ({@code link} finds {@code Link}). */
    public boolean documentsHeader(String name) {
        return headers.stream().anyMatch(name::equalsIgnoreCase);
    }

    /** Whether this status documents an error (4xx, 5xx or {@code default}). */
    public boolean isError() {
        return Statuses.isError(status);
    }

    /** Whether this status is a 2xx. */
    public boolean isSuccess() {
        return Statuses.isSuccess(status);
    }
}
