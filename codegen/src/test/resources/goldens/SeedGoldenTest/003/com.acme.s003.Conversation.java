package com.acme.s003;

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
 * Body of a 200 response to {@code GET /v2/conversations/{id}} (Get conversation by ID).
 *
 * <p>Source: 003_e872a38cc95d17c8.txt, line 1.
 *
 * <p>An accessor throws {@link UnreadableValueException} when the JSON had a value of another type than
 * documented (kept as read), and a required one's throws {@link IllegalStateException} when the JSON had none.
 *
 * @param object Object type identifier
 * @param id Unique conversation identifier
 * @param title Conversation title
 * @param state Current state of the conversation
 * @param isBlocked Whether the user is blocked
 * @param priority Whether this conversation is marked as priority
 * @param prioritySetAt ISO timestamp when priority was set (required, may be null)
 * @param adminAssigneeId ID of the assigned admin (required, may be null)
 * @param teamAssigneeId ID of the assigned team (required, may be null)
 * @param userPreferredLanguage User's preferred language
 * @param source Information about the first message
 * @param participants Participants in this conversation
 * @param botConversationState State of AI agent handling for this conversation
 * @param botConversationStateLastUpdatedAt ISO timestamp when bot state last changed (required, may be null)
 * @param disableCustomerReply Whether customer replies are disabled
 * @param awaitingCustomerReply Whether we are awaiting a customer reply
 * @param lastActivityAt ISO timestamp of last activity (required, may be null)
 * @param waitingSince ISO timestamp when conversation started waiting (required, may be null)
 * @param snoozedUntil ISO timestamp until which conversation is snoozed (required, may be null)
 * @param createdAt ISO timestamp when conversation was created
 * @param updatedAt ISO timestamp when conversation was last updated
 * @param readReceipts Read receipts indicating how far each participant has read in the conversation. Each receipt maps a
 * user to their last-read conversation part. The tracked position reflects the system read state and
 * may reference parts the user cannot directly view (e.g., a contact's read position may point to an
 * internal admin note). Use these receipts to render read indicators and typing awareness, not to
 * infer content access.
 * @param conversationParts Array of conversation parts (messages). Only included when fetching a single conversation by ID.
 * @param additionalProperties undocumented values, and ones kept as read ({@link Unreadable}) or null
 */
