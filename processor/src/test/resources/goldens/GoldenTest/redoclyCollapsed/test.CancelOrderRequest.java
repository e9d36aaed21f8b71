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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Body of a {@code POST /v1/orders/{orderId}/cancel} request (Cancel an order).
 *
 * <p>Source: shop/cancel-order.md, line 1.
 *
 * <p>An accessor throws {@link UnreadableValueException} when the JSON had a value of another type than
 * documented (kept as read), and a required one's throws {@link IllegalStateException} when the JSON had none.
 *
 * @param reason Why
 * @param additionalProperties undocumented values, and ones kept as read ({@link Unreadable}) or null
 */
@JsonRecord
@Generated(value = "dev.docpoet.processor.ApiDocsProcessor", comments = "Source: shop/cancel-order.md")
@NullMarked
public record CancelOrderRequest(@JsonProperty("reason") CancelOrderRequestReason reason,
        @JsonAnyGetter Map<String, Object> additionalProperties) {
    public CancelOrderRequest {
        additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    }

    /** The required {@code reason}. */
    public CancelOrderRequestReason reason() {
        return Components.required(reason, additionalProperties, "reason", "CancelOrderRequest");
    }

    static void check(CancelOrderRequest v, String path, List<Violation> out) {
        Unreadable.report(v.additionalProperties, path, out);
        if (Required.check(v.reason, v.additionalProperties, "reason", path, "/reason", out)) {
            if (!v.reason.isKnown()) {
                out.add(Violation.unknownEnumValue(path + "/reason", v.reason.value(), "[changed-mind, 2nd-order, ]"));
            }
        }
    }

    /** Every violation of the documented contract, in nested records too, in field order; none when it conforms. */
    public List<Violation> validate() {
        return Violation.collect(out -> check(this, "", out));
    }

    /** Reads the record from a JSON object; for Jackson. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static CancelOrderRequest fromJson(Map<String, @Nullable Object> json) {
        return read(json, "");
    }

    static CancelOrderRequest read(Map<String, @Nullable Object> json, String at) {
        FieldsReader r = new FieldsReader(json, at);
        return new CancelOrderRequest(
                r.get("reason", ValueReaders.text(CancelOrderRequestReason::of)),
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

    /** Builds a {@link CancelOrderRequest}; {@link #build()} checks that every required value is set. */
    public static final class Builder extends RecordBuilder<Builder> {
        private Builder() {
            super(1);
        }

        private Builder(CancelOrderRequest from) {
            super(new Object[] {from.reason}, from.additionalProperties);
        }

        /** Why */
        public Builder reason(CancelOrderRequestReason reason) {
            return given(0, "reason", Objects.requireNonNull(reason, "reason"));
        }

        /** The record; {@link IllegalStateException} if a required value is not set. */
        public CancelOrderRequest build() {
            require(0, "reason", "reason");
            return new CancelOrderRequest((CancelOrderRequestReason) values[0], properties);
        }
    }
}
