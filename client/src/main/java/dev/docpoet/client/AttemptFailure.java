package dev.docpoet.client;

import java.io.IOException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Why an attempt ended without a response to read, and so whether another attempt may help. The JDK wraps what a body
 * subscriber fails with, an {@link OutOfMemoryError} included, in an {@code IOException} (and an async send in a
 * {@code CompletionException}), so the whole cause chain is looked at: retrying on the outer {@code IOException} alone
 * once downloaded an oversized body three times.
 */
final class AttemptFailure {
    private enum Kind {
        /** Refused, reset, closed: another attempt may get through. */
        CONNECTION,
        /** The request timeout ran out, before the headers or during the body. */
        TIMEOUT,
        /** The body was over the client's cap: it would be again. */
        TOO_LARGE,
        /** A JVM error such as {@code OutOfMemoryError}: never retried, never wrapped. */
        ERROR,
        /** Anything else the JDK threw: a bug or a misuse that another attempt would repeat. */
        OTHER
    }

    private final Kind kind;
    private final Throwable cause;

    private AttemptFailure(Kind kind, Throwable cause) {
        this.kind = kind;
        this.cause = cause;
    }

    static AttemptFailure of(Throwable thrown) {
        Throwable top = thrown;
        while ((top instanceof CompletionException || top instanceof ExecutionException) && top.getCause() != null) {
            top = top.getCause();
        }
        int depth = 0;
        for (Throwable t = top; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof Error e) return new AttemptFailure(Kind.ERROR, e);
            if (t instanceof BoundedBody.TooLarge large) return new AttemptFailure(Kind.TOO_LARGE, large);
        }
        if (top instanceof HttpConnectTimeoutException) return new AttemptFailure(Kind.CONNECTION, top);
        if (top instanceof HttpTimeoutException) return new AttemptFailure(Kind.TIMEOUT, top);
        if (top instanceof IOException) return new AttemptFailure(Kind.CONNECTION, top);
        return new AttemptFailure(Kind.OTHER, top);
    }

    /** Whether the retry policy may send the request again: on a connection failure or a timeout only. */
    boolean retryable() {
        return kind == Kind.CONNECTION || kind == Kind.TIMEOUT;
    }

    /** What the caller gets after {@code attempts} attempts; an {@link Error} is handed back as it is. */
    Throwable toThrowable(String request, int attempts, Duration timeout) {
        return switch (kind) {
            case ERROR -> cause;
            case TOO_LARGE -> {
                BoundedBody.TooLarge large = (BoundedBody.TooLarge) cause;
                yield new ResponseTooLargeException(request, large.status, large.headers, large.limit, large.declaredLength);
            }
            case TIMEOUT -> new ApiTimeoutException(request, attempts, timeout, cause);
            case CONNECTION, OTHER -> new ApiConnectionException(request, attempts, cause);
        };
    }

    /** Throws {@link #toThrowable} from a blocking send. */
    RuntimeException rethrow(String request, int attempts, Duration timeout) {
        Throwable t = toThrowable(request, attempts, timeout);
        if (t instanceof Error e) throw e;
        throw (RuntimeException) t;
    }
}
