package dev.docpoet.client;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Request bodies on the wire: JSON through the client's codec; {@code multipart/form-data} as RFC 7578 and the HTML
 * standard write it, its files streamed from their source by the JDK's publishers (so a large file is never held
 * whole); {@code application/x-www-form-urlencoded} as the URL standard serializes it; a binary or text body as it is.
 */
final class RequestBodies {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private RequestBodies() {}

    /** A body ready to send: its {@code Content-Type} and its publisher. */
    record Encoded(String contentType, HttpRequest.BodyPublisher publisher) {}

    static Encoded encode(Payload payload, JsonCodec json, String request) {
        if (payload instanceof Payload.Json j) {
            return new Encoded("application/json", HttpRequest.BodyPublishers.ofByteArray(json(json, j.value(), request, "body")));
        }
        if (payload instanceof Payload.Multipart m) return multipart(m.parts(), json, request, boundary());
        if (payload instanceof Payload.Form f) {
            return new Encoded("application/x-www-form-urlencoded",
                    HttpRequest.BodyPublishers.ofByteArray(form(f.parts(), json, request).getBytes(StandardCharsets.US_ASCII)));
        }
        if (payload instanceof Payload.Binary b) return new Encoded(b.upload().contentType(), b.upload().publisher());
        Payload.Text t = (Payload.Text) payload;
        return new Encoded(t.mediaType().contains("charset=") ? t.mediaType() : t.mediaType() + "; charset=UTF-8",
                HttpRequest.BodyPublishers.ofString(t.text(), StandardCharsets.UTF_8));
    }

    /** A boundary no part is likely to hold: 32 random hex digits after a fixed prefix. */
    static String boundary() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "docpoet-" + Long.toHexString(r.nextLong() | Long.MIN_VALUE) + Long.toHexString(r.nextLong() | Long.MIN_VALUE);
    }

    static Encoded multipart(List<Payload.Part> parts, JsonCodec json, String request, String boundary) {
        List<HttpRequest.BodyPublisher> out = new ArrayList<>();
        StringBuilder head = new StringBuilder();
        for (Payload.Part p : parts) {
            head.append("--").append(boundary).append("\r\n").append("Content-Disposition: form-data; name=\"").append(escape(p.name())).append('"');
            if (p instanceof Payload.Part.Text t) {
                head.append("\r\n\r\n").append(t.value()).append("\r\n");
            } else if (p instanceof Payload.Part.Json j) {
                head.append("\r\nContent-Type: application/json\r\n\r\n");
                out.add(utf8(head));
                out.add(HttpRequest.BodyPublishers.ofByteArray(json(json, j.value(), request, "field `" + j.name() + "`")));
                head.append("\r\n");
            } else {
                Upload u = ((Payload.Part.File) p).upload();
                head.append("; filename=\"").append(escape(u.filename())).append("\"\r\n")
                        .append("Content-Type: ").append(u.contentType()).append("\r\n\r\n");
                out.add(utf8(head));
                out.add(u.publisher());
                head.append("\r\n");
            }
        }
        head.append("--").append(boundary).append("--\r\n");
        out.add(utf8(head));
        return new Encoded("multipart/form-data; boundary=" + boundary, HttpRequest.BodyPublishers.concat(out.toArray(HttpRequest.BodyPublisher[]::new)));
    }

    /** What {@code head} holds so far as a publisher of its UTF-8 bytes; {@code head} is emptied. */
    private static HttpRequest.BodyPublisher utf8(StringBuilder head) {
        HttpRequest.BodyPublisher p = HttpRequest.BodyPublishers.ofByteArray(head.toString().getBytes(StandardCharsets.UTF_8));
        head.setLength(0);
        return p;
    }

    /**
     * A field name or file name inside the quotes of a {@code Content-Disposition}, as the HTML standard encodes them: a
     * quote, CR and LF percent-encoded, so that no name can end the header or start another; other characters as UTF-8.
     */
    static String escape(String name) {
        return name.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String form(List<Payload.Part> parts, JsonCodec json, String request) {
        StringBuilder out = new StringBuilder();
        for (Payload.Part p : parts) {
            String value;
            if (p instanceof Payload.Part.Text t) {
                value = t.value();
            } else if (p instanceof Payload.Part.Json j) {
                value = new String(json(json, j.value(), request, "field `" + j.name() + "`"), StandardCharsets.UTF_8);
            } else {
                throw new IllegalArgumentException("field `" + p.name() + "` of " + request
                        + " is a file, which an application/x-www-form-urlencoded body cannot carry");
            }
            if (out.length() > 0) out.append('&');
            out.append(formEncode(p.name())).append('=').append(formEncode(value));
        }
        return out.toString();
    }

    /**
     * The URL standard's application/x-www-form-urlencoded byte serializer: ASCII letters, digits and {@code *-._} as
     * they are, a space as {@code +}, every other UTF-8 byte percent-encoded.
     */
    static String formEncode(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '*' || c == '-' || c == '.' || c == '_') {
                out.append((char) c);
            } else if (c == ' ') {
                out.append('+');
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
            }
        }
        return out.toString();
    }

    private static byte[] json(JsonCodec json, Object value, String request, String what) {
        try {
            return json.write(value);
        } catch (IOException e) {
            throw new IllegalArgumentException("the " + what + " of " + request + " could not be written as JSON: " + e.getMessage(), e);
        }
    }
}
