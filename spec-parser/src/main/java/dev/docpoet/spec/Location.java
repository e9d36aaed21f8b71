package dev.docpoet.spec;

/**
 * Where a diagnostic points: a place in a doc ({@link SourceLocation}) or a piece of the user's configuration or Java
 * code ({@link JavaLocation}), such as an {@code @ApiDocs} annotation value or a CLI option.
 */
public sealed interface Location extends Comparable<Location> permits SourceLocation, JavaLocation {
    /** The doc file, or for a Java location what it names (such as {@code @ApiDocs(types[1])}). */
    String file();

    /** 1-based line in the doc; 0 for a Java location, whose front end knows the position. */
    int line();

    /** 1-based column in the doc; 0 for a Java location. */
    int column();

    @Override
    default int compareTo(Location o) {
        int c = file().compareTo(o.file());
        if (c != 0) return c;
        c = Integer.compare(line(), o.line());
        return c != 0 ? c : Integer.compare(column(), o.column());
    }
}
