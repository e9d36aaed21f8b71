package com.acme.s000;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.docpoet.runtime.Components;
import dev.docpoet.runtime.FieldsReader;
import dev.docpoet.runtime.JsonRecord;
import dev.docpoet.runtime.RecordBuilder;
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
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Body of a 200 response to {@code GET /v1/api/conversations/{conversationId}} (Get Conversation By ID).
 *
 * <p>Source: 000_76523d98f8f1dbb7.txt, line 21.
 *
 * <p>An accessor throws {@link UnreadableValueException} when the JSON had a value of another type than
 * documented (kept as read), and a required one's throws {@link IllegalStateException} when the JSON had none.
 *
 * @param id The unique identifier for the conversation.
 * @param userId The unique identifier for the user associated with the conversation.
 * @param pathwayId The unique identifier for the flow associated with the conversation.
 * @param agentId The unique identifier for the agent handling the conversation.
 * @param customer Customer details associated with the conversation.
 * @param messages An array of messages exchanged in the conversation.
 * @param createdAt Timestamp when the conversation was created.
 * @param updatedAt Timestamp when the conversation was last updated.
 * @param additionalProperties undocumented values, and ones kept as read ({@link Unreadable}) or null
 */
@JsonRecord
@Generated(value = "dev.docpoet.processor.ApiDocsProcessor", comments = "Source: 000_76523d98f8f1dbb7.txt")
@NullMarked
public record Conversation(@JsonProperty("_id") @Nullable String id,
        @JsonProperty("userId") @Nullable String userId,
        @JsonProperty("pathwayId") @Nullable String pathwayId,
        @JsonProperty("agentId") @Nullable String agentId,
        @JsonProperty("customer") Conversation. @Nullable Customer customer,
        @JsonProperty("messages") @Nullable List<Conversation.Message> messages,
        @JsonProperty("createdAt") @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable OffsetDateTime createdAt,
        @JsonProperty("updatedAt") @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable OffsetDateTime updatedAt,
        @JsonAnyGetter Map<String, Object> additionalProperties) {
    public Conversation {
        messages = messages == null ? null : Collections.unmodifiableList(new ArrayList<>(messages));
        additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    }

    /** The {@code _id}, null when absent. */
    public @Nullable String id() {
        return Components.optional(id, additionalProperties, "_id", "Conversation");
    }

    /** The {@code userId}, null when absent. */
    public @Nullable String userId() {
        return Components.optional(userId, additionalProperties, "userId", "Conversation");
    }

    /** The {@code pathwayId}, null when absent. */
    public @Nullable String pathwayId() {
        return Components.optional(pathwayId, additionalProperties, "pathwayId", "Conversation");
    }

    /** The {@code agentId}, null when absent. */
    public @Nullable String agentId() {
        return Components.optional(agentId, additionalProperties, "agentId", "Conversation");
    }

    /** The {@code customer}, null when absent. */
    public @Nullable Customer customer() {
        return Components.optional(customer, additionalProperties, "customer", "Conversation");
    }

    /** The {@code messages}, empty when absent. */
    public List<Message> messages() {
        return Components.listOrEmpty(messages, additionalProperties, "messages", "Conversation");
    }

    /** The {@code createdAt}, null when absent. */
    public @Nullable OffsetDateTime createdAt() {
        return Components.optional(createdAt, additionalProperties, "createdAt", "Conversation");
    }

    /** The {@code updatedAt}, null when absent. */
    public @Nullable OffsetDateTime updatedAt() {
        return Components.optional(updatedAt, additionalProperties, "updatedAt", "Conversation");
    }

    static void check(Conversation v, String path, List<Violation> out) {
        Unreadable.report(v.additionalProperties, path, out);
        if (v.customer != null) {
            Customer.check(v.customer, path + "/customer", out);
        }
        if (v.messages != null) {
            for (int i = 0; i < v.messages.size(); i++) {
                var e = v.messages.get(i);
                if (e != null) {
                    Message.check(e, path + "/messages/" + i, out);
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
                r.get("_id", ValueReaders.STRING),
                r.get("userId", ValueReaders.STRING),
                r.get("pathwayId", ValueReaders.STRING),
                r.get("agentId", ValueReaders.STRING),
                r.get("customer", ValueReaders.record(Customer::read)),
                r.get("messages", ValueReaders.list(ValueReaders.record(Message::read))),
                r.get("createdAt", ValueReaders.DATE_TIME),
                r.get("updatedAt", ValueReaders.DATE_TIME),
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
            super(8);
        }

        private Builder(Conversation from) {
            super(new Object[] {from.id, from.userId, from.pathwayId, from.agentId, from.customer,
                    from.messages, from.createdAt, from.updatedAt}, from.additionalProperties);
        }

        /** The unique identifier for the conversation. */
        public Builder id(@Nullable String id) {
            return given(0, "_id", id);
        }

        /** The unique identifier for the user associated with the conversation. */
        public Builder userId(@Nullable String userId) {
            return given(1, "userId", userId);
        }

        /** The unique identifier for the flow associated with the conversation. */
        public Builder pathwayId(@Nullable String pathwayId) {
            return given(2, "pathwayId", pathwayId);
        }

        /** The unique identifier for the agent handling the conversation. */
        public Builder agentId(@Nullable String agentId) {
            return given(3, "agentId", agentId);
        }

        /** Customer details associated with the conversation. */
        public Builder customer(@Nullable Customer customer) {
            return given(4, "customer", customer);
        }

        /** An array of messages exchanged in the conversation. */
        public Builder messages(@Nullable List<Message> messages) {
            return given(5, "messages", messages);
        }

        /** Timestamp when the conversation was created. */
        public Builder createdAt(@Nullable OffsetDateTime createdAt) {
            return given(6, "createdAt", createdAt);
        }

        /** Timestamp when the conversation was last updated. */
        public Builder updatedAt(@Nullable OffsetDateTime updatedAt) {
            return given(7, "updatedAt", updatedAt);
        }

        /** The record; {@link IllegalStateException} if a required value is not set. */
        @SuppressWarnings("unchecked")
        public Conversation build() {
            return new Conversation((String) values[0], (String) values[1], (String) values[2],
                    (String) values[3], (Customer) values[4], (List<Message>) values[5],
                    (OffsetDateTime) values[6], (OffsetDateTime) values[7], properties);
        }
    }

    /**
     * Customer details associated with the conversation.
     *
     * <p>Source: 000_76523d98f8f1dbb7.txt, line 37.
     *
     * <p>An accessor throws {@link UnreadableValueException} when the JSON had a value of another type than
     * documented (kept as read), and a required one's throws {@link IllegalStateException} when the JSON had none.
     *
     * @param name The name of the customer.
     * @param email The email address of the customer.
     * @param phone The phone number of the customer.
     * @param additionalProperties undocumented values, and ones kept as read ({@link Unreadable}) or null
     */
    @JsonRecord
    public record Customer(@JsonProperty("name") @Nullable String name,
            @JsonProperty("email") @Nullable String email,
            @JsonProperty("phone") @Nullable String phone,
            @JsonAnyGetter Map<String, Object> additionalProperties) {
        public Customer {
            additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
        }

        /** The {@code name}, null when absent. */
        public @Nullable String name() {
            return Components.optional(name, additionalProperties, "name", "Customer");
        }

        /** The {@code email}, null when absent. */
        public @Nullable String email() {
            return Components.optional(email, additionalProperties, "email", "Customer");
        }

        /** The {@code phone}, null when absent. */
        public @Nullable String phone() {
            return Components.optional(phone, additionalProperties, "phone", "Customer");
        }

        static void check(Customer v, String path, List<Violation> out) {
            Unreadable.report(v.additionalProperties, path, out);
        }

        /** Reads the record from a JSON object; for Jackson. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Customer fromJson(Map<String, @Nullable Object> json) {
            return read(json, "");
        }

        static Customer read(Map<String, @Nullable Object> json, String at) {
            FieldsReader r = new FieldsReader(json, at);
            return new Customer(
                    r.get("name", ValueReaders.STRING),
                    r.get("email", ValueReaders.STRING),
                    r.get("phone", ValueReaders.STRING),
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

        /** Builds a {@link Customer}; {@link #build()} checks that every required value is set. */
        public static final class Builder extends RecordBuilder<Builder> {
            private Builder() {
                super(3);
            }

            private Builder(Customer from) {
                super(new Object[] {from.name, from.email, from.phone}, from.additionalProperties);
            }

            /** The name of the customer. */
            public Builder name(@Nullable String name) {
                return given(0, "name", name);
            }

            /** The email address of the customer. */
            public Builder email(@Nullable String email) {
                return given(1, "email", email);
            }

            /** The phone number of the customer. */
            public Builder phone(@Nullable String phone) {
                return given(2, "phone", phone);
            }

            /** The record; {@link IllegalStateException} if a required value is not set. */
            public Customer build() {
                return new Customer((String) values[0], (String) values[1], (String) values[2],
                        properties);
            }
        }
    }

    /**
     * An array of messages exchanged in the conversation.
     *
     * <p>Source: 000_76523d98f8f1dbb7.txt, line 50.
     *
     * <p>An accessor throws {@link UnreadableValueException} when the JSON had a value of another type than
     * documented (kept as read), and a required one's throws {@link IllegalStateException} when the JSON had none.
     *
     * @param direction The direction of the message (e.g., "outbound" or "inbound").
     * @param sent Indicates whether the message was sent successfully.
     * @param message The content of the message.
     * @param status The status of the message (e.g., "approved", "received").
     * @param id The unique identifier for the message.
     * @param createdAt Timestamp when the message was created.
     * @param updatedAt Timestamp when the message was last updated.
     * @param additionalProperties undocumented values, and ones kept as read ({@link Unreadable}) or null
     */
    @JsonRecord
    public record Message(@JsonProperty("direction") @Nullable MessageDirection direction,
            @JsonProperty("sent") @Nullable Boolean sent,
            @JsonProperty("message") @Nullable String message,
            @JsonProperty("status") @Nullable MessageStatus status,
            @JsonProperty("_id") @Nullable String id,
            @JsonProperty("createdAt") @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable OffsetDateTime createdAt,
            @JsonProperty("updatedAt") @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable OffsetDateTime updatedAt,
            @JsonAnyGetter Map<String, Object> additionalProperties) {
        public Message {
            additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
        }

        /** The {@code direction}, null when absent. */
        public @Nullable MessageDirection direction() {
            return Components.optional(direction, additionalProperties, "direction", "Message");
        }

        /** The {@code sent}, null when absent. */
        public @Nullable Boolean sent() {
            return Components.optional(sent, additionalProperties, "sent", "Message");
        }

        /** The {@code message}, null when absent. */
        public @Nullable String message() {
            return Components.optional(message, additionalProperties, "message", "Message");
        }

        /** The {@code status}, null when absent. */
        public @Nullable MessageStatus status() {
            return Components.optional(status, additionalProperties, "status", "Message");
        }

        /** The {@code _id}, null when absent. */
        public @Nullable String id() {
            return Components.optional(id, additionalProperties, "_id", "Message");
        }

        /** The {@code createdAt}, null when absent. */
        public @Nullable OffsetDateTime createdAt() {
            return Components.optional(createdAt, additionalProperties, "createdAt", "Message");
        }

        /** The {@code updatedAt}, null when absent. */
        public @Nullable OffsetDateTime updatedAt() {
            return Components.optional(updatedAt, additionalProperties, "updatedAt", "Message");
        }

        static void check(Message v, String path, List<Violation> out) {
            Unreadable.report(v.additionalProperties, path, out);
        }

        /** Reads the record from a JSON object; for Jackson. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Message fromJson(Map<String, @Nullable Object> json) {
            return read(json, "");
        }

        static Message read(Map<String, @Nullable Object> json, String at) {
            FieldsReader r = new FieldsReader(json, at);
            return new Message(
                    r.get("direction", ValueReaders.text(MessageDirection::of)),
                    r.get("sent", ValueReaders.BOOLEAN),
                    r.get("message", ValueReaders.STRING),
                    r.get("status", ValueReaders.text(MessageStatus::of)),
                    r.get("_id", ValueReaders.STRING),
                    r.get("createdAt", ValueReaders.DATE_TIME),
                    r.get("updatedAt", ValueReaders.DATE_TIME),
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

        /** Builds a {@link Message}; {@link #build()} checks that every required value is set. */
        public static final class Builder extends RecordBuilder<Builder> {
            private Builder() {
                super(7);
            }

            private Builder(Message from) {
                super(new Object[] {from.direction, from.sent, from.message, from.status, from.id,
                        from.createdAt, from.updatedAt}, from.additionalProperties);
            }

            /** The direction of the message (e.g., "outbound" or "inbound"). */
            public Builder direction(@Nullable MessageDirection direction) {
                return given(0, "direction", direction);
            }

            /** Indicates whether the message was sent successfully. */
            public Builder sent(@Nullable Boolean sent) {
                return given(1, "sent", sent);
            }

            /** The content of the message. */
            public Builder message(@Nullable String message) {
                return given(2, "message", message);
            }

            /** The status of the message (e.g., "approved", "received"). */
            public Builder status(@Nullable MessageStatus status) {
                return given(3, "status", status);
            }

            /** The unique identifier for the message. */
            public Builder id(@Nullable String id) {
                return given(4, "_id", id);
            }

            /** Timestamp when the message was created. */
            public Builder createdAt(@Nullable OffsetDateTime createdAt) {
                return given(5, "createdAt", createdAt);
            }

            /** Timestamp when the message was last updated. */
            public Builder updatedAt(@Nullable OffsetDateTime updatedAt) {
                return given(6, "updatedAt", updatedAt);
            }

            /** The record; {@link IllegalStateException} if a required value is not set. */
            public Message build() {
                return new Message((MessageDirection) values[0], (Boolean) values[1],
                        (String) values[2], (MessageStatus) values[3], (String) values[4],
                        (OffsetDateTime) values[5], (OffsetDateTime) values[6], properties);
            }
        }
    }
}
