package dev.docpoet.spec;

/** A place in a doc file, 1-based, so that every diagnostic and generated Javadoc can point back to it. */
public record SourceLocation(String file, int line, int column) implements Location {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
