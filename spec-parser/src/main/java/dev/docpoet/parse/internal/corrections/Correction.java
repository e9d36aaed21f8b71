package dev.docpoet.parse.internal.corrections;

import dev.docpoet.spec.Schema;
import dev.docpoet.spec.SourceLocation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a corrections file: where (an endpoint, then a parameter, or a body and a field path in it) and what to
 * set there, each with its place in the file.
 *
 * @param body {@code request}, a response status, or null for the first success response with a body
 * @param field the field path, split at dots; empty for the body (or parameter) itself
 */
public record Correction(String method, String path, SourceLocation endpointAt, @Nullable String body, @Nullable SourceLocation bodyAt,
        @Nullable String parameter, @Nullable SourceLocation parameterAt, List<String> field, @Nullable SourceLocation fieldAt,
        List<Change> changes) {
    public Correction {
        field = List.copyOf(field);
        changes = List.copyOf(changes);
    }

    /** {@code GET /v1/tickets/{id} 200 customer.email}: how messages name the place. */
    public String target() {
        StringBuilder s = new StringBuilder(method + " " + path);
        if (parameter != null) s.append(" parameter ").append(parameter);
        else if (body != null) s.append(' ').append(body);
        if (!field.isEmpty()) s.append(' ').append(String.join(".", field));
        return s.toString();
    }

    /** What a correction sets. */
    public sealed interface Change {
        SourceLocation at();
    }

    /** @param shown as the file wrote it ({@code integer}, {@code date-time}) */
    public record SetType(Schema schema, String shown, SourceLocation at) implements Change {}

    public record SetRequired(boolean value, SourceLocation at) implements Change {}

    public record SetNullable(boolean value, SourceLocation at) implements Change {}

    public record SetEnum(List<String> values, SourceLocation at) implements Change {
        public SetEnum {
            values = List.copyOf(values);
        }
    }

    public record SetMap(boolean value, SourceLocation at) implements Change {}

    public record SetName(String value, SourceLocation at) implements Change {}
}
