package dev.docpoet.parse.internal;

/**
 * Hand-written examples shorten lists and objects with {@code ...} or {@code …} where an element or member would be
 * ({@code [1, 2, ...]}, <code>{"a": 1, ...}</code>): blanked out, the rest reads as JSON. Offsets are kept, so every
 * value keeps its place on the page; an ellipsis inside a string stays. Strings and comments are read as {@link
 * LocatedJson} reads them: a string runs to its closing quote across line breaks (a raw line break in a string is
 * tolerated there), so a {@code ...} line inside a multi-line string is part of its value, not blanked.
 */
public final class Ellipses {
    private Ellipses() {}

    /** {@code text} with each ellipsis between {@code from} and {@code to} that stands for an element replaced by spaces. */
    public static String blank(String text, int from, int to) {
        char[] out = null;
        char quote = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            // a comment's quote (// don't) opens no string
            if (c == '/' && i + 1 < to && text.charAt(i + 1) == '/') {
                int end = text.indexOf('\n', i);
                i = end < 0 || end >= to ? to : end;
                continue;
            }
            if (c == '/' && i + 1 < to && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 || end + 2 > to ? to : end + 1;
                continue;
            }
            if (c == '"' || c == '\'') {
                quote = c;
                continue;
            }
            int len = c == '…' ? 1 : text.startsWith("...", i) ? 3 : 0;
            if (len == 0) continue;
            while (i + len < to && text.charAt(i + len) == '.') len++;
            if (!opensElement(text, from, i) || !closesElement(text, i + len, to)) {
                i += len - 1;
                continue;
            }
            if (out == null) out = text.toCharArray();
            for (int k = i; k < i + len; k++) out[k] = ' ';
            i += len - 1;
        }
        return out == null ? text : new String(out);
    }

    /** Whether only white space lies between an opening bracket, a comma or a line start and {@code at}. */
    private static boolean opensElement(String text, int from, int at) {
        for (int k = at - 1; k >= from; k--) {
            char c = text.charAt(k);
            if (c == '[' || c == '{' || c == ',' || c == '\n') return true;
            if (!Character.isWhitespace(c)) return false;
        }
        return true;
    }

    /** Whether a comma, a closing bracket, a line end or a comment follows {@code at}, past white space. */
    private static boolean closesElement(String text, int at, int to) {
        for (int k = at; k < to; k++) {
            char c = text.charAt(k);
            if (c == ']' || c == '}' || c == ',' || c == '\n' || c == '/' && k + 1 < to && text.charAt(k + 1) == '/') return true;
            if (!Character.isWhitespace(c)) return false;
        }
        return true;
    }
}
