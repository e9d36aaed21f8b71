package dev.docpoet.codegen;

import com.palantir.javapoet.CodeBlock;
import java.util.Locale;

/**
 * Java string literals for text from the docs. JavaPoet's {@code $S} leaves U+2028 and U+2029 as they are, and its
 * writer then breaks the line there, in the middle of the literal; these write them (and every other invisible
 * character) as unicode escapes, which javac reads back as the same character.
 */
final class Literals {
    private Literals() {}

    /** The text as a Java string literal, as {@code $S} writes it but for the invisible characters. */
    static CodeBlock of(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (invisible(text, i)) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return CodeBlock.of("$L", out.append('"').toString());
    }

    /** A control or format character, a line or paragraph separator, or half of a surrogate pair without its other half. */
    private static boolean invisible(String text, int i) {
        char c = text.charAt(i);
        int type = Character.getType(c);
        if (Character.isISOControl(c) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.FORMAT) {
            return true;
        }
        if (Character.isHighSurrogate(c)) return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        if (Character.isLowSurrogate(c)) return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        return false;
    }
}
