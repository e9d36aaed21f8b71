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
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Body of a 200 response to {@code GET /v1/orders/{orderId}} (Get an order).
 *
 * <p>Source: shop/get-order.mdx, line 10.
 *
 * <p>An accessor throws {@link UnreadableValueException} when the JSON had a value of another type than
 * documented (kept as read), and a required one's throws {@link IllegalStateException} when the JSON had none.
 *
 * @param id Order id.
 * @param classValue Shipping class (e.g., "standard", "express").
 * @param total Total in euros.
 * @param lines Order lines.
 * @param placedAt ISO timestamp when the order was placed. (required, may be null)
 * @param additionalProperties undocumented values, and ones kept as read ({@link Unreadable}) or null
 */
@JsonRecord
@Generated(value = "dev.docpoet.processor.ApiDocsProcessor", comments = "Source: shop/get-order.mdx")
@NullMarked
public record Order(@JsonProperty("id") String id,
        @JsonProperty("class") @Nullable OrderClass classValue,
        @JsonProperty("total") BigDecimal total,
        @JsonProperty("lines") @Nullable List<Order.Line> lines,
        @JsonProperty("placedAt") @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable OffsetDateTime placedAt,
        @JsonAnyGetter Map<String, Object> additionalProperties) {
    public Order {
        lines = lines == null ? null : Collections.unmodifiableList(new ArrayList<>(lines));
        additionalProperties = Components.requiredNullable(additionalProperties, "placedAt", placedAt);
        additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    }

    /** The required {@code id}. */
    public String id() {
        return Components.required(id, additionalProperties, "id", "Order");
    }

    /** The {@code class}, null when absent. */
    public @Nullable OrderClass classValue() {
        return Components.optional(classValue, additionalProperties, "class", "Order");
    }

    /** The required {@code total}. */
    public BigDecimal total() {
        return Components.required(total, additionalProperties, "total", "Order");
    }

    /** The {@code lines}, empty when absent. */
    public List<Line> lines() {
        return Components.listOrEmpty(lines, additionalProperties, "lines", "Order");
    }

    /** The {@code placedAt}, null when absent. */
    public @Nullable OffsetDateTime placedAt() {
        return Components.optional(placedAt, additionalProperties, "placedAt", "Order");
    }

    static void check(Order v, String path, List<Violation> out) {
        Unreadable.report(v.additionalProperties, path, out);
        Required.check(v.id, v.additionalProperties, "id", path, "/id", out);
        Required.check(v.total, v.additionalProperties, "total", path, "/total", out);
        if (v.lines != null) {
            for (int i = 0; i < v.lines.size(); i++) {
                var e = v.lines.get(i);
                if (e != null) {
                    Line.check(e, path + "/lines/" + i, out);
                }
            }
        }
        Required.checkKey(v.placedAt, v.additionalProperties, "placedAt", path, "/placedAt", out);
    }

    /** Every violation of the documented contract, in nested records too, in field order; none when it conforms. */
    public List<Violation> validate() {
        return Violation.collect(out -> check(this, "", out));
    }

    /** Reads the record from a JSON object; for Jackson. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Order fromJson(Map<String, @Nullable Object> json) {
        return read(json, "");
    }

    static Order read(Map<String, @Nullable Object> json, String at) {
        FieldsReader r = new FieldsReader(json, at);
        return new Order(
                r.get("id", ValueReaders.STRING),
                r.get("class", ValueReaders.text(OrderClass::of)),
                r.get("total", ValueReaders.DECIMAL),
                r.get("lines", ValueReaders.list(ValueReaders.record(Line::read))),
                r.getRequiredNullable("placedAt", ValueReaders.DATE_TIME),
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

    /** Builds a {@link Order}; {@link #build()} checks that every required value is set. */
    public static final class Builder extends RecordBuilder<Builder> {
        private Builder() {
            super(5);
        }

        private Builder(Order from) {
            super(new Object[] {from.id, from.classValue, from.total, from.lines, from.placedAt},
                    from.additionalProperties);
        }

        /** Order id. */
        public Builder id(String id) {
            return given(0, "id", Objects.requireNonNull(id, "id"));
        }

        /** Shipping class (e.g., "standard", "express"). */
        public Builder classValue(@Nullable OrderClass classValue) {
            return given(1, "class", classValue);
        }

        /** Total in euros. */
        public Builder total(BigDecimal total) {
            return given(2, "total", Objects.requireNonNull(total, "total"));
        }

        /** Order lines. */
        public Builder lines(@Nullable List<Line> lines) {
            return given(3, "lines", lines);
        }

        /** ISO timestamp when the order was placed. */
        public Builder placedAt(@Nullable OffsetDateTime placedAt) {
            return given(4, "placedAt", placedAt);
        }

        /** The record; {@link IllegalStateException} if a required value is not set. */
        @SuppressWarnings("unchecked")
        public Order build() {
            require(0, "id", "id");
            require(2, "total", "total");
            return new Order((String) values[0], (OrderClass) values[1], (BigDecimal) values[2],
                    (List<Line>) values[3], (OffsetDateTime) values[4], properties);
        }
    }

    /**
     * Order lines.
     *
     * <p>Source: shop/get-order.mdx, line 19.
     *
     * <p>An accessor throws {@link UnreadableValueException} when the JSON had a value of another type than
     * documented (kept as read), and a required one's throws {@link IllegalStateException} when the JSON had none.
     *
     * @param sku Stock keeping unit.
     * @param qty Quantity.
     * @param additionalProperties undocumented values, and ones kept as read ({@link Unreadable}) or null
     */
    @JsonRecord
    public record Line(@JsonProperty("sku") String sku, @JsonProperty("qty") @Nullable Long qty,
            @JsonAnyGetter Map<String, Object> additionalProperties) {
        public Line {
            additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
        }

        /** The required {@code sku}. */
        public String sku() {
            return Components.required(sku, additionalProperties, "sku", "Line");
        }

        /** The {@code qty}, null when absent. */
        public @Nullable Long qty() {
            return Components.optional(qty, additionalProperties, "qty", "Line");
        }

        static void check(Line v, String path, List<Violation> out) {
            Unreadable.report(v.additionalProperties, path, out);
            Required.check(v.sku, v.additionalProperties, "sku", path, "/sku", out);
        }

        /** Reads the record from a JSON object; for Jackson. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Line fromJson(Map<String, @Nullable Object> json) {
            return read(json, "");
        }

        static Line read(Map<String, @Nullable Object> json, String at) {
            FieldsReader r = new FieldsReader(json, at);
            return new Line(
                    r.get("sku", ValueReaders.STRING),
                    r.get("qty", ValueReaders.LONG),
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

        /** Builds a {@link Line}; {@link #build()} checks that every required value is set. */
        public static final class Builder extends RecordBuilder<Builder> {
            private Builder() {
                super(2);
            }

            private Builder(Line from) {
                super(new Object[] {from.sku, from.qty}, from.additionalProperties);
            }

            /** Stock keeping unit. */
            public Builder sku(String sku) {
                return given(0, "sku", Objects.requireNonNull(sku, "sku"));
            }

            /** Quantity. */
            public Builder qty(@Nullable Long qty) {
                return given(1, "qty", qty);
            }

            /** The record; {@link IllegalStateException} if a required value is not set. */
            public Line build() {
                require(0, "sku", "sku");
                return new Line((String) values[0], (Long) values[1], properties);
            }
        }
    }
}
