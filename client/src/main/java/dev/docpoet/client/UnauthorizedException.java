package dev.docpoet.client;

import java.net.http.HttpHeaders;
import org.jspecify.annotations.Nullable;

/**
 * 401 Unauthorized: the server did not accept the credentials, or got none; check the token or key the client was
 * built with. The body is in {@link #rawBody()}, and in {@link #error(Class)} when the docs give one for the status.
 */
public class UnauthorizedException extends ApiException {
    private static final long serialVersionUID = 1L;

    public UnauthorizedException(String request, HttpHeaders headers, byte[] body, @Nullable Object error, String reason) {
        super(request, 401, headers, body, error, reason, null);
    }
}
