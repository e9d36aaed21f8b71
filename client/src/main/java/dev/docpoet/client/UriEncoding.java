package dev.docpoet.client;

import dev.docpoet.runtime.OpenEnum;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.StringJoiner;

/**
 * Percent-encoding of path segments and query parts (RFC 3986): every byte outside the unreserved set is encoded, so
 * a path value such as {@code ../admin} or {@code a/b?c} stays one segment and can never change the path.
 */
final class UriEncoding {
    private UriEncoding() {}

    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** One path segment, or one query name or value: only unreserved characters stay as they are. */
    static String encode(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 128 && UNRESERVED.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
            }
        }
        return out.toString();
    }

    /** A path value: one segment, with {@code .} and {@code ..} encoded too, as they would otherwise move the path. */
    static String segment(String value) {
        if (value.isEmpty()) throw new IllegalArgumentException("a path parameter must not be empty");
        if (value.equals(".") || value.equals("..")) return value.replace(".", "%2E");
        return encode(value);
    }

    /**
     * A parameter value as text: an enum as its wire value, a date as ISO-8601, a boolean as {@code true}/{@code false},
     * a list joined with commas (the {@code simple} and unexploded {@code form} styles).
     */
    static String text(Object value) {
        if (value instanceof OpenEnum<?, ?> e) return String.valueOf(e.value());
        if (value instanceof Enum<?> e) return e.name();
        if (value instanceof TemporalAccessor) return value.toString();
        if (value instanceof java.math.BigDecimal d) return d.toPlainString();
        if (value instanceof Collection<?> c) {
            StringJoiner j = new StringJoiner(",");
            for (Object o : c) {
                if (o != null) j.add(text(o));
            }
            return j.toString();
        }
        return String.valueOf(value);
    }
}
