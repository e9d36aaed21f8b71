package dev.docpoet.client;

import java.net.http.HttpHeaders;
import org.jspecify.annotations.Nullable;

/**
 * A 5xx status, after the retries the policy allows: the server failed (500), or a gateway or the service is down or
 * overloaded (502, 503, 504); {@link #status()} says which. The body is in {@link #rawBody()}, and in
 * {@link #error(Class)} when the docs give one for the status.
 */
public class InternalServerException extends ApiException {
    private static final long serialVersionUID = 1L;

    public InternalServerException(String request, int status, HttpHeaders headers, byte[] body, @Nullable Object error,
            String reason) {
        super(request, checked(status), headers, body, error, reason, null);
    }

    private static int checked(int status) {
        if (status < 500 || status > 599) throw new IllegalArgumentException("not a 5xx status: " + status);
        return status;
    }
}
