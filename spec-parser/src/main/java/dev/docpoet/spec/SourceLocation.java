package dev.docpoet.spec;

/** A place in a doc file, 1-based, so that every diagnostic and generated Javadoc can point back to it. */
public record SourceLocation(String file, int line, int column) implements Comparable<SourceLocation> {

    @Override
    public int compareTo(SourceLocation o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
