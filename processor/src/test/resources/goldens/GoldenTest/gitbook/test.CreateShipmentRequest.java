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
 * Body of a {@code POST /shipments} request (Create a shipment).
 *
 * <p>Source: blocks/gitbook/shipments.md, line 29.
 *
 * <p>An accessor throws {@link UnreadableValueException} when the JSON had a value of another type than
 * documented (kept as read), and a required one's throws {@link IllegalStateException} when the JSON had none.
 *
 * @param carrier The carrier's code.
 * @param destination Where it goes.
 * @param insured Whether it is insured.
 * @param additionalProperties undocumented values, and ones kept as read ({@link Unreadable}) or null
 */
@JsonRecord
@Generated(value = "dev.docpoet.processor.ApiDocsProcessor", comments = "Source: blocks/gitbook/shipments.md")
@NullMarked
public record CreateShipmentRequest(@JsonProperty("carrier") String carrier,
        @JsonProperty("destination") CreateShipmentRequest.Destination destination,
        @JsonProperty("insured") @Nullable Boolean insured,
        @JsonAnyGetter Map<String, Object> additionalProperties) {
    public CreateShipmentRequest {
        additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    }

    /** The required {@code carrier}. */
    public String carrier() {
        return Components.required(carrier, additionalProperties, "carrier", "CreateShipmentRequest");
    }

    /** The required {@code destination}. */
    public Destination destination() {
        return Components.required(destination, additionalProperties, "destination", "CreateShipmentRequest");
    }

    /** The {@code insured}, null when absent. */
    public @Nullable Boolean insured() {
        return Components.optional(insured, additionalProperties, "insured", "CreateShipmentRequest");
    }

    static void check(CreateShipmentRequest v, String path, List<Violation> out) {
        Unreadable.report(v.additionalProperties, path, out);
        Required.check(v.carrier, v.additionalProperties, "carrier", path, "/carrier", out);
        if (Required.check(v.destination, v.additionalProperties, "destination", path, "/destination", out)) {
            Destination.check(v.destination, path + "/destination", out);
        }
    }

    /** Every violation of the documented contract, in nested records too, in field order; none when it conforms. */
    public List<Violation> validate() {
        return Violation.collect(out -> check(this, "", out));
    }

    /** Reads the record from a JSON object; for Jackson. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static CreateShipmentRequest fromJson(Map<String, @Nullable Object> json) {
        return read(json, "");
    }

    static CreateShipmentRequest read(Map<String, @Nullable Object> json, String at) {
        FieldsReader r = new FieldsReader(json, at);
        return new CreateShipmentRequest(
                r.get("carrier", ValueReaders.STRING),
                r.get("destination", ValueReaders.record(Destination::read)),
                r.get("insured", ValueReaders.BOOLEAN),
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

    /** Builds a {@link CreateShipmentRequest}; {@link #build()} checks that every required value is set. */
    public static final class Builder extends RecordBuilder<Builder> {
        private Builder() {
            super(3);
        }

        private Builder(CreateShipmentRequest from) {
            super(new Object[] {from.carrier, from.destination, from.insured},
                    from.additionalProperties);
        }

        /** The carrier's code. */
        public Builder carrier(String carrier) {
            return given(0, "carrier", Objects.requireNonNull(carrier, "carrier"));
        }

        /** Where it goes. */
        public Builder destination(Destination destination) {
            return given(1, "destination", Objects.requireNonNull(destination, "destination"));
        }

        /** Whether it is insured. */
        public Builder insured(@Nullable Boolean insured) {
            return given(2, "insured", insured);
        }

        /** The record; {@link IllegalStateException} if a required value is not set. */
        public CreateShipmentRequest build() {
            require(0, "carrier", "carrier");
            require(1, "destination", "destination");
            return new CreateShipmentRequest((String) values[0], (Destination) values[1],
                    (Boolean) values[2], properties);
        }
    }

    /**
     * Where it goes.
     *
     * <p>Source: blocks/gitbook/shipments.md, line 33.
     *
     * <p>An accessor throws {@link UnreadableValueException} when the JSON had a value of another type than
     * documented (kept as read), and a required one's throws {@link IllegalStateException} when the JSON had none.
     *
     * @param city The city.
     * @param additionalProperties undocumented values, and ones kept as read ({@link Unreadable}) or null
     */
    @JsonRecord
    public record Destination(@JsonProperty("city") String city,
            @JsonAnyGetter Map<String, Object> additionalProperties) {
        public Destination {
            additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
        }

        /** The required {@code city}. */
        public String city() {
            return Components.required(city, additionalProperties, "city", "Destination");
        }

        static void check(Destination v, String path, List<Violation> out) {
            Unreadable.report(v.additionalProperties, path, out);
            Required.check(v.city, v.additionalProperties, "city", path, "/city", out);
        }

        /** Reads the record from a JSON object; for Jackson. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Destination fromJson(Map<String, @Nullable Object> json) {
            return read(json, "");
        }

        static Destination read(Map<String, @Nullable Object> json, String at) {
            FieldsReader r = new FieldsReader(json, at);
            return new Destination(
                    r.get("city", ValueReaders.STRING),
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

        /** Builds a {@link Destination}; {@link #build()} checks that every required value is set. */
        public static final class Builder extends RecordBuilder<Builder> {
            private Builder() {
                super(1);
            }

            private Builder(Destination from) {
                super(new Object[] {from.city}, from.additionalProperties);
            }

            /** The city. */
            public Builder city(String city) {
                return given(0, "city", Objects.requireNonNull(city, "city"));
            }

            /** The record; {@link IllegalStateException} if a required value is not set. */
            public Destination build() {
                require(0, "city", "city");
                return new Destination((String) values[0], properties);
            }
        }
    }
}
