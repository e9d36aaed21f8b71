package dev.docpoet.fetch;

/**
 * A fetch that cannot go on: one line naming the URL (or file), what went wrong (the HTTP status, the timeout, the
 * cap) and how to fix it. Nothing in the project has been changed when it is thrown.
 */
public final class FetchException extends Exception {
    private static final long serialVersionUID = 1L;

    public FetchException(String message) {
        super(message);
    }

    public FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
