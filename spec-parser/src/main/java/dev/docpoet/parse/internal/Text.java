package dev.docpoet.parse.internal;

import java.util.regex.Pattern;

/** Whitespace normalisation shared by both dialects, so that a page reads the same however it was wrapped. */
public final class Text {
    private static final Pattern WS = Pattern.compile("\\s+");

    private Text() {}

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
