package dev.docpoet.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docpoet.parse.internal.openapi.OpenApiReader;
import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.ApiModel;
import dev.docpoet.spec.Body;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.Dialect;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.Location;
import dev.docpoet.spec.Parameter;
import dev.docpoet.spec.ParserCode;
import dev.docpoet.spec.Property;
import dev.docpoet.spec.Response;
import dev.docpoet.spec.Schema;
import dev.docpoet.spec.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Gives each Mintlify page that points at a spec ({@code openapi: 'GET /models'},
 * {@code openapi: /analytics.openapi.json POST /events}) its operation from that spec. The spec is the file the line
 * names (relative to the docs root: the nearest folder with a {@code docs.json} or {@code mint.json}, else the nearest
 * folder above the page that has the file), or those the docs root's {@code docs.json}/{@code mint.json} declares, or
 * those of the nearest folder above the page that holds spec files, or else those anywhere under the docs folder. Several candidates resolve to the one that has the operation, and are an
 * error when more than one has it. What the page documents itself refines the spec's operation: the page wins, and a
 * contradiction is a warning.
 */
final class StubResolver {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CONFIGS = List.of("docs.json", "mint.json");
    /** The spec files a folder search looks at, at most: a docs repository has a handful. */
    private static final int MAX_CANDIDATES = 200;

    private final Map<Path, ApiDocument> specs = new HashMap<>();
    private final Map<Path, String> labels = new TreeMap<>();
    private final Map<Path, byte[]> bytes = new HashMap<>();
    /** The label of each spec read for pages, by the name its documents give it. */
    private final Map<String, String> specLabels = new HashMap<>();
    /** The files each spec's refs read, and the docs folder they are labelled from, by the spec's path. */
    private final Map<Path, List<Path>> references = new TreeMap<>();
    private final Map<Path, Path> roots = new HashMap<>();
    /** Whether each candidate file is a spec, by its content. */
    private final Map<Path, Boolean> specFiles = new HashMap<>();

    private final java.util.function.Function<DocSource, String> naming;

    private StubResolver(java.util.function.Function<DocSource, String> naming) {
        this.naming = naming;
    }

    /** @param naming the name a source's diagnostics give it (its label, or the path the user gave) */
    static DocSetReader.Result resolve(List<DocSource> sources, List<DocParser.Parsed> parsed,
            java.util.function.Function<DocSource, String> naming) {
        return new StubResolver(naming).run(sources, parsed);
    }