@JsonRecord
@Generated(value = "dev.docpoet.processor.ApiDocsProcessor", comments = "Source: 003_e872a38cc95d17c8.txt")
@NullMarked
public record Conversation(@JsonProperty("object") String object, @JsonProperty("id") String id,
        @JsonProperty("title") @Nullable String title,
        @JsonProperty("state") ConversationState state,
        @JsonProperty("isBlocked") Boolean isBlocked, @JsonProperty("priority") Boolean priority,
        @JsonProperty("prioritySetAt") @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable OffsetDateTime prioritySetAt,
        @JsonProperty("adminAssigneeId") @Nullable String adminAssigneeId,
        @JsonProperty("teamAssigneeId") @Nullable String teamAssigneeId,
        @JsonProperty("userPreferredLanguage") String userPreferredLanguage,
        @JsonProperty("source") Conversation. @Nullable Source source,
        @JsonProperty("participants") List<Conversation.Participant> participants,
        @JsonProperty("botConversationState") @Nullable BotConversationState botConversationState,
        @JsonProperty("botConversationStateLastUpdatedAt") @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable OffsetDateTime botConversationStateLastUpdatedAt,
        @JsonProperty("disableCustomerReply") @Nullable Boolean disableCustomerReply,
        @JsonProperty("awaitingCustomerReply") @Nullable Boolean awaitingCustomerReply,
        @JsonProperty("lastActivityAt") @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable OffsetDateTime lastActivityAt,
        @JsonProperty("waitingSince") @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable OffsetDateTime waitingSince,
        @JsonProperty("snoozedUntil") @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable OffsetDateTime snoozedUntil,
        @JsonProperty("createdAt") @JsonFormat(shape = JsonFormat.Shape.STRING) OffsetDateTime createdAt,
        @JsonProperty("updatedAt") @JsonFormat(shape = JsonFormat.Shape.STRING) OffsetDateTime updatedAt,
        @JsonProperty("readReceipts") @Nullable List<Conversation.ReadReceipt> readReceipts,
        @JsonProperty("conversationParts") @Nullable List<Conversation.ConversationPart> conversationParts,
        @JsonAnyGetter Map<String, Object> additionalProperties) {
    /** The one value the docs allow for {@code object}. */
    public static final String OBJECT = "conversation";

    public Conversation {
        participants = participants == null ? null : Collections.unmodifiableList(new ArrayList<>(participants));
        readReceipts = readReceipts == null ? null : Collections.unmodifiableList(new ArrayList<>(readReceipts));
        conversationParts = conversationParts == null ? null : Collections.unmodifiableList(new ArrayList<>(conversationParts));
        additionalProperties = Components.requiredNullable(additionalProperties, "prioritySetAt", prioritySetAt);
        additionalProperties = Components.requiredNullable(additionalProperties, "adminAssigneeId", adminAssigneeId);
        additionalProperties = Components.requiredNullable(additionalProperties, "teamAssigneeId", teamAssigneeId);
        additionalProperties = Components.requiredNullable(additionalProperties, "botConversationStateLastUpdatedAt", botConversationStateLastUpdatedAt);
        additionalProperties = Components.requiredNullable(additionalProperties, "lastActivityAt", lastActivityAt);
        additionalProperties = Components.requiredNullable(additionalProperties, "waitingSince", waitingSince);
        additionalProperties = Components.requiredNullable(additionalProperties, "snoozedUntil", snoozedUntil);
        additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    }

    /** The required {@code object}. */
    public String object() {
        return Components.required(object, additionalProperties, "object", "Conversation");
    }

    /** The required {@code id}. */
    public String id() {
        return Components.required(id, additionalProperties, "id", "Conversation");
    }

    /** The {@code title}, null when absent. */
    public @Nullable String title() {
        return Components.optional(title, additionalProperties, "title", "Conversation");
    }

    /** The required {@code state}. */
    public ConversationState state() {
        return Components.required(state, additionalProperties, "state", "Conversation");
    }

    /** The required {@code isBlocked}. */
    public Boolean isBlocked() {
        return Components.required(isBlocked, additionalProperties, "isBlocked", "Conversation");
    }

    /** The required {@code priority}. */
    public Boolean priority() {
        return Components.required(priority, additionalProperties, "priority", "Conversation");
    }

    /** The {@code prioritySetAt}, null when absent. */
    public @Nullable OffsetDateTime prioritySetAt() {
        return Components.optional(prioritySetAt, additionalProperties, "prioritySetAt", "Conversation");
    }

    /** The {@code adminAssigneeId}, null when absent. */
    public @Nullable String adminAssigneeId() {
        return Components.optional(adminAssigneeId, additionalProperties, "adminAssigneeId", "Conversation");
    }

    /** The {@code teamAssigneeId}, null when absent. */
    public @Nullable String teamAssigneeId() {
        return Components.optional(teamAssigneeId, additionalProperties, "teamAssigneeId", "Conversation");
    }

    /** The required {@code userPreferredLanguage}. */
    public String userPreferredLanguage() {
        return Components.required(userPreferredLanguage, additionalProperties, "userPreferredLanguage", "Conversation");
    }

    /** The {@code source}, null when absent. */
    public @Nullable Source source() {
        return Components.optional(source, additionalProperties, "source", "Conversation");
    }

    /** The required {@code participants}. */
    public List<Participant> participants() {
        return Components.required(participants, additionalProperties, "participants", "Conversation");
    }

    /** The {@code botConversationState}, null when absent. */
    public @Nullable BotConversationState botConversationState() {
        return Components.optional(botConversationState, additionalProperties, "botConversationState", "Conversation");
    }

    /** The {@code botConversationStateLastUpdatedAt}, null when absent. */
    public @Nullable OffsetDateTime botConversationStateLastUpdatedAt() {
        return Components.optional(botConversationStateLastUpdatedAt, additionalProperties, "botConversationStateLastUpdatedAt", "Conversation");
    }

    /** The {@code disableCustomerReply}, null when absent. */
    public @Nullable Boolean disableCustomerReply() {
        return Components.optional(disableCustomerReply, additionalProperties, "disableCustomerReply", "Conversation");
    }

    /** The {@code awaitingCustomerReply}, null when absent. */
    public @Nullable Boolean awaitingCustomerReply() {
        return Components.optional(awaitingCustomerReply, additionalProperties, "awaitingCustomerReply", "Conversation");
    }

    /** The {@code lastActivityAt}, null when absent. */
    public @Nullable OffsetDateTime lastActivityAt() {
        return Components.optional(lastActivityAt, additionalProperties, "lastActivityAt", "Conversation");
    }

    /** The {@code waitingSince}, null when absent. */
    public @Nullable OffsetDateTime waitingSince() {
        return Components.optional(waitingSince, additionalProperties, "waitingSince", "Conversation");
    }

    /** The {@code snoozedUntil}, null when absent. */
    public @Nullable OffsetDateTime snoozedUntil() {
        return Components.optional(snoozedUntil, additionalProperties, "snoozedUntil", "Conversation");
    }

    /** The required {@code createdAt}. */
    public OffsetDateTime createdAt() {
        return Components.required(createdAt, additionalProperties, "createdAt", "Conversation");
    }

    /** The required {@code updatedAt}. */
    public OffsetDateTime updatedAt() {
        return Components.required(updatedAt, additionalProperties, "updatedAt", "Conversation");
    }

    /** The {@code readReceipts}, empty when absent. */
    public List<ReadReceipt> readReceipts() {
        return Components.listOrEmpty(readReceipts, additionalProperties, "readReceipts", "Conversation");
    }

    /** The {@code conversationParts}, empty when absent. */
    public List<ConversationPart> conversationParts() {
        return Components.listOrEmpty(conversationParts, additionalProperties, "conversationParts", "Conversation");
    }

    static void check(Conversation v, String path, List<Violation> out) {
        Unreadable.report(v.additionalProperties, path, out);
        if (Required.check(v.object, v.additionalProperties, "object", path, "/object", out)) {
            if (!Conversation.OBJECT.equals(v.object)) {
                out.add(Violation.unknownEnumValue(path + "/object", v.object, "[conversation]"));
            }
        }
        Required.check(v.id, v.additionalProperties, "id", path, "/id", out);
        if (Required.check(v.state, v.additionalProperties, "state", path, "/state", out)) {
            if (!v.state.isKnown()) {
                out.add(Violation.unknownEnumValue(path + "/state", v.state.value(), "[open, closed, snoozed]"));
            }
        }
        Required.check(v.isBlocked, v.additionalProperties, "isBlocked", path, "/isBlocked", out);
        Required.check(v.priority, v.additionalProperties, "priority", path, "/priority", out);
        Required.checkKey(v.prioritySetAt, v.additionalProperties, "prioritySetAt", path, "/prioritySetAt", out);
        Required.checkKey(v.adminAssigneeId, v.additionalProperties, "adminAssigneeId", path, "/adminAssigneeId", out);
        Required.checkKey(v.teamAssigneeId, v.additionalProperties, "teamAssigneeId", path, "/teamAssigneeId", out);
        Required.check(v.userPreferredLanguage, v.additionalProperties, "userPreferredLanguage", path, "/userPreferredLanguage", out);
        if (v.source != null) {
            Source.check(v.source, path + "/source", out);
        }
        if (Required.check(v.participants, v.additionalProperties, "participants", path, "/participants", out)) {
            for (int i = 0; i < v.participants.size(); i++) {
                var e = v.participants.get(i);
                if (e != null) {
                    Participant.check(e, path + "/participants/" + i, out);
                }
            }
        }
        if (v.botConversationState != null) {
            if (!v.botConversationState.isKnown()) {
                out.add(Violation.unknownEnumValue(path + "/botConversationState", v.botConversationState.value(), "[active, handed_off_to_human, resolved]"));
            }
        }
        Required.checkKey(v.botConversationStateLastUpdatedAt, v.additionalProperties, "botConversationStateLastUpdatedAt", path, "/botConversationStateLastUpdatedAt", out);
        Required.checkKey(v.lastActivityAt, v.additionalProperties, "lastActivityAt", path, "/lastActivityAt", out);
        Required.checkKey(v.waitingSince, v.additionalProperties, "waitingSince", path, "/waitingSince", out);
        Required.checkKey(v.snoozedUntil, v.additionalProperties, "snoozedUntil", path, "/snoozedUntil", out);
        Required.check(v.createdAt, v.additionalProperties, "createdAt", path, "/createdAt", out);
        Required.check(v.updatedAt, v.additionalProperties, "updatedAt", path, "/updatedAt", out);
        if (v.readReceipts != null) {
            for (int i = 0; i < v.readReceipts.size(); i++) {
                var e = v.readReceipts.get(i);
                if (e != null) {
                    ReadReceipt.check(e, path + "/readReceipts/" + i, out);
                }
            }
        }
        if (v.conversationParts != null) {
            for (int i = 0; i < v.conversationParts.size(); i++) {
                var e = v.conversationParts.get(i);
                if (e != null) {
                    ConversationPart.check(e, path + "/conversationParts/" + i, out);
                }
            }
        }
    }

    /** Every violation of the documented contract, in nested records too, in field order; none when it conforms. */
    public List<Violation> validate() {
        return Violation.collect(out -> check(this, "", out));
    }

    /** Reads the record from a JSON object; for Jackson. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Conversation fromJson(Map<String, @Nullable Object> json) {
        return read(json, "");
    }

    static Conversation read(Map<String, @Nullable Object> json, String at) {
        FieldsReader r = new FieldsReader(json, at);
        return new Conversation(
                r.get("object", ValueReaders.STRING),
                r.get("id", ValueReaders.STRING),
                r.get("title", ValueReaders.STRING),
                r.get("state", ValueReaders.text(ConversationState::of)),
                r.get("isBlocked", ValueReaders.BOOLEAN),
                r.get("priority", ValueReaders.BOOLEAN),
                r.getRequiredNullable("prioritySetAt", ValueReaders.DATE_TIME),
                r.getRequiredNullable("adminAssigneeId", ValueReaders.STRING),
                r.getRequiredNullable("teamAssigneeId", ValueReaders.STRING),
                r.get("userPreferredLanguage", ValueReaders.STRING),
                r.get("source", ValueReaders.record(Source::read)),
                r.get("participants", ValueReaders.list(ValueReaders.record(Participant::read))),
                r.get("botConversationState", ValueReaders.text(BotConversationState::of)),
                r.getRequiredNullable("botConversationStateLastUpdatedAt", ValueReaders.DATE_TIME),
                r.get("disableCustomerReply", ValueReaders.BOOLEAN),
                r.get("awaitingCustomerReply", ValueReaders.BOOLEAN),
                r.getRequiredNullable("lastActivityAt", ValueReaders.DATE_TIME),
                r.getRequiredNullable("waitingSince", ValueReaders.DATE_TIME),
                r.getRequiredNullable("snoozedUntil", ValueReaders.DATE_TIME),
                r.get("createdAt", ValueReaders.DATE_TIME),
                r.get("updatedAt", ValueReaders.DATE_TIME),
                r.get("readReceipts", ValueReaders.list(ValueReaders.record(ReadReceipt::read))),
                r.get("conversationParts", ValueReaders.list(ValueReaders.record(ConversationPart::read))),
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

    /** Builds a {@link Conversation}; {@link #build()} checks that every required value is set. */
    public static final class Builder extends RecordBuilder<Builder> {
        private Builder() {
            super(23);
            values[0] = Conversation.OBJECT;
        }

        private Builder(Conversation from) {
            super(new Object[] {from.object, from.id, from.title, from.state, from.isBlocked,
                    from.priority, from.prioritySetAt, from.adminAssigneeId, from.teamAssigneeId,
                    from.userPreferredLanguage, from.source, from.participants,
                    from.botConversationState, from.botConversationStateLastUpdatedAt,
                    from.disableCustomerReply, from.awaitingCustomerReply, from.lastActivityAt,
                    from.waitingSince, from.snoozedUntil, from.createdAt, from.updatedAt,
                    from.readReceipts, from.conversationParts}, from.additionalProperties);
        }

        /** Object type identifier */
        public Builder object(String object) {
            return given(0, "object", Objects.requireNonNull(object, "object"));
        }

        /** Unique conversation identifier */
        public Builder id(String id) {
            return given(1, "id", Objects.requireNonNull(id, "id"));
        }

        /** Conversation title */
        public Builder title(@Nullable String title) {
            return given(2, "title", title);
        }

        /** Current state of the conversation */
        public Builder state(ConversationState state) {
            return given(3, "state", Objects.requireNonNull(state, "state"));
        }

        /** Whether the user is blocked */
        public Builder isBlocked(Boolean isBlocked) {
            return given(4, "isBlocked", Objects.requireNonNull(isBlocked, "isBlocked"));
        }

        /** Whether this conversation is marked as priority */
        public Builder priority(Boolean priority) {
            return given(5, "priority", Objects.requireNonNull(priority, "priority"));
        }

        /** ISO timestamp when priority was set */
        public Builder prioritySetAt(@Nullable OffsetDateTime prioritySetAt) {
            return given(6, "prioritySetAt", prioritySetAt);
        }

        /** ID of the assigned admin */
        public Builder adminAssigneeId(@Nullable String adminAssigneeId) {
            return given(7, "adminAssigneeId", adminAssigneeId);
        }

        /** ID of the assigned team */
        public Builder teamAssigneeId(@Nullable String teamAssigneeId) {
            return given(8, "teamAssigneeId", teamAssigneeId);
        }

        /** User's preferred language */
        public Builder userPreferredLanguage(String userPreferredLanguage) {
            return given(9, "userPreferredLanguage", Objects.requireNonNull(userPreferredLanguage, "userPreferredLanguage"));
        }

        /** Information about the first message */
        public Builder source(@Nullable Source source) {
            return given(10, "source", source);
        }

        /** Participants in this conversation */
        public Builder participants(List<Participant> participants) {
            return given(11, "participants", Objects.requireNonNull(participants, "participants"));
        }

        /** State of AI agent handling for this conversation */
        public Builder botConversationState(@Nullable BotConversationState botConversationState) {
            return given(12, "botConversationState", botConversationState);
        }

        /** ISO timestamp when bot state last changed */
        public Builder botConversationStateLastUpdatedAt(
                @Nullable OffsetDateTime botConversationStateLastUpdatedAt) {
            return given(13, "botConversationStateLastUpdatedAt", botConversationStateLastUpdatedAt);
        }

        /** Whether customer replies are disabled */
        public Builder disableCustomerReply(@Nullable Boolean disableCustomerReply) {
            return given(14, "disableCustomerReply", disableCustomerReply);
        }

        /** Whether we are awaiting a customer reply */
        public Builder awaitingCustomerReply(@Nullable Boolean awaitingCustomerReply) {
            return given(15, "awaitingCustomerReply", awaitingCustomerReply);
        }

        /** ISO timestamp of last activity */
        public Builder lastActivityAt(@Nullable OffsetDateTime lastActivityAt) {
            return given(16, "lastActivityAt", lastActivityAt);
        }

        /** ISO timestamp when conversation started waiting */
        public Builder waitingSince(@Nullable OffsetDateTime waitingSince) {
            return given(17, "waitingSince", waitingSince);
        }

        /** ISO timestamp until which conversation is snoozed */
        public Builder snoozedUntil(@Nullable OffsetDateTime snoozedUntil) {
            return given(18, "snoozedUntil", snoozedUntil);
        }

        /** ISO timestamp when conversation was created */
        public Builder createdAt(OffsetDateTime createdAt) {
            return given(19, "createdAt", Objects.requireNonNull(createdAt, "createdAt"));
        }

        /** ISO timestamp when conversation was last updated */
        public Builder updatedAt(OffsetDateTime updatedAt) {
            return given(20, "updatedAt", Objects.requireNonNull(updatedAt, "updatedAt"));
        }

        /**
         * Read receipts indicating how far each participant has read in the conversation. Each receipt maps a
         * user to their last-read conversation part. The tracked position reflects the system read state and
         * may reference parts the user cannot directly view (e.g., a contact's read position may point to an
         * internal admin note). Use these receipts to render read indicators and typing awareness, not to
         * infer content access.
         */
        public Builder readReceipts(@Nullable List<ReadReceipt> readReceipts) {
            return given(21, "readReceipts", readReceipts);
        }

        /** Array of conversation parts (messages). Only included when fetching a single conversation by ID. */
        public Builder conversationParts(@Nullable List<ConversationPart> conversationParts) {
            return given(22, "conversationParts", conversationParts);
        }

        /** The record; {@link IllegalStateException} if a required value is not set. */
        @SuppressWarnings("unchecked")
        public Conversation build() {
            require(0, "object", "object");
            require(1, "id", "id");
            require(3, "state", "state");
            require(4, "isBlocked", "isBlocked");
            require(5, "priority", "priority");
            require(9, "userPreferredLanguage", "userPreferredLanguage");
            require(11, "participants", "participants");
            require(19, "createdAt", "createdAt");
            require(20, "updatedAt", "updatedAt");
            return new Conversation((String) values[0], (String) values[1], (String) values[2],
                    (ConversationState) values[3], (Boolean) values[4], (Boolean) values[5],
                    (OffsetDateTime) values[6], (String) values[7], (String) values[8],
                    (String) values[9], (Source) values[10], (List<Participant>) values[11],
                    (BotConversationState) values[12], (OffsetDateTime) values[13],
                    (Boolean) values[14], (Boolean) values[15], (OffsetDateTime) values[16],
                    (OffsetDateTime) values[17], (OffsetDateTime) values[18],
                    (OffsetDateTime) values[19], (OffsetDateTime) values[20],
                    (List<ReadReceipt>) values[21], (List<ConversationPart>) values[22],
                    properties);
        }
    }

    /**
     * Information about the first message
     *
     * <p>Source: 003_e872a38cc95d17c8.txt, line 1.
     *
     * <p>An accessor throws {@link UnreadableValueException} when the JSON had a value of another type than
     * documented (kept as read), and a required one's throws {@link IllegalStateException} when the JSON had none.
     *
     * @param channel Channel through which the conversation was initiated
     * @param deliveredAs How the conversation was initiated
     * @param subject Subject line for email conversations
     * @param bodyHtml Body of the initial message as HTML with signed image URLs
     * @param bodyMarkdown Body of the initial message as markdown
     * @param author
     * @param url URL where the conversation was initiated
     * @param additionalProperties undocumented values, and ones kept as read ({@link Unreadable}) or null
     */
    @JsonRecord
    public record Source(@JsonProperty("channel") Channel channel,
            @JsonProperty("deliveredAs") @Nullable DeliveredAs deliveredAs,
            @JsonProperty("subject") @Nullable String subject,
            @JsonProperty("bodyHtml") String bodyHtml,
            @JsonProperty("bodyMarkdown") String bodyMarkdown,
            @JsonProperty("author") Source. @Nullable Author author,
            @JsonProperty("url") @Nullable String url,
            @JsonAnyGetter Map<String, Object> additionalProperties) {
        public Source {
            additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
        }

        /** The required {@code channel}. */
        public Channel channel() {
            return Components.required(channel, additionalProperties, "channel", "Source");
        }

        /** The {@code deliveredAs}, null when absent. */
        public @Nullable DeliveredAs deliveredAs() {
            return Components.optional(deliveredAs, additionalProperties, "deliveredAs", "Source");
        }

        /** The {@code subject}, null when absent. */
        public @Nullable String subject() {
            return Components.optional(subject, additionalProperties, "subject", "Source");
        }

        /** The required {@code bodyHtml}. */
        public String bodyHtml() {
            return Components.required(bodyHtml, additionalProperties, "bodyHtml", "Source");
        }

        /** The required {@code bodyMarkdown}. */
        public String bodyMarkdown() {
            return Components.required(bodyMarkdown, additionalProperties, "bodyMarkdown", "Source");
        }

        /** The {@code author}, null when absent. */
        public @Nullable Author author() {
            return Components.optional(author, additionalProperties, "author", "Source");
        }

        /** The {@code url}, null when absent. */
        public @Nullable String url() {
            return Components.optional(url, additionalProperties, "url", "Source");
        }

        static void check(Source v, String path, List<Violation> out) {
            Unreadable.report(v.additionalProperties, path, out);
            if (Required.check(v.channel, v.additionalProperties, "channel", path, "/channel", out)) {
                if (!v.channel.isKnown()) {
                    out.add(Violation.unknownEnumValue(path + "/channel", v.channel.value(), "[unknown, desktop, android, ios, email]"));
                }
            }
            if (v.deliveredAs != null) {
                if (!v.deliveredAs.isKnown()) {
                    out.add(Violation.unknownEnumValue(path + "/deliveredAs", v.deliveredAs.value(), "[customer_initiated, admin_initiated]"));
                }
            }
            Required.check(v.bodyHtml, v.additionalProperties, "bodyHtml", path, "/bodyHtml", out);
            Required.check(v.bodyMarkdown, v.additionalProperties, "bodyMarkdown", path, "/bodyMarkdown", out);
            if (v.author != null) {
                Author.check(v.author, path + "/author", out);
            }
        }

        /** Reads the record from a JSON object; for Jackson. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Source fromJson(Map<String, @Nullable Object> json) {
            return read(json, "");
        }

        static Source read(Map<String, @Nullable Object> json, String at) {
            FieldsReader r = new FieldsReader(json, at);
            return new Source(
                    r.get("channel", ValueReaders.text(Channel::of)),
                    r.get("deliveredAs", ValueReaders.text(DeliveredAs::of)),
                    r.get("subject", ValueReaders.STRING),
                    r.get("bodyHtml", ValueReaders.STRING),
                    r.get("bodyMarkdown", ValueReaders.STRING),
                    r.get("author", ValueReaders.record(Author::read)),
                    r.get("url", ValueReaders.STRING),
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

        /** Builds a {@link Source}; {@link #build()} checks that every required value is set. */
        public static final class Builder extends RecordBuilder<Builder> {
            private Builder() {
                super(7);
            }

            private Builder(Source from) {
                super(new Object[] {from.channel, from.deliveredAs, from.subject, from.bodyHtml,
                        from.bodyMarkdown, from.author, from.url}, from.additionalProperties);
            }

            /** Channel through which the conversation was initiated */
            public Builder channel(Channel channel) {
                return given(0, "channel", Objects.requireNonNull(channel, "channel"));
            }

            /** How the conversation was initiated */
            public Builder deliveredAs(@Nullable DeliveredAs deliveredAs) {
                return given(1, "deliveredAs", deliveredAs);
            }

            /** Subject line for email conversations */
            public Builder subject(@Nullable String subject) {
                return given(2, "subject", subject);
            }

            /** Body of the initial message as HTML with signed image URLs */
            public Builder bodyHtml(String bodyHtml) {
                return given(3, "bodyHtml", Objects.requireNonNull(bodyHtml, "bodyHtml"));
            }

            /** Body of the initial message as markdown */
            public Builder bodyMarkdown(String bodyMarkdown) {
                return given(4, "bodyMarkdown", Objects.requireNonNull(bodyMarkdown, "bodyMarkdown"));
            }

            public Builder author(@Nullable Author author) {
                return given(5, "author", author);
            }

            /** URL where the conversation was initiated */
            public Builder url(@Nullable String url) {
                return given(6, "url", url);
            }

            /** The record; {@link IllegalStateException} if a required value is not set. */
            public Source build() {
                require(0, "channel", "channel");
                require(3, "bodyHtml", "bodyHtml");
                require(4, "bodyMarkdown", "bodyMarkdown");
                return new Source((Channel) values[0], (DeliveredAs) values[1], (String) values[2],
                        (String) values[3], (String) values[4], (Author) values[5],
                        (String) values[6], properties);
            }
        }

        /**
         * Source: 003_e872a38cc95d17c8.txt, line 3.
         *
         * <p>An accessor throws {@link UnreadableValueException} when the JSON had a value of another type than
         * documented (kept as read), and a required one's throws {@link IllegalStateException} when the JSON had none.
         *
         * @param type Type of participant
         * @param id Participant ID
         * @param additionalProperties undocumented values, and ones kept as read ({@link Unreadable}) or null
         */
        @JsonRecord
        public record Author(@JsonProperty("type") AuthorType type, @JsonProperty("id") String id,
                @JsonAnyGetter Map<String, Object> additionalProperties) {
            public Author {
                additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
            }

            /** The required {@code type}. */
            public AuthorType type() {
                return Components.required(type, additionalProperties, "type", "Author");
            }

            /** The required {@code id}. */
            public String id() {
                return Components.required(id, additionalProperties, "id", "Author");
            }

            static void check(Author v, String path, List<Violation> out) {
                Unreadable.report(v.additionalProperties, path, out);
                if (Required.check(v.type, v.additionalProperties, "type", path, "/type", out)) {
                    if (!v.type.isKnown()) {
                        out.add(Violation.unknownEnumValue(path + "/type", v.type.value(), "[customer, lead, admin, bot, guest, integration]"));
                    }
                }
                Required.check(v.id, v.additionalProperties, "id", path, "/id", out);
            }

            /** Reads the record from a JSON object; for Jackson. */
            @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
            static Author fromJson(Map<String, @Nullable Object> json) {
                return read(json, "");
            }

            static Author read(Map<String, @Nullable Object> json, String at) {
                FieldsReader r = new FieldsReader(json, at);
                return new Author(
                        r.get("type", ValueReaders.text(AuthorType::of)),
                        r.get("id", ValueReaders.STRING),
                        r.rest());
            }
        }
    }

    /**
     * Participants in this conversation
     *
     * <p>Source: 003_e872a38cc95d17c8.txt, line 3.
     *
     * <p>An accessor throws {@link UnreadableValueException} when the JSON had a value of another type than
     * documented (kept as read), and a required one's throws {@link IllegalStateException} when the JSON had none.
     *
     * @param type (inferred from the example)
     * @param id (inferred from the example)
     * @param additionalProperties undocumented values, and ones kept as read ({@link Unreadable}) or null
     */
    @JsonRecord
    public record Participant(@JsonProperty("type") @Nullable ParticipantType type,
            @JsonProperty("id") @Nullable String id,
            @JsonAnyGetter Map<String, Object> additionalProperties) {
        public Participant {
            additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
        }

        /** The {@code type}, null when absent. */
        public @Nullable ParticipantType type() {
            return Components.optional(type, additionalProperties, "type", "Participant");
        }

        /** The {@code id}, null when absent. */
        public @Nullable String id() {
            return Components.optional(id, additionalProperties, "id", "Participant");
        }

        static void check(Participant v, String path, List<Violation> out) {
            Unreadable.report(v.additionalProperties, path, out);
            if (v.type != null) {
                if (!v.type.isKnown()) {
                    out.add(Violation.unknownEnumValue(path + "/type", v.type.value(), "[customer, lead, admin, bot, guest, integration]"));
                }
            }
        }

        /** Reads the record from a JSON object; for Jackson. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Participant fromJson(Map<String, @Nullable Object> json) {
            return read(json, "");
        }

        static Participant read(Map<String, @Nullable Object> json, String at) {
            FieldsReader r = new FieldsReader(json, at);
            return new Participant(
                    r.get("type", ValueReaders.text(ParticipantType::of)),
                    r.get("id", ValueReaders.STRING),
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

        /** Builds a {@link Participant}; {@link #build()} checks that every required value is set. */
        public static final class Builder extends RecordBuilder<Builder> {
            private Builder() {
                super(2);
            }

            private Builder(Participant from) {
                super(new Object[] {from.type, from.id}, from.additionalProperties);
            }

            public Builder type(@Nullable ParticipantType type) {
                return given(0, "type", type);
            }

            public Builder id(@Nullable String id) {
                return given(1, "id", id);
            }

            /** The record; {@link IllegalStateException} if a required value is not set. */
            public Participant build() {
                return new Participant((ParticipantType) values[0], (String) values[1], properties);
            }
        }
    }

    /**
     * Read receipts indicating how far each participant has read in the conversation. Each receipt maps a
     * user to their last-read conversation part. The tracked position reflects the system read state and
     * may reference parts the user cannot directly view (e.g., a contact's read position may point to an
     * internal admin note). Use these receipts to render read indicators and typing awareness, not to
     * infer content access.
     *
     * <p>Source: 003_e872a38cc95d17c8.txt, line 3.
     *
     * <p>An accessor throws {@link UnreadableValueException} when the JSON had a value of another type than
     * documented (kept as read), and a required one's throws {@link IllegalStateException} when the JSON had none.
     *
     * @param id The internal ID of the user
     * @param userType Type of user who has read the conversation
     * @param lastReadPartId The ID of the last conversation part this user has read. Note: This reflects the system-tracked read
     * position and may reference a part the user cannot directly access (e.g., internal notes for
     * contacts). The read state is advanced to the latest part in the conversation regardless of part
     * visibility.
     * @param additionalProperties undocumented values, and ones kept as read ({@link Unreadable}) or null
     */
    @JsonRecord
    public record ReadReceipt(@JsonProperty("id") String id,
            @JsonProperty("userType") UserType userType,
            @JsonProperty("lastReadPartId") String lastReadPartId,
            @JsonAnyGetter Map<String, Object> additionalProperties) {
        public ReadReceipt {
            additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
        }

        /** The required {@code id}. */
        public String id() {
            return Components.required(id, additionalProperties, "id", "ReadReceipt");
        }

        /** The required {@code userType}. */
        public UserType userType() {
            return Components.required(userType, additionalProperties, "userType", "ReadReceipt");
        }

        /** The required {@code lastReadPartId}. */
        public String lastReadPartId() {
            return Components.required(lastReadPartId, additionalProperties, "lastReadPartId", "ReadReceipt");
        }

        static void check(ReadReceipt v, String path, List<Violation> out) {
            Unreadable.report(v.additionalProperties, path, out);
            Required.check(v.id, v.additionalProperties, "id", path, "/id", out);
            if (Required.check(v.userType, v.additionalProperties, "userType", path, "/userType", out)) {
                if (!v.userType.isKnown()) {
                    out.add(Violation.unknownEnumValue(path + "/userType", v.userType.value(), "[admin, customer, lead]"));
                }
            }
            Required.check(v.lastReadPartId, v.additionalProperties, "lastReadPartId", path, "/lastReadPartId", out);
        }

        /** Reads the record from a JSON object; for Jackson. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static ReadReceipt fromJson(Map<String, @Nullable Object> json) {
            return read(json, "");
        }

        static ReadReceipt read(Map<String, @Nullable Object> json, String at) {
            FieldsReader r = new FieldsReader(json, at);
            return new ReadReceipt(
                    r.get("id", ValueReaders.STRING),
                    r.get("userType", ValueReaders.text(UserType::of)),
                    r.get("lastReadPartId", ValueReaders.STRING),
                    r.rest());
        }
    }

    /**
     * Array of conversation parts (messages). Only included when fetching a single conversation by ID.
     *
     * <p>Source: 003_e872a38cc95d17c8.txt, line 3.
     *
     * <p>An accessor throws {@link UnreadableValueException} when the JSON had a value of another type than
     * documented (kept as read), and a required one's throws {@link IllegalStateException} when the JSON had none.
     *
     * @param object Always "conversation_part" (inferred from the example)
     * @param id Unique part identifier (inferred from the example)
     * @param partType Type of part (e.g., "user_msg", "admin_msg", "bot_msg") (inferred from the example)
     * @param bodyHtml (inferred from the example)
     * @param bodyMarkdown (inferred from the example)
     * @param author Author information with name, email, and profile picture (inferred from the example)
     * @param channel Channel through which the message was sent (inferred from the example)
     * @param createdAt Creation timestamp (inferred from the example)
     * @param updatedAt Last update timestamp (inferred from the example)
     * @param body Message body (HTML content) (inferred from prose)
     * @param additionalProperties undocumented values, and ones kept as read ({@link Unreadable}) or null
     */
    @JsonRecord
    public record ConversationPart(@JsonProperty("object") @Nullable String object,
            @JsonProperty("id") @Nullable String id,
            @JsonProperty("partType") @Nullable PartType partType,
            @JsonProperty("bodyHtml") @Nullable String bodyHtml,
            @JsonProperty("bodyMarkdown") @Nullable String bodyMarkdown,
            @JsonProperty("author") ConversationPart. @Nullable Author author,
            @JsonProperty("channel") @Nullable Channel channel,
            @JsonProperty("createdAt") @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable OffsetDateTime createdAt,
            @JsonProperty("updatedAt") @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable OffsetDateTime updatedAt,
            @JsonProperty("body") @Nullable String body,
            @JsonAnyGetter Map<String, Object> additionalProperties) {
        public ConversationPart {
            additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
        }

        /** The {@code object}, null when absent. */
        public @Nullable String object() {
            return Components.optional(object, additionalProperties, "object", "ConversationPart");
        }

        /** The {@code id}, null when absent. */
        public @Nullable String id() {
            return Components.optional(id, additionalProperties, "id", "ConversationPart");
        }

        /** The {@code partType}, null when absent. */
        public @Nullable PartType partType() {
            return Components.optional(partType, additionalProperties, "partType", "ConversationPart");
        }

        /** The {@code bodyHtml}, null when absent. */
        public @Nullable String bodyHtml() {
            return Components.optional(bodyHtml, additionalProperties, "bodyHtml", "ConversationPart");
        }

        /** The {@code bodyMarkdown}, null when absent. */
        public @Nullable String bodyMarkdown() {
            return Components.optional(bodyMarkdown, additionalProperties, "bodyMarkdown", "ConversationPart");
        }

        /** The {@code author}, null when absent. */
        public @Nullable Author author() {
            return Components.optional(author, additionalProperties, "author", "ConversationPart");
        }

        /** The {@code channel}, null when absent. */
        public @Nullable Channel channel() {
            return Components.optional(channel, additionalProperties, "channel", "ConversationPart");
        }

        /** The {@code createdAt}, null when absent. */
        public @Nullable OffsetDateTime createdAt() {
            return Components.optional(createdAt, additionalProperties, "createdAt", "ConversationPart");
        }

        /** The {@code updatedAt}, null when absent. */
        public @Nullable OffsetDateTime updatedAt() {
            return Components.optional(updatedAt, additionalProperties, "updatedAt", "ConversationPart");
        }

        /** The {@code body}, null when absent. */
        public @Nullable String body() {
            return Components.optional(body, additionalProperties, "body", "ConversationPart");
        }

        static void check(ConversationPart v, String path, List<Violation> out) {
            Unreadable.report(v.additionalProperties, path, out);
            if (v.author != null) {
                Author.check(v.author, path + "/author", out);
            }
            if (v.channel != null) {
                if (!v.channel.isKnown()) {
                    out.add(Violation.unknownEnumValue(path + "/channel", v.channel.value(), "[unknown, desktop, android, ios, email]"));
                }
            }
        }

        /** Reads the record from a JSON object; for Jackson. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static ConversationPart fromJson(Map<String, @Nullable Object> json) {
            return read(json, "");
        }

        static ConversationPart read(Map<String, @Nullable Object> json, String at) {
            FieldsReader r = new FieldsReader(json, at);
            return new ConversationPart(
                    r.get("object", ValueReaders.STRING),
                    r.get("id", ValueReaders.STRING),
                    r.get("partType", ValueReaders.text(PartType::of)),
                    r.get("bodyHtml", ValueReaders.STRING),
                    r.get("bodyMarkdown", ValueReaders.STRING),
                    r.get("author", ValueReaders.record(Author::read)),
                    r.get("channel", ValueReaders.text(Channel::of)),
                    r.get("createdAt", ValueReaders.DATE_TIME),
                    r.get("updatedAt", ValueReaders.DATE_TIME),
                    r.get("body", ValueReaders.STRING),
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

        /** Builds a {@link ConversationPart}; {@link #build()} checks that every required value is set. */
        public static final class Builder extends RecordBuilder<Builder> {
            private Builder() {
                super(10);
            }

            private Builder(ConversationPart from) {
                super(new Object[] {from.object, from.id, from.partType, from.bodyHtml,
                        from.bodyMarkdown, from.author, from.channel, from.createdAt,
                        from.updatedAt, from.body}, from.additionalProperties);
            }

            /** Always "conversation_part" */
            public Builder object(@Nullable String object) {
                return given(0, "object", object);
            }

            /** Unique part identifier */
            public Builder id(@Nullable String id) {
                return given(1, "id", id);
            }

            /** Type of part (e.g., "user_msg", "admin_msg", "bot_msg") */
            public Builder partType(@Nullable PartType partType) {
                return given(2, "partType", partType);
            }

            public Builder bodyHtml(@Nullable String bodyHtml) {
                return given(3, "bodyHtml", bodyHtml);
            }

            public Builder bodyMarkdown(@Nullable String bodyMarkdown) {
                return given(4, "bodyMarkdown", bodyMarkdown);
            }

            /** Author information with name, email, and profile picture */
            public Builder author(@Nullable Author author) {
                return given(5, "author", author);
            }

            /** Channel through which the message was sent */
            public Builder channel(@Nullable Channel channel) {
                return given(6, "channel", channel);
            }

            /** Creation timestamp */
            public Builder createdAt(@Nullable OffsetDateTime createdAt) {
                return given(7, "createdAt", createdAt);
            }

            /** Last update timestamp */
            public Builder updatedAt(@Nullable OffsetDateTime updatedAt) {
                return given(8, "updatedAt", updatedAt);
            }

            /** Message body (HTML content) */
            public Builder body(@Nullable String body) {
                return given(9, "body", body);
            }

            /** The record; {@link IllegalStateException} if a required value is not set. */
            public ConversationPart build() {
                return new ConversationPart((String) values[0], (String) values[1],
                        (PartType) values[2], (String) values[3], (String) values[4],
                        (Author) values[5], (Channel) values[6], (OffsetDateTime) values[7],
                        (OffsetDateTime) values[8], (String) values[9], properties);
            }
        }

        /**
         * Author information with name, email, and profile picture
         *
         * <p>Source: 003_e872a38cc95d17c8.txt, line 1.
         *
         * <p>An accessor throws {@link UnreadableValueException} when the JSON had a value of another type than
         * documented (kept as read), and a required one's throws {@link IllegalStateException} when the JSON had none.
         *
         * @param type (inferred from the example)
         * @param id (inferred from the example)
         * @param name (inferred from the example)
         * @param email (inferred from the example)
         * @param additionalProperties undocumented values, and ones kept as read ({@link Unreadable}) or null
         */
        @JsonRecord
        public record Author(@JsonProperty("type") @Nullable AuthorType type,
                @JsonProperty("id") @Nullable String id,
                @JsonProperty("name") @Nullable String name,
                @JsonProperty("email") @Nullable String email,
                @JsonAnyGetter Map<String, Object> additionalProperties) {
            public Author {
                additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
            }

            /** The {@code type}, null when absent. */
            public @Nullable AuthorType type() {
                return Components.optional(type, additionalProperties, "type", "Author");
            }

            /** The {@code id}, null when absent. */
            public @Nullable String id() {
                return Components.optional(id, additionalProperties, "id", "Author");
            }

            /** The {@code name}, null when absent. */
            public @Nullable String name() {
                return Components.optional(name, additionalProperties, "name", "Author");
            }

            /** The {@code email}, null when absent. */
            public @Nullable String email() {
                return Components.optional(email, additionalProperties, "email", "Author");
            }

            static void check(Author v, String path, List<Violation> out) {
                Unreadable.report(v.additionalProperties, path, out);
                if (v.type != null) {
                    if (!v.type.isKnown()) {
                        out.add(Violation.unknownEnumValue(path + "/type", v.type.value(), "[customer, lead, admin, bot, guest, integration]"));
                    }
                }
            }

            /** Reads the record from a JSON object; for Jackson. */
            @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
            static Author fromJson(Map<String, @Nullable Object> json) {
                return read(json, "");
            }

            static Author read(Map<String, @Nullable Object> json, String at) {
                FieldsReader r = new FieldsReader(json, at);
                return new Author(
                        r.get("type", ValueReaders.text(AuthorType::of)),
                        r.get("id", ValueReaders.STRING),
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

            /** Builds a {@link Author}; {@link #build()} checks that every required value is set. */
            public static final class Builder extends RecordBuilder<Builder> {
                private Builder() {
                    super(4);
                }

                private Builder(Author from) {
                    super(new Object[] {from.type, from.id, from.name, from.email},
                            from.additionalProperties);
                }

                public Builder type(@Nullable AuthorType type) {
                    return given(0, "type", type);
                }

                public Builder id(@Nullable String id) {
                    return given(1, "id", id);
                }

                public Builder name(@Nullable String name) {
                    return given(2, "name", name);
                }

                public Builder email(@Nullable String email) {
                    return given(3, "email", email);
                }

                /** The record; {@link IllegalStateException} if a required value is not set. */
                public Author build() {
                    return new Author((AuthorType) values[0], (String) values[1],
                            (String) values[2], (String) values[3], properties);
                }
            }
        }
    }
}
