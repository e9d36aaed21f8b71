package dev.docpoet.parse.internal.readme;

import dev.docpoet.parse.internal.Fences;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ReadMe magic block as written, {@code [block:parameters] {…} [/block]}: its type, where it starts, and its JSON's
 * range on the page ({@code jsonEnd} at the closing {@code [/block]}, or the page's end when it is never closed).
 */
record MagicBlock(String type, int start, int jsonStart, int jsonEnd, boolean closed) {
    private static final Pattern OPEN = Pattern.compile("\\[block:([\\w-]+)]");
    private static final String CLOSE = "[/block]";

    /** The blocks of a page outside its code fences, in page order. */
    static List<MagicBlock> scan(String text, int from) {
        return scan(text, from, Fences.of(text));
    }

    /** As {@link #scan(String, int)}, with the page's fences already found (the reader needs them too: found once). */
    static List<MagicBlock> scan(String text, int from, List<Fences.Fence> fences) {
        List<MagicBlock> out = new ArrayList<>();
        Matcher m = OPEN.matcher(text);
        int at = from;
        // the next [/block] at or after a place, found once per place it can be: unclosed blocks stay linear
        int close = -2;
        while (at < text.length() && m.find(at)) {
            if (Fences.inside(fences, m.start())) {
                at = m.end();
                continue;
            }
            if (close != -1 && close < m.end()) close = text.indexOf(CLOSE, m.end());
            int next = nextOpen(text, m.end());
            boolean closed = close >= 0 && (next < 0 || close < next);
            int end = closed ? close : next >= 0 ? next : text.length();
            out.add(new MagicBlock(m.group(1), m.start(), m.end(), end, closed));
            at = closed ? close + CLOSE.length() : end;
        }
        return out;
    }

    private static int nextOpen(String text, int from) {
        Matcher next = OPEN.matcher(text);
        return next.find(from) ? next.start() : -1;
    }

    int end() {
        return closed ? jsonEnd + CLOSE.length() : jsonEnd;
    }
}
