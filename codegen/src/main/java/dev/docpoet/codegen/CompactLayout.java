package dev.docpoet.codegen;

/**
 * Puts on one line what JavaPoet spreads over several with nothing gained: a Javadoc of one line of text
 * ({@code /** The required {@code id}. *}{@code /}) and an annotation whose members fit on one line
 * ({@code @JsonCreator(mode = JsonCreator.Mode.DELEGATING)}); enum constants, and constants without Javadoc, go one
 * per line without a blank line between them. A generated model is mostly such short members, so this alone makes it
 * about a sixth shorter for javac to read and for a person to scroll, and changes no token.
 */
final class CompactLayout {
    /** The widest line a join may make; JavaPoet wraps code near 100 columns, deeper nesting needs a little more. */
    static final int WIDTH = 120;
    /** More members than this read better one per line. */
    private static final int MAX_MEMBERS = 4;

    private CompactLayout() {}

    static String compact(String source) {
        String[] lines = source.split("\n", -1);
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            int taken = javadoc(lines, i, out);
            if (taken == 0) taken = annotation(lines, i, out);
            if (taken == 0) {
                out.append(line);
                // enum constants, and constants without Javadoc, one per line: JavaPoet leaves a blank line after each
                boolean run = enumConstant(line) || constant(line) && i + 2 < lines.length && constant(lines[i + 2]);
                taken = run && i + 2 < lines.length && lines[i + 1].isEmpty() ? 2 : 1;
            }
            i += taken;
            if (i < lines.length) out.append('\n');
        }
        return out.toString();
    }

    /** {@code /**}, one line of text, {@code *}{@code /}: written as one line; returns the lines taken, or 0. */
    private static int javadoc(String[] lines, int i, StringBuilder out) {
        if (i + 2 >= lines.length) return 0;
        String open = lines[i];
        String indent = indentOf(open);
        if (!open.endsWith("/**") || open.length() != indent.length() + 3) return 0;
        String text = lines[i + 1];
        String close = lines[i + 2];
        if (!close.equals(indent + " */") || !text.startsWith(indent + " * ")) return 0;
        String body = text.substring(indent.length() + 3);
        // a block tag alone reads as a tag list, and a one-line comment of one would look like a mistake
        if (body.startsWith("@") || body.isBlank()) return 0;
        int width = indent.length() + 4 + body.length() + 3;
        if (width > WIDTH) return 0;
        out.append(indent).append("/** ").append(body).append(" */");
        return 3;
    }

    /**
     * {@code @Name(}, members one per line, {@code )}: written as one line when it fits; returns the lines taken, or 0.
     */
    private static int annotation(String[] lines, int i, StringBuilder out) {
        String open = lines[i];
        String indent = indentOf(open);
        if (!open.endsWith("(") || open.length() <= indent.length() + 2 || open.charAt(indent.length()) != '@') return 0;
        String name = open.substring(indent.length() + 1, open.length() - 1);
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            if (!Character.isJavaIdentifierPart(c) && c != '.') return 0;
        }
        String memberIndent = indent + "        ";
        StringBuilder joined = new StringBuilder(indent).append(open, indent.length(), open.length());
        for (int k = i + 1; k < lines.length && k <= i + 1 + MAX_MEMBERS; k++) {
            String line = lines[k];
            if (line.equals(indent + ")")) {
                if (k == i + 1) return 0;
                joined.append(')');
                if (joined.length() > WIDTH) return 0;
                out.append(joined);
                return k - i + 1;
            }
            // a member whose value goes on over several lines (an array, a wrapped string) stays as JavaPoet wrote it
            if (!line.startsWith(memberIndent) || Character.isWhitespace(line.charAt(memberIndent.length()))) return 0;
            boolean last = k + 1 < lines.length && lines[k + 1].equals(indent + ")");
            String member = line.substring(memberIndent.length());
            if (!last && !member.endsWith(",")) return 0;
            if (k > i + 1) joined.append(' ');
            joined.append(member);
        }
        return 0;
    }

    /** A line that is an enum constant without a body and not the last: {@code     BETA,}. */
    private static boolean enumConstant(String line) {
        int start = indentOf(line).length();
        if (start == 0 || !line.endsWith(",") || line.length() < start + 2) return false;
        if (!Character.isJavaIdentifierStart(line.charAt(start))) return false;
        for (int k = start + 1; k < line.length() - 1; k++) {
            if (!Character.isJavaIdentifierPart(line.charAt(k))) return false;
        }
        return true;
    }

    /** A static final field on one line, {@code     public static final X A = new X("a", Known.A);}. */
    private static boolean constant(String line) {
        String s = line.strip();
        return line.startsWith(" ") && s.endsWith(";") && (s.startsWith("public static final ") || s.startsWith("static final ")
                || s.startsWith("private static final ")) && s.contains(" = ");
    }

    private static String indentOf(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') n++;
        return line.substring(0, n);
    }
}
