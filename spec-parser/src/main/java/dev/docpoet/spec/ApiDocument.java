package dev.docpoet.spec;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Everything one doc page (or spec file) says: its endpoints and what the parser found wrong or inferred on the way.
 *
 * @param securitySchemes the schemes the source defines itself (a spec's {@code securitySchemes}); a page names its
 *     schemes only, and {@link ApiModel} guesses what such a name means
 * @param typeNames the names the source gives its bodies and fields ({@code GET /pets/{} 200} → {@code Pet}, from a
 *     spec's component schemas), keyed as a type-name pin is; the user's pins win over them
 * @param components the named schemas the source defines once (a spec's object and enum component schemas), by key
 * @param servers the base URLs the source states for all of its operations, in its order (a spec's top-level
 *     {@code servers}); empty for a page, which gives a host per endpoint if at all. The first is the one the docs
 *     call the API's, so the client's default host does not depend on how many endpoints another host has
 */
public record ApiDocument(
        String source,
        Dialect dialect,
        @Nullable String title,
        List<Endpoint> endpoints,
        List<Diagnostic> diagnostics,
        List<SecurityScheme> securitySchemes,
        Map<String, String> typeNames,
        Map<String, Component> components,
        List<Server> servers) {

    public ApiDocument {
        servers = List.copyOf(servers);
        endpoints = List.copyOf(endpoints);
        diagnostics = diagnostics.stream().sorted().toList();
        securitySchemes = List.copyOf(securitySchemes);
        typeNames = java.util.Collections.unmodifiableMap(new TreeMap<>(typeNames));
        components = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(components));
    }

    /** A source that states no server for all of its operations. */
    public ApiDocument(String source, Dialect dialect, @Nullable String title, List<Endpoint> endpoints, List<Diagnostic> diagnostics,
            List<SecurityScheme> securitySchemes, Map<String, String> typeNames, Map<String, Component> components) {
        this(source, dialect, title, endpoints, diagnostics, securitySchemes, typeNames, components, List.of());
    }

    public ApiDocument(String source, Dialect dialect, @Nullable String title, List<Endpoint> endpoints, List<Diagnostic> diagnostics,
            List<SecurityScheme> securitySchemes, Map<String, String> typeNames) {
        this(source, dialect, title, endpoints, diagnostics, securitySchemes, typeNames, Map.of());
    }

    /** A doc page: its schemes are names only, and it names no types. */
    public ApiDocument(String source, Dialect dialect, @Nullable String title, List<Endpoint> endpoints, List<Diagnostic> diagnostics) {
        this(source, dialect, title, endpoints, diagnostics, List.of(), Map.of(), Map.of());
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
