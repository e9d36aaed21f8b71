package dev.docpoet.client;

import java.net.http.HttpHeaders;
import org.jspecify.annotations.Nullable;

/**
 * 403 Forbidden: the credentials were accepted, but they do not allow this request. The body is in {@link
 * #rawBody()}, and in {@link #error(Class)} when the docs give one for the status.
 */
public class PermissionDeniedException extends ApiException {
    private static final long serialVersionUID = 1L;

    public PermissionDeniedException(String request, HttpHeaders headers, byte[] body, @Nullable Object error, String reason) {
        super(request, 403, headers, body, error, reason, null);
    }
}
