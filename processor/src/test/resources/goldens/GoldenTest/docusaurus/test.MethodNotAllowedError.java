package test;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.docpoet.runtime.Components;
import dev.docpoet.runtime.FieldsReader;
import dev.docpoet.runtime.JsonRecord;
import dev.docpoet.runtime.RecordBuilder;
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
 * <p>An accessor throws {@link UnreadableValueException} when the JSON had a value of another type than
 * documented (kept as read), and a required one's throws {@link IllegalStateException} when the JSON had none.
 *
 * @param code
 * @param message
 * @param additionalProperties undocumented values, and ones kept as read ({@link Unreadable}) or null
 */
@JsonRecord
@Generated(value = "dev.docpoet.processor.ApiDocsProcessor", comments = "Source: blocks/docusaurus/place-order.api.mdx")
@NullMarked
public record MethodNotAllowedError(@JsonProperty("code") @Nullable Long code,
        @JsonProperty("message") @Nullable String message,
        @JsonAnyGetter Map<String, Object> additionalProperties) {
    public MethodNotAllowedError {
        additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    }

    /** The {@code code}, null when absent. */
    public @Nullable Long code() {
        return Components.optional(code, additionalProperties, "code", "MethodNotAllowedError");
    }

    /** The {@code message}, null when absent. */
    public @Nullable String message() {
        return Components.optional(message, additionalProperties, "message", "MethodNotAllowedError");
    }

    static void check(MethodNotAllowedError v, String path, List<Violation> out) {
        Unreadable.report(v.additionalProperties, path, out);
    }

    /** Every violation of the documented contract, in nested records too, in field order; none when it conforms. */
    public List<Violation> validate() {
        return Violation.collect(out -> check(this, "", out));
    }

    /** Reads the record from a JSON object; for Jackson. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
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

    /** A builder with nothing set yet. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to make a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link MethodNotAllowedError}; {@link #build()} checks that every required value is set. */
    public static final class Builder extends RecordBuilder<Builder> {
        private Builder() {
            super(2);
        }

        private Builder(MethodNotAllowedError from) {
            super(new Object[] {from.code, from.message}, from.additionalProperties);
        }

        public Builder code(@Nullable Long code) {
            return given(0, "code", code);
        }

        public Builder message(@Nullable String message) {
            return given(1, "message", message);
        }

        /** The record; {@link IllegalStateException} if a required value is not set. */
        public MethodNotAllowedError build() {
            return new MethodNotAllowedError((Long) values[0], (String) values[1], properties);
        }
    }
}
