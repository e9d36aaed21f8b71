package dev.docpoet.spec;

import org.jspecify.annotations.Nullable;

/**
 * One finding about the docs (or about how they are used), with the place it concerns and, where it helps, how to fix it.
 * Printed as {@code FILE:LINE:COLUMN: severity: MESSAGE [Code]} (a contract, DESIGN §7).
 */
public record Diagnostic(DiagnosticCode code, String message, Location location, @Nullable String hint)
        implements Comparable<Diagnostic> {

    /**
     * Every diagnostic is one printable line whatever page text it quotes: a line break shows as a backslash and n, a control
     * or format character (an ANSI escape, say) as a backslash-u escape, so that a page cannot break the
     * {@code FILE:LINE:COL: …} format or reach the terminal.
     */
    public Diagnostic {
        message = printable(message);
        hint = hint == null ? null : printable(hint);
    }

    static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            boolean bad = Character.isISOControl(c) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                    || type == Character.FORMAT && c != '\u200d';
            if (bad && out == null) out = new StringBuilder(text.substring(0, i));
            if (out == null) continue;
            if (!bad) out.append(c);
            else if (c == '\n') out.append("\\n");
            else if (c == '\r') out.append("\\r");
            else if (c == '\t') out.append(' ');
            else out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
        }
        return out == null ? text : out.toString();
    }

    public Severity severity() {
        return code.severity();
    }

    /** The message with its hint, without location or code. */
    public String text() {
        return hint == null ? message : message + "; " + hint;
    }

    /** The one-line form printed by every front end. */
    public String format() {
        return code.withId(location + ": " + severity().label() + ": " + text());
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
