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
 * Body of a {@code POST /pets} request (addPet).
 *
 * <p>Source: tables/pets.md, line 123.
 *
 * <p>An accessor throws {@link UnreadableValueException} when the JSON had a value of another type than
 * documented (kept as read), and a required one's throws {@link IllegalStateException} when the JSON had none.
 *
 * @param name
 * @param tag
 * @param additionalProperties undocumented values, and ones kept as read ({@link Unreadable}) or null
 */
@JsonRecord
@Generated(value = "dev.docpoet.processor.ApiDocsProcessor", comments = "Source: tables/pets.md")
@NullMarked
public record CreatePetRequest(@JsonProperty("name") String name,
        @JsonProperty("tag") @Nullable String tag,
        @JsonAnyGetter Map<String, Object> additionalProperties) {
    public CreatePetRequest {
        additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    }

    /** The required {@code name}. */
    public String name() {
        return Components.required(name, additionalProperties, "name", "CreatePetRequest");
    }

    /** The {@code tag}, null when absent. */
    public @Nullable String tag() {
        return Components.optional(tag, additionalProperties, "tag", "CreatePetRequest");
    }

    static void check(CreatePetRequest v, String path, List<Violation> out) {
        Unreadable.report(v.additionalProperties, path, out);
        Required.check(v.name, v.additionalProperties, "name", path, "/name", out);
    }

    /** Every violation of the documented contract, in nested records too, in field order; none when it conforms. */
    public List<Violation> validate() {
        return Violation.collect(out -> check(this, "", out));
    }

    /** Reads the record from a JSON object; for Jackson. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static CreatePetRequest fromJson(Map<String, @Nullable Object> json) {
        return read(json, "");
    }

    static CreatePetRequest read(Map<String, @Nullable Object> json, String at) {
        FieldsReader r = new FieldsReader(json, at);
        return new CreatePetRequest(
                r.get("name", ValueReaders.STRING),
                r.get("tag", ValueReaders.STRING),
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

    /** Builds a {@link CreatePetRequest}; {@link #build()} checks that every required value is set. */
    public static final class Builder extends RecordBuilder<Builder> {
        private Builder() {
            super(2);
        }

        private Builder(CreatePetRequest from) {
            super(new Object[] {from.name, from.tag}, from.additionalProperties);
        }

        public Builder name(String name) {
            return given(0, "name", Objects.requireNonNull(name, "name"));
        }

        public Builder tag(@Nullable String tag) {
            return given(1, "tag", tag);
        }

        /** The record; {@link IllegalStateException} if a required value is not set. */
        public CreatePetRequest build() {
            require(0, "name", "name");
            return new CreatePetRequest((String) values[0], (String) values[1], properties);
        }
    }
}
