package dev.docpoet.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One status table for every layer: the export's descriptions and the generator's error names read the same phrases. */
class StatusesTest {
    @Test
    void knownStatusesHaveTheirReasonPhrase() {
        assertEquals("OK", Statuses.phrase("200"));
        assertEquals("Not Found", Statuses.phrase("404"));
        assertEquals("Payment Required", Statuses.phrase("402"));
        assertEquals("Unprocessable Content", Statuses.phrase("422"));
    }

    @Test
    void defaultAndUnknownStatusesHaveNone() {
        assertNull(Statuses.phrase("default"));
        assertNull(Statuses.phrase("418"));
        assertNull(Statuses.phrase("4XX"));
    }

    @Test
    void classesAreThoseOfResponse() {
        assertTrue(Statuses.isSuccess("204"));
        assertTrue(Statuses.isSuccess("2XX"));
        assertFalse(Statuses.isSuccess("default"));
        assertTrue(Statuses.isError("404"));
        assertTrue(Statuses.isError("5XX"));
        assertTrue(Statuses.isError("default"), "APIs document their error shape as `default`");
        assertFalse(Statuses.isError("304"));
        assertEquals(Statuses.isError("429"), new Response("429", null, new SourceLocation("a.md", 1, 1)).isError());
    }
}
