package test;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.docpoet.runtime.Components;
import dev.docpoet.runtime.FieldsReader;
import dev.docpoet.runtime.JsonRecord;
import dev.docpoet.runtime.Required;
import dev.docpoet.runtime.Unreadable;
import dev.docpoet.runtime.UnreadableValueException;
import dev.docpoet.runtime.ValueReaders;
import dev.docpoet.runtime.Violation;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Body of a 200 response to {@code POST /v1/orders/{orderId}/cancel} (Cancel an order).
 *
 * <p>Source: shop/cancel-order.md, line 1.
 *
 * <p>An accessor throws {@link UnreadableValueException} when the JSON had a value of another type than
 * documented (kept as read), and a required one's throws {@link IllegalStateException} when the JSON had none.
 *
 * @param status New status
 * @param refund
 * @param additionalProperties properties the doc does not document, and documented ones the JSON had of another type
 *     (as {@link Unreadable}) or as null, kept so that nothing is lost
 */
@JsonRecord
@Generated(
        value = "dev.docpoet.processor.ApiDocsProcessor",
        comments = "Source: shop/cancel-order.md"
)
@NullMarked
public record CancelOrderResponse(@JsonProperty("status") String status,
        @JsonProperty("refund") CancelOrderResponse. @Nullable Refund refund,
        @JsonAnyGetter Map<String, Object> additionalProperties) {
    /**
     * The one value the docs allow for {@code status}.
     */
    public static final String STATUS = "cancelled";

    public CancelOrderResponse {
        additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    }

    /**
     * The required {@code status}.
     */
    public String status() {
        return Components.required(status, additionalProperties, "status", "CancelOrderResponse");
    }

    /**
     * The {@code refund}, null when absent.
     */
    public @Nullable Refund refund() {
        return Components.optional(refund, additionalProperties, "refund", "CancelOrderResponse");
    }

    static void check(CancelOrderResponse v, String path, List<Violation> out) {
        Unreadable.report(v.additionalProperties, path, out);
        if (Required.check(v.status, v.additionalProperties, "status", path, "/status", out)) {
            if (!CancelOrderResponse.STATUS.equals(v.status)) {
                out.add(Violation.unknownEnumValue(path + "/status", v.status, "[cancelled]"));
            }
        }
        if (v.refund != null) {
            Refund.check(v.refund, path + "/refund", out);
        }
    }

    /**
     * Reads the record from a JSON object; for Jackson.
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    static CancelOrderResponse fromJson(Map<String, @Nullable Object> json) {
        return read(json, "");
    }

    static CancelOrderResponse read(Map<String, @Nullable Object> json, String at) {
        FieldsReader r = new FieldsReader(json, at);
        return new CancelOrderResponse(
                r.get("status", ValueReaders.STRING),
                r.get("refund", ValueReaders.record(Refund::read)),
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
     * Builds a {@link CancelOrderResponse}; {@link #build()} checks that every required value is set.
     */
    public static final class Builder {
        private final @Nullable Object[] components;

        private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
            components = new Object[2];
            components[0] = CancelOrderResponse.STATUS;
        }

        private Builder(CancelOrderResponse from) {
            components = new Object[] {from.status, from.refund};
            this.additionalProperties.putAll(from.additionalProperties);
        }

        /**
         * New status
         */
        public Builder status(String status) {
            return given(0, "status", Objects.requireNonNull(status, "status"));
        }

        public Builder refund(@Nullable Refund refund) {
            return given(1, "refund", refund);
        }

        /**
         * Adds a property the docs do not document; it is written as given.
         */
        public Builder putAdditionalProperty(String name, @Nullable Object value) {
            additionalProperties.put(name, value);
            return this;
        }

        private Builder given(int index, String wireName, @Nullable Object value) {
            components[index] = value;
            additionalProperties.remove(wireName);
            return this;
        }

        /**
         * The record.
         *
         * @throws IllegalStateException if a required value is not set
         */
        public CancelOrderResponse build() {
            Required.set(components[0], additionalProperties, "status", "status");
            return new CancelOrderResponse((String) components[0], (Refund) components[1],
                    additionalProperties);
        }
    }

    /**
     * Source: shop/cancel-order.md, line 1.
     *
     * <p>An accessor throws {@link UnreadableValueException} when the JSON had a value of another type than
     * documented (kept as read), and a required one's throws {@link IllegalStateException} when the JSON had none.
     *
     * @param amount Amount
     * @param additionalProperties properties the doc does not document, and documented ones the JSON had of another type
     *     (as {@link Unreadable}) or as null, kept so that nothing is lost
     */
    @JsonRecord
    public record Refund(@JsonProperty("amount") @Nullable BigDecimal amount,
            @JsonAnyGetter Map<String, Object> additionalProperties) {
        public Refund {
            additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
        }

        /**
         * The {@code amount}, null when absent.
         */
        public @Nullable BigDecimal amount() {
            return Components.optional(amount, additionalProperties, "amount", "Refund");
        }

        static void check(Refund v, String path, List<Violation> out) {
            Unreadable.report(v.additionalProperties, path, out);
        }

        /**
         * Reads the record from a JSON object; for Jackson.
         */
        @JsonCreator(
                mode = JsonCreator.Mode.DELEGATING
        )
        static Refund fromJson(Map<String, @Nullable Object> json) {
            return read(json, "");
        }

        static Refund read(Map<String, @Nullable Object> json, String at) {
            FieldsReader r = new FieldsReader(json, at);
            return new Refund(
                    r.get("amount", ValueReaders.DECIMAL),
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
         * Builds a {@link Refund}; {@link #build()} checks that every required value is set.
         */
        public static final class Builder {
            private final @Nullable Object[] components;

            private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

            private Builder() {
                components = new Object[1];
            }

            private Builder(Refund from) {
                components = new Object[] {from.amount};
                this.additionalProperties.putAll(from.additionalProperties);
            }

            /**
             * Amount
             */
            public Builder amount(@Nullable BigDecimal amount) {
                return given(0, "amount", amount);
            }

            /**
             * Adds a property the docs do not document; it is written as given.
             */
            public Builder putAdditionalProperty(String name, @Nullable Object value) {
                additionalProperties.put(name, value);
                return this;
            }

            private Builder given(int index, String wireName, @Nullable Object value) {
                components[index] = value;
                additionalProperties.remove(wireName);
                return this;
            }

            /**
             * The record.
             *
             * @throws IllegalStateException if a required value is not set
             */
            public Refund build() {
                return new Refund((BigDecimal) components[0], additionalProperties);
            }
        }
    }
}
