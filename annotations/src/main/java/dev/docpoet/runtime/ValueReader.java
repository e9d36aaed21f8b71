package dev.docpoet.runtime;

/**
 * Turns one untyped JSON value (as Jackson reads it into {@code Object}: maps, lists, strings, numbers, booleans) into
 * the Java type the docs give it. Generated records compose them from {@link ValueReaders}; a value of another type is
 * refused, and the record keeps it as {@link Unreadable}.
 *
 * @param <T> the Java type
 */
@FunctionalInterface
public interface ValueReader<T> {
    /**
     * The value as a {@code T}.
     *
     * @param raw a JSON value that is not null
     * @param at its JSON pointer, to name it when a value inside it does not read
     */
    T read(Object raw, String at);
}
