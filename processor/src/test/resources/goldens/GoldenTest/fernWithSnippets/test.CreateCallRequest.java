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
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Body of a {@code POST /v1/calls} request (Create a call).
 *
 * <p>Source: blocks/fern/pages/create-call.mdx, line 16.
 *
 * <p>An accessor throws {@link UnreadableValueException} when the JSON had a value of another type than
 * documented (kept as read), and a required one's throws {@link IllegalStateException} when the JSON had none.
 *
 * @param phoneNumber The number to call, E.164. (required, may be null)
 * @param maxDuration Seconds before the call ends. (default {@code 600})
 * @param tags Labels for the call.
 * @param metadata Anything the caller wants back.
 * @param additionalProperties undocumented values, and ones kept as read ({@link Unreadable}) or null
 */
@JsonRecord
@Generated(value = "dev.docpoet.processor.ApiDocsProcessor", comments = "Source: blocks/fern/pages/create-call.mdx")
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

    /** The {@code phone_number}, null when absent. */
    public @Nullable String phoneNumber() {
        return Components.optional(phoneNumber, additionalProperties, "phone_number", "CreateCallRequest");
    }

    /** The {@code max_duration}, null when absent. */
    public @Nullable Long maxDuration() {
        return Components.optional(maxDuration, additionalProperties, "max_duration", "CreateCallRequest");
    }

    /** The {@code tags}, empty when absent. */
    public List<String> tags() {
        return Components.listOrEmpty(tags, additionalProperties, "tags", "CreateCallRequest");
    }

    /** The {@code metadata}, null when absent. */
    public @Nullable Object metadata() {
        return Components.optional(metadata, additionalProperties, "metadata", "CreateCallRequest");
    }

    static void check(CreateCallRequest v, String path, List<Violation> out) {
        Unreadable.report(v.additionalProperties, path, out);
        Required.checkKey(v.phoneNumber, v.additionalProperties, "phone_number", path, "/phone_number", out);
    }

    /** Every violation of the documented contract, in nested records too, in field order; none when it conforms. */
    public List<Violation> validate() {
        return Violation.collect(out -> check(this, "", out));
    }

    /** Reads the record from a JSON object; for Jackson. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
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

    /** A builder with nothing set yet. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to make a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link CreateCallRequest}; {@link #build()} checks that every required value is set. */
    public static final class Builder extends RecordBuilder<Builder> {
        private Builder() {
            super(4);
        }

        private Builder(CreateCallRequest from) {
            super(new Object[] {from.phoneNumber, from.maxDuration, from.tags, from.metadata},
                    from.additionalProperties);
        }

        /** The number to call, E.164. */
        public Builder phoneNumber(@Nullable String phoneNumber) {
            return given(0, "phone_number", phoneNumber);
        }

        /** Seconds before the call ends. */
        public Builder maxDuration(@Nullable Long maxDuration) {
            return given(1, "max_duration", maxDuration);
        }

        /** Labels for the call. */
        public Builder tags(@Nullable List<String> tags) {
            return given(2, "tags", tags);
        }

        /** Anything the caller wants back. */
        public Builder metadata(@Nullable Object metadata) {
            return given(3, "metadata", metadata);
        }

        /** The record; {@link IllegalStateException} if a required value is not set. */
        @SuppressWarnings("unchecked")
        public CreateCallRequest build() {
            return new CreateCallRequest((String) values[0], (Long) values[1],
                    (List<String>) values[2], values[3], properties);
        }
    }
}
