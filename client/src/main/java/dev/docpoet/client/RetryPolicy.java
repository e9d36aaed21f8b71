package dev.docpoet.client;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how a client sends a request again: on a connection failure or timeout, and on 408, 429 and 5xx; with
 * exponential backoff and jitter, or after the server's {@code Retry-After} (seconds or an HTTP date) up to a cap.
 * Only idempotent methods are retried, unless the docs give the endpoint an idempotency-key header (the client then
 * sends one key for all attempts) or {@link #retryNonIdempotent(boolean)} says so.
 *
 * @param maxRetries retries after the first attempt (default 2)
 * @param initialDelay the first backoff (default 500 ms), doubled each time
 * @param maxDelay the longest backoff (default 8 s)
 * @param maxRetryAfter the longest wait a {@code Retry-After} may ask for (default 60 s); a longer one is cut to this
 * @param retryNonIdempotent whether POST and PATCH are retried too
 */
public record RetryPolicy(int maxRetries, Duration initialDelay, Duration maxDelay, Duration maxRetryAfter, boolean retryNonIdempotent) {
    public RetryPolicy {
        if (maxRetries < 0) throw new IllegalArgumentException("maxRetries must be 0 or more, not " + maxRetries);
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        if (initialDelay.isNegative() || maxDelay.isNegative() || maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("retry delays must not be negative");
        }
    }

    /** Two retries, 500 ms doubling up to 8 s, {@code Retry-After} up to 60 s, idempotent requests only. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(2, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(60), false);
    }

    /** Every request is sent once. */
    public static RetryPolicy none() {
        return defaults().maxRetries(0);
    }

    public RetryPolicy maxRetries(int n) {
        return new RetryPolicy(n, initialDelay, maxDelay, maxRetryAfter, retryNonIdempotent);
    }

    public RetryPolicy backoff(Duration initial, Duration max) {
        return new RetryPolicy(maxRetries, initial, max, maxRetryAfter, retryNonIdempotent);
    }

    public RetryPolicy maxRetryAfter(Duration cap) {
        return new RetryPolicy(maxRetries, initialDelay, maxDelay, cap, retryNonIdempotent);
    }

    public RetryPolicy retryNonIdempotent(boolean retry) {
        return new RetryPolicy(maxRetries, initialDelay, maxDelay, maxRetryAfter, retry);
    }

    /** Whether a response with this status is worth another attempt. */
    static boolean retryable(int status) {
        return status == 408 || status == 429 || status >= 500 && status <= 599;
    }

    /** The backoff before retry {@code retry} (1 for the first): full delay doubled, less up to a quarter of jitter. */
    Duration backoff(int retry, double random) {
        long base = initialDelay.toMillis();
        long millis = base <= 0 ? 0 : Math.min(maxDelay.toMillis(), base << Math.min(retry - 1, 20));
        return Duration.ofMillis((long) (millis * (1 - 0.25 * random)));
    }
}
