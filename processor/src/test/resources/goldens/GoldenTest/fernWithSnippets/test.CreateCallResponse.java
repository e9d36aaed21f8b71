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
 * <p>An accessor throws {@link UnreadableValueException} when the JSON had a value of another type than
 * documented (kept as read), and a required one's throws {@link IllegalStateException} when the JSON had none.
 *
 * @param call
 * @param status Where the call is.
 * @param additionalProperties undocumented values, and ones kept as read ({@link Unreadable}) or null
 */
@JsonRecord
@Generated(value = "dev.docpoet.processor.ApiDocsProcessor", comments = "Source: blocks/fern/pages/create-call.mdx")
@NullMarked
public record CreateCallResponse(@JsonProperty("call") CreateCallResponse.Call call,
        @JsonProperty("status") CreateCallResponseStatus status,
        @JsonAnyGetter Map<String, Object> additionalProperties) {
    public CreateCallResponse {
        additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    }

    /** The required {@code call}. */
    public Call call() {
        return Components.required(call, additionalProperties, "call", "CreateCallResponse");
    }

    /** The required {@code status}. */
    public CreateCallResponseStatus status() {
        return Components.required(status, additionalProperties, "status", "CreateCallResponse");
    }

    static void check(CreateCallResponse v, String path, List<Violation> out) {
        Unreadable.report(v.additionalProperties, path, out);
        if (Required.check(v.call, v.additionalProperties, "call", path, "/call", out)) {
            Call.check(v.call, path + "/call", out);
        }
        if (Required.check(v.status, v.additionalProperties, "status", path, "/status", out)) {
            if (!v.status.isKnown()) {
                out.add(Violation.unknownEnumValue(path + "/status", v.status.value(), "[queued, ringing, ended]"));
            }
        }
    }

    /** Every violation of the documented contract, in nested records too, in field order; none when it conforms. */
    public List<Violation> validate() {
        return Violation.collect(out -> check(this, "", out));
    }

    /** Reads the record from a JSON object; for Jackson. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
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
     * <p>An accessor throws {@link UnreadableValueException} when the JSON had a value of another type than
     * documented (kept as read), and a required one's throws {@link IllegalStateException} when the JSON had none.
     *
     * @param id
     * @param duration
     * @param additionalProperties undocumented values, and ones kept as read ({@link Unreadable}) or null
     */
    @JsonRecord
    public record Call(@JsonProperty("id") String id,
            @JsonProperty("duration") @Nullable BigDecimal duration,
            @JsonAnyGetter Map<String, Object> additionalProperties) {
        public Call {
            additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
        }

        /** The required {@code id}. */
        public String id() {
            return Components.required(id, additionalProperties, "id", "Call");
        }

        /** The {@code duration}, null when absent. */
        public @Nullable BigDecimal duration() {
            return Components.optional(duration, additionalProperties, "duration", "Call");
        }

        static void check(Call v, String path, List<Violation> out) {
            Unreadable.report(v.additionalProperties, path, out);
            Required.check(v.id, v.additionalProperties, "id", path, "/id", out);
        }

        /** Reads the record from a JSON object; for Jackson. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
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

        /** A builder with nothing set yet. */
        public static Builder builder() {
            return new Builder();
        }

        /** A builder holding this record's values, to make a changed copy. */
        public Builder toBuilder() {
            return new Builder(this);
        }

        /** Builds a {@link Call}; {@link #build()} checks that every required value is set. */
        public static final class Builder extends RecordBuilder<Builder> {
            private Builder() {
                super(2);
            }

            private Builder(Call from) {
                super(new Object[] {from.id, from.duration}, from.additionalProperties);
            }

            public Builder id(String id) {
                return given(0, "id", Objects.requireNonNull(id, "id"));
            }

            public Builder duration(@Nullable BigDecimal duration) {
                return given(1, "duration", duration);
            }

            /** The record; {@link IllegalStateException} if a required value is not set. */
            public Call build() {
                require(0, "id", "id");
                return new Call((String) values[0], (BigDecimal) values[1], properties);
            }
        }
    }
}
