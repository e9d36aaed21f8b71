package dev.docpoet.runtime;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What every generated record's {@code Builder} shares: the values set so far, in component order, and the properties
 * the docs do not document. A generated builder adds only a typed setter per component and {@code build()}.
 *
 * @param <B> the generated builder, which setters return
 */
public abstract class RecordBuilder<B extends RecordBuilder<B>> {
    /** The values set so far, in the record's component order; null where none is set. */
    protected final @Nullable Object[] values;
    /** The properties the docs do not document, and values a copied record kept as read; written as given. */
    protected final Map<String, @Nullable Object> properties = new LinkedHashMap<>();

    /** A builder with nothing set, for a record of {@code size} documented components. */
    protected RecordBuilder(int size) {
        values = new Object[size];
    }

    /** A builder holding a record's values (in component order) and its other properties. */
    protected RecordBuilder(@Nullable Object[] values, Map<String, ?> properties) {
        this.values = values;
        this.properties.putAll(properties);
    }

    /** Adds a property the docs do not document; it is written as given. */
    public final B putAdditionalProperty(String name, @Nullable Object value) {
        properties.put(name, value);
        return self();
    }

    /**
     * What a setter does: keeps the value at its index; a value a copied record kept as read because it was of another
     * type gives way to the one set.
     */
    protected final B given(int index, String wireName, @Nullable Object value) {
        values[index] = value;
        properties.remove(wireName);
        return self();
    }

    /** What {@code build()} does for a required value: throws, naming it and its setter, when it was never set. */
    protected final void require(int index, String wireName, String setter) {
        Required.set(values[index], properties, wireName, setter);
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }
}
