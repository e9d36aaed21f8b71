package dev.docpoet.fetch;

/**
 * A fetch that cannot go on: one line naming the URL (or file), what went wrong (the HTTP status, the timeout, the
 * cap) and how to fix it. Nothing in the project has been changed when it is thrown.
 */
public final class FetchException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int status;

    /** A failure that is no HTTP answer (a timeout, a cap, a bad URL or file). */
    public FetchException(String message) {
        this(message, 0);
    }

    /** @param status the HTTP status that ended the fetch, or 0 */
    public FetchException(String message, int status) {
        super(message);
        this.status = status;
    }

    /** The HTTP status that ended the fetch, or 0 when it was no HTTP answer. */
    public int status() {
        return status;
    }

}
