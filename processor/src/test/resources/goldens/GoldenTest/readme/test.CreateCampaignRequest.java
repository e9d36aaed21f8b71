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
 * Body of a {@code POST /v2/campaigns} request.
 *
 * <p>Source: blocks/readme/campaigns.md, line 149.
 *
 * <p>An accessor throws {@link UnreadableValueException} when the JSON had a value of another type than
 * documented (kept as read), and a required one's throws {@link IllegalStateException} when the JSON had none.
 *
 * @param subject The subject line.
 * @param groups Groups to send to.
 * @param additionalProperties undocumented values, and ones kept as read ({@link Unreadable}) or null
 */
@JsonRecord
@Generated(value = "dev.docpoet.processor.ApiDocsProcessor", comments = "Source: blocks/readme/campaigns.md")
@NullMarked
public record CreateCampaignRequest(@JsonProperty("subject") String subject,
        @JsonProperty("groups") @Nullable List<Long> groups,
        @JsonAnyGetter Map<String, Object> additionalProperties) {
    public CreateCampaignRequest {
        groups = groups == null ? null : Collections.unmodifiableList(new ArrayList<>(groups));
        additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    }

    /** The required {@code subject}. */
    public String subject() {
        return Components.required(subject, additionalProperties, "subject", "CreateCampaignRequest");
    }

    /** The {@code groups}, empty when absent. */
    public List<Long> groups() {
        return Components.listOrEmpty(groups, additionalProperties, "groups", "CreateCampaignRequest");
    }

    static void check(CreateCampaignRequest v, String path, List<Violation> out) {
        Unreadable.report(v.additionalProperties, path, out);
        Required.check(v.subject, v.additionalProperties, "subject", path, "/subject", out);
    }

    /** Every violation of the documented contract, in nested records too, in field order; none when it conforms. */
    public List<Violation> validate() {
        return Violation.collect(out -> check(this, "", out));
    }

    /** Reads the record from a JSON object; for Jackson. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static CreateCampaignRequest fromJson(Map<String, @Nullable Object> json) {
        return read(json, "");
    }

    static CreateCampaignRequest read(Map<String, @Nullable Object> json, String at) {
        FieldsReader r = new FieldsReader(json, at);
        return new CreateCampaignRequest(
                r.get("subject", ValueReaders.STRING),
                r.get("groups", ValueReaders.list(ValueReaders.LONG)),
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

    /** Builds a {@link CreateCampaignRequest}; {@link #build()} checks that every required value is set. */
    public static final class Builder extends RecordBuilder<Builder> {
        private Builder() {
            super(2);
        }

        private Builder(CreateCampaignRequest from) {
            super(new Object[] {from.subject, from.groups}, from.additionalProperties);
        }

        /** The subject line. */
        public Builder subject(String subject) {
            return given(0, "subject", Objects.requireNonNull(subject, "subject"));
        }

        /** Groups to send to. */
        public Builder groups(@Nullable List<Long> groups) {
            return given(1, "groups", groups);
        }

        /** The record; {@link IllegalStateException} if a required value is not set. */
        @SuppressWarnings("unchecked")
        public CreateCampaignRequest build() {
            require(0, "subject", "subject");
            return new CreateCampaignRequest((String) values[0], (List<Long>) values[1],
                    properties);
        }
    }
}
