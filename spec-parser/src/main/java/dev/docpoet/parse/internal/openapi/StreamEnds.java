package dev.docpoet.parse.internal.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whether an operation's docs show the data that ends its event stream: OpenAI-style APIs end a stream with
 * {@code data: [DONE]} and say so in the operation's text, a response's, an example, or the description of the request
 * field that asks for a stream ({@code stream: "… terminated by a data: [DONE] message"}).
 */
final class StreamEnds {
    static final String DONE = "[DONE]";

    private StreamEnds() {}

    /** {@code [DONE]} when the operation's text shows it, else null. */
    static @Nullable String of(OpenAPI api, Operation op) {
        List<Object> texts = new ArrayList<>();
        texts.add(op.getSummary());
        texts.add(op.getDescription());
        if (op.getResponses() != null) {
            for (ApiResponse r : op.getResponses().values()) {
                if (r == null) continue;
                texts.add(r.getDescription());
                content(api, r.getContent(), texts);
            }
        }
        if (op.getRequestBody() != null) content(api, op.getRequestBody().getContent(), texts);
        for (Object t : texts) {
            if (t != null && String.valueOf(t).contains(DONE)) return DONE;
        }
        return null;
    }

    private static void content(OpenAPI api, @Nullable Content content, List<Object> texts) {
        if (content == null) return;
        for (MediaType mt : content.values()) {
            if (mt == null) continue;
            texts.add(mt.getExample());
            if (mt.getExamples() != null) mt.getExamples().values().forEach(e -> texts.add(e == null ? null : e.getValue()));
            Schema<?> s = resolved(api, mt.getSchema());
            if (s == null) continue;
            texts.add(s.getDescription());
            texts.add(s.getExample());
            if (s.getProperties() != null) {
                for (Schema<?> p : s.getProperties().values()) {
                    Schema<?> field = resolved(api, p);
                    if (field != null) texts.add(field.getDescription());
                }
            }
        }
    }

    /** A schema, or the component its local {@code $ref} names (one step: enough for a body and its fields). */
    private static @Nullable Schema<?> resolved(OpenAPI api, @Nullable Schema<?> s) {
        if (s == null || s.get$ref() == null) return s;
        String ref = s.get$ref();
        if (!ref.startsWith("#/components/schemas/") || api.getComponents() == null || api.getComponents().getSchemas() == null) return s;
        var schemas = api.getComponents().getSchemas();
        Schema<?> target = schemas.get(ref.substring("#/components/schemas/".length()));
        return target == null ? s : target;
    }
}
