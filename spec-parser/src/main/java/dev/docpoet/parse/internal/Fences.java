package dev.docpoet.parse.internal;

import java.util.ArrayList;
import java.util.List;

/** The fenced code blocks of a markdown page ({@code ```} or {@code ~~~} at a line's start, to the same fence or the end). */
public final class Fences {
    /** One block: {@code start} at its opening fence, its info string, its content's range, and {@code end} after it. */
    public record Fence(int start, String info, int contentStart, int contentEnd, int end) {
        public String content(String text) {
            return text.substring(contentStart, contentEnd);
        }
    }

    private Fences() {}

    /** Every fenced block of {@code text}, in order. */
    public static List<Fence> of(String text) {
        return of(text, 3);
    }

    /**
     * Every fenced block of {@code text}, a fence indented any amount included: what detection passes over, since a
     * sample of another format often stands in a fence indented under a tab or a list item.
     */
    public static List<Fence> anyIndent(String text) {
        return of(text, Integer.MAX_VALUE);
    }

    private static List<Fence> of(String text, int maxIndent) {
        List<Fence> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int lineEnd = text.indexOf('\n', i);
            if (lineEnd < 0) lineEnd = n;
            int s = i;
            // CommonMark's up to three spaces; detection takes any indent, tabs too
            while (s < lineEnd && s - i < maxIndent && (text.charAt(s) == ' ' || text.charAt(s) == '\t' && maxIndent == Integer.MAX_VALUE)) s++;
            char f = s < lineEnd ? text.charAt(s) : 0;
            if ((f == '`' || f == '~') && text.startsWith(String.valueOf(f).repeat(3), s)) {
                int run = 0;
                while (s + run < lineEnd && text.charAt(s + run) == f) run++;
                String info = text.substring(s + run, lineEnd).trim();
                int contentStart = Math.min(lineEnd + 1, n);
                int pos = contentStart;
                int contentEnd = n;
                int end = n;
                while (pos < n) {
                    int le = text.indexOf('\n', pos);
                    if (le < 0) le = n;
                    String line = text.substring(pos, le).trim();
                    if (line.length() >= run && line.chars().allMatch(c -> c == f)) {
                        contentEnd = pos;
                        end = Math.min(le + 1, n);
                        break;
                    }
                    pos = le + 1;
                }
                out.add(new Fence(s, info, contentStart, Math.max(contentStart, contentEnd), end));
                i = end;
                continue;
            }
            i = lineEnd + 1;
        }
        return out;
    }

    /**
     * Whether {@code offset} lies inside one of {@code fences} (in page order, as {@link #of} gives them). A binary
     * search: detection asks this for every candidate marker of every page, so a scan from the first fence would be
     * quadratic on a page of many fences and markers.
     */
    public static boolean inside(List<Fence> fences, int offset) {
        int i = lastStartingAtOrBefore(fences, offset);
        return i >= 0 && offset < fences.get(i).end();
    }

    /** The index of the first fence that starts at or after {@code offset}; {@code fences.size()} when none does. */
    public static int firstFrom(List<Fence> fences, int offset) {
        int lo = 0;
        int hi = fences.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (fences.get(mid).start() < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static int lastStartingAtOrBefore(List<Fence> fences, int offset) {
        return firstFrom(fences, offset + 1) - 1;
    }
}
