package dev.docpoet.parse;

import dev.docpoet.parse.internal.DraftFreezer;
import dev.docpoet.parse.internal.attributes.AttributeHeadingReader;
import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Body;
import dev.docpoet.spec.Component;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.Dialect;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.ParserCode;
import dev.docpoet.spec.Property;
import dev.docpoet.spec.Response;
import dev.docpoet.spec.Schema;
import dev.docpoet.spec.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Gives the entities attribute-heading pages refer to ({@code **Returns:** [Account](…entities/Account…)},
 * {@code **Type:** Array of [Status](…)}, {@code [Field](#Field)}) the component of the entity page that documents
 * them, by the referenced page's path and section anchor: one record per entity, wherever it is used. A reference to a
 * page that is not among the docs read is a {@link ParserCode#SpecEntityUnresolved} warning at the field or endpoint,
 * which is then any JSON value.
 */
final class EntityResolver {
    /** One entity's component, and the page it is on. */
    private record Entity(String label, Component component) {}

    private final List<Entity> entities = new ArrayList<>();
    /** Per entity page (by label), the entity each section anchor names. */
    private final Map<String, Map<String, String>> anchors = new TreeMap<>();

    private EntityResolver() {}

    static List<DocParser.Parsed> resolve(List<DocSource> sources, List<DocParser.Parsed> parsed) {
        if (parsed.stream().noneMatch(p -> entities(p.document().dialect()))) return parsed;
        EntityResolver r = new EntityResolver();
        for (int i = 0; i < parsed.size() && i < sources.size(); i++) {
            ApiDocument d = parsed.get(i).document();
            if (!entities(d.dialect())) continue;
            for (Component c : d.components().values()) r.entities.add(new Entity(sources.get(i).label(), c));
            if (d.dialect() == Dialect.ATTRIBUTE_HEADINGS && !d.components().isEmpty()) {
                r.anchors.put(sources.get(i).label(), AttributeHeadingReader.anchors(
                        new String(sources.get(i).bytes(), java.nio.charset.StandardCharsets.UTF_8)));
            }
        }
        List<DocParser.Parsed> out = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            DocParser.Parsed p = parsed.get(i);
            if (!entities(p.document().dialect()) || i >= sources.size()) {
                out.add(p);
                continue;
            }
            out.add(new DocParser.Parsed(r.rewrite(sources.get(i).label(), p.document()), p.referenced()));
        }
        return out;
    }

    /** The dialects whose pages name entities: attribute headings, and the schema sections of GFM table pages. */
    private static boolean entities(Dialect d) {
        return d == Dialect.ATTRIBUTE_HEADINGS || d == Dialect.GFM_TABLES;
    }

    private ApiDocument rewrite(String label, ApiDocument doc) {
        List<Diagnostic> diagnostics = new ArrayList<>(doc.diagnostics());
        Function<Schema, Schema> none = s -> s;
        List<Endpoint> endpoints = new ArrayList<>();
        for (Endpoint e : doc.endpoints()) {
            List<Response> responses = new ArrayList<>();
            for (Response r : e.responses()) {
                Body b = r.body();
                if (b == null || b.schema() == null) {
                    responses.add(r);
                    continue;
                }
                Schema s = schema(label, b.schema(), b.location(), diagnostics, 0);
                responses.add(new Response(r.status(), b.with(s, b.example(), b.location()), r.location(), r.headers()));
            }
            Body request = e.requestBody();
            if (request != null && request.schema() != null) {
                request = request.with(schema(label, request.schema(), request.location(), diagnostics, 0), request.example(), request.location());
            }
            endpoints.add(new Endpoint(e.method(), e.path(), e.baseUrl(), e.title(), e.description(), e.version(), e.security(),
                    e.parameters(), request, responses, e.specReference(), e.location(), e.deprecated()));
        }
        Map<String, Component> components = new TreeMap<>();
        for (Component c : doc.components().values()) {
            components.put(c.key(), new Component(c.key(), c.name(), c.requestSide(), schema(label, c.schema(), c.location(), diagnostics, 0),
                    c.descriptionMarkdown(), c.location()));
        }
        return new ApiDocument(doc.source(), doc.dialect(), doc.title(), endpoints, diagnostics, doc.securitySchemes(), doc.typeNames(),
                components, doc.servers());
    }

    /** {@code s} with each entity reference made the key of the entity's component. */
    private Schema schema(String label, Schema s, SourceLocation at, List<Diagnostic> diagnostics, int depth) {
        if (depth > 64) return s;
        if (s instanceof Schema.RefSchema ref && ref.key().startsWith(DraftFreezer.ENTITY_PREFIX)) {
            String target = ref.key().substring(DraftFreezer.ENTITY_PREFIX.length());
            Entity e = find(label, target, at, diagnostics);
            if (e != null) return new Schema.RefSchema(e.component().key());
            diagnostics.add(new Diagnostic(ParserCode.SpecEntityUnresolved, "`" + target + "` names no entity of the docs read;"
                    + " docpoet reads it as any JSON value", at, "read the folder that holds the entity pages too"));
            return new Schema.AnySchema();
        }
        if (s instanceof Schema.ArraySchema a) {
            return new Schema.ArraySchema(schema(label, a.items(), at, diagnostics, depth + 1), a.itemsNullable());
        }
        if (s instanceof Schema.MapSchema m) return new Schema.MapSchema(schema(label, m.values(), at, diagnostics, depth + 1));
        if (s instanceof Schema.ObjectSchema o) {
            List<Property> props = new ArrayList<>();
            for (Property p : o.properties()) {
                props.add(p.withSchema(schema(label, p.schema(), p.location(), diagnostics, depth + 1), p.nullable()));
            }
            return new Schema.ObjectSchema(props);
        }
        return s;
    }

    /**
     * The entity a reference names: {@code #Field} on the same page, {@code entities/Account} (that page's first entity,
     * the one named after the page) or {@code entities/Account#CredentialAccount} (that section's). A page path is read
     * from the referring page's folder ({@code ../entities/Account}), else matched by its end, the page nearest the
     * referring one winning; an anchor that names no section of the page is a warning, and the page's entity is used.
     */
    private @Nullable Entity find(String label, String target, SourceLocation at, List<Diagnostic> diagnostics) {
        int hash = target.indexOf('#');
        String page = (hash < 0 ? target : target.substring(0, hash)).strip().toLowerCase(Locale.ROOT);
        String anchor = hash < 0 ? null : AttributeHeadingReader.anchorKey(target.substring(hash + 1));
        String from = stem(label);
        String folder = from.lastIndexOf('/') < 0 ? "" : from.substring(0, from.lastIndexOf('/') + 1);
        if (page.startsWith("./") || page.startsWith("../")) {
            page = java.nio.file.Path.of(folder.isEmpty() ? "." : folder).resolve(page).normalize().toString().replace('\\', '/');
        }
        if (page.startsWith("/")) page = page.substring(1);
        List<Entity> onPage = new ArrayList<>();
        int best = -1;
        for (Entity e : entities) {
            String l = stem(e.label);
            if (page.isEmpty() ? !e.label.equals(label) : !(l.equals(page) || l.endsWith("/" + page))) continue;
            // another doc set's page of the same name is farther: the longest folder shared with the referring page wins
            int shared = page.isEmpty() ? 0 : sharedFolders(from, l);
            if (shared > best) onPage.clear();
            if (shared >= best) {
                best = shared;
                onPage.add(e);
            }
        }
        if (onPage.isEmpty()) return null;
        if (anchor != null) {
            for (Entity e : onPage) {
                String named = anchors.getOrDefault(e.label, Map.of()).get(anchor);
                if (e.component().name().equals(named) || e.component().name().toLowerCase(Locale.ROOT).equals(anchor)) return e;
            }
            if (page.isEmpty()) return null;
        }
        String file = stem(onPage.get(0).label);
        String named = file.substring(file.lastIndexOf('/') + 1).replaceAll("[^a-z0-9]", "");
        Entity found = null;
        for (Entity e : onPage) {
            if (e.component().name().toLowerCase(Locale.ROOT).equals(named)) found = e;
        }
        if (found == null) found = onPage.stream().min(java.util.Comparator.comparingInt(e -> e.component().location().line())).orElse(null);
        if (anchor != null && found != null) {
            diagnostics.add(new Diagnostic(ParserCode.SpecEntityUnresolved, "`" + target + "`: `#" + target.substring(hash + 1)
                    + "` names no section of " + onPage.get(0).label + "; docpoet uses its entity `" + found.component().name() + "`",
                    at, "link to the anchor of the entity's heading, or drop the anchor"));
        }
        return found;
    }

    /** How many leading folders two page paths share. */
    private static int sharedFolders(String a, String b) {
        String[] x = a.split("/");
        String[] y = b.split("/");
        int n = 0;
        while (n < x.length - 1 && n < y.length - 1 && x[n].equals(y[n])) n++;
        return n;
    }

    private static String stem(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        int dot = l.lastIndexOf('.');
        return dot > l.lastIndexOf('/') ? l.substring(0, dot) : l;
    }
}
