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
 * Body of a 201 response to {@code POST /shipments} (Create a shipment).
 *
 * <p>Source: blocks/gitbook/shipments.md, line 47.
 *
 * <p>An accessor throws {@link UnreadableValueException} when the JSON had a value of another type than
 * documented (kept as read), and a required one's throws {@link IllegalStateException} when the JSON had none.
 *
 * @param id (inferred from the example)
 * @param status (inferred from the example)
 * @param additionalProperties undocumented values, and ones kept as read ({@link Unreadable}) or null
 */
@JsonRecord
@Generated(value = "dev.docpoet.processor.ApiDocsProcessor", comments = "Source: blocks/gitbook/shipments.md")
@NullMarked
public record CreateShipmentResponse(@JsonProperty("id") @Nullable String id,
        @JsonProperty("status") @Nullable String status,
        @JsonAnyGetter Map<String, Object> additionalProperties) {
    public CreateShipmentResponse {
        additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    }

    /** The {@code id}, null when absent. */
    public @Nullable String id() {
        return Components.optional(id, additionalProperties, "id", "CreateShipmentResponse");
    }

    /** The {@code status}, null when absent. */
    public @Nullable String status() {
        return Components.optional(status, additionalProperties, "status", "CreateShipmentResponse");
    }

    static void check(CreateShipmentResponse v, String path, List<Violation> out) {
        Unreadable.report(v.additionalProperties, path, out);
    }

    /** Every violation of the documented contract, in nested records too, in field order; none when it conforms. */
    public List<Violation> validate() {
        return Violation.collect(out -> check(this, "", out));
    }

    /** Reads the record from a JSON object; for Jackson. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static CreateShipmentResponse fromJson(Map<String, @Nullable Object> json) {
        return read(json, "");
    }

    static CreateShipmentResponse read(Map<String, @Nullable Object> json, String at) {
        FieldsReader r = new FieldsReader(json, at);
        return new CreateShipmentResponse(
                r.get("id", ValueReaders.STRING),
                r.get("status", ValueReaders.STRING),
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

    /** Builds a {@link CreateShipmentResponse}; {@link #build()} checks that every required value is set. */
    public static final class Builder extends RecordBuilder<Builder> {
        private Builder() {
            super(2);
        }

        private Builder(CreateShipmentResponse from) {
            super(new Object[] {from.id, from.status}, from.additionalProperties);
        }

        public Builder id(@Nullable String id) {
            return given(0, "id", id);
        }

        public Builder status(@Nullable String status) {
            return given(1, "status", status);
        }

        /** The record; {@link IllegalStateException} if a required value is not set. */
        public CreateShipmentResponse build() {
            return new CreateShipmentResponse((String) values[0], (String) values[1], properties);
        }
    }
}
