package dev.docpoet.client;

import java.net.http.HttpHeaders;

/**
 * The response body was larger than the client's cap ({@link ClientBuilder#maxResponseBytes}), so it was not read:
 * refused at its {@code Content-Length}, or the moment the bytes received passed the cap. Not retried, as it would be
 * as large again; {@link #rawBody()} is empty.
 */
public class ResponseTooLargeException extends ApiException {
    private static final long serialVersionUID = 1L;
    private final long limit;

    /**
     * @param limit the cap, in bytes
     * @param declaredLength the {@code Content-Length} that gave it away, or -1 when the bytes were counted
     */
    public ResponseTooLargeException(String request, int status, HttpHeaders headers, long limit, long declaredLength) {
        super(request, status, headers, request + " answered " + status + " with a body larger than the client's "
                + Printable.size(limit) + " cap" + (declaredLength >= 0 ? " (Content-Length: " + declaredLength + ")" : "")
                + "; it was not read (maxResponseBytes(…) sets the cap)");
        this.limit = limit;
    }

    /** For a body that was read in part (an event of a stream over the cap): {@code message} is the whole message. */
    ResponseTooLargeException(String request, int status, HttpHeaders headers, long limit, String message) {
        super(request, status, headers, message);
        this.limit = limit;
    }

    /** The cap the body went past, in bytes. */
    public long limit() {
        return limit;
    }
}
