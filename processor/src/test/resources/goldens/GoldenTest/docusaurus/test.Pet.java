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
 * Body of a 200 response to {@code GET /pet/{petId}}.
 *
 * <p>Source: blocks/docusaurus/get-pet-by-id.api.mdx, line 8.
 *
 * @param id
 * @param name
 * @param status
 * @param tags
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
        comments = "Source: blocks/docusaurus/get-pet-by-id.api.mdx"
)
@NullMarked
public record Pet(@JsonProperty("id") @Nullable Long id, @JsonProperty("name") String name,
        @JsonProperty("status") @Nullable PetStatus status,
        @JsonProperty("tags") @Nullable List<Pet.Tag> tags,
        @JsonAnyGetter Map<String, Object> additionalProperties) {
    public Pet {
        tags = tags == null ? null : Collections.unmodifiableList(new ArrayList<>(tags));
        additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    }

    /**
     * The {@code id}, null when absent.
     *
     * @throws UnreadableValueException if the JSON had one of another type
     */
    public @Nullable Long id() {
        return Components.optional(id, additionalProperties, "id", "Pet");
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
     * The {@code status}, null when absent.
     *
     * @throws UnreadableValueException if the JSON had one of another type
     */
    public @Nullable PetStatus status() {
        return Components.optional(status, additionalProperties, "status", "Pet");
    }

    /**
     * The {@code tags}, empty when absent.
     *
     * @throws UnreadableValueException if the JSON had one of another type
     */
    public List<Tag> tags() {
        return Components.listOrEmpty(tags, additionalProperties, "tags", "Pet");
    }

    static void check(Pet v, String path, List<Violation> out) {
        Unreadable.report(v.additionalProperties, path, out);
        if (v.name == null) {
            if (v.additionalProperties.get("name") == null) {
                out.add(Violation.required(path + "/name"));
            }
        }
        if (v.status != null) {
            if (!v.status.isKnown()) {
                out.add(Violation.unknownEnumValue(path + "/status", v.status.value(), "[available, pending, sold]"));
            }
        }
        if (v.tags != null) {
            for (int i = 0; i < v.tags.size(); i++) {
                var e = v.tags.get(i);
                if (e != null) {
                    Tag.check(e, path + "/tags/" + i, out);
                }
            }
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
                r.get("status", ValueReaders.text(PetStatus::of)),
                r.get("tags", ValueReaders.list(ValueReaders.record(Tag::read))),
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

        private @Nullable PetStatus status;

        private @Nullable List<Tag> tags;

        private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Pet from) {
            this.id = from.id;
            this.name = from.name;
            this.status = from.status;
            this.tags = from.tags;
            this.additionalProperties.putAll(from.additionalProperties);
        }

        public Builder id(@Nullable Long id) {
            this.id = id;
            additionalProperties.remove("id");
            return this;
        }

        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            additionalProperties.remove("name");
            return this;
        }

        public Builder status(@Nullable PetStatus status) {
            this.status = status;
            additionalProperties.remove("status");
            return this;
        }

        public Builder tags(@Nullable List<Tag> tags) {
            this.tags = tags;
            additionalProperties.remove("tags");
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
            Required.set(name, additionalProperties, "name", "name");
            return new Pet(id, name, status, tags, additionalProperties);
        }
    }

    /**
     * Source: blocks/docusaurus/get-pet-by-id.api.mdx, line 8.
     *
     * @param name
     * @param additionalProperties properties the doc does not document, and documented ones the JSON had of another type
     *     (as {@link Unreadable}) or as null, kept so that nothing is lost
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonAutoDetect(
            fieldVisibility = JsonAutoDetect.Visibility.ANY,
            getterVisibility = JsonAutoDetect.Visibility.NONE,
            isGetterVisibility = JsonAutoDetect.Visibility.NONE
    )
    public record Tag(@JsonProperty("name") @Nullable String name,
            @JsonAnyGetter Map<String, Object> additionalProperties) {
        public Tag {
            additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
        }

        /**
         * The {@code name}, null when absent.
         *
         * @throws UnreadableValueException if the JSON had one of another type
         */
        public @Nullable String name() {
            return Components.optional(name, additionalProperties, "name", "Tag");
        }

        static void check(Tag v, String path, List<Violation> out) {
            Unreadable.report(v.additionalProperties, path, out);
        }

        /**
         * Reads the record from a JSON object; for Jackson.
         */
        @JsonCreator(
                mode = JsonCreator.Mode.DELEGATING
        )
        static Tag fromJson(Map<String, @Nullable Object> json) {
            return read(json, "");
        }

        static Tag read(Map<String, @Nullable Object> json, String at) {
            FieldsReader r = new FieldsReader(json, at);
            return new Tag(
                    r.get("name", ValueReaders.STRING),
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
         * Builds a {@link Tag}; {@link #build()} checks that every required value is set.
         */
        public static final class Builder {
            private @Nullable String name;

            private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

            private Builder() {
            }

            private Builder(Tag from) {
                this.name = from.name;
                this.additionalProperties.putAll(from.additionalProperties);
            }

            public Builder name(@Nullable String name) {
                this.name = name;
                additionalProperties.remove("name");
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
            public Tag build() {
                return new Tag(name, additionalProperties);
            }
        }
    }
}
