package test;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonCreator;
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
 * @param additionalProperties undocumented values, and ones kept as read ({@link Unreadable}) or null
 */
@JsonRecord
@Generated(value = "dev.docpoet.processor.ApiDocsProcessor", comments = "Source: shop/cancel-order.md")
@NullMarked
public record CancelOrderResponse(@JsonProperty("status") String status,
        @JsonProperty("refund") CancelOrderResponse. @Nullable Refund refund,
        @JsonAnyGetter Map<String, Object> additionalProperties) {
    /** The one value the docs allow for {@code status}. */
    public static final String STATUS = "cancelled";

    public CancelOrderResponse {
        additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    }

    /** The required {@code status}. */
    public String status() {
        return Components.required(status, additionalProperties, "status", "CancelOrderResponse");
    }

    /** The {@code refund}, null when absent. */
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

    /** Every violation of the documented contract, in nested records too, in field order; none when it conforms. */
    public List<Violation> validate() {
        return Violation.collect(out -> check(this, "", out));
    }

    /** Reads the record from a JSON object; for Jackson. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
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

    /** A builder with nothing set yet. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to make a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link CancelOrderResponse}; {@link #build()} checks that every required value is set. */
    public static final class Builder extends RecordBuilder<Builder> {
        private Builder() {
            super(2);
            values[0] = CancelOrderResponse.STATUS;
        }

        private Builder(CancelOrderResponse from) {
            super(new Object[] {from.status, from.refund}, from.additionalProperties);
        }

        /** New status */
        public Builder status(String status) {
            return given(0, "status", Objects.requireNonNull(status, "status"));
        }

        public Builder refund(@Nullable Refund refund) {
            return given(1, "refund", refund);
        }

        /** The record; {@link IllegalStateException} if a required value is not set. */
        public CancelOrderResponse build() {
            require(0, "status", "status");
            return new CancelOrderResponse((String) values[0], (Refund) values[1], properties);
        }
    }

    /**
     * Source: shop/cancel-order.md, line 1.
     *
     * <p>An accessor throws {@link UnreadableValueException} when the JSON had a value of another type than
     * documented (kept as read), and a required one's throws {@link IllegalStateException} when the JSON had none.
     *
     * @param amount Amount
     * @param additionalProperties undocumented values, and ones kept as read ({@link Unreadable}) or null
     */
    @JsonRecord
    public record Refund(@JsonProperty("amount") @Nullable BigDecimal amount,
            @JsonAnyGetter Map<String, Object> additionalProperties) {
        public Refund {
            additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
        }

        /** The {@code amount}, null when absent. */
        public @Nullable BigDecimal amount() {
            return Components.optional(amount, additionalProperties, "amount", "Refund");
        }

        static void check(Refund v, String path, List<Violation> out) {
            Unreadable.report(v.additionalProperties, path, out);
        }

        /** Reads the record from a JSON object; for Jackson. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Refund fromJson(Map<String, @Nullable Object> json) {
            return read(json, "");
        }

        static Refund read(Map<String, @Nullable Object> json, String at) {
            FieldsReader r = new FieldsReader(json, at);
            return new Refund(
                    r.get("amount", ValueReaders.DECIMAL),
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

        /** Builds a {@link Refund}; {@link #build()} checks that every required value is set. */
        public static final class Builder extends RecordBuilder<Builder> {
            private Builder() {
                super(1);
            }

            private Builder(Refund from) {
                super(new Object[] {from.amount}, from.additionalProperties);
            }

            /** Amount */
            public Builder amount(@Nullable BigDecimal amount) {
                return given(0, "amount", amount);
            }

            /** The record; {@link IllegalStateException} if a required value is not set. */
            public Refund build() {
                return new Refund((BigDecimal) values[0], properties);
            }
        }
    }
}
