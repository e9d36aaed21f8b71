package dev.docpoet.runtime;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What every generated enum shares: the wire value exactly as received (written back unchanged), and the documented
 * value it is, as a Java enum to switch on, whose catch-all stands for any value the docs do not list. A new value
 * from the server never breaks a client.
 *
 * @param <V> the wire type ({@code String}, {@code Long}, {@code BigInteger} past a long's range, {@code Double})
 * @param <K> the generated {@code Known} enum
 */
public abstract class OpenEnum<V, K extends Enum<K>> {
    private final V value;
    private final K known;
    private final K unknown;

    /**
     * @param unknown the {@code Known} constant that stands for an undocumented value
     */
    protected OpenEnum(V value, K known, K unknown) {
        this.value = Objects.requireNonNull(value, "value");
        this.known = known;
        this.unknown = unknown;
    }

    /** The wire value, exactly as received or documented. */
    @JsonValue
    public final V value() {
        return value;
    }

    /** The documented value this is, or the catch-all ({@code UNKNOWN}) for any other. */
    public final K known() {
        return known;
    }

    /** Whether the docs list this value. */
    public final boolean isKnown() {
        return known != unknown;
    }

    @Override
    public final boolean equals(@Nullable Object other) {
        return other != null && other.getClass() == getClass() && ((OpenEnum<?, ?>) other).value.equals(value);
    }

    @Override
    public final int hashCode() {
        return value.hashCode();
    }

    @Override
    public final String toString() {
        return String.valueOf(value);
    }
}
