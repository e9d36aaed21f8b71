package dev.docpoet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The readers are strict where Jackson coerces, and a reader of records places what did not read. */
class ValueReadersTest {
    @Test
    void wholeNumbersAreWholeAndNothingElse() {
        assertEquals(2L, ValueReaders.LONG.read(2, ""));
        assertEquals(2L, ValueReaders.LONG.read(2.0, ""), "2.0 is the integer 2");
        assertEquals(9007199254740993L, ValueReaders.LONG.read(new BigDecimal("9007199254740993"), ""));
        assertThrows(ValueReaders.Mismatch.class, () -> ValueReaders.LONG.read(2.5, ""));
        assertThrows(ValueReaders.Mismatch.class, () -> ValueReaders.LONG.read(new BigInteger("99999999999999999999"), ""));
        assertThrows(ValueReaders.Mismatch.class, () -> ValueReaders.LONG.read("2", ""), "text is not a number");
    }

    @Test
    void wholeNumbersPastALongAreBigIntegers() {
        BigInteger max = new BigInteger("18446744073709551615");
        assertEquals(max, ValueReaders.BIG_INTEGER.read(max, ""));
        assertEquals(BigInteger.TWO, ValueReaders.BIG_INTEGER.read(2, ""));
        assertEquals(BigInteger.valueOf(Long.MIN_VALUE), ValueReaders.BIG_INTEGER.read(Long.MIN_VALUE, ""));
        assertEquals(max, ValueReaders.BIG_INTEGER.read(new BigDecimal("18446744073709551615.0"), ""), "a whole number written with .0");
        assertThrows(ValueReaders.Mismatch.class, () -> ValueReaders.BIG_INTEGER.read(2.5, ""));
        assertThrows(ValueReaders.Mismatch.class, () -> ValueReaders.BIG_INTEGER.read("18446744073709551615", ""), "text is not a number");
        assertEquals("v" + max, ValueReaders.bigWhole(i -> "v" + i).read(max, ""));
    }

    @Test
    void textIsTextAndDatesAreIso() {
        assertThrows(ValueReaders.Mismatch.class, () -> ValueReaders.STRING.read(5, ""), "a number is not text");
        assertEquals(OffsetDateTime.parse("2025-03-04T08:00:00+01:00"), ValueReaders.DATE_TIME.read("2025-03-04T08:00:00+01:00", ""));
        assertThrows(ValueReaders.Mismatch.class, () -> ValueReaders.DATE_TIME.read("2025-03-04", ""));
        assertThrows(ValueReaders.Mismatch.class, () -> ValueReaders.DATE.read("yesterday", ""));
        assertEquals(new BigDecimal("0.00025"), ValueReaders.DECIMAL.read(0.00025, ""));
        assertThrows(ValueReaders.Mismatch.class, () -> ValueReaders.DECIMAL.read(Double.NaN, ""));
    }

    @Test
    void whatDidNotReadIsKeptWithThePointerOfTheItem() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("extra", true);
        json.put("ids", new ArrayList<>(Arrays.asList(1, null, "x")));
        json.put("name", "n");
        json.put("gone", null);
        FieldsReader r = new FieldsReader(json, "/items/3");
        assertNull(r.get("ids", ValueReaders.list(ValueReaders.LONG)));
        assertEquals("n", r.get("name", ValueReaders.STRING));
        assertNull(r.get("gone", ValueReaders.STRING));
        assertNull(r.get("absent", ValueReaders.STRING));
        Map<String, Object> rest = r.rest();
        assertEquals(List.of("extra", "ids", "gone"), List.copyOf(rest.keySet()), "in the JSON's order");
        assertTrue(rest.containsKey("gone") && rest.get("gone") == null, "a null the JSON had is kept, to be written back");
        Unreadable ids = (Unreadable) rest.get("ids");
        assertSame(json.get("ids"), ids.raw());
        assertEquals("/items/3/ids", ids.pointer());
        assertEquals("/items/3/ids/2", ids.at());
        assertEquals("x", ids.found());
        assertEquals("an integer", ids.expected());
        List<Violation> out = new ArrayList<>();
        Unreadable.report(rest, "/items/3", out);
        assertEquals("[/items/3/ids/2: \"x\" is not an integer (kept as read)]", out.toString());
    }

    @Test
    void aNullOfAComponentThatWritesNullItselfIsNotKeptTwice() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("note", null);
        json.put("tag", null);
        FieldsReader r = new FieldsReader(json, "");
        assertNull(r.getAlwaysWritten("note", ValueReaders.STRING));
        assertNull(r.get("tag", ValueReaders.STRING));
        assertEquals(List.of("tag"), List.copyOf(r.rest().keySet()));
        FieldsReader all = new FieldsReader(Map.of(), "");
        assertNull(all.getAlwaysWritten("note", ValueReaders.STRING), "absent is not null");
        assertSame(Map.of(), all.rest());
    }

    @Test
    void aReaderThatReadsEverythingLeavesNothingElse() {
        FieldsReader r = new FieldsReader(Map.of("a", "x"), "");
        r.get("a", ValueReaders.STRING);
        assertSame(Map.of(), r.rest());
    }

    @Test
    void aRequiredNullablePropertyTheJsonLackedIsNotedForTheRecordAndANullKept() {
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("lockedAt", null);
        FieldsReader r = new FieldsReader(json, "");
        assertNull(r.getRequiredNullable("lockedAt", ValueReaders.STRING));
        assertNull(r.getRequiredNullable("ownerId", ValueReaders.STRING));
        Map<String, Object> rest = r.rest();
        assertTrue(rest.containsKey("lockedAt") && rest.get("lockedAt") == null, "the JSON's null, written back");
        assertSame(Components.ABSENT, rest.get("ownerId"), "noted, for the record's constructor");
        // the constructor: the note goes, nothing is added for the absent one; a null set by a caller is added
        Map<String, Object> kept = Components.requiredNullable(rest, "ownerId", null);
        assertFalse(kept.containsKey("ownerId"));
        assertTrue(Components.requiredNullable(Map.of(), "ownerId", null).containsKey("ownerId"), "built with null: sent as null");
        assertSame(rest, Components.requiredNullable(rest, "lockedAt", null), "the JSON's null is there already");
    }
}
