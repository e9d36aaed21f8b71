package test;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.docpoet.runtime.Components;
import dev.docpoet.runtime.FieldsReader;
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
 * @param carrier The carrier's code.
 * @param destination Where it goes.
 * @param insured Whether it is insured.
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
        comments = "Source: blocks/gitbook/shipments.md"
)
@NullMarked
public record CreateShipmentRequest(@JsonProperty("carrier") String carrier,
        @JsonProperty("destination") CreateShipmentRequest.Destination destination,
        @JsonProperty("insured") @Nullable Boolean insured,
        @JsonAnyGetter Map<String, Object> additionalProperties) {
    public CreateShipmentRequest {
        additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    }

    /**
     * The required {@code carrier}.
     *
     * @throws IllegalStateException if the JSON had none
     * @throws UnreadableValueException if it had one of another type
     */
    public String carrier() {
        return Components.required(carrier, additionalProperties, "carrier", "CreateShipmentRequest");
    }

    /**
     * The required {@code destination}.
     *
     * @throws IllegalStateException if the JSON had none
     * @throws UnreadableValueException if it had one of another type
     */
    public Destination destination() {
        return Components.required(destination, additionalProperties, "destination", "CreateShipmentRequest");
    }

    /**
     * The {@code insured}, null when absent.
     *
     * @throws UnreadableValueException if the JSON had one of another type
     */
    public @Nullable Boolean insured() {
        return Components.optional(insured, additionalProperties, "insured", "CreateShipmentRequest");
    }

    static void check(CreateShipmentRequest v, String path, List<Violation> out) {
        Unreadable.report(v.additionalProperties, path, out);
        if (v.carrier == null) {
            if (v.additionalProperties.get("carrier") == null) {
                out.add(Violation.required(path + "/carrier"));
            }
        }
        if (v.destination == null) {
            if (v.additionalProperties.get("destination") == null) {
                out.add(Violation.required(path + "/destination"));
            }
        } else {
            Destination.check(v.destination, path + "/destination", out);
        }
    }

    /**
     * Reads the record from a JSON object; for Jackson.
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
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
     * Builds a {@link CreateShipmentRequest}; {@link #build()} checks that every required value is set.
     */
    public static final class Builder {
        private @Nullable String carrier;

        private @Nullable Destination destination;

        private @Nullable Boolean insured;

        private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(CreateShipmentRequest from) {
            this.carrier = from.carrier;
            this.destination = from.destination;
            this.insured = from.insured;
            this.additionalProperties.putAll(from.additionalProperties);
        }

        /**
         * The carrier's code.
         */
        public Builder carrier(String carrier) {
            this.carrier = Objects.requireNonNull(carrier, "carrier");
            additionalProperties.remove("carrier");
            return this;
        }

        /**
         * Where it goes.
         */
        public Builder destination(Destination destination) {
            this.destination = Objects.requireNonNull(destination, "destination");
            additionalProperties.remove("destination");
            return this;
        }

        /**
         * Whether it is insured.
         */
        public Builder insured(@Nullable Boolean insured) {
            this.insured = insured;
            additionalProperties.remove("insured");
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
        public CreateShipmentRequest build() {
            Required.set(carrier, additionalProperties, "carrier", "carrier");
            Required.set(destination, additionalProperties, "destination", "destination");
            return new CreateShipmentRequest(carrier, destination, insured, additionalProperties);
        }
    }

    /**
     * Where it goes.
     *
     * <p>Source: blocks/gitbook/shipments.md, line 33.
     *
     * @param city The city.
     * @param additionalProperties properties the doc does not document, and documented ones the JSON had of another type
     *     (as {@link Unreadable}) or as null, kept so that nothing is lost
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonAutoDetect(
            fieldVisibility = JsonAutoDetect.Visibility.ANY,
            getterVisibility = JsonAutoDetect.Visibility.NONE,
            isGetterVisibility = JsonAutoDetect.Visibility.NONE
    )
    public record Destination(@JsonProperty("city") String city,
            @JsonAnyGetter Map<String, Object> additionalProperties) {
        public Destination {
            additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
        }

        /**
         * The required {@code city}.
         *
         * @throws IllegalStateException if the JSON had none
         * @throws UnreadableValueException if it had one of another type
         */
        public String city() {
            return Components.required(city, additionalProperties, "city", "Destination");
        }

        static void check(Destination v, String path, List<Violation> out) {
            Unreadable.report(v.additionalProperties, path, out);
            if (v.city == null) {
                if (v.additionalProperties.get("city") == null) {
                    out.add(Violation.required(path + "/city"));
                }
            }
        }

        /**
         * Reads the record from a JSON object; for Jackson.
         */
        @JsonCreator(
                mode = JsonCreator.Mode.DELEGATING
        )
        static Destination fromJson(Map<String, @Nullable Object> json) {
            return read(json, "");
        }

        static Destination read(Map<String, @Nullable Object> json, String at) {
            FieldsReader r = new FieldsReader(json, at);
            return new Destination(
                    r.get("city", ValueReaders.STRING),
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
         * Builds a {@link Destination}; {@link #build()} checks that every required value is set.
         */
        public static final class Builder {
            private @Nullable String city;

            private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

            private Builder() {
            }

            private Builder(Destination from) {
                this.city = from.city;
                this.additionalProperties.putAll(from.additionalProperties);
            }

            /**
             * The city.
             */
            public Builder city(String city) {
                this.city = Objects.requireNonNull(city, "city");
                additionalProperties.remove("city");
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
            public Destination build() {
                Required.set(city, additionalProperties, "city", "city");
                return new Destination(city, additionalProperties);
            }
        }
    }
}
