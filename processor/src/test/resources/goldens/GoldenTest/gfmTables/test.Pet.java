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
 * The {@code Pet} entity of the docs, one type wherever they use it.
 *
 * <p>Source: tables/pets.md, line 150.
 *
 * @param id
 * @param name
 * @param tag
 * @param status pet status in the store
 * @param createdAt
 * @param location where it sleeps
 * @param owner
 * @param labels
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
        comments = "Source: tables/pets.md"
)
@NullMarked
public record Pet(@JsonProperty("id") Long id, @JsonProperty("name") String name,
        @JsonProperty("tag") @Nullable String tag,
        @JsonProperty("status") @Nullable PetStatus status,
        @JsonProperty("createdAt") @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable OffsetDateTime createdAt,
        @JsonProperty("location") @Nullable String location,
        @JsonProperty("owner") @Nullable Owner owner,
        @JsonProperty("labels") @Nullable Map<String, String> labels,
        @JsonAnyGetter Map<String, Object> additionalProperties) {
    public Pet {
        labels = labels == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    }

    /**
     * The required {@code id}.
     *
     * @throws IllegalStateException if the JSON had none
     * @throws UnreadableValueException if it had one of another type
     */
    public Long id() {
        return Components.required(id, additionalProperties, "id", "Pet");
    }

    /**
     * The required {@code name}.
     *
     * @throws IllegalStateException if the JSON had none
     * @throws UnreadableValueException if it had one of another type
     */
    public String name() {
        return Components.required(name, additionalProperties, "name", "Pet");
    }

    /**
     * The {@code tag}, null when absent.
     *
     * @throws UnreadableValueException if the JSON had one of another type
     */
    public @Nullable String tag() {
        return Components.optional(tag, additionalProperties, "tag", "Pet");
    }

    /**
     * The {@code status}, null when absent.
     *
     * @throws UnreadableValueException if the JSON had one of another type
     */
    public @Nullable PetStatus status() {
        return Components.optional(status, additionalProperties, "status", "Pet");
    }

    /**
     * The {@code createdAt}, null when absent.
     *
     * @throws UnreadableValueException if the JSON had one of another type
     */
    public @Nullable OffsetDateTime createdAt() {
        return Components.optional(createdAt, additionalProperties, "createdAt", "Pet");
    }

    /**
     * The {@code location}, null when absent.
     *
     * @throws UnreadableValueException if the JSON had one of another type
     */
    public @Nullable String location() {
        return Components.optional(location, additionalProperties, "location", "Pet");
    }

    /**
     * The {@code owner}, null when absent.
     *
     * @throws UnreadableValueException if the JSON had one of another type
     */
    public @Nullable Owner owner() {
        return Components.optional(owner, additionalProperties, "owner", "Pet");
    }

    /**
     * The {@code labels}, empty when absent.
     *
     * @throws UnreadableValueException if the JSON had one of another type
     */
    public Map<String, String> labels() {
        return Components.mapOrEmpty(labels, additionalProperties, "labels", "Pet");
    }

    static void check(Pet v, String path, List<Violation> out) {
        Unreadable.report(v.additionalProperties, path, out);
        if (v.id == null) {
            if (v.additionalProperties.get("id") == null) {
                out.add(Violation.required(path + "/id"));
            }
        }
        if (v.name == null) {
            if (v.additionalProperties.get("name") == null) {
                out.add(Violation.required(path + "/name"));
            }
        }
        if (v.status != null) {
            if (!v.status.isKnown()) {
                out.add(Violation.unknownEnumValue(path + "/status", v.status.value(), "[available, sold]"));
            }
        }
        if (v.owner != null) {
            Owner.check(v.owner, path + "/owner", out);
        }
    }

    /**
     * Reads the record from a JSON object; for Jackson.
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    static Pet fromJson(Map<String, @Nullable Object> json) {
        return read(json, "");
    }

    static Pet read(Map<String, @Nullable Object> json, String at) {
        FieldsReader r = new FieldsReader(json, at);
        return new Pet(
                r.get("id", ValueReaders.LONG),
                r.get("name", ValueReaders.STRING),
                r.get("tag", ValueReaders.STRING),
                r.get("status", ValueReaders.text(PetStatus::of)),
                r.get("createdAt", ValueReaders.DATE_TIME),
                r.get("location", ValueReaders.STRING),
                r.get("owner", ValueReaders.record(Owner::read)),
                r.get("labels", ValueReaders.map(ValueReaders.STRING)),
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
     * Builds a {@link Pet}; {@link #build()} checks that every required value is set.
     */
    public static final class Builder {
        private @Nullable Long id;

        private @Nullable String name;

        private @Nullable String tag;

        private @Nullable PetStatus status;

        private @Nullable OffsetDateTime createdAt;

        private @Nullable String location;

        private @Nullable Owner owner;

        private @Nullable Map<String, String> labels;

        private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Pet from) {
            this.id = from.id;
            this.name = from.name;
            this.tag = from.tag;
            this.status = from.status;
            this.createdAt = from.createdAt;
            this.location = from.location;
            this.owner = from.owner;
            this.labels = from.labels;
            this.additionalProperties.putAll(from.additionalProperties);
        }

        public Builder id(Long id) {
            this.id = Objects.requireNonNull(id, "id");
            additionalProperties.remove("id");
            return this;
        }

        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            additionalProperties.remove("name");
            return this;
        }

        public Builder tag(@Nullable String tag) {
            this.tag = tag;
            additionalProperties.remove("tag");
            return this;
        }

        /**
         * pet status in the store
         */
        public Builder status(@Nullable PetStatus status) {
            this.status = status;
            additionalProperties.remove("status");
            return this;
        }

        public Builder createdAt(@Nullable OffsetDateTime createdAt) {
            this.createdAt = createdAt;
            additionalProperties.remove("createdAt");
            return this;
        }

        /**
         * where it sleeps
         */
        public Builder location(@Nullable String location) {
            this.location = location;
            additionalProperties.remove("location");
            return this;
        }

        public Builder owner(@Nullable Owner owner) {
            this.owner = owner;
            additionalProperties.remove("owner");
            return this;
        }

        public Builder labels(@Nullable Map<String, String> labels) {
            this.labels = labels;
            additionalProperties.remove("labels");
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
        public Pet build() {
            Required.set(id, additionalProperties, "id", "id");
            Required.set(name, additionalProperties, "name", "name");
            return new Pet(id, name, tag, status, createdAt, location, owner, labels, additionalProperties);
        }
    }
}
