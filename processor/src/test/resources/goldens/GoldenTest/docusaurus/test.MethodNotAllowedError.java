package test;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.docpoet.runtime.Components;
import dev.docpoet.runtime.FieldsReader;
import dev.docpoet.runtime.Unreadable;
import dev.docpoet.runtime.UnreadableValueException;
import dev.docpoet.runtime.ValueReaders;
import dev.docpoet.runtime.Violation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Body of a 405 response to {@code POST /store/order} (Place an order).
 *
 * <p>Source: blocks/docusaurus/place-order.api.mdx, line 52.
 *
 * @param code
 * @param message
 * @param additionalProperties properties the doc does not document, and documented ones the JSON had of another type
 *     (as {@link Unreadable}) or as null, kept so that nothing is lost
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE
)
@Generated(
        value = "dev.docpoet.processor.ApiDocsProcessor",
        comments = "Source: blocks/docusaurus/place-order.api.mdx"
)
@NullMarked
public record MethodNotAllowedError(@JsonProperty("code") @Nullable Long code,
        @JsonProperty("message") @Nullable String message,
        @JsonAnyGetter Map<String, Object> additionalProperties) {
    public MethodNotAllowedError {
        additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    }

    /**
     * The {@code code}, null when absent.
     *
     * @throws UnreadableValueException if the JSON had one of another type
     */
    public @Nullable Long code() {
        return Components.optional(code, additionalProperties, "code", "MethodNotAllowedError");
    }

    /**
     * The {@code message}, null when absent.
     *
     * @throws UnreadableValueException if the JSON had one of another type
     */
    public @Nullable String message() {
        return Components.optional(message, additionalProperties, "message", "MethodNotAllowedError");
    }

    static void check(MethodNotAllowedError v, String path, List<Violation> out) {
        Unreadable.report(v.additionalProperties, path, out);
    }

    /**
     * Reads the record from a JSON object; for Jackson.
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    static MethodNotAllowedError fromJson(Map<String, @Nullable Object> json) {
        return read(json, "");
    }

    static MethodNotAllowedError read(Map<String, @Nullable Object> json, String at) {
        FieldsReader r = new FieldsReader(json, at);
        return new MethodNotAllowedError(
                r.get("code", ValueReaders.LONG),
                r.get("message", ValueReaders.STRING),
                r.rest());
    }

    /**
     * A builder with nothing set yet.
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this record's values, to make a changed copy.
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link MethodNotAllowedError}; {@link #build()} checks that every required value is set.
     */
    public static final class Builder {
        private @Nullable Long code;

        private @Nullable String message;

        private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(MethodNotAllowedError from) {
            this.code = from.code;
            this.message = from.message;
            this.additionalProperties.putAll(from.additionalProperties);
        }

        public Builder code(@Nullable Long code) {
            this.code = code;
            additionalProperties.remove("code");
            return this;
        }

        public Builder message(@Nullable String message) {
            this.message = message;
            additionalProperties.remove("message");
            return this;
        }

        /**
         * Adds a property the docs do not document; it is written as given.
         */
        public Builder putAdditionalProperty(String name, @Nullable Object value) {
            additionalProperties.put(name, value);
            return this;
        }

        /**
         * The record.
         *
         * @throws IllegalStateException if a required value is not set
         */
        public MethodNotAllowedError build() {
            return new MethodNotAllowedError(code, message, additionalProperties);
        }
    }
}
