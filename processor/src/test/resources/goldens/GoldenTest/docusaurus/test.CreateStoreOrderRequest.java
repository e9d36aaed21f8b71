package test;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.docpoet.runtime.Components;
import dev.docpoet.runtime.FieldsReader;
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
 * @param petId
 * @param quantity
 * @param shipDate
 * @param complete
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
public record CreateStoreOrderRequest(@JsonProperty("petId") Long petId,
        @JsonProperty("quantity") Long quantity,
        @JsonProperty("shipDate") @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable OffsetDateTime shipDate,
        @JsonProperty("complete") @Nullable Boolean complete,
        @JsonAnyGetter Map<String, Object> additionalProperties) {
    public CreateStoreOrderRequest {
        additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    }

    /**
     * The required {@code petId}.
     *
     * @throws IllegalStateException if the JSON had none
     * @throws UnreadableValueException if it had one of another type
     */
    public Long petId() {
        return Components.required(petId, additionalProperties, "petId", "CreateStoreOrderRequest");
    }

    /**
     * The required {@code quantity}.
     *
     * @throws IllegalStateException if the JSON had none
     * @throws UnreadableValueException if it had one of another type
     */
    public Long quantity() {
        return Components.required(quantity, additionalProperties, "quantity", "CreateStoreOrderRequest");
    }

    /**
     * The {@code shipDate}, null when absent.
     *
     * @throws UnreadableValueException if the JSON had one of another type
     */
    public @Nullable OffsetDateTime shipDate() {
        return Components.optional(shipDate, additionalProperties, "shipDate", "CreateStoreOrderRequest");
    }

    /**
     * The {@code complete}, null when absent.
     *
     * @throws UnreadableValueException if the JSON had one of another type
     */
    public @Nullable Boolean complete() {
        return Components.optional(complete, additionalProperties, "complete", "CreateStoreOrderRequest");
    }

    static void check(CreateStoreOrderRequest v, String path, List<Violation> out) {
        Unreadable.report(v.additionalProperties, path, out);
        if (v.petId == null) {
            if (v.additionalProperties.get("petId") == null) {
                out.add(Violation.required(path + "/petId"));
            }
        }
        if (v.quantity == null) {
            if (v.additionalProperties.get("quantity") == null) {
                out.add(Violation.required(path + "/quantity"));
            }
        }
    }

    /**
     * Reads the record from a JSON object; for Jackson.
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
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
     * Builds a {@link CreateStoreOrderRequest}; {@link #build()} checks that every required value is set.
     */
    public static final class Builder {
        private @Nullable Long petId;

        private @Nullable Long quantity;

        private @Nullable OffsetDateTime shipDate;

        private @Nullable Boolean complete;

        private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(CreateStoreOrderRequest from) {
            this.petId = from.petId;
            this.quantity = from.quantity;
            this.shipDate = from.shipDate;
            this.complete = from.complete;
            this.additionalProperties.putAll(from.additionalProperties);
        }

        public Builder petId(Long petId) {
            this.petId = Objects.requireNonNull(petId, "petId");
            additionalProperties.remove("petId");
            return this;
        }

        public Builder quantity(Long quantity) {
            this.quantity = Objects.requireNonNull(quantity, "quantity");
            additionalProperties.remove("quantity");
            return this;
        }

        public Builder shipDate(@Nullable OffsetDateTime shipDate) {
            this.shipDate = shipDate;
            additionalProperties.remove("shipDate");
            return this;
        }

        public Builder complete(@Nullable Boolean complete) {
            this.complete = complete;
            additionalProperties.remove("complete");
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
        public CreateStoreOrderRequest build() {
            Required.set(petId, additionalProperties, "petId", "petId");
            Required.set(quantity, additionalProperties, "quantity", "quantity");
            return new CreateStoreOrderRequest(petId, quantity, shipDate, complete, additionalProperties);
        }
    }
}
