package dev.docpoet.parse.internal.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The operation a ReadMe API page names, found in a spec that is read once for all the pages that name it. */
class OperationIdsTest {
    private static final String SPEC = "{\"paths\": {\"/pets/{petId}\": {\"get\": {\"operationId\": \"getPet\"}, \"delete\": {}}},"
            + " \"x-nonce\": \"" + System.nanoTime() + "\"}";

    @Test
    void aSpecIsParsedOnceForEveryPageThatNamesIt() {
        int before = OperationIds.PARSES.get();
        for (int page = 0; page < 50; page++) {
            // each page reads the spec's file again: equal text, another string
            String text = new String(SPEC.toCharArray());
            assertEquals(new OperationIds.Operation("GET", "/pets/{petId}"), OperationIds.find(text, "getPet"));
            assertEquals(new OperationIds.Operation("DELETE", "/pets/{petId}"), OperationIds.find(text, "delete_pets-petid"));
            assertNull(OperationIds.find(text, "nothing"));
        }
        assertEquals(1, OperationIds.PARSES.get() - before);
    }
}
