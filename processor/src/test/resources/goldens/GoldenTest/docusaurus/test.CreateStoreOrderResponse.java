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
 * Body of a 200 response to {@code POST /store/order} (Place an order).
 *
 * <p>Source: blocks/docusaurus/place-order.api.mdx, line 52.
 *
 * <p>An accessor throws {@link UnreadableValueException} when the JSON had a value of another type than
 * documented (kept as read), and a required one's throws {@link IllegalStateException} when the JSON had none.
 *
 * @param id
 * @param status
 * @param petId
 * @param additionalProperties undocumented values, and ones kept as read ({@link Unreadable}) or null
 */
@JsonRecord
@Generated(value = "dev.docpoet.processor.ApiDocsProcessor", comments = "Source: blocks/docusaurus/place-order.api.mdx")
@NullMarked
public record CreateStoreOrderResponse(@JsonProperty("id") @Nullable Long id,
        @JsonProperty("status") @Nullable CreateStoreOrderResponseStatus status,
        @JsonProperty("petId") @Nullable Long petId,
        @JsonAnyGetter Map<String, Object> additionalProperties) {
    public CreateStoreOrderResponse {
        additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    }

    /** The {@code id}, null when absent. */
    public @Nullable Long id() {
        return Components.optional(id, additionalProperties, "id", "CreateStoreOrderResponse");
    }

    /** The {@code status}, null when absent. */
    public @Nullable CreateStoreOrderResponseStatus status() {
        return Components.optional(status, additionalProperties, "status", "CreateStoreOrderResponse");
    }

    /** The {@code petId}, null when absent. */
    public @Nullable Long petId() {
        return Components.optional(petId, additionalProperties, "petId", "CreateStoreOrderResponse");
    }

    static void check(CreateStoreOrderResponse v, String path, List<Violation> out) {
        Unreadable.report(v.additionalProperties, path, out);
        if (v.status != null) {
            if (!v.status.isKnown()) {
                out.add(Violation.unknownEnumValue(path + "/status", v.status.value(), "[placed, approved, delivered]"));
            }
        }
    }

    /** Every violation of the documented contract, in nested records too, in field order; none when it conforms. */
    public List<Violation> validate() {
        return Violation.collect(out -> check(this, "", out));
    }

    /** Reads the record from a JSON object; for Jackson. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static CreateStoreOrderResponse fromJson(Map<String, @Nullable Object> json) {
        return read(json, "");
    }

    static CreateStoreOrderResponse read(Map<String, @Nullable Object> json, String at) {
        FieldsReader r = new FieldsReader(json, at);
        return new CreateStoreOrderResponse(
                r.get("id", ValueReaders.LONG),
                r.get("status", ValueReaders.text(CreateStoreOrderResponseStatus::of)),
                r.get("petId", ValueReaders.LONG),
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

    /** Builds a {@link CreateStoreOrderResponse}; {@link #build()} checks that every required value is set. */
    public static final class Builder extends RecordBuilder<Builder> {
        private Builder() {
            super(3);
        }

        private Builder(CreateStoreOrderResponse from) {
            super(new Object[] {from.id, from.status, from.petId}, from.additionalProperties);
        }

        public Builder id(@Nullable Long id) {
            return given(0, "id", id);
        }

        public Builder status(@Nullable CreateStoreOrderResponseStatus status) {
            return given(1, "status", status);
        }

        public Builder petId(@Nullable Long petId) {
            return given(2, "petId", petId);
        }

        /** The record; {@link IllegalStateException} if a required value is not set. */
        public CreateStoreOrderResponse build() {
            return new CreateStoreOrderResponse((Long) values[0],
                    (CreateStoreOrderResponseStatus) values[1], (Long) values[2], properties);
        }
    }
}
