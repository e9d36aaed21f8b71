package dev.docpoet.client;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * 429 Too Many Requests, after the retries the policy allows: the server asks the client to slow down, and
 * {@link #retryAfter()} says for how long when it tells. The body is in {@link #rawBody()}, and in
 * {@link #error(Class)} when the docs give one for the status.
 */
public class RateLimitException extends ApiException {
    private static final long serialVersionUID = 1L;

    public RateLimitException(String request, HttpHeaders headers, byte[] body, @Nullable Object error, String reason) {
        super(request, 429, headers, body, error, reason, null);
    }

    /** The wait the server's {@code Retry-After} asks for (seconds, or an HTTP date from now); empty without one. */
    public Optional<Duration> retryAfter() {
        return RetryAfter.parse(headers().firstValue("Retry-After"), Clock.systemUTC());
    }
}
