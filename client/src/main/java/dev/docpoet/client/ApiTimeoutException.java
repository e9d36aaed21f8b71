package dev.docpoet.client;

import java.time.Duration;

/**
 * No complete answer within the request timeout, on the last of the attempts the retry policy allows. The timeout
 * bounds each attempt from sending the request to the last byte of the response, so a server that answers slowly,
 * or drips its body, is given up on at the same point as one that never answers.
 */
public class ApiTimeoutException extends ApiConnectionException {
    private static final long serialVersionUID = 1L;
    private final Duration timeout;

    public ApiTimeoutException(String request, int attempts, Duration timeout, Throwable cause) {
        super(request, attempts, "no complete response within the request timeout of " + Printable.duration(timeout)
                + " (requestTimeout bounds each attempt, headers and body)", cause);
        this.timeout = timeout;
    }

    /** The request timeout each attempt had. */
    public Duration timeout() {
        return timeout;
    }
}
