package dev.docpoet.parse.internal;

import dev.docpoet.spec.SourceLocation;
import java.util.Arrays;

/** A doc page's text with a line index, so that any character offset maps to a 1-based line and column. */
public final class SourceText {
    private final String name;
    private final String text;
    private final int[] lineStarts;

    public SourceText(String name, String text) {
        this.name = name;
        this.text = text;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** The location of a character offset; offsets past the end map to the last position. */
    public SourceLocation location(int offset) {
        int off = Math.max(0, Math.min(offset, text.length()));
        int idx = Arrays.binarySearch(lineStarts, off);
        int line = idx >= 0 ? idx : -idx - 2;
        return new SourceLocation(name, line + 1, off - lineStarts[line] + 1);
    }
}
