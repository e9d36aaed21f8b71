package dev.docpoet.spec;

/** JSON pointers (RFC 6901), which locate a value inside an example or a spec: one way to build and read their tokens. */
public final class Pointers {
    private Pointers() {}

    /** A key as one pointer token: {@code ~} becomes {@code ~0} and {@code /} becomes {@code ~1}, in that order. */
    public static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** The key a pointer token stands for; {@code ~1} first, so that {@code ~01} reads as {@code ~1}. */
    public static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }

    /** The pointer to {@code key} inside the value {@code pointer} points at ({@code ""} is the whole document). */
    public static String append(String pointer, String key) {
        return pointer + "/" + escape(key);
    }
}
