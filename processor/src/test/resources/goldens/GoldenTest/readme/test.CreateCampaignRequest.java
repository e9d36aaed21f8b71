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
 * Body of a {@code POST /v2/campaigns} request.
 *
 * <p>Source: blocks/readme/campaigns.md, line 149.
 *
 * @param subject The subject line.
 * @param groups Groups to send to.
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
        comments = "Source: blocks/readme/campaigns.md"
)
@NullMarked
public record CreateCampaignRequest(@JsonProperty("subject") String subject,
        @JsonProperty("groups") @Nullable List<Long> groups,
        @JsonAnyGetter Map<String, Object> additionalProperties) {
    public CreateCampaignRequest {
        groups = groups == null ? null : Collections.unmodifiableList(new ArrayList<>(groups));
        additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    }

    /**
     * The required {@code subject}.
     *
     * @throws IllegalStateException if the JSON had none
     * @throws UnreadableValueException if it had one of another type
     */
    public String subject() {
        return Components.required(subject, additionalProperties, "subject", "CreateCampaignRequest");
    }

    /**
     * The {@code groups}, empty when absent.
     *
     * @throws UnreadableValueException if the JSON had one of another type
     */
    public List<Long> groups() {
        return Components.listOrEmpty(groups, additionalProperties, "groups", "CreateCampaignRequest");
    }

    static void check(CreateCampaignRequest v, String path, List<Violation> out) {
        Unreadable.report(v.additionalProperties, path, out);
        if (v.subject == null) {
            if (v.additionalProperties.get("subject") == null) {
                out.add(Violation.required(path + "/subject"));
            }
        }
    }

    /**
     * Reads the record from a JSON object; for Jackson.
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
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
     * Builds a {@link CreateCampaignRequest}; {@link #build()} checks that every required value is set.
     */
    public static final class Builder {
        private @Nullable String subject;

        private @Nullable List<Long> groups;

        private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(CreateCampaignRequest from) {
            this.subject = from.subject;
            this.groups = from.groups;
            this.additionalProperties.putAll(from.additionalProperties);
        }

        /**
         * The subject line.
         */
        public Builder subject(String subject) {
            this.subject = Objects.requireNonNull(subject, "subject");
            additionalProperties.remove("subject");
            return this;
        }

        /**
         * Groups to send to.
         */
        public Builder groups(@Nullable List<Long> groups) {
            this.groups = groups;
            additionalProperties.remove("groups");
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
        public CreateCampaignRequest build() {
            Required.set(subject, additionalProperties, "subject", "subject");
            return new CreateCampaignRequest(subject, groups, additionalProperties);
        }
    }
}
