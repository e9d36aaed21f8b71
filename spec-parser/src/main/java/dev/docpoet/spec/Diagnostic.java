package dev.docpoet.spec;

import org.jspecify.annotations.Nullable;

/**
 * One finding about the docs (or about how they are used), with the place it concerns and, where it helps, how to fix it.
 * Printed as {@code FILE:LINE:COLUMN: severity: MESSAGE [Code]} (a contract, DESIGN §7).
 */
public record Diagnostic(DiagnosticCode code, String message, Location location, @Nullable String hint)
        implements Comparable<Diagnostic> {

    public Severity severity() {
        return code.severity();
    }

    /** The message with its hint, without location or code. */
    public String text() {
        return hint == null ? message : message + "; " + hint;
    }

    /** The one-line form printed by every front end. */
    public String format() {
        return location + ": " + severity().label() + ": " + text() + " [" + code.id() + "]";
    }

    @Override
    public int compareTo(Diagnostic o) {
        int c = location.compareTo(o.location);
        if (c != 0) return c;
        c = code.id().compareTo(o.code.id());
        return c != 0 ? c : message.compareTo(o.message);
    }

    @Override
    public String toString() {
        return format();
    }
}
