package dev.docpoet.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

/**
 * The readers generated records use, one per kind of documented value. They are strict where Jackson would coerce: a
 * number is not text, a fraction is not an integer, and text is not a number, so that a value read is the value sent.
 */
public final class ValueReaders {
    private ValueReaders() {}

    /** Text. */
    public static final ValueReader<String> STRING = (raw, at) -> raw instanceof String s ? s : fail("a string");

    /** A boolean. */
    public static final ValueReader<Boolean> BOOLEAN = (raw, at) -> raw instanceof Boolean b ? b : fail("a boolean");

    /** A whole number that fits a {@code long}; {@code 2.0} is 2, {@code 2.5} is refused. */
    public static final ValueReader<Long> LONG = (raw, at) -> {
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Byte) return ((Number) raw).longValue();
        if (raw instanceof Number n) {
            try {
                return decimal(n).longValueExact();
            } catch (ArithmeticException e) {
                return fail("an integer");
            }
        }
        return fail("an integer");
    };

    /**
     * A whole number of any size, for integers the docs give past a long's range ({@code 18446744073709551615}); {@code 2.0}
     * is 2, {@code 2.5} is refused.
     */
    public static final ValueReader<BigInteger> BIG_INTEGER = (raw, at) -> {
        if (raw instanceof BigInteger i) return i;
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Byte) {
            return BigInteger.valueOf(((Number) raw).longValue());
        }
        if (raw instanceof Number n) {
            try {
                return decimal(n).toBigIntegerExact();
            } catch (ArithmeticException e) {
                return fail("an integer");
            }
        }
        return fail("an integer");
    };

    /** Any number, exactly as read (Jackson reads fractions as doubles unless told USE_BIG_DECIMAL_FOR_FLOATS). */
    public static final ValueReader<BigDecimal> DECIMAL = (raw, at) -> raw instanceof Number n ? decimal(n) : fail("a number");

    /** An ISO-8601 date-time with an offset. */
    public static final ValueReader<OffsetDateTime> DATE_TIME = (raw, at) -> {
        if (raw instanceof String s) {
            try {
                return OffsetDateTime.parse(s);
            } catch (DateTimeParseException e) {
                // below
            }
        }
        return fail("an ISO-8601 date-time");
    };

    /** An ISO-8601 date. */
    public static final ValueReader<LocalDate> DATE = (raw, at) -> {
        if (raw instanceof String s) {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                // below
            }
        }
        return fail("an ISO-8601 date");
    };

    /** Any JSON object, untyped. */
    @SuppressWarnings("unchecked")
    public static final ValueReader<Map<String, Object>> OBJECT = (raw, at) -> raw instanceof Map<?, ?> m ? (Map<String, Object>) m : fail("an object");

    /** Any JSON value, untyped. */
    public static final ValueReader<Object> ANY = (raw, at) -> raw;

    /** A generated record, read from a JSON object by its {@code read(json, at)}. */
    @SuppressWarnings("unchecked")
    public static <T> ValueReader<T> record(BiFunction<Map<String, @Nullable Object>, String, T> read) {
        return (raw, at) -> raw instanceof Map<?, ?> m ? read.apply((Map<String, @Nullable Object>) m, at) : fail("an object");
    }

    /** A value read from text, such as an open enum's {@code of(String)}. */
    public static <T> ValueReader<T> text(Function<String, T> of) {
        return (raw, at) -> of.apply(STRING.read(raw, at));
    }

    /** A value read from a whole number, such as an open enum's {@code of(long)}. */
    public static <T> ValueReader<T> whole(LongFunction<T> of) {
        return (raw, at) -> of.apply(LONG.read(raw, at));
    }

    /** A value read from a whole number of any size, such as the {@code of(BigInteger)} of an open enum past a long's range. */
    public static <T> ValueReader<T> bigWhole(Function<BigInteger, T> of) {
        return (raw, at) -> of.apply(BIG_INTEGER.read(raw, at));
    }

    /** A value read from any number, such as an open enum's {@code of(double)}. */
    public static <T> ValueReader<T> fraction(DoubleFunction<T> of) {
        return (raw, at) -> raw instanceof Number n ? of.apply(n.doubleValue()) : fail("a number");
    }

    /** A JSON array, each item read by {@code items}; a null item stays null. */
    public static <T> ValueReader<List<@Nullable T>> list(ValueReader<T> items) {
        return (raw, at) -> {
            if (!(raw instanceof List<?> in)) return fail("an array");
            List<@Nullable T> out = new ArrayList<>(in.size());
            for (int i = 0; i < in.size(); i++) {
                Object item = in.get(i);
                out.add(item == null ? null : inside(items, item, at + "/" + i));
            }
            return Collections.unmodifiableList(out);
        };
    }

    /** A JSON object used as a map, each value read by {@code values}; a null value stays null. */
    public static <T> ValueReader<Map<String, @Nullable T>> map(ValueReader<T> values) {
        return (raw, at) -> {
            if (!(raw instanceof Map<?, ?> in)) return fail("an object");
            Map<String, @Nullable T> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : in.entrySet()) {
                String key = String.valueOf(e.getKey());
                Object value = e.getValue();
                out.put(key, value == null ? null : inside(values, value, at + "/" + Unreadable.escape(key)));
            }
            return Collections.unmodifiableMap(out);
        };
    }

    private static <T> T inside(ValueReader<T> reader, Object raw, String at) {
        try {
            return reader.read(raw, at);
        } catch (Mismatch m) {
            throw m.placed() ? m : new Mismatch(at, raw, m.expected());
        }
    }

    private static BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal d) return d;
        if (n instanceof BigInteger i) return new BigDecimal(i);
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) throw new Mismatch(null, n, "a finite number");
            return BigDecimal.valueOf(d);
        }
        return BigDecimal.valueOf(n.longValue());
    }

    private static <T> T fail(String expected) {
        throw new Mismatch(null, null, expected);
    }

    /**
     * A value that is not of the type a reader wants; cheap, as values of the wrong type are expected input. A reader
     * of one value throws it without knowing where the value is; the list, map or record around it fills that in.
     */
    static final class Mismatch extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final @Nullable String at;
        private final transient @Nullable Object found;
        private final String expected;

        Mismatch(@Nullable String at, @Nullable Object found, String expected) {
            super(expected, null, false, false);
            this.at = at;
            this.found = found;
            this.expected = expected;
        }

        /** Whether it knows where it is (a list or map reader placed it at the item that did not read). */
        boolean placed() {
            return at != null;
        }

        String expected() {
            return expected;
        }

        /** What a record keeps of the {@code raw} value at {@code pointer} that did not read. */
        Unreadable kept(Object raw, String pointer) {
            return at == null || found == null ? new Unreadable(raw, pointer, pointer, raw, expected)
                    : new Unreadable(raw, pointer, at, found, expected);
        }
    }
}
