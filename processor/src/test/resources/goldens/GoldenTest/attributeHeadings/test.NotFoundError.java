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
 * Body of a 404 response to {@code GET /api/v1/tickets/{id}} (View a ticket).
 *
 * <p>Source: attributes/methods/tickets.md, line 52.
 *
 * <p>An accessor throws {@link UnreadableValueException} when the JSON had a value of another type than
 * documented (kept as read), and a required one's throws {@link IllegalStateException} when the JSON had none.
 *
 * @param error (inferred from the example)
 * @param additionalProperties undocumented values, and ones kept as read ({@link Unreadable}) or null
 */
@JsonRecord
@Generated(value = "dev.docpoet.processor.ApiDocsProcessor", comments = "Source: attributes/methods/tickets.md")
@NullMarked
public record NotFoundError(@JsonProperty("error") @Nullable String error,
        @JsonAnyGetter Map<String, Object> additionalProperties) {
    public NotFoundError {
        additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    }

    /** The {@code error}, null when absent. */
    public @Nullable String error() {
        return Components.optional(error, additionalProperties, "error", "NotFoundError");
    }

    static void check(NotFoundError v, String path, List<Violation> out) {
        Unreadable.report(v.additionalProperties, path, out);
    }

    /** Every violation of the documented contract, in nested records too, in field order; none when it conforms. */
    public List<Violation> validate() {
        return Violation.collect(out -> check(this, "", out));
    }

    /** Reads the record from a JSON object; for Jackson. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static NotFoundError fromJson(Map<String, @Nullable Object> json) {
        return read(json, "");
    }

    static NotFoundError read(Map<String, @Nullable Object> json, String at) {
        FieldsReader r = new FieldsReader(json, at);
        return new NotFoundError(
                r.get("error", ValueReaders.STRING),
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

    /** Builds a {@link NotFoundError}; {@link #build()} checks that every required value is set. */
    public static final class Builder extends RecordBuilder<Builder> {
        private Builder() {
            super(1);
        }

        private Builder(NotFoundError from) {
            super(new Object[] {from.error}, from.additionalProperties);
        }

        public Builder error(@Nullable String error) {
            return given(0, "error", error);
        }

        /** The record; {@link IllegalStateException} if a required value is not set. */
        public NotFoundError build() {
            return new NotFoundError((String) values[0], properties);
        }
    }
}