    private DocSetReader.Result run(List<DocSource> sources, List<DocParser.Parsed> parsed) {
        List<ApiDocument> docs = parsed.stream().map(DocParser.Parsed::document).toList();
        Map<Path, Integer> given = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            if (docs.get(i).dialect() == Dialect.OPENAPI && sources.get(i).file() != null) {
                Path abs = sources.get(i).file().toAbsolutePath().normalize();
                given.put(abs, i);
                specs.put(abs, docs.get(i));
                references.put(abs, parsed.get(i).referenced());
                roots.put(abs, sources.get(i).absoluteRoot());
            }
        }
        List<ApiDocument> out = new ArrayList<>(docs);
        Map<Integer, Set<String>> taken = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            ApiDocument doc = docs.get(i);
            if (doc.dialect() == Dialect.OPENAPI || doc.endpoints().stream().noneMatch(e -> e.specReference() != null)) continue;
            List<Endpoint> endpoints = new ArrayList<>();
            List<Diagnostic> diagnostics = new ArrayList<>();
            Map<String, String> typeNames = new TreeMap<>(doc.typeNames());
            for (Diagnostic d : doc.diagnostics()) if (d.code() != ParserCode.SpecSpecReference) diagnostics.add(d);
            // where the page's own inferences were, that its spec's schema replaced
            Set<Location> replaced = new java.util.HashSet<>();
            // the components the page's operations use, from the specs they come from
            Map<String, dev.docpoet.spec.Component> components = new TreeMap<>();
            for (Endpoint e : doc.endpoints()) {
                if (e.specReference() == null) {
                    endpoints.add(e);
                    continue;
                }
                Found found = find(sources.get(i), e, diagnostics);
                if (found == null) {
                    endpoints.add(e);
                    continue;
                }
                Endpoint op = found.operation;
                diagnostics.add(new Diagnostic(ParserCode.SpecSpecReference, "page reads " + e.signature() + " from the spec "
                        + found.label + " (" + op.location() + ")", e.location(), null));
                Endpoint merged = merge(e, op, found.spec.components(), diagnostics, replaced);
                endpoints.add(merged);
                components.putAll(dev.docpoet.spec.SchemaRefs.reachable(List.of(merged), found.spec.components()));
                String prefix = op.method().toUpperCase(Locale.ROOT) + " " + ApiModel.normalizedPath(op.path()) + " ";
                found.spec.typeNames().forEach((k, v) -> {
                    if (k.startsWith(prefix)) typeNames.putIfAbsent(k, v);
                });
                Integer spec = given.get(found.file);
                if (spec != null) taken.computeIfAbsent(spec, k -> new TreeSet<>()).add(key(op.method(), op.path()));
            }
            // an inference the spec's schema replaced chose no type: its warning would point at nothing the output has
            diagnostics.removeIf(d -> d.code() instanceof ParserCode c && c.name().startsWith("Infer")
                    && d.severity() == Severity.WARNING && replaced.contains(d.location()));
            out.set(i, new ApiDocument(doc.source(), doc.dialect(), doc.title(), endpoints, diagnostics, doc.securitySchemes(), typeNames,
                    components));
        }
        // a spec given too keeps the operations no page took (the page documents those)
        for (Map.Entry<Integer, Set<String>> t : taken.entrySet()) {
            ApiDocument spec = out.get(t.getKey());
            List<Endpoint> rest = spec.endpoints().stream().filter(e -> !t.getValue().contains(key(e.method(), e.path()))).toList();
            out.set(t.getKey(), new ApiDocument(spec.source(), spec.dialect(), spec.title(), rest, spec.diagnostics(), spec.securitySchemes(),
                    spec.typeNames(), spec.components(), spec.servers()));
        }
        // the specs pages were read from: their diagnostics and security schemes, without endpoints of their own
        Map<String, byte[]> files = new TreeMap<>();
        // and the files every spec read pulled in through its refs
        references.forEach((spec, refs) -> referenced(refs, roots.get(spec), files));
        // and the snippets and JSON files pages included, so that editing only one of them regenerates
        for (int i = 0; i < sources.size(); i++) {
            if (docs.get(i).dialect() != Dialect.OPENAPI && !parsed.get(i).referenced().isEmpty() && sources.get(i).absoluteRoot() != null) {
                referenced(parsed.get(i).referenced(), sources.get(i).absoluteRoot(), files);
            }
        }
        for (Map.Entry<Path, String> l : labels.entrySet()) {
            if (given.containsKey(l.getKey())) continue;
            ApiDocument spec = specs.get(l.getKey());
            // its top-level servers too: they say which host is the API's for the pages that read from it
            out.add(new ApiDocument(spec.source(), Dialect.OPENAPI, spec.title(), List.of(), spec.diagnostics(), spec.securitySchemes(), Map.of(),
                    Map.of(), spec.servers()));
            files.put(l.getValue(), bytes.get(l.getKey()));
        }
        Map<String, String> names = new TreeMap<>();
        for (int i = 0; i < sources.size(); i++) names.put(naming.apply(sources.get(i)), sources.get(i).label());
        specLabels.forEach(names::putIfAbsent);
        return new DocSetReader.Result(out, files, names);
    }

    private static void referenced(List<Path> refs, Path root, Map<String, byte[]> files) {
        for (Path f : refs) {
            try {
                files.putIfAbsent(root.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            } catch (IOException e) {
                // reading the spec says why
            }
        }
    }

    private record Found(Path file, String label, ApiDocument spec, Endpoint operation) {}

    private static String key(String method, String path) {
        return method.toUpperCase(Locale.ROOT) + " " + ApiModel.normalizedPath(path).toLowerCase(Locale.ROOT);
    }

    private @Nullable Found find(DocSource page, Endpoint e, List<Diagnostic> diagnostics) {
        String ref = e.specReference().trim().replaceAll("^['\"]|['\"]$", "");
        String[] tokens = ref.split("\\s+");
        String named = tokens.length == 3 ? tokens[0] : null;
        if (page.file() == null) {
            unresolved(e, diagnostics, "the page was read from a jar, where its spec cannot be looked for", "generate from the docs folder");
            return null;
        }
        if (named != null && named.matches("(?i)^[a-z][a-z0-9+.-]*://.*")) {
            unresolved(e, diagnostics, "its spec " + named + " is remote, and docpoet never fetches", "put the spec in the docs folder and name its path");
            return null;
        }
        Path root = page.absoluteRoot();
        Path dir = page.file().toAbsolutePath().normalize().getParent();
        List<Path> candidates = new ArrayList<>();
        if (named != null) {
            String rel = named.replaceFirst("^/+", "");
            for (Path d = dir; d != null && d.startsWith(root); d = d.getParent()) {
                Path c = d.resolve(rel).normalize();
                if (hasConfig(d) || Files.isRegularFile(c)) {
                    if (Files.isRegularFile(c) && c.startsWith(root)) candidates.add(c);
                    break;
                }
            }
            if (candidates.isEmpty()) {
                unresolved(e, diagnostics, "no spec " + named + " in the folders from the page up to the docs folder " + root,
                        "put the spec there, or correct the path");
                return null;
            }
        } else {
            Path docsRoot = null;
            for (Path d = dir; d != null && d.startsWith(root) && docsRoot == null; d = d.getParent()) {
                if (hasConfig(d)) docsRoot = d;
            }
            if (docsRoot != null) {
                candidates.addAll(declared(docsRoot));
            } else {
                // without a docs.json: the spec files of the nearest folder above the page that has any
                for (Path d = dir; d != null && d.startsWith(root) && candidates.isEmpty(); d = d.getParent()) candidates.addAll(specsUnder(d, 1));
                docsRoot = root;
            }
            if (candidates.isEmpty()) candidates.addAll(specsUnder(docsRoot, 8));
            if (candidates.isEmpty()) {
                unresolved(e, diagnostics, "no OpenAPI file under the docs folder " + docsRoot,
                        "put the spec in the docs folder, or name it: openapi: /openapi.json " + e.signature());
                return null;
            }
        }
        List<Found> having = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path c : candidates) {
            ApiDocument spec = spec(c, root, page);
            names.add(labels.get(c));
            if (spec == null) continue;
            for (Endpoint op : spec.endpoints()) {
                if (key(op.method(), op.path()).equals(key(e.method(), e.path()))) having.add(new Found(c, labels.get(c), spec, op));
            }
        }
        if (having.size() == 1) return having.get(0);
        if (having.size() > 1) {
            diagnostics.add(new Diagnostic(ParserCode.SpecStubAmbiguous, e.signature() + " is in several specs: "
                    + String.join(", ", having.stream().map(Found::label).toList()), e.location(),
                    "name one: openapi: /" + having.get(0).label() + " " + e.signature()));
            return null;
        }
        unresolved(e, diagnostics, (names.size() == 1 ? "its spec " + names.get(0) + " has no " : "none of the specs " + String.join(", ", names)
                + " has ") + e.signature(), "correct the method or path, or name the spec that has it");
        return null;
    }

    private static void unresolved(Endpoint e, List<Diagnostic> diagnostics, String why, String hint) {
        diagnostics.add(new Diagnostic(ParserCode.SpecStubUnresolved, "page points at a spec for " + e.signature() + ", but " + why
                + "; docpoet reads only what the page documents", e.location(), hint));
    }

    private static boolean hasConfig(Path dir) {
        return CONFIGS.stream().anyMatch(c -> Files.isRegularFile(dir.resolve(c)));
    }

    /** The local spec files a docs.json or mint.json declares: every string under an {@code openapi} key. */
    private static List<Path> declared(Path dir) {
        List<Path> out = new ArrayList<>();
        for (String c : CONFIGS) {
            Path config = dir.resolve(c);
            if (!Files.isRegularFile(config)) continue;
            try {
                collect(JSON.readTree(config.toFile()), false, dir, out);
            } catch (IOException ignored) {
                // a config that is not JSON declares nothing; the folder is searched instead
            }
        }
        return out;
    }

    private static void collect(JsonNode node, boolean underOpenApi, Path dir, List<Path> out) {
        if (node.isTextual() && underOpenApi) {
            String v = node.asText();
            if (v.matches("(?i)^[a-z][a-z0-9+.-]*://.*")) return;
            Path p = dir.resolve(v.replaceFirst("^/+", "")).normalize();
            if (p.startsWith(dir) && Files.isRegularFile(p) && !out.contains(p)) out.add(p);
        } else if (node.isObject()) {
            node.fields().forEachRemaining(f -> collect(f.getValue(), underOpenApi || f.getKey().equals("openapi")
                    || underOpenApi && f.getKey().equals("source"), dir, out));
        } else if (node.isArray()) {
            for (JsonNode n : node) collect(n, underOpenApi, dir, out);
        }
    }

    /** The spec files under a folder, in a stable order; hidden folders and node_modules are skipped. */
    private List<Path> specsUnder(Path root, int depth) {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root, depth)) {
            for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                if (out.size() >= MAX_CANDIDATES) break;
                String rel = root.relativize(p).toString().replace('\\', '/');
                // hidden folders hold no docs, except GitBook's own, where it keeps the specs a space uploads
                String visible = rel.startsWith(".gitbook/") ? rel.substring(".gitbook/".length()) : rel;
                if (visible.startsWith(".") || visible.contains("/.") || rel.contains("node_modules")) continue;
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if (!(n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml")) || CONFIGS.contains(n) || !Files.isRegularFile(p)) continue;
                if (isSpecFile(p)) out.add(p);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // an unreadable corner of the folder holds no candidate we can read
        }
        return out;
    }

    /** Whether a file is a spec, read whole (a JSON spec's version key may come after a long info); once per file. */
    private boolean isSpecFile(Path p) throws IOException {
        Boolean known = specFiles.get(p);
        if (known != null) return known;
        boolean spec = Files.size(p) <= DocParser.MAX_PAGE_BYTES
                && OpenApiReader.isSpec(p.getFileName().toString(), new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
        specFiles.put(p, spec);
        return spec;
    }

    private @Nullable ApiDocument spec(Path file, Path root, DocSource page) {
        if (specs.containsKey(file) && labels.containsKey(file)) return specs.get(file);
        String label = root.relativize(file).toString().replace('\\', '/');
        labels.put(file, label);
        if (specs.containsKey(file)) return specs.get(file);
        try {
            byte[] b = Files.readAllBytes(file);
            bytes.put(file, b);
            // named the way the page is: its path as the user gave it, or its label
            DocSource source = new DocSource(label, page.root().resolve(label), b);
            DocParser.Parsed parsed = DocParser.parseSource(source, naming);
            ApiDocument doc = parsed.document();
            references.put(file, parsed.referenced());
            roots.put(file, root);
            specLabels.put(naming.apply(source), label);
            specs.put(file, doc);
            return doc;
        } catch (IOException e) {
            specs.put(file, new ApiDocument(label, Dialect.OPENAPI, null, List.of(), List.of(new Diagnostic(ParserCode.SpecUnreadableFile,
                    "cannot read the spec (" + e.getMessage() + ")", new dev.docpoet.spec.SourceLocation(label, 1, 1), null))));
            return specs.get(file);
        }
    }

    // ---- the page refines the spec's operation

    /** @param replaced collects where the page's inferred fields and bodies were that the spec's replaced */
    private static Endpoint merge(Endpoint page, Endpoint spec, Map<String, dev.docpoet.spec.Component> components,
            List<Diagnostic> diagnostics, Set<Location> replaced) {
        Map<String, Parameter> params = new LinkedHashMap<>();
        for (Parameter p : spec.parameters()) params.put(p.in() + " " + p.name(), p);
        for (Parameter p : page.parameters()) {
            Parameter s = params.get(p.in() + " " + p.name());
            if (s != null) contradiction(page, "parameter `" + p.name() + "`", p.schema(), p.required(), p.nullable(), s.schema(),
                    s.required(), s.nullable(), p.location(), diagnostics);
            params.put(p.in() + " " + p.name(), p);
        }
        Body request = body(page, "request", page.requestBody(), spec.requestBody(), components, diagnostics, replaced);
        Map<String, Response> responses = new LinkedHashMap<>();
        for (Response r : spec.responses()) responses.put(r.status(), r);
        for (Response r : page.responses()) {
            Response s = responses.get(r.status());
            responses.put(r.status(), s == null ? r
                    : new Response(r.status(), body(page, r.status(), r.body(), s.body(), components, diagnostics, replaced), r.location(),
                            // a header either documents is documented: the page seldom repeats the spec's
                            concat(r.headers(), s.headers())));
        }
        return new Endpoint(spec.method(), spec.path(), page.baseUrl() != null ? page.baseUrl() : spec.baseUrl(),
                page.title() != null ? page.title() : spec.title(), page.description() != null ? page.description() : spec.description(),
                page.version() != null ? page.version() : spec.version(), page.security().isEmpty() ? spec.security() : page.security(),
                new ArrayList<>(params.values()), request, new ArrayList<>(responses.values()), page.specReference(), page.location(),
                page.deprecated() || spec.deprecated());
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static @Nullable Body body(Endpoint page, String role, @Nullable Body mine, @Nullable Body spec,
            Map<String, dev.docpoet.spec.Component> components, List<Diagnostic> diagnostics, Set<Location> replaced) {
        // a page refines its spec only with the fields it documents: what it inferred from an example (often a partial
        // one) never replaces the spec's schema
        if (mine == null || mine.schema() == null || spec != null && spec.schema() != null && !documentsFields(mine.schema())) {
            if (spec == null) return mine;
            if (mine != null && mine.schema() != null && spec.schema() != null) {
                replaced.add(mine.location());
                locations(mine.schema(), replaced);
            }
            return mine != null && mine.example() != null ? spec.withExample(mine.example()) : spec;
        }
        // a spec's component is the object the page refines: the page's body is then a type of its own
        Schema specSchema = spec == null ? null : spec.schema() instanceof Schema.RefSchema ref && components.get(ref.key()) != null
                ? components.get(ref.key()).schema() : spec.schema();
        if (!(specSchema instanceof Schema.ObjectSchema so) || !(mine.schema() instanceof Schema.ObjectSchema mo)) return mine;
        Map<String, Property> props = new LinkedHashMap<>();
        for (Property p : so.properties()) props.put(p.name(), p);
        for (Property p : mo.properties()) {
            Property s = props.get(p.name());
            if (p.origin().inferred()) {
                replaced.add(p.location());
                locations(p.schema(), replaced);
                continue;
            }
            if (s != null) contradiction(page, role + " field `" + p.name() + "`", p.schema(), p.required(), p.nullable(), s.schema(),
                    s.required(), s.nullable(), p.location(), diagnostics);
            props.put(p.name(), p);
        }
        // the spec's media type and its details (a multipart's part types, a stream's end), with the page's fields
        return new Body(spec.contentType(), new Schema.ObjectSchema(new ArrayList<>(props.values())),
                mine.example() != null ? mine.example() : spec.example(), mine.location(), spec.partContentTypes(),
                mine.streamEnd() != null ? mine.streamEnd() : spec.streamEnd());
    }

    /** Adds where each property of {@code s} and below it was documented or inferred. */
    private static void locations(Schema s, Set<Location> into) {
        if (s instanceof Schema.ArraySchema a) locations(a.items(), into);
        if (s instanceof Schema.MapSchema m) locations(m.values(), into);
        if (s instanceof Schema.ObjectSchema o) {
            for (Property p : o.properties()) {
                into.add(p.location());
                locations(p.schema(), into);
            }
        }
    }

    /** Whether a page's schema has a field the page documents itself, rather than one inferred from its example. */
    private static boolean documentsFields(Schema s) {
        if (s instanceof Schema.ArraySchema a) return documentsFields(a.items());
        if (s instanceof Schema.MapSchema m) return documentsFields(m.values());
        if (s instanceof Schema.ObjectSchema o) {
            return o.properties().stream().anyMatch(p -> !p.origin().inferred() || documentsFields(p.schema()));
        }
        return false;
    }

    private static void contradiction(Endpoint page, String what, Schema mine, boolean myRequired, boolean myNullable, Schema spec,
            boolean specRequired, boolean specNullable, dev.docpoet.spec.Location at, List<Diagnostic> diagnostics) {
        List<String> differs = new ArrayList<>();
        if (!mine.jsonType().equals(spec.jsonType()) && !spec.jsonType().equals("any") && !mine.jsonType().equals("any")) {
            differs.add("the page says " + mine.jsonType() + ", the spec " + spec.jsonType());
        }
        if (myRequired != specRequired) differs.add("the page says " + (myRequired ? "required" : "optional") + ", the spec "
                + (specRequired ? "required" : "optional"));
        if (myNullable != specNullable) differs.add("the page says " + (myNullable ? "nullable" : "not nullable") + ", the spec "
                + (specNullable ? "nullable" : "not nullable"));
        if (differs.isEmpty()) return;
        diagnostics.add(new Diagnostic(ParserCode.SpecStubContradiction, page.signature() + " " + what + ": " + String.join("; ", differs)
                + "; the page wins", at, "make the page and the spec agree"));
    }
}
