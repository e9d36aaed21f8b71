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
 * Body of a 200 response to {@code POST /store/order} (Place an order).
 *
 * <p>Source: blocks/docusaurus/place-order.api.mdx, line 52.
 *
 * @param id
 * @param status
 * @param petId
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
public record CreateStoreOrderResponse(@JsonProperty("id") @Nullable Long id,
        @JsonProperty("status") @Nullable CreateStoreOrderResponseStatus status,
        @JsonProperty("petId") @Nullable Long petId,
        @JsonAnyGetter Map<String, Object> additionalProperties) {
    public CreateStoreOrderResponse {
        additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    }

    /**
     * The {@code id}, null when absent.
     *
     * @throws UnreadableValueException if the JSON had one of another type
     */
    public @Nullable Long id() {
        return Components.optional(id, additionalProperties, "id", "CreateStoreOrderResponse");
    }

    /**
     * The {@code status}, null when absent.
     *
     * @throws UnreadableValueException if the JSON had one of another type
     */
    public @Nullable CreateStoreOrderResponseStatus status() {
        return Components.optional(status, additionalProperties, "status", "CreateStoreOrderResponse");
    }

    /**
     * The {@code petId}, null when absent.
     *
     * @throws UnreadableValueException if the JSON had one of another type
     */
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

    /**
     * Reads the record from a JSON object; for Jackson.
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
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
     * Builds a {@link CreateStoreOrderResponse}; {@link #build()} checks that every required value is set.
     */
    public static final class Builder {
        private @Nullable Long id;

        private @Nullable CreateStoreOrderResponseStatus status;

        private @Nullable Long petId;

        private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(CreateStoreOrderResponse from) {
            this.id = from.id;
            this.status = from.status;
            this.petId = from.petId;
            this.additionalProperties.putAll(from.additionalProperties);
        }

        public Builder id(@Nullable Long id) {
            this.id = id;
            additionalProperties.remove("id");
            return this;
        }

        public Builder status(@Nullable CreateStoreOrderResponseStatus status) {
            this.status = status;
            additionalProperties.remove("status");
            return this;
        }

        public Builder petId(@Nullable Long petId) {
            this.petId = petId;
            additionalProperties.remove("petId");
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
        public CreateStoreOrderResponse build() {
            return new CreateStoreOrderResponse(id, status, petId, additionalProperties);
        }
    }
}
