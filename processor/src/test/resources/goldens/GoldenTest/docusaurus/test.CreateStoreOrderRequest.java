package test;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.docpoet.runtime.Components;
import dev.docpoet.runtime.FieldsReader;
import dev.docpoet.runtime.JsonRecord;
import dev.docpoet.runtime.RecordBuilder;
import dev.docpoet.runtime.Required;
import dev.docpoet.runtime.Unreadable;
import dev.docpoet.runtime.UnreadableValueException;
import dev.docpoet.runtime.ValueReaders;
import dev.docpoet.runtime.Violation;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Body of a {@code POST /store/order} request (Place an order).
 *
 * <p>Source: blocks/docusaurus/place-order.api.mdx, line 44.
 *
 * <p>An accessor throws {@link UnreadableValueException} when the JSON had a value of another type than
 * documented (kept as read), and a required one's throws {@link IllegalStateException} when the JSON had none.
 *
 * @param petId
 * @param quantity
 * @param shipDate
 * @param complete
 * @param additionalProperties undocumented values, and ones kept as read ({@link Unreadable}) or null
 */
@JsonRecord
@Generated(value = "dev.docpoet.processor.ApiDocsProcessor", comments = "Source: blocks/docusaurus/place-order.api.mdx")
@NullMarked
public record CreateStoreOrderRequest(@JsonProperty("petId") Long petId,
        @JsonProperty("quantity") Long quantity,
        @JsonProperty("shipDate") @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable OffsetDateTime shipDate,
        @JsonProperty("complete") @Nullable Boolean complete,
        @JsonAnyGetter Map<String, Object> additionalProperties) {
    public CreateStoreOrderRequest {
        additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    }

    /** The required {@code petId}. */
    public Long petId() {
        return Components.required(petId, additionalProperties, "petId", "CreateStoreOrderRequest");
    }

    /** The required {@code quantity}. */
    public Long quantity() {
        return Components.required(quantity, additionalProperties, "quantity", "CreateStoreOrderRequest");
    }

    /** The {@code shipDate}, null when absent. */
    public @Nullable OffsetDateTime shipDate() {
        return Components.optional(shipDate, additionalProperties, "shipDate", "CreateStoreOrderRequest");
    }

    /** The {@code complete}, null when absent. */
    public @Nullable Boolean complete() {
        return Components.optional(complete, additionalProperties, "complete", "CreateStoreOrderRequest");
    }

    static void check(CreateStoreOrderRequest v, String path, List<Violation> out) {
        Unreadable.report(v.additionalProperties, path, out);
        Required.check(v.petId, v.additionalProperties, "petId", path, "/petId", out);
        Required.check(v.quantity, v.additionalProperties, "quantity", path, "/quantity", out);
    }

    /** Every violation of the documented contract, in nested records too, in field order; none when it conforms. */
    public List<Violation> validate() {
        return Violation.collect(out -> check(this, "", out));
    }

    /** Reads the record from a JSON object; for Jackson. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static CreateStoreOrderRequest fromJson(Map<String, @Nullable Object> json) {
        return read(json, "");
    }

    static CreateStoreOrderRequest read(Map<String, @Nullable Object> json, String at) {
        FieldsReader r = new FieldsReader(json, at);
        return new CreateStoreOrderRequest(
                r.get("petId", ValueReaders.LONG),
                r.get("quantity", ValueReaders.LONG),
                r.get("shipDate", ValueReaders.DATE_TIME),
                r.get("complete", ValueReaders.BOOLEAN),
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

    /** Builds a {@link CreateStoreOrderRequest}; {@link #build()} checks that every required value is set. */
    public static final class Builder extends RecordBuilder<Builder> {
        private Builder() {
            super(4);
        }

        private Builder(CreateStoreOrderRequest from) {
            super(new Object[] {from.petId, from.quantity, from.shipDate, from.complete},
                    from.additionalProperties);
        }

        public Builder petId(Long petId) {
            return given(0, "petId", Objects.requireNonNull(petId, "petId"));
        }

        public Builder quantity(Long quantity) {
            return given(1, "quantity", Objects.requireNonNull(quantity, "quantity"));
        }

        public Builder shipDate(@Nullable OffsetDateTime shipDate) {
            return given(2, "shipDate", shipDate);
        }

        public Builder complete(@Nullable Boolean complete) {
            return given(3, "complete", complete);
        }

        /** The record; {@link IllegalStateException} if a required value is not set. */
        public CreateStoreOrderRequest build() {
            require(0, "petId", "petId");
            require(1, "quantity", "quantity");
            return new CreateStoreOrderRequest((Long) values[0], (Long) values[1],
                    (OffsetDateTime) values[2], (Boolean) values[3], properties);
        }
    }
}
