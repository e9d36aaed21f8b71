package dev.docpoet.client;

import java.net.http.HttpHeaders;
import org.jspecify.annotations.Nullable;

/**
 * 422 Unprocessable Entity: the request was well formed, but the server refused what it holds (a validation error).
 * The body is in {@link #rawBody()}, and in {@link #error(Class)} when the docs give one for the status.
 */
public class UnprocessableEntityException extends ApiException {
    private static final long serialVersionUID = 1L;

    public UnprocessableEntityException(String request, HttpHeaders headers, byte[] body, @Nullable Object error, String reason) {
        super(request, 422, headers, body, error, reason, null);
    }
}
