package dev.docpoet.parse.internal.docusaurus;

import org.jspecify.annotations.Nullable;

/** Finds JSX props in a generated tag without evaluating anything: braces are matched with strings skipped. */
final class Props {
    private Props() {}

    /** The offset after the {@code >} that ends the tag whose attributes start at {@code from}. */
    static int tagEnd(String page, int from) {
        int i = from;
        while (i < page.length()) {
            char c = page.charAt(i);
            if (c == '{') {
                int end = braceEnd(page, i);
                if (end < 0) return page.length();
                i = end;
            } else if (c == '"' || c == '\'') {
                int close = page.indexOf(c, i + 1);
                if (close < 0) return page.length();
                i = close + 1;
            } else if (c == '>') {
                return i + 1;
            } else {
                i++;
            }
        }
        return page.length();
    }

    /** The prop {@code name={…}} of a tag's text (which starts at page offset {@code tagStart}), or null. */
    static DocusaurusReader.@Nullable Prop find(String tag, String name, int tagStart) {
        int i = 0;
        while (i < tag.length()) {
            char c = tag.charAt(i);
            if (c == '{') {
                int end = braceEnd(tag, i);
                if (end < 0) return null;
                i = end;
                continue;
            }
            if (tag.startsWith(name, i) && (i == 0 || Character.isWhitespace(tag.charAt(i - 1)))) {
                int j = i + name.length();
                while (j < tag.length() && Character.isWhitespace(tag.charAt(j))) j++;
                if (j < tag.length() && tag.charAt(j) == '=') {
                    j++;
                    while (j < tag.length() && Character.isWhitespace(tag.charAt(j))) j++;
                    if (j < tag.length() && tag.charAt(j) == '{') {
                        int end = braceEnd(tag, j);
                        if (end < 0) return null;
                        return new DocusaurusReader.Prop(tag.substring(j + 1, end - 1), tagStart + j + 1);
                    }
                    if (j < tag.length() && (tag.charAt(j) == '"' || tag.charAt(j) == '\'')) {
                        int close = tag.indexOf(tag.charAt(j), j + 1);
                        if (close < 0) return null;
                        return new DocusaurusReader.Prop(tag.substring(j, close + 1), tagStart + j);
                    }
                }
            }
            i++;
        }
        return null;
    }

    /** The offset after the brace matching the one at {@code open}, or -1; JSON and JS strings inside are skipped. */
    static int braceEnd(String s, int open) {
        int depth = 0;
        for (int k = open; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '"' || c == '\'' || c == '`') {
                int close = k + 1;
                while (close < s.length() && s.charAt(close) != c) {
                    if (s.charAt(close) == '\\') close++;
                    close++;
                }
                if (close >= s.length()) return -1;
                k = close;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (--depth == 0) return k + 1;
            }
        }
        return -1;
    }
}
