package dev.docpoet.client;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Text from a server or a caller made fit for an exception message or a log line: one line (white space runs become
 * one space), no control character that could reach a terminal (each shows as {@code ?}), and cut to a length. Also
 * the sizes and durations messages name, as a reader would write them.
 */
final class Printable {
    private Printable() {}

    static String oneLine(@Nullable String text, int max) {
        if (text == null) return "no detail";
        String line = text.replaceAll("\\s+", " ").replaceAll("\\p{Cntrl}", "?");
        return line.length() > max ? line.substring(0, max) + "…" : line;
    }

    /** {@code 2 s} or {@code 1500 ms}: as the caller most likely wrote it. */
    static String duration(Duration d) {
        long millis = d.toMillis();
        return millis >= 1_000 && millis % 1_000 == 0 ? millis / 1_000 + " s" : millis + " ms";
    }

    /** {@code 64 MiB}, {@code 512 KiB}, {@code 1000 bytes}: the unit that divides it, for a cap the caller set. */
    static String size(long bytes) {
        if (bytes >= 1L << 20 && bytes % (1L << 20) == 0) return (bytes >> 20) + " MiB";
        if (bytes >= 1L << 10 && bytes % (1L << 10) == 0) return (bytes >> 10) + " KiB";
        return bytes + (bytes == 1 ? " byte" : " bytes");
    }
}
