package com.acme.s003;

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
 * Body of a 404 response to {@code GET /v2/conversations/{id}} (Get conversation by ID).
 *
 * <p>Source: 003_e872a38cc95d17c8.txt, line 3.
 *
 * <p>An accessor throws {@link UnreadableValueException} when the JSON had a value of another type than
 * documented (kept as read), and a required one's throws {@link IllegalStateException} when the JSON had none.
 *
 * @param error
 * @param additionalProperties undocumented values, and ones kept as read ({@link Unreadable}) or null
 */
@JsonRecord
@Generated(value = "dev.docpoet.processor.ApiDocsProcessor", comments = "Source: 003_e872a38cc95d17c8.txt")
@NullMarked
public record NotFoundError(@JsonProperty("error") NotFoundError.ErrorInfo error,
        @JsonAnyGetter Map<String, Object> additionalProperties) {
    public NotFoundError {
        additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    }

    /** The required {@code error}. */
    public ErrorInfo error() {
        return Components.required(error, additionalProperties, "error", "NotFoundError");
    }

    static void check(NotFoundError v, String path, List<Violation> out) {
        Unreadable.report(v.additionalProperties, path, out);
        if (Required.check(v.error, v.additionalProperties, "error", path, "/error", out)) {
            ErrorInfo.check(v.error, path + "/error", out);
        }
    }

    /** Every violation of the documented contract, in nested records too, in field order; none when it conforms. */
    public List<Violation> validate() {
        return Violation.collect(out -> check(this, "", out));
    }

    /** Reads the record from a JSON object; for Jackson. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static NotFoundError fromJson(Map<String, @Nullable Object> json) {
        return read(json, "");
    }

    static NotFoundError read(Map<String, @Nullable Object> json, String at) {
        FieldsReader r = new FieldsReader(json, at);
        return new NotFoundError(
                r.get("error", ValueReaders.record(ErrorInfo::read)),
                r.rest());
    }

    /**
     * Source: 003_e872a38cc95d17c8.txt, line 3.
     *
     * <p>An accessor throws {@link UnreadableValueException} when the JSON had a value of another type than
     * documented (kept as read), and a required one's throws {@link IllegalStateException} when the JSON had none.
     *
     * @param type The type of error returned
     * @param code Machine-readable error code
     * @param message Human-readable error message
     * @param param The parameter that caused the error (if applicable)
     * @param status HTTP status code
     * @param additionalProperties undocumented values, and ones kept as read ({@link Unreadable}) or null
     */
    @JsonRecord
    public record ErrorInfo(@JsonProperty("type") String type, @JsonProperty("code") String code,
            @JsonProperty("message") String message, @JsonProperty("param") @Nullable String param,
            @JsonProperty("status") Long status,
            @JsonAnyGetter Map<String, Object> additionalProperties) {
        /** The one value the docs allow for {@code type}. */
        public static final String TYPE = "invalid_request_error";

        /** The one value the docs allow for {@code code}. */
        public static final String CODE = "conversation_not_found";

        /** The one value the docs allow for {@code status}. */
        public static final Long STATUS = 404L;

        public ErrorInfo {
            additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
        }

        /** The required {@code type}. */
        public String type() {
            return Components.required(type, additionalProperties, "type", "ErrorInfo");
        }

        /** The required {@code code}. */
        public String code() {
            return Components.required(code, additionalProperties, "code", "ErrorInfo");
        }

        /** The required {@code message}. */
        public String message() {
            return Components.required(message, additionalProperties, "message", "ErrorInfo");
        }

        /** The {@code param}, null when absent. */
        public @Nullable String param() {
            return Components.optional(param, additionalProperties, "param", "ErrorInfo");
        }

        /** The required {@code status}. */
        public Long status() {
            return Components.required(status, additionalProperties, "status", "ErrorInfo");
        }

        static void check(ErrorInfo v, String path, List<Violation> out) {
            Unreadable.report(v.additionalProperties, path, out);
            if (Required.check(v.type, v.additionalProperties, "type", path, "/type", out)) {
                if (!ErrorInfo.TYPE.equals(v.type)) {
                    out.add(Violation.unknownEnumValue(path + "/type", v.type, "[invalid_request_error]"));
                }
            }
            if (Required.check(v.code, v.additionalProperties, "code", path, "/code", out)) {
                if (!ErrorInfo.CODE.equals(v.code)) {
                    out.add(Violation.unknownEnumValue(path + "/code", v.code, "[conversation_not_found]"));
                }
            }
            Required.check(v.message, v.additionalProperties, "message", path, "/message", out);
            if (Required.check(v.status, v.additionalProperties, "status", path, "/status", out)) {
                if (!ErrorInfo.STATUS.equals(v.status)) {
                    out.add(Violation.unknownEnumValue(path + "/status", v.status, "[404]"));
                }
            }
        }

        /** Reads the record from a JSON object; for Jackson. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static ErrorInfo fromJson(Map<String, @Nullable Object> json) {
            return read(json, "");
        }

        static ErrorInfo read(Map<String, @Nullable Object> json, String at) {
            FieldsReader r = new FieldsReader(json, at);
            return new ErrorInfo(
                    r.get("type", ValueReaders.STRING),
                    r.get("code", ValueReaders.STRING),
                    r.get("message", ValueReaders.STRING),
                    r.get("param", ValueReaders.STRING),
                    r.get("status", ValueReaders.LONG),
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

        /** Builds a {@link ErrorInfo}; {@link #build()} checks that every required value is set. */
        public static final class Builder extends RecordBuilder<Builder> {
            private Builder() {
                super(5);
                values[0] = ErrorInfo.TYPE;
                values[1] = ErrorInfo.CODE;
                values[4] = ErrorInfo.STATUS;
            }

            private Builder(ErrorInfo from) {
                super(new Object[] {from.type, from.code, from.message, from.param, from.status},
                        from.additionalProperties);
            }

            /** The type of error returned */
            public Builder type(String type) {
                return given(0, "type", Objects.requireNonNull(type, "type"));
            }

            /** Machine-readable error code */
            public Builder code(String code) {
                return given(1, "code", Objects.requireNonNull(code, "code"));
            }

            /** Human-readable error message */
            public Builder message(String message) {
                return given(2, "message", Objects.requireNonNull(message, "message"));
            }

            /** The parameter that caused the error (if applicable) */
            public Builder param(@Nullable String param) {
                return given(3, "param", param);
            }

            /** HTTP status code */
            public Builder status(Long status) {
                return given(4, "status", Objects.requireNonNull(status, "status"));
            }

            /** The record; {@link IllegalStateException} if a required value is not set. */
            public ErrorInfo build() {
                require(0, "type", "type");
                require(1, "code", "code");
                require(2, "message", "message");
                require(4, "status", "status");
                return new ErrorInfo((String) values[0], (String) values[1], (String) values[2],
                        (String) values[3], (Long) values[4], properties);
            }
        }
    }
}
