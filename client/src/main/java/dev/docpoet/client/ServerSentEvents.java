package dev.docpoet.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code text/event-stream} as the WHATWG HTML standard's "event stream interpretation" says (§9.2.6): UTF-8
 * with one leading byte order mark dropped; lines ending in CRLF, LF or CR (a CR at the end of one read and its LF at the
 * start of the next are one line end); a blank line dispatches the event; {@code :} starts a comment; {@code event},
 * {@code data} (lines joined with LF), {@code id} (not when it holds NUL; it persists from event to event) and
 * {@code retry} (digits only) fields, every other field ignored; a block without data (a {@code retry:} alone, comments)
 * dispatches nothing; an event the stream ends in the middle of is dropped.
 *
 * <p>No event may hold more than {@code maxEventBytes} (its data lines and the line being read, as received), so that a
 * server that never ends a line or an event cannot fill the heap: one that tries gives {@link TooLarge}. Comments and
 * other fields are not kept, so a stream of keep-alive comments may run for ever.
 */
final class ServerSentEvents {
    /** One dispatched event. {@code id} is the last event ID after it (null while none was given). */
    record Event(String event, String data, @Nullable String id) {}

    /** An event over the cap. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        final long limit;

        TooLarge(long limit) {
            super("an event of the stream is larger than " + Printable.size(limit));
            this.limit = limit;
        }
    }

    private final InputStream in;
    private final long maxEventBytes;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int limit;
    private boolean started;
    private boolean afterCr;
    private boolean ended;

    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final StringBuilder data = new StringBuilder();
    private @Nullable String eventType;
    // read by other threads than the one reading events
    private volatile @Nullable String lastEventId;
    private volatile long retryMillis = -1;
    /** The bytes of the data lines of the event being read, which count towards the cap with the line being read. */
    private long dataBytes;
    private int lineBytes;

    ServerSentEvents(InputStream in, long maxEventBytes) {
        this.in = in;
        this.maxEventBytes = maxEventBytes;
    }

    /** The next event, or null at the end of the stream. */
    @Nullable Event next() throws IOException {
        while (true) {
            String l = readLine();
            if (l == null) return null;
            if (l.isEmpty()) {
                Event e = dispatch();
                if (e != null) return e;
                continue;
            }
            if (l.charAt(0) == ':') continue;
            int colon = l.indexOf(':');
            String field = colon < 0 ? l : l.substring(0, colon);
            String value = colon < 0 ? "" : l.substring(colon + 1);
            if (value.startsWith(" ")) value = value.substring(1);
            switch (field) {
                case "event" -> eventType = value;
                case "data" -> {
                    data.append(value).append('\n');
                    dataBytes += lineBytes;
                }
                case "id" -> {
                    if (value.indexOf('\0') < 0) lastEventId = value;
                }
                case "retry" -> {
                    if (!value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
                        retryMillis = value.length() > 18 ? Long.MAX_VALUE : Long.parseLong(value);
                    }
                }
                default -> { }
            }
        }
    }

    /** The last event ID the stream gave ({@code id:}), for a caller who reconnects; null while none was given. */
    @Nullable String lastEventId() {
        return lastEventId;
    }

    /** The reconnection time the stream asked for ({@code retry:}), in milliseconds; -1 while it asked for none. */
    long retryMillis() {
        return retryMillis;
    }

    private @Nullable Event dispatch() {
        dataBytes = 0;
        if (data.length() == 0) {
            eventType = null;
            return null;
        }
        String d = data.substring(0, data.length() - 1);
        String type = eventType == null || eventType.isEmpty() ? "message" : eventType;
        data.setLength(0);
        eventType = null;
        return new Event(type, d, lastEventId);
    }

    /** The next line without its end, or null at the end of the stream (a last line without an end is dropped too). */
    private @Nullable String readLine() throws IOException {
        line.reset();
        while (true) {
            if (position == limit) {
                if (ended) return null;
                int n = in.read(buffer);
                if (n < 0) {
                    ended = true;
                    // what follows the last line end is an event the stream ended in the middle of
                    return null;
                }
                position = 0;
                limit = n;
                if (!started) skipByteOrderMark();
                continue;
            }
            byte b = buffer[position++];
            if (afterCr) {
                afterCr = false;
                if (b == '\n') continue;
            }
            if (b == '\r' || b == '\n') {
                afterCr = b == '\r';
                lineBytes = line.size();
                return line.toString(StandardCharsets.UTF_8);
            }
            line.write(b);
            if (line.size() + dataBytes > maxEventBytes) throw new TooLarge(maxEventBytes);
        }
    }

    /** Drops a UTF-8 byte order mark at the start, even when it comes split over reads. */
    private void skipByteOrderMark() throws IOException {
        started = true;
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        for (int i = 0; i < bom.length; i++) {
            while (limit - position <= i) {
                int n = in.read(buffer, limit, buffer.length - limit);
                if (n < 0) {
                    ended = true;
                    return;
                }
                limit += n;
            }
            if (buffer[position + i] != bom[i]) return;
        }
        position += bom.length;
    }
}
