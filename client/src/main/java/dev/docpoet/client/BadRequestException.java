package dev.docpoet.client;

import java.net.http.HttpHeaders;
import org.jspecify.annotations.Nullable;

/**
 * 400 Bad Request: the server refused the request as malformed or invalid; sent again as it is, it would be refused
 * again. The body is in {@link #rawBody()}, and in {@link #error(Class)} when the docs give one for the status.
 */
public class BadRequestException extends ApiException {
    private static final long serialVersionUID = 1L;

    public BadRequestException(String request, HttpHeaders headers, byte[] body, @Nullable Object error, String reason) {
        super(request, 400, headers, body, error, reason, null);
    }
}
