package dev.docpoet.parse.internal;

import dev.docpoet.spec.ParameterLocation;
import dev.docpoet.spec.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** An endpoint while its page is read, filled by a dialect reader and then completed by inference and lint. */
public final class EndpointDraft {
    /** A parameter: its location and its field node. */
    public record Param(ParameterLocation in, FieldNode node) {}

    /** A JSON example found in prose or a code block, not yet tied to a response. */
    public record LooseExample(LocatedJson json, @Nullable String status, boolean request) {}

    public final String method;
    public final String path;
    public final SourceLocation location;
    public @Nullable String title;
    public @Nullable String description;
    public @Nullable String version;
    /** Whether the page marks the operation deprecated. */
    public boolean deprecated;
    public @Nullable String specReference;
    public @Nullable String baseUrl;
    public final List<String> security = new ArrayList<>();
    public final List<Param> params = new ArrayList<>();
    public @Nullable BodyDraft request;
    /** Responses by status, in status order ({@code default} last). */
    public final Map<String, BodyDraft> responses = new TreeMap<>(EndpointDraft::compareStatus);
    /** The response headers a page lists, by status, in status order: a status may list headers and no fields. */
    public final Map<String, ResponseHeaders> responseHeaders = new TreeMap<>(EndpointDraft::compareStatus);
    public final List<LooseExample> looseExamples = new ArrayList<>();
    /** Prose of the page outside field lists, for "Each X includes: - a - …" lists. */
    public final List<ProseSpan> prose = new ArrayList<>();

    public EndpointDraft(String method, String path, SourceLocation location) {
        this.method = method;
        this.path = path;
        this.location = location;
    }

    /** The response for a status, created with a JSON body when the page has not documented it yet. */
    public BodyDraft response(String status, SourceLocation at) {
        return responses.computeIfAbsent(status, s -> new BodyDraft("application/json", at));
    }

    static int compareStatus(String a, String b) {
        boolean da = a.equals("default"), db = b.equals("default");
        if (da || db) return da == db ? 0 : da ? 1 : -1;
        return a.compareTo(b);
    }

    /** The header names one response's section lists, and where the section starts. */
    public record ResponseHeaders(SourceLocation location, List<String> names) {}
}
