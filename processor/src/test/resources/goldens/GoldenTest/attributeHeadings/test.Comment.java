package test;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.docpoet.runtime.Components;
import dev.docpoet.runtime.FieldsReader;
import dev.docpoet.runtime.JsonRecord;
import dev.docpoet.runtime.Required;
import dev.docpoet.runtime.Unreadable;
import dev.docpoet.runtime.UnreadableValueException;
import dev.docpoet.runtime.ValueReaders;
import dev.docpoet.runtime.Violation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * The {@code Comment} entity of the docs, one type wherever they use it.
 *
 * <p>Source: attributes/entities/Ticket.md, line 133.
 *
 * <p>An accessor throws {@link UnreadableValueException} when the JSON had a value of another type than
 * documented (kept as read), and a required one's throws {@link IllegalStateException} when the JSON had none.
 *
 * @param id The comment's id.
 * @param body The text.
 * @param additionalProperties undocumented values, and ones kept as read ({@link Unreadable}) or null
 */
@JsonRecord
@Generated(value = "dev.docpoet.processor.ApiDocsProcessor", comments = "Source: attributes/entities/Ticket.md")
@NullMarked
public record Comment(@JsonProperty("id") String id, @JsonProperty("body") String body,
        @JsonAnyGetter Map<String, Object> additionalProperties) {
    public Comment {
        additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    }

    /** The required {@code id}. */
    public String id() {
        return Components.required(id, additionalProperties, "id", "Comment");
    }

    /** The required {@code body}. */
    public String body() {
        return Components.required(body, additionalProperties, "body", "Comment");
    }

    static void check(Comment v, String path, List<Violation> out) {
        Unreadable.report(v.additionalProperties, path, out);
        Required.check(v.id, v.additionalProperties, "id", path, "/id", out);
        Required.check(v.body, v.additionalProperties, "body", path, "/body", out);
    }

    /** Every violation of the documented contract, in nested records too, in field order; none when it conforms. */
    public List<Violation> validate() {
        return Violation.collect(out -> check(this, "", out));
    }

    /** Reads the record from a JSON object; for Jackson. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Comment fromJson(Map<String, @Nullable Object> json) {
        return read(json, "");
    }

    static Comment read(Map<String, @Nullable Object> json, String at) {
        FieldsReader r = new FieldsReader(json, at);
        return new Comment(
                r.get("id", ValueReaders.STRING),
                r.get("body", ValueReaders.STRING),
                r.rest());
    }
}
