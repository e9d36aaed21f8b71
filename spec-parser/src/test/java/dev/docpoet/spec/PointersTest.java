package dev.docpoet.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** JSON-pointer tokens as RFC 6901 has them, including the order that makes {@code ~01} unambiguous. */
class PointersTest {
    @Test
    void escapesTildeBeforeSlash() {
        assertEquals("a~1b", Pointers.escape("a/b"));
        assertEquals("~01", Pointers.escape("~1"));
        assertEquals("plain", Pointers.escape("plain"));
    }

    @Test
    void unescapeUndoesEscape() {
        for (String key : new String[] {"a/b", "~1", "~0/~", "", "x~y/z"}) assertEquals(key, Pointers.unescape(Pointers.escape(key)));
        assertEquals("~1", Pointers.unescape("~01"));
    }

    @Test
    void appendAddsOneToken() {
        assertEquals("/paths", Pointers.append("", "paths"));
        assertEquals("/paths/~1v1~1tickets", Pointers.append("/paths", "/v1/tickets"));
    }
}
