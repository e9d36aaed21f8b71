package test;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.docpoet.runtime.Components;
import dev.docpoet.runtime.FieldsReader;
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
 * @param id The comment's id.
 * @param body The text.
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
public record Comment(@JsonProperty("id") String id, @JsonProperty("body") String body,
        @JsonAnyGetter Map<String, Object> additionalProperties) {
    public Comment {
        additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    }

    /**
     * The required {@code id}.
     *
     * @throws IllegalStateException if the JSON had none
     * @throws UnreadableValueException if it had one of another type
     */
    public String id() {
        return Components.required(id, additionalProperties, "id", "Comment");
    }

    /**
     * The required {@code body}.
     *
     * @throws IllegalStateException if the JSON had none
     * @throws UnreadableValueException if it had one of another type
     */
    public String body() {
        return Components.required(body, additionalProperties, "body", "Comment");
    }

    static void check(Comment v, String path, List<Violation> out) {
        Unreadable.report(v.additionalProperties, path, out);
        if (v.id == null) {
            if (v.additionalProperties.get("id") == null) {
                out.add(Violation.required(path + "/id"));
            }
        }
        if (v.body == null) {
            if (v.additionalProperties.get("body") == null) {
                out.add(Violation.required(path + "/body"));
            }
        }
    }

    /**
     * Reads the record from a JSON object; for Jackson.
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
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
