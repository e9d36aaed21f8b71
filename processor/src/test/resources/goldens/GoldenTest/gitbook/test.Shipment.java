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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Body of a 200 response to {@code GET /shipments/{shipmentId}} (Get a shipment).
 *
 * <p>Source: blocks/gitbook/shipments.md, line 14.
 *
 * <p>An accessor throws {@link UnreadableValueException} when the JSON had a value of another type than
 * documented (kept as read), and a required one's throws {@link IllegalStateException} when the JSON had none.
 *
 * @param id (inferred from the example)
 * @param status (inferred from the example)
 * @param weight (inferred from the example)
 * @param parcels (inferred from the example)
 * @param additionalProperties undocumented values, and ones kept as read ({@link Unreadable}) or null
 */
@JsonRecord
@Generated(value = "dev.docpoet.processor.ApiDocsProcessor", comments = "Source: blocks/gitbook/shipments.md")
@NullMarked
public record Shipment(@JsonProperty("id") @Nullable String id,
        @JsonProperty("status") @Nullable String status,
        @JsonProperty("weight") @Nullable BigDecimal weight,
        @JsonProperty("parcels") @Nullable List<Shipment.Parcel> parcels,
        @JsonAnyGetter Map<String, Object> additionalProperties) {
    public Shipment {
        parcels = parcels == null ? null : Collections.unmodifiableList(new ArrayList<>(parcels));
        additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    }

    /** The {@code id}, null when absent. */
    public @Nullable String id() {
        return Components.optional(id, additionalProperties, "id", "Shipment");
    }

    /** The {@code status}, null when absent. */
    public @Nullable String status() {
        return Components.optional(status, additionalProperties, "status", "Shipment");
    }

    /** The {@code weight}, null when absent. */
    public @Nullable BigDecimal weight() {
        return Components.optional(weight, additionalProperties, "weight", "Shipment");
    }

    /** The {@code parcels}, empty when absent. */
    public List<Parcel> parcels() {
        return Components.listOrEmpty(parcels, additionalProperties, "parcels", "Shipment");
    }

    static void check(Shipment v, String path, List<Violation> out) {
        Unreadable.report(v.additionalProperties, path, out);
        if (v.parcels != null) {
            for (int i = 0; i < v.parcels.size(); i++) {
                var e = v.parcels.get(i);
                if (e != null) {
                    Parcel.check(e, path + "/parcels/" + i, out);
                }
            }
        }
    }

    /** Every violation of the documented contract, in nested records too, in field order; none when it conforms. */
    public List<Violation> validate() {
        return Violation.collect(out -> check(this, "", out));
    }

    /** Reads the record from a JSON object; for Jackson. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Shipment fromJson(Map<String, @Nullable Object> json) {
        return read(json, "");
    }

    static Shipment read(Map<String, @Nullable Object> json, String at) {
        FieldsReader r = new FieldsReader(json, at);
        return new Shipment(
                r.get("id", ValueReaders.STRING),
                r.get("status", ValueReaders.STRING),
                r.get("weight", ValueReaders.DECIMAL),
                r.get("parcels", ValueReaders.list(ValueReaders.record(Parcel::read))),
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

    /** Builds a {@link Shipment}; {@link #build()} checks that every required value is set. */
    public static final class Builder extends RecordBuilder<Builder> {
        private Builder() {
            super(4);
        }

        private Builder(Shipment from) {
            super(new Object[] {from.id, from.status, from.weight, from.parcels},
                    from.additionalProperties);
        }

        public Builder id(@Nullable String id) {
            return given(0, "id", id);
        }

        public Builder status(@Nullable String status) {
            return given(1, "status", status);
        }

        public Builder weight(@Nullable BigDecimal weight) {
            return given(2, "weight", weight);
        }

        public Builder parcels(@Nullable List<Parcel> parcels) {
            return given(3, "parcels", parcels);
        }

        /** The record; {@link IllegalStateException} if a required value is not set. */
        @SuppressWarnings("unchecked")
        public Shipment build() {
            return new Shipment((String) values[0], (String) values[1], (BigDecimal) values[2],
                    (List<Parcel>) values[3], properties);
        }
    }

    /**
     * Source: blocks/gitbook/shipments.md, line 19.
     *
     * <p>An accessor throws {@link UnreadableValueException} when the JSON had a value of another type than
     * documented (kept as read), and a required one's throws {@link IllegalStateException} when the JSON had none.
     *
     * @param id (inferred from the example)
     * @param label (inferred from the example)
     * @param additionalProperties undocumented values, and ones kept as read ({@link Unreadable}) or null
     */
    @JsonRecord
    public record Parcel(@JsonProperty("id") @Nullable String id,
            @JsonProperty("label") @Nullable String label,
            @JsonAnyGetter Map<String, Object> additionalProperties) {
        public Parcel {
            additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
        }

        /** The {@code id}, null when absent. */
        public @Nullable String id() {
            return Components.optional(id, additionalProperties, "id", "Parcel");
        }

        /** The {@code label}, null when absent. */
        public @Nullable String label() {
            return Components.optional(label, additionalProperties, "label", "Parcel");
        }

        static void check(Parcel v, String path, List<Violation> out) {
            Unreadable.report(v.additionalProperties, path, out);
        }

        /** Reads the record from a JSON object; for Jackson. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Parcel fromJson(Map<String, @Nullable Object> json) {
            return read(json, "");
        }

        static Parcel read(Map<String, @Nullable Object> json, String at) {
            FieldsReader r = new FieldsReader(json, at);
            return new Parcel(
                    r.get("id", ValueReaders.STRING),
                    r.get("label", ValueReaders.STRING),
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

        /** Builds a {@link Parcel}; {@link #build()} checks that every required value is set. */
        public static final class Builder extends RecordBuilder<Builder> {
            private Builder() {
                super(2);
            }

            private Builder(Parcel from) {
                super(new Object[] {from.id, from.label}, from.additionalProperties);
            }

            public Builder id(@Nullable String id) {
                return given(0, "id", id);
            }

            public Builder label(@Nullable String label) {
                return given(1, "label", label);
            }

            /** The record; {@link IllegalStateException} if a required value is not set. */
            public Parcel build() {
                return new Parcel((String) values[0], (String) values[1], properties);
            }
        }
    }
}
