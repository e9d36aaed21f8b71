package dev.docpoet.client;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * A stream of server-sent events reported an error in the stream itself, after its success status: an
 * {@code event: error} block. {@link #rawBody()} is the event's data ({@link #data()}), {@link #event()} its name; the
 * status and headers are those the stream started with. The stream is closed when this is thrown.
 */
public class StreamErrorException extends ApiException {
    private static final long serialVersionUID = 1L;
    private final String event;
    private final String data;
    private final @Nullable String lastEventId;

    public StreamErrorException(String request, int status, HttpHeaders headers, String event, String data, @Nullable String lastEventId) {
        super(request, status, headers, data.getBytes(StandardCharsets.UTF_8), null, "the stream sent an `" + Printable.oneLine(event, 60)
                + "` event", null);
        this.event = event;
        this.data = data;
        this.lastEventId = lastEventId;
    }

    /** The event's name ({@code error}). */
    public String event() {
        return event;
    }

    /** The event's data, its lines joined with LF. */
    public String data() {
        return data;
    }

    /** The last event ID the stream gave before the error, for a caller who resumes; null when it gave none. */
    public @Nullable String lastEventId() {
        return lastEventId;
    }
}
