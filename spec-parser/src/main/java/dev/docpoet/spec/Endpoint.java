package dev.docpoet.spec;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One documented HTTP operation.
 *
 * @param baseUrl the scheme and host the doc gives with the path ({@code https://{endpoint}}), when it gives one
 * @param security the ids of the security schemes that apply ({@link ApiModel#securitySchemes()} describes them)
 * @param specReference the raw value of a Mintlify {@code openapi:} line, when the page points at a spec
 * @param deprecated whether the docs mark the operation deprecated
 */
public record Endpoint(
        String method,
        String path,
        @Nullable String baseUrl,
        @Nullable String title,
        @Nullable String description,
        @Nullable String version,
        List<String> security,
        List<Parameter> parameters,
        @Nullable Body requestBody,
        List<Response> responses,
        @Nullable String specReference,
        SourceLocation location,
        boolean deprecated) {

    public Endpoint {
        security = List.copyOf(security);
        parameters = List.copyOf(parameters);
        responses = List.copyOf(responses);
    }

    /** An operation the docs do not mark deprecated. */
    public Endpoint(String method, String path, @Nullable String baseUrl, @Nullable String title, @Nullable String description,
            @Nullable String version, List<String> security, List<Parameter> parameters, @Nullable Body requestBody,
            List<Response> responses, @Nullable String specReference, SourceLocation location) {
        this(method, path, baseUrl, title, description, version, security, parameters, requestBody, responses, specReference, location,
                false);
    }

    /** {@code GET /v2/conversations/{id}}. */
    public String signature() {
        return method + " " + path;
    }
}
