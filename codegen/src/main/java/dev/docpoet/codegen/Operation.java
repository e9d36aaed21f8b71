package dev.docpoet.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.Parameter;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One documented endpoint as a client method: its default name, the parameters a caller passes, and the types its
 * answers read into. The companion interface declares one method per operation; a method the user declares binds to
 * one.
 *
 * @param methodName the name a method gets by the README's rule (the doc's title in lowerCamel, else verb and path)
 * @param parameters path parameters in path order, then the body, then required and optional query, header and
 *     cookie parameters; the client's own headers (auth, a pinned version, an idempotency key) are not among them
 * @param success the 2xx body's type, or null when the docs give none (the method returns {@code void})
 * @param errors the generated error record of each documented error status that has one
 * @param bodilessErrors the documented error statuses without a generated record to read their body into
 * @param idempotencyHeader the header the docs give for an idempotency key, which the client fills in
 * @param validator the record whose {@code validate()} checks the success body (its items, for a list)
 * @param server the base URL the endpoint's docs give when it is not the client's, else null
 * @param pinnedHeaders the headers the endpoint's docs pin to a value other than the client's (a newer API version)
 * @param paging how its pages follow one another, where the docs show it; null for an endpoint that does not page
 * @param credentials whether its calls send the client's credentials: not to another host whose docs, which describe
 *     security elsewhere, require none for it
 */
public record Operation(Endpoint endpoint, String methodName, List<OperationParameter> parameters, @Nullable TypeName success,
        String successStatus, Map<String, TypeName> errors, List<String> bodilessErrors, @Nullable String idempotencyHeader,
        @Nullable ClassName validator, @Nullable String server, Map<String, String> pinnedHeaders, @Nullable PagePlan paging,
        boolean credentials) {
    public Operation {
        parameters = List.copyOf(parameters);
        errors = Map.copyOf(errors);
        bodilessErrors = List.copyOf(bodilessErrors);
        // the order the docs list them in is the order the call sets them
        pinnedHeaders = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(pinnedHeaders));
    }

    /** {@code GET /v2/conversations/{id}}. */
    public String signature() {
        return endpoint.signature();
    }

    /**
     * One value a caller passes.
     *
     * @param type its Java type: for documented values, the open enum class bodies use too
     * @param parameter the documented parameter, or null for the request body
     * @param plainType the type of its values without an enum class ({@code String} for {@code role}); a method the
     *     user declares may take either
     */
    public record OperationParameter(String javaName, TypeName type, @Nullable Parameter parameter, boolean required, TypeName plainType) {
        public OperationParameter(String javaName, TypeName type, @Nullable Parameter parameter, boolean required) {
            this(javaName, type, parameter, required, type);
        }

        /** The name on the wire ({@code x-workspace-id}), or {@code body}. */
        public String wireName() {
            return parameter == null ? "body" : parameter.name();
        }

        /** {@code path}, {@code query}, {@code header}, {@code cookie} or {@code body}. */
        public String kind() {
            return parameter == null ? "body" : parameter.in().wireName();
        }
    }
}
