package dev.docpoet.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An immutable JSON value from a doc (an example, a default). The model never hands out a mutable Jackson tree:
 * {@link #node()} gives a fresh copy each time.
 */
public final class JsonValue {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode node;

    private JsonValue(JsonNode node) {
        this.node = node;
    }

    /** A value holding a copy of {@code node}, so that later changes to {@code node} do not reach the model. */
    public static JsonValue of(JsonNode node) {
        return new JsonValue(node.deepCopy());
    }

    /** A copy of the value as a Jackson tree, free to change. */
    public JsonNode node() {
        return node.deepCopy();
    }

    /** The value as compact JSON text. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    @Override
    public boolean equals(@org.jspecify.annotations.Nullable Object o) {
        return o instanceof JsonValue v && v.node.equals(node);
    }

    @Override
    public int hashCode() {
        return node.hashCode();
    }

    @Override
    public String toString() {
        return toJson();
    }
}
