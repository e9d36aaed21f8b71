package test;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
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
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Body of each item of a 200 response to {@code GET /v2/campaigns/{status}} (Campaigns by status).
 *
 * <p>Source: blocks/readme/campaigns.md, line 70.
 *
 * <p>An accessor throws {@link UnreadableValueException} when the JSON had a value of another type than
 * documented (kept as read), and a required one's throws {@link IllegalStateException} when the JSON had none.
 *
 * @param id ID of the campaign.
 * @param name The internal name.
 * @param opened Opens of the campaign.
 * @param dateSend When it was sent.
 * @param additionalProperties undocumented values, and ones kept as read ({@link Unreadable}) or null
 */
@JsonRecord
@Generated(value = "dev.docpoet.processor.ApiDocsProcessor", comments = "Source: blocks/readme/campaigns.md")
@NullMarked
public record Campaign(@JsonProperty("id") Long id, @JsonProperty("name") @Nullable String name,
        @JsonProperty("opened") Campaign. @Nullable Opened opened,
        @JsonProperty("date_send") @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable OffsetDateTime dateSend,
        @JsonAnyGetter Map<String, Object> additionalProperties) {
    public Campaign {
        additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    }

    /** The required {@code id}. */
    public Long id() {
        return Components.required(id, additionalProperties, "id", "Campaign");
    }

    /** The {@code name}, null when absent. */
    public @Nullable String name() {
        return Components.optional(name, additionalProperties, "name", "Campaign");
    }

    /** The {@code opened}, null when absent. */
    public @Nullable Opened opened() {
        return Components.optional(opened, additionalProperties, "opened", "Campaign");
    }

    /** The {@code date_send}, null when absent. */
    public @Nullable OffsetDateTime dateSend() {
        return Components.optional(dateSend, additionalProperties, "date_send", "Campaign");
    }

    static void check(Campaign v, String path, List<Violation> out) {
        Unreadable.report(v.additionalProperties, path, out);
        Required.check(v.id, v.additionalProperties, "id", path, "/id", out);
        if (v.opened != null) {
            Opened.check(v.opened, path + "/opened", out);
        }
    }

    /** Every violation of the documented contract, in nested records too, in field order; none when it conforms. */
    public List<Violation> validate() {
        return Violation.collect(out -> check(this, "", out));
    }

    /** Reads the record from a JSON object; for Jackson. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Campaign fromJson(Map<String, @Nullable Object> json) {
        return read(json, "");
    }

    static Campaign read(Map<String, @Nullable Object> json, String at) {
        FieldsReader r = new FieldsReader(json, at);
        return new Campaign(
                r.get("id", ValueReaders.LONG),
                r.get("name", ValueReaders.STRING),
                r.get("opened", ValueReaders.record(Opened::read)),
                r.get("date_send", ValueReaders.DATE_TIME),
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

    /** Builds a {@link Campaign}; {@link #build()} checks that every required value is set. */
    public static final class Builder extends RecordBuilder<Builder> {
        private Builder() {
            super(4);
        }

        private Builder(Campaign from) {
            super(new Object[] {from.id, from.name, from.opened, from.dateSend},
                    from.additionalProperties);
        }

        /** ID of the campaign. */
        public Builder id(Long id) {
            return given(0, "id", Objects.requireNonNull(id, "id"));
        }

        /** The internal name. */
        public Builder name(@Nullable String name) {
            return given(1, "name", name);
        }

        /** Opens of the campaign. */
        public Builder opened(@Nullable Opened opened) {
            return given(2, "opened", opened);
        }

        /** When it was sent. */
        public Builder dateSend(@Nullable OffsetDateTime dateSend) {
            return given(3, "date_send", dateSend);
        }

        /** The record; {@link IllegalStateException} if a required value is not set. */
        public Campaign build() {
            require(0, "id", "id");
            return new Campaign((Long) values[0], (String) values[1], (Opened) values[2],
                    (OffsetDateTime) values[3], properties);
        }
    }

    /**
     * Opens of the campaign.
     *
     * <p>Source: blocks/readme/campaigns.md, line 78.
     *
     * <p>An accessor throws {@link UnreadableValueException} when the JSON had a value of another type than
     * documented (kept as read), and a required one's throws {@link IllegalStateException} when the JSON had none.
     *
     * @param count Total opens.
     * @param rate Open rate.
     * @param additionalProperties undocumented values, and ones kept as read ({@link Unreadable}) or null
     */
    @JsonRecord
    public record Opened(@JsonProperty("count") Long count,
            @JsonProperty("rate") @Nullable BigDecimal rate,
            @JsonAnyGetter Map<String, Object> additionalProperties) {
        public Opened {
            additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
        }

        /** The required {@code count}. */
        public Long count() {
            return Components.required(count, additionalProperties, "count", "Opened");
        }

        /** The {@code rate}, null when absent. */
        public @Nullable BigDecimal rate() {
            return Components.optional(rate, additionalProperties, "rate", "Opened");
        }

        static void check(Opened v, String path, List<Violation> out) {
            Unreadable.report(v.additionalProperties, path, out);
            Required.check(v.count, v.additionalProperties, "count", path, "/count", out);
        }

        /** Reads the record from a JSON object; for Jackson. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Opened fromJson(Map<String, @Nullable Object> json) {
            return read(json, "");
        }

        static Opened read(Map<String, @Nullable Object> json, String at) {
            FieldsReader r = new FieldsReader(json, at);
            return new Opened(
                    r.get("count", ValueReaders.LONG),
                    r.get("rate", ValueReaders.DECIMAL),
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

        /** Builds a {@link Opened}; {@link #build()} checks that every required value is set. */
        public static final class Builder extends RecordBuilder<Builder> {
            private Builder() {
                super(2);
            }

            private Builder(Opened from) {
                super(new Object[] {from.count, from.rate}, from.additionalProperties);
            }

            /** Total opens. */
            public Builder count(Long count) {
                return given(0, "count", Objects.requireNonNull(count, "count"));
            }

            /** Open rate. */
            public Builder rate(@Nullable BigDecimal rate) {
                return given(1, "rate", rate);
            }

            /** The record; {@link IllegalStateException} if a required value is not set. */
            public Opened build() {
                require(0, "count", "count");
                return new Opened((Long) values[0], (BigDecimal) values[1], properties);
            }
        }
    }
}
