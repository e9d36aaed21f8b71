package test;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
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
 * @param additionalProperties properties the doc does not document, and documented ones the JSON had of another type
 *     (as {@link Unreadable}) or as null, kept so that nothing is lost
 */
@JsonRecord
@Generated(
        value = "dev.docpoet.processor.ApiDocsProcessor",
        comments = "Source: shop/get-order.mdx"
)
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

    /**
     * The required {@code id}.
     */
    public String id() {
        return Components.required(id, additionalProperties, "id", "Order");
    }

    /**
     * The {@code class}, null when absent.
     */
    public @Nullable OrderClass classValue() {
        return Components.optional(classValue, additionalProperties, "class", "Order");
    }

    /**
     * The required {@code total}.
     */
    public BigDecimal total() {
        return Components.required(total, additionalProperties, "total", "Order");
    }

    /**
     * The {@code lines}, empty when absent.
     */
    public List<Line> lines() {
        return Components.listOrEmpty(lines, additionalProperties, "lines", "Order");
    }

    /**
     * The {@code placedAt}, null when absent.
     */
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

    /**
     * Reads the record from a JSON object; for Jackson.
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
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
     * Builds a {@link Order}; {@link #build()} checks that every required value is set.
     */
    public static final class Builder {
        private @Nullable String id;

        private @Nullable OrderClass classValue;

        private @Nullable BigDecimal total;

        private @Nullable List<Line> lines;

        private @Nullable OffsetDateTime placedAt;

        private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Order from) {
            this.id = from.id;
            this.classValue = from.classValue;
            this.total = from.total;
            this.lines = from.lines;
            this.placedAt = from.placedAt;
            this.additionalProperties.putAll(from.additionalProperties);
        }

        /**
         * Order id.
         */
        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, "id");
            additionalProperties.remove("id");
            return this;
        }

        /**
         * Shipping class (e.g., "standard", "express").
         */
        public Builder classValue(@Nullable OrderClass classValue) {
            this.classValue = classValue;
            additionalProperties.remove("class");
            return this;
        }

        /**
         * Total in euros.
         */
        public Builder total(BigDecimal total) {
            this.total = Objects.requireNonNull(total, "total");
            additionalProperties.remove("total");
            return this;
        }

        /**
         * Order lines.
         */
        public Builder lines(@Nullable List<Line> lines) {
            this.lines = lines;
            additionalProperties.remove("lines");
            return this;
        }

        /**
         * ISO timestamp when the order was placed.
         */
        public Builder placedAt(@Nullable OffsetDateTime placedAt) {
            this.placedAt = placedAt;
            additionalProperties.remove("placedAt");
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
        public Order build() {
            Required.set(id, additionalProperties, "id", "id");
            Required.set(total, additionalProperties, "total", "total");
            return new Order(id, classValue, total, lines, placedAt, additionalProperties);
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
     * @param additionalProperties properties the doc does not document, and documented ones the JSON had of another type
     *     (as {@link Unreadable}) or as null, kept so that nothing is lost
     */
    @JsonRecord
    public record Line(@JsonProperty("sku") String sku, @JsonProperty("qty") @Nullable Long qty,
            @JsonAnyGetter Map<String, Object> additionalProperties) {
        public Line {
            additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
        }

        /**
         * The required {@code sku}.
         */
        public String sku() {
            return Components.required(sku, additionalProperties, "sku", "Line");
        }

        /**
         * The {@code qty}, null when absent.
         */
        public @Nullable Long qty() {
            return Components.optional(qty, additionalProperties, "qty", "Line");
        }

        static void check(Line v, String path, List<Violation> out) {
            Unreadable.report(v.additionalProperties, path, out);
            Required.check(v.sku, v.additionalProperties, "sku", path, "/sku", out);
        }

        /**
         * Reads the record from a JSON object; for Jackson.
         */
        @JsonCreator(
                mode = JsonCreator.Mode.DELEGATING
        )
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
         * Builds a {@link Line}; {@link #build()} checks that every required value is set.
         */
        public static final class Builder {
            private @Nullable String sku;

            private @Nullable Long qty;

            private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

            private Builder() {
            }

            private Builder(Line from) {
                this.sku = from.sku;
                this.qty = from.qty;
                this.additionalProperties.putAll(from.additionalProperties);
            }

            /**
             * Stock keeping unit.
             */
            public Builder sku(String sku) {
                this.sku = Objects.requireNonNull(sku, "sku");
                additionalProperties.remove("sku");
                return this;
            }

            /**
             * Quantity.
             */
            public Builder qty(@Nullable Long qty) {
                this.qty = qty;
                additionalProperties.remove("qty");
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
            public Line build() {
                Required.set(sku, additionalProperties, "sku", "sku");
                return new Line(sku, qty, additionalProperties);
            }
        }
    }
}
