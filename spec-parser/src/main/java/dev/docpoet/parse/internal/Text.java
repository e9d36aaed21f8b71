package dev.docpoet.parse.internal;

import java.util.regex.Pattern;

/** Whitespace normalisation shared by both dialects, so that a page reads the same however it was wrapped. */
public final class Text {
    private static final Pattern WS = Pattern.compile("\\s+");

    private Text() {}

    /**
     * An ATX heading's text after its {@code #}s: without its closing {@code #}s and trailing blanks. Stripped here
     * rather than by a regex, where a lazy text group before {@code [ \t#]*$} is quadratic on a long line of blanks.
     */
    public static String headingText(String afterMarker) {
        int end = afterMarker.length();
        while (end > 0 && (afterMarker.charAt(end - 1) == ' ' || afterMarker.charAt(end - 1) == '\t' || afterMarker.charAt(end - 1) == '\r')) end--;
        int hashes = end;
        while (hashes > 0 && afterMarker.charAt(hashes - 1) == '#') hashes--;
        // a closing sequence is #s after a blank (or the whole text); "C#" keeps its #
        if (hashes < end && (hashes == 0 || afterMarker.charAt(hashes - 1) == ' ' || afterMarker.charAt(hashes - 1) == '\t')) end = hashes;
        while (end > 0 && (afterMarker.charAt(end - 1) == ' ' || afterMarker.charAt(end - 1) == '\t')) end--;
        return afterMarker.substring(0, end).strip();
    }

    public static String normalize(String s) {
        return WS.matcher(s).replaceAll(" ").trim();
    }

    /**
     * Prose kept as markdown: its lines dedented (by the least indent of the lines after the first, which usually
     * follows a tag or a bullet on its own line), blank lines at either end dropped, paragraphs kept.
     */
    public static String markdown(String s) {
        String[] lines = s.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int indent = Integer.MAX_VALUE;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) continue;
            int n = 0;
            while (n < lines[i].length() && (lines[i].charAt(n) == ' ' || lines[i].charAt(n) == '\t')) n++;
            indent = Math.min(indent, n);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = i == 0 ? lines[i].strip() : lines[i].length() >= indent && indent != Integer.MAX_VALUE ? lines[i].substring(indent) : lines[i].strip();
            out.append(line.stripTrailing()).append('\n');
        }
        return out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }
}
