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
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Body of a 200 response to {@code POST /v1/calls} (Create a call).
 *
 * <p>Source: blocks/fern/pages/create-call.mdx, line 35.
 *
 * @param call
 * @param status Where the call is.
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
public record CreateCallResponse(@JsonProperty("call") CreateCallResponse.Call call,
        @JsonProperty("status") CreateCallResponseStatus status,
        @JsonAnyGetter Map<String, Object> additionalProperties) {
    public CreateCallResponse {
        additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    }

    /**
     * The required {@code call}.
     *
     * @throws IllegalStateException if the JSON had none
     * @throws UnreadableValueException if it had one of another type
     */
    public Call call() {
        return Components.required(call, additionalProperties, "call", "CreateCallResponse");
    }

    /**
     * The required {@code status}.
     *
     * @throws IllegalStateException if the JSON had none
     * @throws UnreadableValueException if it had one of another type
     */
    public CreateCallResponseStatus status() {
        return Components.required(status, additionalProperties, "status", "CreateCallResponse");
    }

    static void check(CreateCallResponse v, String path, List<Violation> out) {
        Unreadable.report(v.additionalProperties, path, out);
        if (v.call == null) {
            if (v.additionalProperties.get("call") == null) {
                out.add(Violation.required(path + "/call"));
            }
        } else {
            Call.check(v.call, path + "/call", out);
        }
        if (v.status == null) {
            if (v.additionalProperties.get("status") == null) {
                out.add(Violation.required(path + "/status"));
            }
        } else {
            if (!v.status.isKnown()) {
                out.add(Violation.unknownEnumValue(path + "/status", v.status.value(), "[queued, ringing, ended]"));
            }
        }
    }

    /**
     * Reads the record from a JSON object; for Jackson.
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    static CreateCallResponse fromJson(Map<String, @Nullable Object> json) {
        return read(json, "");
    }

    static CreateCallResponse read(Map<String, @Nullable Object> json, String at) {
        FieldsReader r = new FieldsReader(json, at);
        return new CreateCallResponse(
                r.get("call", ValueReaders.record(Call::read)),
                r.get("status", ValueReaders.text(CreateCallResponseStatus::of)),
                r.rest());
    }

    /**
     * Source: blocks/fern/pages/create-call.mdx, line 35.
     *
     * @param id
     * @param duration
     * @param additionalProperties properties the doc does not document, and documented ones the JSON had of another type
     *     (as {@link Unreadable}) or as null, kept so that nothing is lost
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonAutoDetect(
            fieldVisibility = JsonAutoDetect.Visibility.ANY,
            getterVisibility = JsonAutoDetect.Visibility.NONE,
            isGetterVisibility = JsonAutoDetect.Visibility.NONE
    )
    public record Call(@JsonProperty("id") String id,
            @JsonProperty("duration") @Nullable BigDecimal duration,
            @JsonAnyGetter Map<String, Object> additionalProperties) {
        public Call {
            additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
        }

        /**
         * The required {@code id}.
         *
         * @throws IllegalStateException if the JSON had none
         * @throws UnreadableValueException if it had one of another type
         */
        public String id() {
            return Components.required(id, additionalProperties, "id", "Call");
        }

        /**
         * The {@code duration}, null when absent.
         *
         * @throws UnreadableValueException if the JSON had one of another type
         */
        public @Nullable BigDecimal duration() {
            return Components.optional(duration, additionalProperties, "duration", "Call");
        }

        static void check(Call v, String path, List<Violation> out) {
            Unreadable.report(v.additionalProperties, path, out);
            if (v.id == null) {
                if (v.additionalProperties.get("id") == null) {
                    out.add(Violation.required(path + "/id"));
                }
            }
        }

        /**
         * Reads the record from a JSON object; for Jackson.
         */
        @JsonCreator(
                mode = JsonCreator.Mode.DELEGATING
        )
        static Call fromJson(Map<String, @Nullable Object> json) {
            return read(json, "");
        }

        static Call read(Map<String, @Nullable Object> json, String at) {
            FieldsReader r = new FieldsReader(json, at);
            return new Call(
                    r.get("id", ValueReaders.STRING),
                    r.get("duration", ValueReaders.DECIMAL),
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
         * Builds a {@link Call}; {@link #build()} checks that every required value is set.
         */
        public static final class Builder {
            private @Nullable String id;

            private @Nullable BigDecimal duration;

            private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

            private Builder() {
            }

            private Builder(Call from) {
                this.id = from.id;
                this.duration = from.duration;
                this.additionalProperties.putAll(from.additionalProperties);
            }

            public Builder id(String id) {
                this.id = Objects.requireNonNull(id, "id");
                additionalProperties.remove("id");
                return this;
            }

            public Builder duration(@Nullable BigDecimal duration) {
                this.duration = duration;
                additionalProperties.remove("duration");
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
            public Call build() {
                Required.set(id, additionalProperties, "id", "id");
                return new Call(id, duration, additionalProperties);
            }
        }
    }
}
