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
 * <p>An accessor throws {@link UnreadableValueException} when the JSON had a value of another type than
 * documented (kept as read), and a required one's throws {@link IllegalStateException} when the JSON had none.
 *
 * @param id
 * @param name
 * @param tag
 * @param status pet status in the store
 * @param createdAt
 * @param location where it sleeps
 * @param owner
 * @param labels
 * @param additionalProperties undocumented values, and ones kept as read ({@link Unreadable}) or null
 */
@JsonRecord
@Generated(value = "dev.docpoet.processor.ApiDocsProcessor", comments = "Source: tables/pets.md")
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

    /** The required {@code id}. */
    public Long id() {
        return Components.required(id, additionalProperties, "id", "Pet");
    }

    /** The required {@code name}. */
    public String name() {
        return Components.required(name, additionalProperties, "name", "Pet");
    }

    /** The {@code tag}, null when absent. */
    public @Nullable String tag() {
        return Components.optional(tag, additionalProperties, "tag", "Pet");
    }

    /** The {@code status}, null when absent. */
    public @Nullable PetStatus status() {
        return Components.optional(status, additionalProperties, "status", "Pet");
    }

    /** The {@code createdAt}, null when absent. */
    public @Nullable OffsetDateTime createdAt() {
        return Components.optional(createdAt, additionalProperties, "createdAt", "Pet");
    }

    /** The {@code location}, null when absent. */
    public @Nullable String location() {
        return Components.optional(location, additionalProperties, "location", "Pet");
    }

    /** The {@code owner}, null when absent. */
    public @Nullable Owner owner() {
        return Components.optional(owner, additionalProperties, "owner", "Pet");
    }

    /** The {@code labels}, empty when absent. */
    public Map<String, String> labels() {
        return Components.mapOrEmpty(labels, additionalProperties, "labels", "Pet");
    }

    static void check(Pet v, String path, List<Violation> out) {
        Unreadable.report(v.additionalProperties, path, out);
        Required.check(v.id, v.additionalProperties, "id", path, "/id", out);
        Required.check(v.name, v.additionalProperties, "name", path, "/name", out);
        if (v.status != null) {
            if (!v.status.isKnown()) {
                out.add(Violation.unknownEnumValue(path + "/status", v.status.value(), "[available, sold]"));
            }
        }
        if (v.owner != null) {
            Owner.check(v.owner, path + "/owner", out);
        }
    }

    /** Every violation of the documented contract, in nested records too, in field order; none when it conforms. */
    public List<Violation> validate() {
        return Violation.collect(out -> check(this, "", out));
    }

    /** Reads the record from a JSON object; for Jackson. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
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

    /** A builder with nothing set yet. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to make a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link Pet}; {@link #build()} checks that every required value is set. */
    public static final class Builder extends RecordBuilder<Builder> {
        private Builder() {
            super(8);
        }

        private Builder(Pet from) {
            super(new Object[] {from.id, from.name, from.tag, from.status, from.createdAt,
                    from.location, from.owner, from.labels}, from.additionalProperties);
        }

        public Builder id(Long id) {
            return given(0, "id", Objects.requireNonNull(id, "id"));
        }

        public Builder name(String name) {
            return given(1, "name", Objects.requireNonNull(name, "name"));
        }

        public Builder tag(@Nullable String tag) {
            return given(2, "tag", tag);
        }

        /** pet status in the store */
        public Builder status(@Nullable PetStatus status) {
            return given(3, "status", status);
        }

        public Builder createdAt(@Nullable OffsetDateTime createdAt) {
            return given(4, "createdAt", createdAt);
        }

        /** where it sleeps */
        public Builder location(@Nullable String location) {
            return given(5, "location", location);
        }

        public Builder owner(@Nullable Owner owner) {
            return given(6, "owner", owner);
        }

        public Builder labels(@Nullable Map<String, String> labels) {
            return given(7, "labels", labels);
        }

        /** The record; {@link IllegalStateException} if a required value is not set. */
        @SuppressWarnings("unchecked")
        public Pet build() {
            require(0, "id", "id");
            require(1, "name", "name");
            return new Pet((Long) values[0], (String) values[1], (String) values[2],
                    (PetStatus) values[3], (OffsetDateTime) values[4], (String) values[5],
                    (Owner) values[6], (Map<String, String>) values[7], properties);
        }
    }
}
