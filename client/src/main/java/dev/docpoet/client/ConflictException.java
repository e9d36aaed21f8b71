package dev.docpoet.client;

import java.net.http.HttpHeaders;
import org.jspecify.annotations.Nullable;

/**
 * 409 Conflict: the request clashes with the current state of what it changes (made twice, changed meanwhile). The
 * body is in {@link #rawBody()}, and in {@link #error(Class)} when the docs give one for the status.
 */
public class ConflictException extends ApiException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String request, HttpHeaders headers, byte[] body, @Nullable Object error, String reason) {
        super(request, 409, headers, body, error, reason, null);
    }
}
