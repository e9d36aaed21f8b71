package dev.docpoet.spec;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One documented HTTP operation.
 *
 * @param specReference the raw value of a Mintlify {@code openapi:} line, when the page points at a spec
 */
public record Endpoint(
        String method,
        String path,
        @Nullable String title,
        @Nullable String description,
        @Nullable String version,
        List<String> security,
        List<Parameter> parameters,
        @Nullable Body requestBody,
        List<Response> responses,
        @Nullable String specReference,
        SourceLocation location) {

    public Endpoint {
        security = List.copyOf(security);
        parameters = List.copyOf(parameters);
        responses = List.copyOf(responses);
    }

    /** {@code GET /v2/conversations/{id}}. */
    public String signature() {
        return method + " " + path;
    }
}
