package dev.docpoet.client;

import org.jspecify.annotations.Nullable;

/**
 * Text from a server or a caller made fit for an exception message or a log line: one line (white space runs become
 * one space), no control character that could reach a terminal (each shows as {@code ?}), and cut to a length.
 */
final class Printable {
    private Printable() {}

    static String oneLine(@Nullable String text, int max) {
        if (text == null) return "no detail";
        String line = text.replaceAll("\\s+", " ").replaceAll("\\p{Cntrl}", "?");
        return line.length() > max ? line.substring(0, max) + "…" : line;
    }
}
