package dev.docpoet.client;

import java.net.http.HttpHeaders;
import org.jspecify.annotations.Nullable;

/**
 * 404 Not Found: what the request names does not exist, or is not visible with these credentials. The body is in
 * {@link #rawBody()}, and in {@link #error(Class)} when the docs give one for the status.
 */
public class NotFoundException extends ApiException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String request, HttpHeaders headers, byte[] body, @Nullable Object error, String reason) {
        super(request, 404, headers, body, error, reason, null);
    }
}
