package dev.docpoet.spec;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A whole doc set, its pages merged once: every endpoint (one per method and path), the API version, the base URLs and
 * the security schemes as data. What the pages say about each other (an endpoint documented twice, versions that
 * disagree) is in {@link #diagnostics()}. The order of the pages given never changes the model.
 *
 * @param components the named schemas of every source (a spec's component schemas), by key
 */
public record ApiModel(List<ApiDocument> documents, List<Endpoint> endpoints, @Nullable String version,
        List<Server> servers, List<SecurityScheme> securitySchemes, List<Diagnostic> diagnostics, java.util.SortedMap<String, Component> components) {

    public ApiModel {
        documents = List.copyOf(documents);
        endpoints = List.copyOf(endpoints);
        servers = List.copyOf(servers);
        securitySchemes = List.copyOf(securitySchemes);
        diagnostics = diagnostics.stream().sorted().toList();
        components = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(components));
    }

    /** Merges pages in the order of their source names, whatever order they come in. */
    public static ApiModel of(Collection<ApiDocument> pages) {
        List<ApiDocument> docs = pages.stream().sorted(Comparator.comparing(ApiDocument::source)).toList();
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, Endpoint> bySignature = new LinkedHashMap<>();
        TreeSet<String> versions = new TreeSet<>();
        TreeSet<String> servers = new TreeSet<>();
        TreeSet<String> schemes = new TreeSet<>();
        for (ApiDocument doc : docs) {
            for (Endpoint e : doc.endpoints()) {
                String key = e.method().toUpperCase(Locale.ROOT) + " " + normalizedPath(e.path());
                Endpoint first = bySignature.get(key);
                if (first != null) {
                    boolean same = Shapes.key(first).equals(Shapes.key(e));
                    diagnostics.add(new Diagnostic(same ? ParserCode.SpecDuplicateEndpoint : ParserCode.SpecConflictingEndpoint,
                            e.signature() + " is also documented at " + first.location()
                                    + (same ? " with the same shape; this page is not used for it" : ", differently"),
                            e.location(), same ? "document each endpoint on one page" : "keep one page for it, or name only one of them"));
                    continue;
                }
                bySignature.put(key, e);
                if (e.version() != null) versions.add(e.version());
                if (e.baseUrl() != null) servers.add(e.baseUrl());
                schemes.addAll(e.security());
            }
        }
        String version = versions.size() == 1 ? versions.first() : null;
        if (versions.size() > 1) {
            for (Endpoint e : bySignature.values()) {
                if (e.version() != null && !e.version().equals(versions.first())) {
                    diagnostics.add(new Diagnostic(ParserCode.SpecConflictingVersion, e.signature() + " documents version "
                            + e.version() + " while other pages document " + versions.first() + "; each endpoint keeps its own version",
                            e.location(), null));
                }
            }
        }
        Map<String, SecurityScheme> defined = new java.util.TreeMap<>();
        for (ApiDocument doc : docs) {
            for (SecurityScheme s : doc.securitySchemes()) defined.putIfAbsent(s.id(), s);
        }
        List<SecurityScheme> securitySchemes = schemes.stream().map(id -> defined.getOrDefault(id, SecurityScheme.guess(id))).toList();
        // a key names one spec's component, so sources that share a spec (stub pages) share its components
        java.util.SortedMap<String, Component> components = new java.util.TreeMap<>();
        for (ApiDocument d : docs) d.components().forEach(components::putIfAbsent);
        return new ApiModel(docs, new ArrayList<>(bySignature.values()), version, servers.stream().map(Server::of).toList(),
                securitySchemes, diagnostics, components);
    }

    /** Whether any page, or the merge, found an error: nothing may be generated then. */
    public boolean hasErrors() {
        return documents.stream().anyMatch(ApiDocument::hasErrors)
                || diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /** Every diagnostic of every page and of the merge, sorted by place. */
    public List<Diagnostic> allDiagnostics() {
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        documents.forEach(d -> all.addAll(d.diagnostics()));
        return all.stream().sorted().toList();
    }

    /** The type names the sources give (a spec's component schemas), by pin key; the first source in order wins. */
    public Map<String, String> typeNames() {
        Map<String, String> names = new java.util.TreeMap<>();
        for (ApiDocument d : documents) d.typeNames().forEach(names::putIfAbsent);
        return names;
    }

    public @Nullable SecurityScheme securityScheme(String id) {
        return securitySchemes.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    /** A path as it identifies an endpoint: {@code /a/{id}/b/} and {@code /a/{x}/b} are one path ({@code /a/{}/b}). */
    public static String normalizedPath(String path) {
        return path.replaceAll("\\{[^}]*}", "{}").replaceAll("(?<=.)/+$", "");
    }

}
