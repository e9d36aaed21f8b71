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
 * A request for help, and what became of it.
 *
 * <p>The {@code Ticket} entity of the docs, one type wherever they use it.
 *
 * <p>Source: attributes/entities/Ticket.md, line 23.
 *
 * <p>An accessor throws {@link UnreadableValueException} when the JSON had a value of another type than
 * documented (kept as read), and a required one's throws {@link IllegalStateException} when the JSON had none.
 *
 * @param id The ticket's id.
 * @param subject What the ticket is about.
 * @param status Where the ticket stands.
 * @param createdAt When the ticket was opened.
 * @param tags Labels.
 * @param assignee The agent working on it, if any. (required, may be null)
 * @param requester Who asked.
 * @param history Activity by day.
 * @param comments The replies.
 * @param score How satisfied the requester was.
 * @param legacyFlag No longer set. (deprecated)
 * @param additionalProperties undocumented values, and ones kept as read ({@link Unreadable}) or null
 */
@JsonRecord
@Generated(value = "dev.docpoet.processor.ApiDocsProcessor", comments = "Source: attributes/entities/Ticket.md")
@NullMarked
public record Ticket(@JsonProperty("id") String id, @JsonProperty("subject") String subject,
        @JsonProperty("status") TicketStatus status,
        @JsonProperty("created_at") @JsonFormat(shape = JsonFormat.Shape.STRING) OffsetDateTime createdAt,
        @JsonProperty("tags") List<String> tags,
        @JsonProperty("assignee") @Nullable String assignee,
        @JsonProperty("requester") Ticket.Requester requester,
        @JsonProperty("history") List<Ticket.HistoryItem> history,
        @JsonProperty("comments") List<Comment> comments, @JsonProperty("score") BigDecimal score,
        @JsonProperty("legacy_flag") @Nullable Boolean legacyFlag,
        @JsonAnyGetter Map<String, Object> additionalProperties) {
    public Ticket {
        tags = tags == null ? null : Collections.unmodifiableList(new ArrayList<>(tags));
        history = history == null ? null : Collections.unmodifiableList(new ArrayList<>(history));
        comments = comments == null ? null : Collections.unmodifiableList(new ArrayList<>(comments));
        additionalProperties = Components.requiredNullable(additionalProperties, "assignee", assignee);
        additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    }

    /** The required {@code id}. */
    public String id() {
        return Components.required(id, additionalProperties, "id", "Ticket");
    }

    /** The required {@code subject}. */
    public String subject() {
        return Components.required(subject, additionalProperties, "subject", "Ticket");
    }

    /** The required {@code status}. */
    public TicketStatus status() {
        return Components.required(status, additionalProperties, "status", "Ticket");
    }

    /** The required {@code created_at}. */
    public OffsetDateTime createdAt() {
        return Components.required(createdAt, additionalProperties, "created_at", "Ticket");
    }

    /** The required {@code tags}. */
    public List<String> tags() {
        return Components.required(tags, additionalProperties, "tags", "Ticket");
    }

    /** The {@code assignee}, null when absent. */
    public @Nullable String assignee() {
        return Components.optional(assignee, additionalProperties, "assignee", "Ticket");
    }

    /** The required {@code requester}. */
    public Requester requester() {
        return Components.required(requester, additionalProperties, "requester", "Ticket");
    }

    /** The required {@code history}. */
    public List<HistoryItem> history() {
        return Components.required(history, additionalProperties, "history", "Ticket");
    }

    /** The required {@code comments}. */
    public List<Comment> comments() {
        return Components.required(comments, additionalProperties, "comments", "Ticket");
    }

    /** The required {@code score}. */
    public BigDecimal score() {
        return Components.required(score, additionalProperties, "score", "Ticket");
    }

    /** The {@code legacy_flag}, null when absent. */
    @Deprecated
    public @Nullable Boolean legacyFlag() {
        return Components.optional(legacyFlag, additionalProperties, "legacy_flag", "Ticket");
    }

    static void check(Ticket v, String path, List<Violation> out) {
        Unreadable.report(v.additionalProperties, path, out);
        Required.check(v.id, v.additionalProperties, "id", path, "/id", out);
        Required.check(v.subject, v.additionalProperties, "subject", path, "/subject", out);
        if (Required.check(v.status, v.additionalProperties, "status", path, "/status", out)) {
            if (!v.status.isKnown()) {
                out.add(Violation.unknownEnumValue(path + "/status", v.status.value(), "[open, closed]"));
            }
        }
        Required.check(v.createdAt, v.additionalProperties, "created_at", path, "/created_at", out);
        Required.check(v.tags, v.additionalProperties, "tags", path, "/tags", out);
        Required.checkKey(v.assignee, v.additionalProperties, "assignee", path, "/assignee", out);
        if (Required.check(v.requester, v.additionalProperties, "requester", path, "/requester", out)) {
            Requester.check(v.requester, path + "/requester", out);
        }
        if (Required.check(v.history, v.additionalProperties, "history", path, "/history", out)) {
            for (int i = 0; i < v.history.size(); i++) {
                var e = v.history.get(i);
                if (e != null) {
                    HistoryItem.check(e, path + "/history/" + i, out);
                }
            }
        }
        if (Required.check(v.comments, v.additionalProperties, "comments", path, "/comments", out)) {
            for (int i = 0; i < v.comments.size(); i++) {
                var e = v.comments.get(i);
                if (e != null) {
                    Comment.check(e, path + "/comments/" + i, out);
                }
            }
        }
        Required.check(v.score, v.additionalProperties, "score", path, "/score", out);
    }

    /** Every violation of the documented contract, in nested records too, in field order; none when it conforms. */
    public List<Violation> validate() {
        return Violation.collect(out -> check(this, "", out));
    }

    /** Reads the record from a JSON object; for Jackson. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Ticket fromJson(Map<String, @Nullable Object> json) {
        return read(json, "");
    }

    static Ticket read(Map<String, @Nullable Object> json, String at) {
        FieldsReader r = new FieldsReader(json, at);
        return new Ticket(
                r.get("id", ValueReaders.STRING),
                r.get("subject", ValueReaders.STRING),
                r.get("status", ValueReaders.text(TicketStatus::of)),
                r.get("created_at", ValueReaders.DATE_TIME),
                r.get("tags", ValueReaders.list(ValueReaders.STRING)),
                r.getRequiredNullable("assignee", ValueReaders.STRING),
                r.get("requester", ValueReaders.record(Requester::read)),
                r.get("history", ValueReaders.list(ValueReaders.record(HistoryItem::read))),
                r.get("comments", ValueReaders.list(ValueReaders.record(Comment::read))),
                r.get("score", ValueReaders.DECIMAL),
                r.get("legacy_flag", ValueReaders.BOOLEAN),
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

    /** Builds a {@link Ticket}; {@link #build()} checks that every required value is set. */
    public static final class Builder extends RecordBuilder<Builder> {
        private Builder() {
            super(11);
        }

        private Builder(Ticket from) {
            super(new Object[] {from.id, from.subject, from.status, from.createdAt, from.tags,
                    from.assignee, from.requester, from.history, from.comments, from.score,
                    from.legacyFlag}, from.additionalProperties);
        }

        /** The ticket's id. */
        public Builder id(String id) {
            return given(0, "id", Objects.requireNonNull(id, "id"));
        }

        /** What the ticket is about. */
        public Builder subject(String subject) {
            return given(1, "subject", Objects.requireNonNull(subject, "subject"));
        }

        /** Where the ticket stands. */
        public Builder status(TicketStatus status) {
            return given(2, "status", Objects.requireNonNull(status, "status"));
        }

        /** When the ticket was opened. */
        public Builder createdAt(OffsetDateTime createdAt) {
            return given(3, "created_at", Objects.requireNonNull(createdAt, "createdAt"));
        }

        /** Labels. */
        public Builder tags(List<String> tags) {
            return given(4, "tags", Objects.requireNonNull(tags, "tags"));
        }

        /** The agent working on it, if any. */
        public Builder assignee(@Nullable String assignee) {
            return given(5, "assignee", assignee);
        }

        /** Who asked. */
        public Builder requester(Requester requester) {
            return given(6, "requester", Objects.requireNonNull(requester, "requester"));
        }

        /** Activity by day. */
        public Builder history(List<HistoryItem> history) {
            return given(7, "history", Objects.requireNonNull(history, "history"));
        }

        /** The replies. */
        public Builder comments(List<Comment> comments) {
            return given(8, "comments", Objects.requireNonNull(comments, "comments"));
        }

        /** How satisfied the requester was. */
        public Builder score(BigDecimal score) {
            return given(9, "score", Objects.requireNonNull(score, "score"));
        }

        /** No longer set. */
        @Deprecated
        public Builder legacyFlag(@Nullable Boolean legacyFlag) {
            return given(10, "legacy_flag", legacyFlag);
        }

        /** The record; {@link IllegalStateException} if a required value is not set. */
        @SuppressWarnings("unchecked")
        public Ticket build() {
            require(0, "id", "id");
            require(1, "subject", "subject");
            require(2, "status", "status");
            require(3, "created_at", "createdAt");
            require(4, "tags", "tags");
            require(6, "requester", "requester");
            require(7, "history", "history");
            require(8, "comments", "comments");
            require(9, "score", "score");
            return new Ticket((String) values[0], (String) values[1], (TicketStatus) values[2],
                    (OffsetDateTime) values[3], (List<String>) values[4], (String) values[5],
                    (Requester) values[6], (List<HistoryItem>) values[7], (List<Comment>) values[8],
                    (BigDecimal) values[9], (Boolean) values[10], properties);
        }
    }

    /**
     * Who asked.
     *
     * <p>Source: attributes/entities/Ticket.md, line 70.
     *
     * <p>An accessor throws {@link UnreadableValueException} when the JSON had a value of another type than
     * documented (kept as read), and a required one's throws {@link IllegalStateException} when the JSON had none.
     *
     * @param name Their name.
     * @param email Their e-mail address, when they gave one.
     * @param additionalProperties undocumented values, and ones kept as read ({@link Unreadable}) or null
     */
    @JsonRecord
    public record Requester(@JsonProperty("name") String name,
            @JsonProperty("email") @Nullable String email,
            @JsonAnyGetter Map<String, Object> additionalProperties) {
        public Requester {
            additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
        }

        /** The required {@code name}. */
        public String name() {
            return Components.required(name, additionalProperties, "name", "Requester");
        }

        /** The {@code email}, null when absent. */
        public @Nullable String email() {
            return Components.optional(email, additionalProperties, "email", "Requester");
        }

        static void check(Requester v, String path, List<Violation> out) {
            Unreadable.report(v.additionalProperties, path, out);
            Required.check(v.name, v.additionalProperties, "name", path, "/name", out);
        }

        /** Reads the record from a JSON object; for Jackson. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Requester fromJson(Map<String, @Nullable Object> json) {
            return read(json, "");
        }

        static Requester read(Map<String, @Nullable Object> json, String at) {
            FieldsReader r = new FieldsReader(json, at);
            return new Requester(
                    r.get("name", ValueReaders.STRING),
                    r.get("email", ValueReaders.STRING),
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

        /** Builds a {@link Requester}; {@link #build()} checks that every required value is set. */
        public static final class Builder extends RecordBuilder<Builder> {
            private Builder() {
                super(2);
            }

            private Builder(Requester from) {
                super(new Object[] {from.name, from.email}, from.additionalProperties);
            }

            /** Their name. */
            public Builder name(String name) {
                return given(0, "name", Objects.requireNonNull(name, "name"));
            }

            /** Their e-mail address, when they gave one. */
            public Builder email(@Nullable String email) {
                return given(1, "email", email);
            }

            /** The record; {@link IllegalStateException} if a required value is not set. */
            public Requester build() {
                require(0, "name", "name");
                return new Requester((String) values[0], (String) values[1], properties);
            }
        }
    }

    /**
     * Activity by day.
     *
     * <p>Source: attributes/entities/Ticket.md, line 91.
     *
     * <p>An accessor throws {@link UnreadableValueException} when the JSON had a value of another type than
     * documented (kept as read), and a required one's throws {@link IllegalStateException} when the JSON had none.
     *
     * @param day The day, as a UNIX timestamp.
     * @param events What happened that day.
     * @param additionalProperties undocumented values, and ones kept as read ({@link Unreadable}) or null
     */
    @JsonRecord
    public record HistoryItem(@JsonProperty("day") String day, @JsonProperty("events") Long events,
            @JsonAnyGetter Map<String, Object> additionalProperties) {
        public HistoryItem {
            additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
        }

        /** The required {@code day}. */
        public String day() {
            return Components.required(day, additionalProperties, "day", "HistoryItem");
        }

        /** The required {@code events}. */
        public Long events() {
            return Components.required(events, additionalProperties, "events", "HistoryItem");
        }

        static void check(HistoryItem v, String path, List<Violation> out) {
            Unreadable.report(v.additionalProperties, path, out);
            Required.check(v.day, v.additionalProperties, "day", path, "/day", out);
            Required.check(v.events, v.additionalProperties, "events", path, "/events", out);
        }

        /** Reads the record from a JSON object; for Jackson. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static HistoryItem fromJson(Map<String, @Nullable Object> json) {
            return read(json, "");
        }

        static HistoryItem read(Map<String, @Nullable Object> json, String at) {
            FieldsReader r = new FieldsReader(json, at);
            return new HistoryItem(
                    r.get("day", ValueReaders.STRING),
                    r.get("events", ValueReaders.LONG),
                    r.rest());
        }
    }
}
