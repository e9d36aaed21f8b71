package test;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
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
        comments = "Source: attributes/entities/Ticket.md"
)
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

    /**
     * The required {@code id}.
     *
     * @throws IllegalStateException if the JSON had none
     * @throws UnreadableValueException if it had one of another type
     */
    public String id() {
        return Components.required(id, additionalProperties, "id", "Ticket");
    }

    /**
     * The required {@code subject}.
     *
     * @throws IllegalStateException if the JSON had none
     * @throws UnreadableValueException if it had one of another type
     */
    public String subject() {
        return Components.required(subject, additionalProperties, "subject", "Ticket");
    }

    /**
     * The required {@code status}.
     *
     * @throws IllegalStateException if the JSON had none
     * @throws UnreadableValueException if it had one of another type
     */
    public TicketStatus status() {
        return Components.required(status, additionalProperties, "status", "Ticket");
    }

    /**
     * The required {@code created_at}.
     *
     * @throws IllegalStateException if the JSON had none
     * @throws UnreadableValueException if it had one of another type
     */
    public OffsetDateTime createdAt() {
        return Components.required(createdAt, additionalProperties, "created_at", "Ticket");
    }

    /**
     * The required {@code tags}.
     *
     * @throws IllegalStateException if the JSON had none
     * @throws UnreadableValueException if it had one of another type
     */
    public List<String> tags() {
        return Components.required(tags, additionalProperties, "tags", "Ticket");
    }

    /**
     * The {@code assignee}, null when absent.
     *
     * @throws UnreadableValueException if the JSON had one of another type
     */
    public @Nullable String assignee() {
        return Components.optional(assignee, additionalProperties, "assignee", "Ticket");
    }

    /**
     * The required {@code requester}.
     *
     * @throws IllegalStateException if the JSON had none
     * @throws UnreadableValueException if it had one of another type
     */
    public Requester requester() {
        return Components.required(requester, additionalProperties, "requester", "Ticket");
    }

    /**
     * The required {@code history}.
     *
     * @throws IllegalStateException if the JSON had none
     * @throws UnreadableValueException if it had one of another type
     */
    public List<HistoryItem> history() {
        return Components.required(history, additionalProperties, "history", "Ticket");
    }

    /**
     * The required {@code comments}.
     *
     * @throws IllegalStateException if the JSON had none
     * @throws UnreadableValueException if it had one of another type
     */
    public List<Comment> comments() {
        return Components.required(comments, additionalProperties, "comments", "Ticket");
    }

    /**
     * The required {@code score}.
     *
     * @throws IllegalStateException if the JSON had none
     * @throws UnreadableValueException if it had one of another type
     */
    public BigDecimal score() {
        return Components.required(score, additionalProperties, "score", "Ticket");
    }

    /**
     * The {@code legacy_flag}, null when absent.
     *
     * @throws UnreadableValueException if the JSON had one of another type
     */
    @Deprecated
    public @Nullable Boolean legacyFlag() {
        return Components.optional(legacyFlag, additionalProperties, "legacy_flag", "Ticket");
    }

    static void check(Ticket v, String path, List<Violation> out) {
        Unreadable.report(v.additionalProperties, path, out);
        if (v.id == null) {
            if (v.additionalProperties.get("id") == null) {
                out.add(Violation.required(path + "/id"));
            }
        }
        if (v.subject == null) {
            if (v.additionalProperties.get("subject") == null) {
                out.add(Violation.required(path + "/subject"));
            }
        }
        if (v.status == null) {
            if (v.additionalProperties.get("status") == null) {
                out.add(Violation.required(path + "/status"));
            }
        } else {
            if (!v.status.isKnown()) {
                out.add(Violation.unknownEnumValue(path + "/status", v.status.value(), "[open, closed]"));
            }
        }
        if (v.createdAt == null) {
            if (v.additionalProperties.get("created_at") == null) {
                out.add(Violation.required(path + "/created_at"));
            }
        }
        if (v.tags == null) {
            if (v.additionalProperties.get("tags") == null) {
                out.add(Violation.required(path + "/tags"));
            }
        }
        if (v.assignee == null) {
            if (!v.additionalProperties.containsKey("assignee")) {
                out.add(Violation.required(path + "/assignee"));
            }
        }
        if (v.requester == null) {
            if (v.additionalProperties.get("requester") == null) {
                out.add(Violation.required(path + "/requester"));
            }
        } else {
            Requester.check(v.requester, path + "/requester", out);
        }
        if (v.history == null) {
            if (v.additionalProperties.get("history") == null) {
                out.add(Violation.required(path + "/history"));
            }
        } else {
            for (int i = 0; i < v.history.size(); i++) {
                var e = v.history.get(i);
                if (e != null) {
                    HistoryItem.check(e, path + "/history/" + i, out);
                }
            }
        }
        if (v.comments == null) {
            if (v.additionalProperties.get("comments") == null) {
                out.add(Violation.required(path + "/comments"));
            }
        } else {
            for (int i = 0; i < v.comments.size(); i++) {
                var e = v.comments.get(i);
                if (e != null) {
                    Comment.check(e, path + "/comments/" + i, out);
                }
            }
        }
        if (v.score == null) {
            if (v.additionalProperties.get("score") == null) {
                out.add(Violation.required(path + "/score"));
            }
        }
    }

    /**
     * Reads the record from a JSON object; for Jackson.
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
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
     * Builds a {@link Ticket}; {@link #build()} checks that every required value is set.
     */
    public static final class Builder {
        private @Nullable String id;

        private @Nullable String subject;

        private @Nullable TicketStatus status;

        private @Nullable OffsetDateTime createdAt;

        private @Nullable List<String> tags;

        private @Nullable String assignee;

        private @Nullable Requester requester;

        private @Nullable List<HistoryItem> history;

        private @Nullable List<Comment> comments;

        private @Nullable BigDecimal score;

        private @Nullable Boolean legacyFlag;

        private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Ticket from) {
            this.id = from.id;
            this.subject = from.subject;
            this.status = from.status;
            this.createdAt = from.createdAt;
            this.tags = from.tags;
            this.assignee = from.assignee;
            this.requester = from.requester;
            this.history = from.history;
            this.comments = from.comments;
            this.score = from.score;
            this.legacyFlag = from.legacyFlag;
            this.additionalProperties.putAll(from.additionalProperties);
        }

        /**
         * The ticket's id.
         */
        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, "id");
            additionalProperties.remove("id");
            return this;
        }

        /**
         * What the ticket is about.
         */
        public Builder subject(String subject) {
            this.subject = Objects.requireNonNull(subject, "subject");
            additionalProperties.remove("subject");
            return this;
        }

        /**
         * Where the ticket stands.
         */
        public Builder status(TicketStatus status) {
            this.status = Objects.requireNonNull(status, "status");
            additionalProperties.remove("status");
            return this;
        }

        /**
         * When the ticket was opened.
         */
        public Builder createdAt(OffsetDateTime createdAt) {
            this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
            additionalProperties.remove("created_at");
            return this;
        }

        /**
         * Labels.
         */
        public Builder tags(List<String> tags) {
            this.tags = Objects.requireNonNull(tags, "tags");
            additionalProperties.remove("tags");
            return this;
        }

        /**
         * The agent working on it, if any.
         */
        public Builder assignee(@Nullable String assignee) {
            this.assignee = assignee;
            additionalProperties.remove("assignee");
            return this;
        }

        /**
         * Who asked.
         */
        public Builder requester(Requester requester) {
            this.requester = Objects.requireNonNull(requester, "requester");
            additionalProperties.remove("requester");
            return this;
        }

        /**
         * Activity by day.
         */
        public Builder history(List<HistoryItem> history) {
            this.history = Objects.requireNonNull(history, "history");
            additionalProperties.remove("history");
            return this;
        }

        /**
         * The replies.
         */
        public Builder comments(List<Comment> comments) {
            this.comments = Objects.requireNonNull(comments, "comments");
            additionalProperties.remove("comments");
            return this;
        }

        /**
         * How satisfied the requester was.
         */
        public Builder score(BigDecimal score) {
            this.score = Objects.requireNonNull(score, "score");
            additionalProperties.remove("score");
            return this;
        }

        /**
         * No longer set.
         */
        @Deprecated
        public Builder legacyFlag(@Nullable Boolean legacyFlag) {
            this.legacyFlag = legacyFlag;
            additionalProperties.remove("legacy_flag");
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
        public Ticket build() {
            Required.set(id, additionalProperties, "id", "id");
            Required.set(subject, additionalProperties, "subject", "subject");
            Required.set(status, additionalProperties, "status", "status");
            Required.set(createdAt, additionalProperties, "created_at", "createdAt");
            Required.set(tags, additionalProperties, "tags", "tags");
            Required.set(requester, additionalProperties, "requester", "requester");
            Required.set(history, additionalProperties, "history", "history");
            Required.set(comments, additionalProperties, "comments", "comments");
            Required.set(score, additionalProperties, "score", "score");
            return new Ticket(id, subject, status, createdAt, tags, assignee, requester, history, comments, score, legacyFlag, additionalProperties);
        }
    }

    /**
     * Who asked.
     *
     * <p>Source: attributes/entities/Ticket.md, line 70.
     *
     * @param name Their name.
     * @param email Their e-mail address, when they gave one.
     * @param additionalProperties properties the doc does not document, and documented ones the JSON had of another type
     *     (as {@link Unreadable}) or as null, kept so that nothing is lost
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonAutoDetect(
            fieldVisibility = JsonAutoDetect.Visibility.ANY,
            getterVisibility = JsonAutoDetect.Visibility.NONE,
            isGetterVisibility = JsonAutoDetect.Visibility.NONE
    )
    public record Requester(@JsonProperty("name") String name,
            @JsonProperty("email") @Nullable String email,
            @JsonAnyGetter Map<String, Object> additionalProperties) {
        public Requester {
            additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
        }

        /**
         * The required {@code name}.
         *
         * @throws IllegalStateException if the JSON had none
         * @throws UnreadableValueException if it had one of another type
         */
        public String name() {
            return Components.required(name, additionalProperties, "name", "Requester");
        }

        /**
         * The {@code email}, null when absent.
         *
         * @throws UnreadableValueException if the JSON had one of another type
         */
        public @Nullable String email() {
            return Components.optional(email, additionalProperties, "email", "Requester");
        }

        static void check(Requester v, String path, List<Violation> out) {
            Unreadable.report(v.additionalProperties, path, out);
            if (v.name == null) {
                if (v.additionalProperties.get("name") == null) {
                    out.add(Violation.required(path + "/name"));
                }
            }
        }

        /**
         * Reads the record from a JSON object; for Jackson.
         */
        @JsonCreator(
                mode = JsonCreator.Mode.DELEGATING
        )
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
         * Builds a {@link Requester}; {@link #build()} checks that every required value is set.
         */
        public static final class Builder {
            private @Nullable String name;

            private @Nullable String email;

            private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

            private Builder() {
            }

            private Builder(Requester from) {
                this.name = from.name;
                this.email = from.email;
                this.additionalProperties.putAll(from.additionalProperties);
            }

            /**
             * Their name.
             */
            public Builder name(String name) {
                this.name = Objects.requireNonNull(name, "name");
                additionalProperties.remove("name");
                return this;
            }

            /**
             * Their e-mail address, when they gave one.
             */
            public Builder email(@Nullable String email) {
                this.email = email;
                additionalProperties.remove("email");
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
            public Requester build() {
                Required.set(name, additionalProperties, "name", "name");
                return new Requester(name, email, additionalProperties);
            }
        }
    }

    /**
     * Activity by day.
     *
     * <p>Source: attributes/entities/Ticket.md, line 91.
     *
     * @param day The day, as a UNIX timestamp.
     * @param events What happened that day.
     * @param additionalProperties properties the doc does not document, and documented ones the JSON had of another type
     *     (as {@link Unreadable}) or as null, kept so that nothing is lost
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonAutoDetect(
            fieldVisibility = JsonAutoDetect.Visibility.ANY,
            getterVisibility = JsonAutoDetect.Visibility.NONE,
            isGetterVisibility = JsonAutoDetect.Visibility.NONE
    )
    public record HistoryItem(@JsonProperty("day") String day, @JsonProperty("events") Long events,
            @JsonAnyGetter Map<String, Object> additionalProperties) {
        public HistoryItem {
            additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
        }

        /**
         * The required {@code day}.
         *
         * @throws IllegalStateException if the JSON had none
         * @throws UnreadableValueException if it had one of another type
         */
        public String day() {
            return Components.required(day, additionalProperties, "day", "HistoryItem");
        }

        /**
         * The required {@code events}.
         *
         * @throws IllegalStateException if the JSON had none
         * @throws UnreadableValueException if it had one of another type
         */
        public Long events() {
            return Components.required(events, additionalProperties, "events", "HistoryItem");
        }

        static void check(HistoryItem v, String path, List<Violation> out) {
            Unreadable.report(v.additionalProperties, path, out);
            if (v.day == null) {
                if (v.additionalProperties.get("day") == null) {
                    out.add(Violation.required(path + "/day"));
                }
            }
            if (v.events == null) {
                if (v.additionalProperties.get("events") == null) {
                    out.add(Violation.required(path + "/events"));
                }
            }
        }

        /**
         * Reads the record from a JSON object; for Jackson.
         */
        @JsonCreator(
                mode = JsonCreator.Mode.DELEGATING
        )
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
