package dev.docpoet.parse.internal;

import java.util.regex.Pattern;

/** Whitespace normalisation shared by both dialects, so that a page reads the same however it was wrapped. */
public final class Text {
    private static final Pattern WS = Pattern.compile("\\s+");

    private Text() {}

    public static String normalize(String s) {
        return WS.matcher(s).replaceAll(" ").trim();
    }
}
