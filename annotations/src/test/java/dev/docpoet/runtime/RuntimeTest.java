package dev.docpoet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuntimeTest {
    @Test
    void violationsReadLikeSentences() {
        assertEquals("/a/0/b: required but missing", Violation.required("/a/0/b").toString());
        assertEquals("/state: pending is not one of [open, closed]",
                Violation.unknownEnumValue("/state", "pending", "[open, closed]").toString());
        assertEquals("/email: x@ is not a valid email", Violation.format("/email", "x@", "email").toString());
        assertEquals("/: required but missing", Violation.required("").toString());
        assertEquals("/at: {\"a\":[1,\"x\"]} is not a string (kept as read)", Violation.type("/at", Map.of("a", List.of(1, "x")), "a string").toString());
    }

    @Test
    void formats() {
        assertTrue(Formats.isEmail("john@example.com"));
        assertFalse(Formats.isEmail("john@example"));
        assertTrue(Formats.isUri("https://example.com/pricing"));
        assertFalse(Formats.isUri("not a uri"));
        assertFalse(Formats.isUri("/relative"));
        assertTrue(Formats.isUuid("3fa85f64-5717-4562-b3fc-2c963f66afa6"));
        assertFalse(Formats.isUuid("3fa85f64"));
    }
}
