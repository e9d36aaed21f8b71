package dev.docpoet.client;

/**
 * No answer: the connection failed, was reset or timed out, on the last of the attempts the retry policy allows. The
 * cause is the JDK's exception ({@link java.net.ConnectException}, {@link java.net.http.HttpTimeoutException}, …); a
 * request timeout is the subclass {@link ApiTimeoutException}.
 */
public class ApiConnectionException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int attempts;

    public ApiConnectionException(String request, int attempts, Throwable cause) {
        this(request, attempts, describe(cause), cause);
    }

    /** For subclasses that say what went wrong themselves: {@code detail} follows "failed after N attempts: ". */
    protected ApiConnectionException(String request, int attempts, String detail, Throwable cause) {
        super(request + " failed after " + attempts + (attempts == 1 ? " attempt: " : " attempts: ") + detail, cause);
        this.attempts = attempts;
    }

    private static String describe(Throwable cause) {
        String m = cause.getMessage();
        return cause.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : " (" + Printable.oneLine(m, 300) + ")");
    }

    /** How many times the request was sent. */
    public int attempts() {
        return attempts;
    }
}
