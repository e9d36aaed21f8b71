package dev.docpoet.samples.bench.before;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.docpoet.runtime.Formats;
import dev.docpoet.runtime.Violation;
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
 * Body of a 200 response to {@code GET /v1/tickets/{ticketId}} (Get Ticket).
 *
 * <p>Source: get-ticket.mdx, line 19.
 *
 * @param underscoreId Internal identifier of the ticket.
 * @param id Public ticket number.
 * @param subject One-line summary.
 * @param priority How urgent the ticket is.
 * @param requester Who opened the ticket.
 * @param replies Replies in the order they were sent.
 * @param tags Free-form labels.
 * @param createdAt Timestamp when the ticket was opened.
 * @param additionalProperties properties the doc does not document, kept so that nothing is lost
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE
)
@Generated(
        value = "dev.docpoet.processor.ApiDocsProcessor",
        comments = "Source: get-ticket.mdx"
)
@NullMarked
public record Ticket(@JsonProperty("_id") String underscoreId, @JsonProperty("id") String id,
        @JsonProperty("subject") String subject, @JsonProperty("priority") TicketPriority priority,
        @JsonProperty("requester") Ticket.Requester requester,
        @JsonProperty("replies") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Ticket.Reply> replies,
        @JsonProperty("tags") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> tags,
        @JsonProperty("createdAt") @JsonFormat(shape = JsonFormat.Shape.STRING) OffsetDateTime createdAt,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public Ticket {
        replies = replies == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(replies));
        tags = tags == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(tags));
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    }

    /**
     * The required {@code _id}; an {@link IllegalStateException} if the JSON had none (the validator reports it).
     */
    public String underscoreId() {
        return Required.of(underscoreId, "_id", "Ticket");
    }

    /**
     * The required {@code id}; an {@link IllegalStateException} if the JSON had none (the validator reports it).
     */
    public String id() {
        return Required.of(id, "id", "Ticket");
    }

    /**
     * The required {@code subject}; an {@link IllegalStateException} if the JSON had none (the validator reports it).
     */
    public String subject() {
        return Required.of(subject, "subject", "Ticket");
    }

    /**
     * The required {@code priority}; an {@link IllegalStateException} if the JSON had none (the validator reports it).
     */
    public TicketPriority priority() {
        return Required.of(priority, "priority", "Ticket");
    }

    /**
     * The required {@code requester}; an {@link IllegalStateException} if the JSON had none (the validator reports it).
     */
    public Requester requester() {
        return Required.of(requester, "requester", "Ticket");
    }

    /**
     * The required {@code createdAt}; an {@link IllegalStateException} if the JSON had none (the validator reports it).
     */
    public OffsetDateTime createdAt() {
        return Required.of(createdAt, "createdAt", "Ticket");
    }

    static void check(Ticket v, String path, List<Violation> out) {
        if (v.underscoreId == null) {
            out.add(Violation.required(path + "/_id"));
        }
        if (v.id == null) {
            out.add(Violation.required(path + "/id"));
        }
        if (v.subject == null) {
            out.add(Violation.required(path + "/subject"));
        }
        if (v.priority == null) {
            out.add(Violation.required(path + "/priority"));
        } else {
            if (!v.priority.isKnown()) {
                out.add(Violation.unknownEnumValue(path + "/priority", v.priority.value(), "[low, normal, urgent]"));
            }
        }
        if (v.requester == null) {
            out.add(Violation.required(path + "/requester"));
        } else {
            Requester.check(v.requester, path + "/requester", out);
        }
        if (v.replies != null) {
            for (int i = 0; i < v.replies.size(); i++) {
                var e = v.replies.get(i);
                if (e != null) {
                    Reply.check(e, path + "/replies/" + i, out);
                }
            }
        }
        if (v.createdAt == null) {
            out.add(Violation.required(path + "/createdAt"));
        }
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
        private @Nullable String underscoreId;

        private @Nullable String id;

        private @Nullable String subject;

        private @Nullable TicketPriority priority;

        private @Nullable Requester requester;

        private @Nullable List<Reply> replies;

        private @Nullable List<String> tags;

        private @Nullable OffsetDateTime createdAt;

        private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Ticket from) {
            this.underscoreId = from.underscoreId;
            this.id = from.id;
            this.subject = from.subject;
            this.priority = from.priority;
            this.requester = from.requester;
            this.replies = from.replies;
            this.tags = from.tags;
            this.createdAt = from.createdAt;
            this.additionalProperties.putAll(from.additionalProperties);
        }

        /**
         * Internal identifier of the ticket.
         */
        public Builder underscoreId(String underscoreId) {
            this.underscoreId = Objects.requireNonNull(underscoreId, "underscoreId");
            return this;
        }

        /**
         * Public ticket number.
         */
        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * One-line summary.
         */
        public Builder subject(String subject) {
            this.subject = Objects.requireNonNull(subject, "subject");
            return this;
        }

        /**
         * How urgent the ticket is.
         */
        public Builder priority(TicketPriority priority) {
            this.priority = Objects.requireNonNull(priority, "priority");
            return this;
        }

        /**
         * Who opened the ticket.
         */
        public Builder requester(Requester requester) {
            this.requester = Objects.requireNonNull(requester, "requester");
            return this;
        }

        /**
         * Replies in the order they were sent.
         */
        public Builder replies(@Nullable List<Reply> replies) {
            this.replies = replies;
            return this;
        }

        /**
         * Free-form labels.
         */
        public Builder tags(@Nullable List<String> tags) {
            this.tags = tags;
            return this;
        }

        /**
         * Timestamp when the ticket was opened.
         */
        public Builder createdAt(OffsetDateTime createdAt) {
            this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
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
            Required.set(underscoreId, "_id", "underscoreId");
            Required.set(id, "id", "id");
            Required.set(subject, "subject", "subject");
            Required.set(priority, "priority", "priority");
            Required.set(requester, "requester", "requester");
            Required.set(createdAt, "createdAt", "createdAt");
            return new Ticket(underscoreId, id, subject, priority, requester, replies, tags, createdAt, additionalProperties);
        }
    }

    /**
     * Who opened the ticket.
     *
     * <p>Source: get-ticket.mdx, line 35.
     *
     * @param name Display name.
     * @param email Contact address.
     * @param website Personal or company site.
     * @param additionalProperties properties the doc does not document, kept so that nothing is lost
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonAutoDetect(
            fieldVisibility = JsonAutoDetect.Visibility.ANY,
            getterVisibility = JsonAutoDetect.Visibility.NONE,
            isGetterVisibility = JsonAutoDetect.Visibility.NONE
    )
    public record Requester(@JsonProperty("name") String name,
            @JsonProperty("email") @Nullable String email,
            @JsonProperty("website") @Nullable String website,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
        public Requester {
            additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
        }

        /**
         * The required {@code name}; an {@link IllegalStateException} if the JSON had none (the validator reports it).
         */
        public String name() {
            return Required.of(name, "name", "Requester");
        }

        static void check(Requester v, String path, List<Violation> out) {
            if (v.name == null) {
                out.add(Violation.required(path + "/name"));
            }
            if (v.email != null) {
                if (!Formats.isEmail(v.email)) {
                    out.add(Violation.format(path + "/email", v.email, "email"));
                }
            }
            if (v.website != null) {
                if (!Formats.isUri(v.website)) {
                    out.add(Violation.format(path + "/website", v.website, "uri"));
                }
            }
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

            private @Nullable String website;

            private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

            private Builder() {
            }

            private Builder(Requester from) {
                this.name = from.name;
                this.email = from.email;
                this.website = from.website;
                this.additionalProperties.putAll(from.additionalProperties);
            }

            /**
             * Display name.
             */
            public Builder name(String name) {
                this.name = Objects.requireNonNull(name, "name");
                return this;
            }

            /**
             * Contact address.
             */
            public Builder email(@Nullable String email) {
                this.email = email;
                return this;
            }

            /**
             * Personal or company site.
             */
            public Builder website(@Nullable String website) {
                this.website = website;
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
                Required.set(name, "name", "name");
                return new Requester(name, email, website, additionalProperties);
            }
        }
    }

    /**
     * Replies in the order they were sent.
     *
     * <p>Source: get-ticket.mdx, line 48.
     *
     * @param channel Where the reply came from (e.g., "email", "chat").
     * @param body Reply text.
     * @param sentAt Timestamp when the reply was sent.
     * @param additionalProperties properties the doc does not document, kept so that nothing is lost
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonAutoDetect(
            fieldVisibility = JsonAutoDetect.Visibility.ANY,
            getterVisibility = JsonAutoDetect.Visibility.NONE,
            isGetterVisibility = JsonAutoDetect.Visibility.NONE
    )
    public record Reply(@JsonProperty("channel") Channel channel, @JsonProperty("body") String body,
            @JsonProperty("sentAt") @JsonFormat(shape = JsonFormat.Shape.STRING) OffsetDateTime sentAt,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
        public Reply {
            additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
        }

        /**
         * The required {@code channel}; an {@link IllegalStateException} if the JSON had none (the validator reports it).
         */
        public Channel channel() {
            return Required.of(channel, "channel", "Reply");
        }

        /**
         * The required {@code body}; an {@link IllegalStateException} if the JSON had none (the validator reports it).
         */
        public String body() {
            return Required.of(body, "body", "Reply");
        }

        /**
         * The required {@code sentAt}; an {@link IllegalStateException} if the JSON had none (the validator reports it).
         */
        public OffsetDateTime sentAt() {
            return Required.of(sentAt, "sentAt", "Reply");
        }

        static void check(Reply v, String path, List<Violation> out) {
            if (v.channel == null) {
                out.add(Violation.required(path + "/channel"));
            }
            if (v.body == null) {
                out.add(Violation.required(path + "/body"));
            }
            if (v.sentAt == null) {
                out.add(Violation.required(path + "/sentAt"));
            }
        }
    }
}
