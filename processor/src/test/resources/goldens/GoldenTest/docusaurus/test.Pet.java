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
 * Body of a 200 response to {@code GET /pet/{petId}} (Find pet by ID).
 *
 * <p>Source: blocks/docusaurus/get-pet-by-id.api.mdx, line 8.
 *
 * <p>An accessor throws {@link UnreadableValueException} when the JSON had a value of another type than
 * documented (kept as read), and a required one's throws {@link IllegalStateException} when the JSON had none.
 *
 * @param id
 * @param name
 * @param status
 * @param tags
 * @param additionalProperties undocumented values, and ones kept as read ({@link Unreadable}) or null
 */
@JsonRecord
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

    /** The {@code id}, null when absent. */
    public @Nullable Long id() {
        return Components.optional(id, additionalProperties, "id", "Pet");
    }

    /** The required {@code name}. */
    public String name() {
        return Components.required(name, additionalProperties, "name", "Pet");
    }

    /** The {@code status}, null when absent. */
    public @Nullable PetStatus status() {
        return Components.optional(status, additionalProperties, "status", "Pet");
    }

    /** The {@code tags}, empty when absent. */
    public List<Tag> tags() {
        return Components.listOrEmpty(tags, additionalProperties, "tags", "Pet");
    }

    static void check(Pet v, String path, List<Violation> out) {
        Unreadable.report(v.additionalProperties, path, out);
        Required.check(v.name, v.additionalProperties, "name", path, "/name", out);
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
                r.get("status", ValueReaders.text(PetStatus::of)),
                r.get("tags", ValueReaders.list(ValueReaders.record(Tag::read))),
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
            super(4);
        }

        private Builder(Pet from) {
            super(new Object[] {from.id, from.name, from.status, from.tags},
                    from.additionalProperties);
        }

        public Builder id(@Nullable Long id) {
            return given(0, "id", id);
        }

        public Builder name(String name) {
            return given(1, "name", Objects.requireNonNull(name, "name"));
        }

        public Builder status(@Nullable PetStatus status) {
            return given(2, "status", status);
        }

        public Builder tags(@Nullable List<Tag> tags) {
            return given(3, "tags", tags);
        }

        /** The record; {@link IllegalStateException} if a required value is not set. */
        @SuppressWarnings("unchecked")
        public Pet build() {
            require(1, "name", "name");
            return new Pet((Long) values[0], (String) values[1], (PetStatus) values[2],
                    (List<Tag>) values[3], properties);
        }
    }

    /**
     * Source: blocks/docusaurus/get-pet-by-id.api.mdx, line 8.
     *
     * <p>An accessor throws {@link UnreadableValueException} when the JSON had a value of another type than
     * documented (kept as read), and a required one's throws {@link IllegalStateException} when the JSON had none.
     *
     * @param name
     * @param additionalProperties undocumented values, and ones kept as read ({@link Unreadable}) or null
     */
    @JsonRecord
    public record Tag(@JsonProperty("name") @Nullable String name,
            @JsonAnyGetter Map<String, Object> additionalProperties) {
        public Tag {
            additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
        }

        /** The {@code name}, null when absent. */
        public @Nullable String name() {
            return Components.optional(name, additionalProperties, "name", "Tag");
        }

        static void check(Tag v, String path, List<Violation> out) {
            Unreadable.report(v.additionalProperties, path, out);
        }

        /** Reads the record from a JSON object; for Jackson. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Tag fromJson(Map<String, @Nullable Object> json) {
            return read(json, "");
        }

        static Tag read(Map<String, @Nullable Object> json, String at) {
            FieldsReader r = new FieldsReader(json, at);
            return new Tag(
                    r.get("name", ValueReaders.STRING),
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

        /** Builds a {@link Tag}; {@link #build()} checks that every required value is set. */
        public static final class Builder extends RecordBuilder<Builder> {
            private Builder() {
                super(1);
            }

            private Builder(Tag from) {
                super(new Object[] {from.name}, from.additionalProperties);
            }

            public Builder name(@Nullable String name) {
                return given(0, "name", name);
            }

            /** The record; {@link IllegalStateException} if a required value is not set. */
            public Tag build() {
                return new Tag((String) values[0], properties);
            }
        }
    }
}
