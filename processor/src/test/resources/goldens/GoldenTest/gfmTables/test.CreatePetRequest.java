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
 * Body of a {@code POST /pets} request (addPet).
 *
 * <p>Source: tables/pets.md, line 123.
 *
 * @param name
 * @param tag
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
public record CreatePetRequest(@JsonProperty("name") String name,
        @JsonProperty("tag") @Nullable String tag,
        @JsonAnyGetter Map<String, Object> additionalProperties) {
    public CreatePetRequest {
        additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    }

    /**
     * The required {@code name}.
     *
     * @throws IllegalStateException if the JSON had none
     * @throws UnreadableValueException if it had one of another type
     */
    public String name() {
        return Components.required(name, additionalProperties, "name", "CreatePetRequest");
    }

    /**
     * The {@code tag}, null when absent.
     *
     * @throws UnreadableValueException if the JSON had one of another type
     */
    public @Nullable String tag() {
        return Components.optional(tag, additionalProperties, "tag", "CreatePetRequest");
    }

    static void check(CreatePetRequest v, String path, List<Violation> out) {
        Unreadable.report(v.additionalProperties, path, out);
        if (v.name == null) {
            if (v.additionalProperties.get("name") == null) {
                out.add(Violation.required(path + "/name"));
            }
        }
    }

    /**
     * Reads the record from a JSON object; for Jackson.
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
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
     * Builds a {@link CreatePetRequest}; {@link #build()} checks that every required value is set.
     */
    public static final class Builder {
        private @Nullable String name;

        private @Nullable String tag;

        private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(CreatePetRequest from) {
            this.name = from.name;
            this.tag = from.tag;
            this.additionalProperties.putAll(from.additionalProperties);
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
        public CreatePetRequest build() {
            Required.set(name, additionalProperties, "name", "name");
            return new CreatePetRequest(name, tag, additionalProperties);
        }
    }
}
