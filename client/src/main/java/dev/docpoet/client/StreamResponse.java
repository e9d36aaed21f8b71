package dev.docpoet.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * A response that is a stream of server-sent events ({@code text/event-stream}), each event's data read into {@code T}
 * (the documented event type, or {@code String} where the docs give none), as the events arrive. Close it, with
 * try-with-resources, when done: closing before the end closes the connection, so the server stops sending.
 *
 * <pre>{@code
 * try (StreamResponse<ChatChunk> chunks = client.streamChat(request)) {
 *     chunks.stream().forEach(chunk -> System.out.print(chunk.delta()));
 * }
 * }</pre>
 *
 * <p>The events are read as the WHATWG HTML standard says (multi-line data, comments, {@code event:}, {@code id:} and
 * {@code retry:} fields, CRLF, LF or CR line ends, a byte order mark); a block without data is not an event. The stream
 * ends at the end of the body, or at the data that ends it where the docs show one ({@code [DONE]}). An
 * {@code event: error} block ends it with a {@link StreamErrorException}; an event whose data is not the documented
 * JSON, with an {@link ApiException}; one larger than the client's {@code maxResponseBytes}, with a
 * {@link ResponseTooLargeException} (the cap bounds each event, not the stream, which may run for hours); a connection
 * that breaks, with an {@link ApiConnectionException}. Each closes the stream. Not retried once handed out: a caller
 * who resumes sends {@link #lastEventId()} as the docs say.
 *
 * <p>One reader at a time: {@link #stream()} may be called once. {@link #close()} may be called from any thread, and
 * ends a read that waits for the next event.
 *
 * @param <T> the type of each event's data
 */
public final class StreamResponse<T> implements AutoCloseable {
    /** Reads one event's data into {@code T}, or throws what the caller gets for it. */
    interface Decoder<T> {
        T decode(ServerSentEvents.Event event);
    }

    private final String request;
    private final int status;
    private final HttpHeaders headers;
    private final InputStream body;
    private final ServerSentEvents events;
    private final Decoder<T> decoder;
    private final @Nullable String end;
    private final long maxEventBytes;
    private volatile boolean closed;
    private boolean taken;

    StreamResponse(String request, int status, HttpHeaders headers, InputStream body, long maxEventBytes, @Nullable String end,
            Decoder<T> decoder) {
        this.request = request;
        this.status = status;
        this.headers = headers;
        this.body = body;
        this.maxEventBytes = maxEventBytes;
        this.events = new ServerSentEvents(body, maxEventBytes);
        this.end = end;
        this.decoder = decoder;
    }

    public int status() {
        return status;
    }

    public HttpHeaders headers() {
        return headers;
    }

    /**
     * The events as a sequential stream, read as it is consumed; closing it closes this response.
     *
     * @throws IllegalStateException when called a second time
     */
    public Stream<T> stream() {
        synchronized (this) {
            if (taken) throw new IllegalStateException("the events of " + request + " are read once: stream() was already called");
            taken = true;
        }
        Iterator<T> it = new Events();
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(this::close);
    }

    /** The last event ID the stream gave ({@code id:}), for resuming where it broke off; null while it gave none. */
    public @Nullable String lastEventId() {
        return events.lastEventId();
    }

    /** The reconnection time the stream asked for ({@code retry:}), if it asked. */
    public Optional<Duration> retry() {
        long ms = events.retryMillis();
        return ms < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(ms));
    }

    /** This response as an {@link ApiResponse}, for a method declared to return one. */
    public ApiResponse<StreamResponse<T>> response() {
        return new ApiResponse<>(status, headers, this);
    }

    /** Stops reading: the connection is closed unless the body was read to its end. Idempotent. */
    @Override
    public void close() {
        closed = true;
        try {
            body.close();
        } catch (IOException e) {
            // nothing left to read from it either way
        }
    }

    @Override
    public String toString() {
        return "StreamResponse[" + request + " " + status + (closed ? ", closed]" : "]");
    }

    private final class Events implements Iterator<T> {
        private @Nullable T next;
        private boolean done;

        @Override
        public boolean hasNext() {
            if (next != null) return true;
            if (done) return false;
            ServerSentEvents.Event e = read();
            if (e == null) {
                done = true;
                close();
                return false;
            }
            if (end != null && e.data().equals(end)) {
                // the docs' end of stream: whatever may follow is not read
                done = true;
                close();
                return false;
            }
            if (e.event().equals("error")) {
                done = true;
                close();
                throw new StreamErrorException(request, status, headers, e.event(), e.data(), e.id());
            }
            try {
                next = decoder.decode(e);
            } catch (RuntimeException x) {
                done = true;
                close();
                throw x;
            }
            return true;
        }

        @Override
        public T next() {
            if (!hasNext()) throw new NoSuchElementException();
            T t = next;
            next = null;
            return t;
        }

        private ServerSentEvents.@Nullable Event read() {
            try {
                return events.next();
            } catch (ServerSentEvents.TooLarge x) {
                done = true;
                close();
                throw new ResponseTooLargeException(request, status, headers, x.limit,
                        request + " answered " + status + " with an event larger than the client's " + Printable.size(maxEventBytes)
                                + " cap; the stream was closed (maxResponseBytes(…) sets the cap)");
            } catch (IOException x) {
                done = true;
                boolean byCaller = closed;
                close();
                // closed by the caller, maybe from another thread: the stream just ends
                if (byCaller) return null;
                throw new ApiConnectionException(request, 1, "the stream broke off after its headers (" + x.getClass().getSimpleName()
                        + (x.getMessage() == null ? "" : ": " + Printable.oneLine(x.getMessage(), 200)) + ")", x);
            }
        }
    }
}
