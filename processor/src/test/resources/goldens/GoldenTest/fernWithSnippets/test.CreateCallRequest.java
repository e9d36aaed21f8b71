package test;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.docpoet.runtime.Components;
import dev.docpoet.runtime.FieldsReader;
import dev.docpoet.runtime.Unreadable;
import dev.docpoet.runtime.UnreadableValueException;
import dev.docpoet.runtime.ValueReaders;
import dev.docpoet.runtime.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Body of a {@code POST /v1/calls} request (Create a call).
 *
 * <p>Source: blocks/fern/pages/create-call.mdx, line 16.
 *
 * @param phoneNumber The number to call, E.164. (required, may be null)
 * @param maxDuration Seconds before the call ends. (default {@code 600})
 * @param tags Labels for the call.
 * @param metadata Anything the caller wants back.
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
        comments = "Source: blocks/fern/pages/create-call.mdx"
)
@NullMarked
public record CreateCallRequest(@JsonProperty("phone_number") @Nullable String phoneNumber,
        @JsonProperty("max_duration") @Nullable Long maxDuration,
        @JsonProperty("tags") @Nullable List<String> tags,
        @JsonProperty("metadata") @Nullable Object metadata,
        @JsonAnyGetter Map<String, Object> additionalProperties) {
    public CreateCallRequest {
        tags = tags == null ? null : Collections.unmodifiableList(new ArrayList<>(tags));
        additionalProperties = Components.requiredNullable(additionalProperties, "phone_number", phoneNumber);
        additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    }

    /**
     * The {@code phone_number}, null when absent.
     *
     * @throws UnreadableValueException if the JSON had one of another type
     */
    public @Nullable String phoneNumber() {
        return Components.optional(phoneNumber, additionalProperties, "phone_number", "CreateCallRequest");
    }

    /**
     * The {@code max_duration}, null when absent.
     *
     * @throws UnreadableValueException if the JSON had one of another type
     */
    public @Nullable Long maxDuration() {
        return Components.optional(maxDuration, additionalProperties, "max_duration", "CreateCallRequest");
    }

    /**
     * The {@code tags}, empty when absent.
     *
     * @throws UnreadableValueException if the JSON had one of another type
     */
    public List<String> tags() {
        return Components.listOrEmpty(tags, additionalProperties, "tags", "CreateCallRequest");
    }

    /**
     * The {@code metadata}, null when absent.
     *
     * @throws UnreadableValueException if the JSON had one of another type
     */
    public @Nullable Object metadata() {
        return Components.optional(metadata, additionalProperties, "metadata", "CreateCallRequest");
    }

    static void check(CreateCallRequest v, String path, List<Violation> out) {
        Unreadable.report(v.additionalProperties, path, out);
        if (v.phoneNumber == null) {
            if (!v.additionalProperties.containsKey("phone_number")) {
                out.add(Violation.required(path + "/phone_number"));
            }
        }
    }

    /**
     * Reads the record from a JSON object; for Jackson.
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    static CreateCallRequest fromJson(Map<String, @Nullable Object> json) {
        return read(json, "");
    }

    static CreateCallRequest read(Map<String, @Nullable Object> json, String at) {
        FieldsReader r = new FieldsReader(json, at);
        return new CreateCallRequest(
                r.getRequiredNullable("phone_number", ValueReaders.STRING),
                r.get("max_duration", ValueReaders.LONG),
                r.get("tags", ValueReaders.list(ValueReaders.STRING)),
                r.get("metadata", ValueReaders.ANY),
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
     * Builds a {@link CreateCallRequest}; {@link #build()} checks that every required value is set.
     */
    public static final class Builder {
        private @Nullable String phoneNumber;

        private @Nullable Long maxDuration;

        private @Nullable List<String> tags;

        private @Nullable Object metadata;

        private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(CreateCallRequest from) {
            this.phoneNumber = from.phoneNumber;
            this.maxDuration = from.maxDuration;
            this.tags = from.tags;
            this.metadata = from.metadata;
            this.additionalProperties.putAll(from.additionalProperties);
        }

        /**
         * The number to call, E.164.
         */
        public Builder phoneNumber(@Nullable String phoneNumber) {
            this.phoneNumber = phoneNumber;
            additionalProperties.remove("phone_number");
            return this;
        }

        /**
         * Seconds before the call ends.
         */
        public Builder maxDuration(@Nullable Long maxDuration) {
            this.maxDuration = maxDuration;
            additionalProperties.remove("max_duration");
            return this;
        }

        /**
         * Labels for the call.
         */
        public Builder tags(@Nullable List<String> tags) {
            this.tags = tags;
            additionalProperties.remove("tags");
            return this;
        }

        /**
         * Anything the caller wants back.
         */
        public Builder metadata(@Nullable Object metadata) {
            this.metadata = metadata;
            additionalProperties.remove("metadata");
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
        public CreateCallRequest build() {
            return new CreateCallRequest(phoneNumber, maxDuration, tags, metadata, additionalProperties);
        }
    }
}
