package dev.docpoet.client;

import java.util.Locale;

/**
 * Checks a token or key when the builder is given it, so that a character no header can carry (an en dash pasted for
 * a hyphen, a trailing line break read from a file) is refused before any request, by a message that names the setter,
 * the position and the kind of character, and never the secret: the JDK's own refusal prints the whole header value.
 */
final class Credentials {
    private Credentials() {}

    /**
     * @param setter the builder method the secret came through, as the caller wrote it ({@code bearerToken})
     * @param what what the secret is, for the message ({@code token})
     * @param inHeader whether it travels in a header; a key in the query would be percent-encoded, but such a
     *     character is no more part of it there
     */
    static void check(String setter, String what, String secret, boolean inHeader) {
        for (int i = 0; i < secret.length(); ) {
            int c = secret.codePointAt(i);
            // visible ASCII and the space: what every server's header parser takes
            if (c < 0x20 || c >= 0x7F) {
                throw new IllegalArgumentException(setter + "(…) refused: the " + what + " holds " + kind(c) + " at index " + i
                        + " of its " + secret.length() + " characters, " + (inHeader ? "which cannot go into an HTTP header"
                        : "which no " + what + " holds") + hint(c, i, secret.length()) + ". The " + what + " is not shown.");
            }
            i += Character.charCount(c);
        }
    }

    private static String kind(int c) {
        String code = String.format(Locale.ROOT, "U+%04X", c);
        if (c == '\r' || c == '\n') return "a line break (" + code + ")";
        if (c < 0x20 || c == 0x7F || Character.isISOControl(c)) return "a control character (" + code + ")";
        String name = Character.getName(c);
        return "a non-ASCII character (" + code + (name == null ? "" : " " + name) + ")";
    }

    private static String hint(int c, int index, int length) {
        if ((c == '\r' || c == '\n') && index >= length - 2) return " (a trailing line break, as read from a file?)";
        if (c >= 0x2010 && c <= 0x2015 || c == 0x2212) return " (a dash pasted for a hyphen?)";
        if (c >= 0x2018 && c <= 0x201F) return " (a typographic quote pasted for a plain one?)";
        if (c == 0xA0 || c == 0xFEFF || c >= 0x200B && c <= 0x200D) return " (an invisible character pasted along?)";
        return "";
    }
}
