package dev.docpoet.parse.internal.openapi;

import dev.docpoet.parse.internal.DiagnosticSink;
import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.ApiModel;
import dev.docpoet.spec.Body;
import dev.docpoet.spec.Dialect;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.MediaKind;
import dev.docpoet.spec.Parameter;
import dev.docpoet.spec.ParameterLocation;
import dev.docpoet.spec.ParserCode;
import dev.docpoet.spec.Pointers;
import dev.docpoet.spec.Response;
import dev.docpoet.spec.Schema;
import dev.docpoet.spec.SecurityScheme;
import dev.docpoet.spec.SourceLocation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.converter.SwaggerConverter;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads an OpenAPI 3.0 or 3.1 file, or a Swagger 2.0 one, JSON or YAML, into the same {@link ApiDocument} a doc page
 * gives: one endpoint per operation, with its parameters, JSON bodies, servers and security, and the component schema
 * names as type names. swagger-parser reads the file (refs, 3.1 types, the 2.0 conversion); positions come from a
 * second, positional read, so that every diagnostic names the spec's line and column. Refs are checked before
 * swagger-parser sees them: a remote ref is never fetched, and a file ref may not leave the docs folder.
 */
public final class OpenApiReader {
    private static final Pattern REMOTE = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//)");
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    /** At most this many files a spec may pull in through refs, itself included. */
    private static final int MAX_FILES = 64;

    private OpenApiReader() {}

    /**
     * Whether a file is an OpenAPI or Swagger document, by its content: JSON text whose top-level object has an
     * {@code openapi} or {@code swagger} version key, wherever the key sits (whatever the file's name, so a .yaml file
     * of JSON text too), or a .yaml or .yml file whose top-level mapping has one.
     */
    public static boolean isSpec(String name, String text) {
        return SpecDetector.detect(name, text) != null;
    }

    /**
     * Reads a spec.
     *
     * @param file the file on disk, for refs to other files; null when it was read from a jar (such refs are refused)
     * @param root the docs folder no file ref may leave
     */
    public static ApiDocument read(String name, String text, @Nullable Path file, @Nullable Path root) {
        return readWithReferences(name, text, file, root).document();
    }

    /**
     * A spec read, with the other files its refs pulled in (transitively, each inside the docs folder), which count as
     * docs for fingerprints: an edit to one of them counts.
     */
    public record Read(ApiDocument document, List<Path> referenced) {
        public Read {
            referenced = List.copyOf(referenced);
        }
    }

    /** As {@link #read}, with the files the spec's refs read. */
    public static Read readWithReferences(String name, String text, @Nullable Path file, @Nullable Path root) {
        Set<Path> referenced = new LinkedHashSet<>();
        return new Read(read(name, text, file, root, referenced), new ArrayList<>(referenced));
    }

    private static ApiDocument read(String name, String text, @Nullable Path file, @Nullable Path root, Set<Path> referenced) {
        DiagnosticSink sink = new DiagnosticSink();
        SpecDetector.Detected kind = SpecDetector.detect(name, text);
        boolean json = kind != null ? kind.json() : text.stripLeading().startsWith("{");
        SpecLocations at;
        // swagger-parser reads JSON only: a YAML spec is read once, within docpoet's bounds, and handed over as JSON
        String contents;
        try {
            if (json) {
                at = SpecLocations.of(name, text);
                contents = text;
            } else {
                Optional<Node> tree = YamlSpecReader.read(text);
                at = SpecLocations.of(name, tree);
                contents = YamlSpecReader.json(tree);
            }
        } catch (SpecLocations.SyntaxError e) {
            sink.report(ParserCode.SpecOpenApiBroken, new SourceLocation(name, e.line, e.column), e.hint != null ? e.getMessage()
                    : "the spec is not valid " + (json ? "JSON" : "YAML") + ": " + e.getMessage(), e.hint != null ? e.hint : "fix the file there");
            return failed(name, sink);
        }
        for (SpecLocations.Duplicate d : at.duplicates()) {
            sink.report(ParserCode.SpecOpenApiInvalid, d.dropped(), "`" + d.key() + "` is given again at line " + d.again()
                    + " of the same mapping; the last one is read and this one is left out", "keep one of them");
        }
        if (!refsAllowed(name, at, file, root, sink, referenced)) return failed(name, sink);
        boolean swagger2 = kind != null && kind.swagger2();
        boolean fileRefs = at.refs().values().stream().anyMatch(r -> !r.startsWith("#"));
        SwaggerParseResult result;
        try {
            ParseOptions options = new ParseOptions();
            // local refs are followed here, keeping the component names; swagger-parser resolves only refs to other
            // files (its 3.1 resolver would inline local ones too, names lost)
            options.setResolve(fileRefs);
            if (swagger2) {
                // the 2.0 reader resolves refs to other files only from the file itself
                result = file != null && fileRefs ? new SwaggerConverter().readLocation(file.toUri().toString(), null, options)
                        : new SwaggerConverter().readContents(contents, null, options);
            } else {
                result = new OpenAPIV3Parser().readContents(contents, null, options, file == null ? null : file.toUri().toString());
            }
        } catch (RuntimeException | StackOverflowError e) {
            sink.report(ParserCode.SpecOpenApiBroken, new SourceLocation(name, 1, 1), "swagger-parser cannot read the spec ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", null);
            return failed(name, sink);
        }
        OpenAPI api = result == null ? null : result.getOpenAPI();
        if (result != null && result.getMessages() != null) {
            for (String m : result.getMessages()) {
                if (m == null) continue;
                sink.report(api == null ? ParserCode.SpecOpenApiBroken : ParserCode.SpecOpenApiInvalid, at.at(pointerOf(m, at)), m, null);
            }
        }
        if (api == null) {
            if (!sink.all().stream().anyMatch(d -> d.code() == ParserCode.SpecOpenApiBroken)) {
                sink.report(ParserCode.SpecOpenApiBroken, new SourceLocation(name, 1, 1), "swagger-parser read no OpenAPI document from the file",
                        "check its openapi: or swagger: version line");
            }
            return failed(name, sink);
        }
        return new OpenApiReader.Walk(name, api, at, new PointerMap(swagger2), sink).document();
    }

    private static ApiDocument failed(String name, DiagnosticSink sink) {
        return new ApiDocument(name, Dialect.OPENAPI, null, List.of(), sink.all());
    }

    /** Checks every ref of a file and of the files it pulls in: nothing remote, nothing out of the docs folder. */
    private static boolean refsAllowed(String name, SpecLocations at, @Nullable Path file, @Nullable Path root, DiagnosticSink sink,
            Set<Path> seen) {
        boolean ok = true;
        Set<String> files = new LinkedHashSet<>();
        for (Map.Entry<String, String> r : at.refs().entrySet()) {
            String ref = r.getValue();
            if (ref.startsWith("#")) continue;
            SourceLocation where = at.at(r.getKey() + "/$ref");
            if (ref.isBlank() || ref.equals("null")) {
                // swagger-parser would look for a file named "null"; the value it stands for reads as any JSON value
                sink.report(ParserCode.SpecOpenApiDegraded, where, "an empty $ref (`" + ref + "`); the value reads as any JSON value",
                        "point it at a schema, or remove it");
                continue;
            }
            if (REMOTE.matcher(ref).find()) {
                sink.report(ParserCode.SpecOpenApiRefRefused, where, "$ref `" + ref + "` is remote; docpoet never fetches anything a doc names",
                        "copy what it names into the spec, or into a file beside it");
                ok = false;
                continue;
            }
            String path = ref.contains("#") ? ref.substring(0, ref.indexOf('#')) : ref;
            if (file == null || root == null) {
                sink.report(ParserCode.SpecOpenApiRefRefused, where, "$ref `" + ref + "` names another file, and this spec is not read from a folder",
                        "put the spec and its files in the docs folder");
                ok = false;
                continue;
            }
            Path target;
            try {
                target = file.toAbsolutePath().getParent().resolve(path).normalize();
            } catch (java.nio.file.InvalidPathException e) {
                sink.report(ParserCode.SpecOpenApiRefRefused, where, "$ref `" + ref + "` is not a file path", null);
                ok = false;
                continue;
            }
            if (!inside(target, root)) {
                sink.report(ParserCode.SpecOpenApiRefRefused, where, "$ref `" + ref + "` leaves the docs folder " + root, "keep the spec's files inside it");
                ok = false;
            } else if (!Files.isRegularFile(target)) {
                sink.report(ParserCode.SpecOpenApiBroken, where, "$ref `" + ref + "` names no file (" + target + ")", "check the path");
                ok = false;
            } else {
                files.add(target.toString());
            }
        }
        for (String f : files) {
            Path p = Path.of(f);
            if (seen.size() > MAX_FILES || !seen.add(p)) continue;
            try {
                String text = Files.readString(p);
                ok &= refsAllowed(p.toString(), SpecLocations.of(p.toString(), text), p, root, sink, seen);
            } catch (IOException e) {
                sink.report(ParserCode.SpecOpenApiBroken, new SourceLocation(p.toString(), 1, 1), "cannot read " + p + " (" + e.getMessage() + ")", null);
                ok = false;
            } catch (SpecLocations.SyntaxError e) {
                sink.report(ParserCode.SpecOpenApiBroken, new SourceLocation(p.toString(), e.line, e.column),
                        e.hint != null ? e.getMessage() : "not valid JSON or YAML: " + e.getMessage(), e.hint);
                ok = false;
            }
        }
        return ok;
    }

    private static boolean inside(Path target, Path root) {
        try {
            Path real = target.toRealPath();
            return real.startsWith(root.toRealPath());
        } catch (IOException e) {
            return target.startsWith(root.toAbsolutePath().normalize());
        }
    }

    /** The dotted place a swagger-parser message is about: {@code attribute paths.'/a'(get).x}, or a message that starts with one. */
    private static final Pattern ATTRIBUTE = Pattern.compile("(?:attribute |^)((?:paths|components|info|servers|definitions|tags|security)\\S*)");

    /** The pointer a swagger-parser message ({@code attribute paths.'/a'(get).responses is missing}) is about, as far as the file has it. */
    private static String pointerOf(String message, SpecLocations at) {
        Matcher m = ATTRIBUTE.matcher(message);
        if (!m.find()) return "";
        String pointer = "";
        Matcher part = Pattern.compile("'([^']*)'|\\(([a-z]+)\\)|([^.'()]+)").matcher(m.group(1));
        while (part.find()) {
            String t = part.group(1) != null ? part.group(1) : part.group(2) != null ? part.group(2) : part.group(3);
            String next = Pointers.append(pointer, t);
            if (!at.has(next)) break;
            pointer = next;
        }
        return pointer;
    }

    /** An operation that cannot be read as the spec means it: left out, with a warning, and the rest generated. */
    private static final class Skipped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        final String pointer;
        final @Nullable String hint;

        Skipped(String message, String pointer, @Nullable String hint) {
            super(message, null, false, false);
            this.pointer = pointer;
            this.hint = hint;
        }
    }

    /** One pass over the model. */
    private static final class Walk {
        private final String name;
        private final OpenAPI api;
        private final SpecLocations at;
        private final PointerMap pointers;
        private final DiagnosticSink sink;
        private final SchemaReader schemas;
        private final Map<String, String> typeNames = new TreeMap<>();

        Walk(String name, OpenAPI api, SpecLocations at, PointerMap pointers, DiagnosticSink sink) {
            this.name = name;
            this.api = api;
            this.at = at;
            this.pointers = pointers;
            this.sink = sink;
            this.schemas = new SchemaReader(name, api, at, pointers, sink);
        }

        ApiDocument document() {
            List<Endpoint> endpoints = new ArrayList<>();
            // OpenAPI forbids two paths that differ only in a parameter's name; real specs have them
            Map<String, String> templates = new LinkedHashMap<>();
            if (api.getPaths() != null) {
                for (Map.Entry<String, PathItem> p : api.getPaths().entrySet()) {
                    PathItem item = p.getValue();
                    if (item == null) continue;
                    String pathPointer = "/paths/" + Pointers.escape(p.getKey());
                    if (item.get$ref() != null) unmodeled(pathPointer, "a path item $ref (`" + item.get$ref() + "`) is");
                    Map<PathItem.HttpMethod, Operation> ops = item.readOperationsMap();
                    for (String method : METHODS) {
                        Operation op = ops.get(PathItem.HttpMethod.valueOf(method.toUpperCase(Locale.ROOT)));
                        if (op == null) continue;
                        String upper = method.toUpperCase(Locale.ROOT);
                        String first = templates.putIfAbsent(upper + " " + p.getKey().replaceAll("\\{[^}/]*}", "{}"), p.getKey());
                        if (first != null) {
                            report(ParserCode.SpecOpenApiDegraded, pathPointer + "/" + method, upper + " " + p.getKey() + " is " + upper + " " + first
                                    + " with other parameter names, which OpenAPI forbids; it is left out, " + first + " is generated",
                                    "keep one of the two paths");
                            continue;
                        }
                        try {
                            endpoints.add(endpoint(method, p.getKey(), item, op, pathPointer + "/" + method));
                        } catch (Skipped s) {
                            report(ParserCode.SpecOpenApiDegraded, s.pointer, s.getMessage() + "; " + upper + " " + p.getKey() + " is left out", s.hint);
                        }
                    }
                }
            }
            if (api.getWebhooks() != null && !api.getWebhooks().isEmpty()) unmodeled("/webhooks", "webhooks are");
            String title = api.getInfo() == null ? null : api.getInfo().getTitle();
            // a component no operation uses is a type too: a spec may be only its models
            schemas.unusedComponents();
            schemas.componentFieldNames().forEach(typeNames::putIfAbsent);
            // read before sink.all(): what reading the schemes reports belongs to the document too
            List<SecurityScheme> schemes = securitySchemes();
            // the top-level servers: the first is the API's own host, whatever the operations that name another say
            List<dev.docpoet.spec.Server> servers = new ArrayList<>();
            if (api.getServers() != null) {
                for (Server s : api.getServers()) {
                    String url = url(s);
                    if (url != null && servers.stream().noneMatch(k -> k.url().equals(url))) servers.add(dev.docpoet.spec.Server.of(url));
                }
            }
            return new ApiDocument(name, Dialect.OPENAPI, title, endpoints, sink.all(), schemes, typeNames, schemas.components(), servers);
        }

        private Endpoint endpoint(String method, String path, PathItem item, Operation op, String pointer) {
            String upper = method.toUpperCase(Locale.ROOT);
            if (op.getCallbacks() != null && !op.getCallbacks().isEmpty()) unmodeled(pointer + "/callbacks", "callbacks are");
            Map<String, Parameter> params = new LinkedHashMap<>();
            List<io.swagger.v3.oas.models.parameters.Parameter> all = new ArrayList<>();
            if (item.getParameters() != null) all.addAll(item.getParameters());
            if (op.getParameters() != null) all.addAll(op.getParameters());
            int pathCount = item.getParameters() == null ? 0 : item.getParameters().size();
            for (int i = 0; i < all.size(); i++) {
                String ptr = i < pathCount ? pointer.substring(0, pointer.lastIndexOf('/')) + "/parameters/" + i : pointer + "/parameters/" + (i - pathCount);
                Parameter p = parameter(all.get(i), ptr);
                if (p != null) params.put(p.in() + " " + p.name(), p);
            }
            Body request = null;
            if (op.getRequestBody() != null) request = requestBody(op.getRequestBody(), pointer + "/requestBody", upper, path);
            List<Response> responses = new ArrayList<>();
            String streamEnd = StreamEnds.of(api, op);
            if (op.getResponses() != null) {
                for (Map.Entry<String, ApiResponse> r : op.getResponses().entrySet()) {
                    String status = r.getKey().toUpperCase(Locale.ROOT).equals("DEFAULT") ? "default" : r.getKey();
                    String ptr = pointer + "/responses/" + Pointers.escape(r.getKey());
                    responses.add(response(status, r.getValue(), ptr, upper, path, streamEnd));
                }
            }
            List<String> security = new ArrayList<>();
            List<SecurityRequirement> reqs = op.getSecurity() != null ? op.getSecurity() : api.getSecurity();
            if (reqs != null) {
                for (SecurityRequirement req : reqs) {
                    for (String id : req.keySet()) if (!security.contains(id)) security.add(id);
                }
            }
            return new Endpoint(upper, path, baseUrl(op, item), op.getSummary(), op.getDescription(), null, security,
                    new ArrayList<>(params.values()), request, responses, null, at.at(pointers.of(pointer)),
                    Boolean.TRUE.equals(op.getDeprecated()));
        }

        private @Nullable String baseUrl(Operation op, PathItem item) {
            List<Server> servers = op.getServers() != null && !op.getServers().isEmpty() ? op.getServers()
                    : item.getServers() != null && !item.getServers().isEmpty() ? item.getServers() : api.getServers();
            return servers == null || servers.isEmpty() ? null : url(servers.get(0));
        }

        /** A server's URL as the model keeps it, without a trailing slash; null for none. */
        private static @Nullable String url(Server server) {
            String url = server.getUrl();
            // swagger-parser gives "/" when the spec names no server
            return url == null || url.equals("/") ? null : url.replaceAll("/+$", "");
        }

        private @Nullable Parameter parameter(io.swagger.v3.oas.models.parameters.Parameter p, String pointer) {
            if (p.get$ref() != null) {
                String ref = p.get$ref();
                String key = ref.substring(ref.lastIndexOf('/') + 1);
                var target = component(api.getComponents() == null ? null : api.getComponents().getParameters(), key);
                if (target == null) {
                    report(ParserCode.SpecOpenApiDegraded, pointer, "$ref `" + ref + "` names no parameter of the spec; the operation takes"
                            + " no such parameter", "define it under components/parameters");
                    return null;
                }
                p = target;
                pointer = "/components/parameters/" + Pointers.escape(key);
            }
            ParameterLocation in;
            try {
                in = ParameterLocation.valueOf(String.valueOf(p.getIn()).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                report(ParserCode.SpecOpenApiBroken, pointer, "parameter `" + p.getName() + "` is in `" + p.getIn() + "`", "use path, query, header or cookie");
                return null;
            }
            if (p.getName() == null || p.getName().isBlank()) {
                report(ParserCode.SpecOpenApiBroken, pointer, "a parameter without a name", "give it a name");
                return null;
            }
            var schema = p.getSchema();
            String schemaPointer = pointer + "/schema";
            if (schema == null && p.getContent() != null && !p.getContent().isEmpty()) {
                Map.Entry<String, MediaType> first = p.getContent().entrySet().iterator().next();
                schema = first.getValue().getSchema();
                schemaPointer = pointer + "/content/" + Pointers.escape(first.getKey()) + "/schema";
            }
            SchemaReader.Read r = schemas.body(schema, schemaPointer, SchemaReader.Side.PARAMETER);
            String style = p.getStyle() != null ? p.getStyle().toString()
                    : in == ParameterLocation.QUERY || in == ParameterLocation.COOKIE ? "form" : "simple";
            boolean explode = p.getExplode() != null ? p.getExplode() : style.equals("form");
            Object example = p.getExample() != null ? p.getExample() : schema == null ? null : schema.getExample();
            String description = p.getDescription() == null ? "" : p.getDescription().replaceAll("\\s+", " ").trim();
            return new Parameter(p.getName(), in, r.schema(), in == ParameterLocation.PATH || Boolean.TRUE.equals(p.getRequired()),
                    r.nullable(), description, SchemaReader.value(schema == null ? null : schema.getDefault()), SchemaReader.value(example),
                    Boolean.TRUE.equals(p.getDeprecated()), style, explode, at.at(pointers.of(pointer)));
        }

        private @Nullable Body requestBody(RequestBody rb, String pointer, String method, String path) {
            if (rb.get$ref() != null) {
                String key = rb.get$ref().substring(rb.get$ref().lastIndexOf('/') + 1);
                var target = component(api.getComponents() == null ? null : api.getComponents().getRequestBodies(), key);
                if (target == null) throw new Skipped("$ref `" + rb.get$ref() + "` names no request body of the spec", pointer,
                        "define it under components/requestBodies");
                rb = target;
                pointer = "/components/requestBodies/" + Pointers.escape(key);
            }
            return body(rb.getContent(), pointer, SchemaReader.Side.REQUEST, method, path, "request", true, null);
        }

        private Response response(String status, ApiResponse r, String pointer, String method, String path, @Nullable String streamEnd) {
            if (r.get$ref() != null) {
                SourceLocation here = at.at(pointers.of(pointer));
                String ref = r.get$ref();
                for (int hops = 0; r.get$ref() != null; hops++) {
                    String target = r.get$ref();
                    ApiResponse next = hops < 8 ? responseAt(target) : null;
                    if (next == null) {
                        report(ParserCode.SpecOpenApiDegraded, pointer, "$ref `" + ref + "` names no response of the spec; status " + status
                                + " reads as documented without a body", "define it under components/responses");
                        return new Response(status, null, here);
                    }
                    r = next;
                    pointer = target.substring(1);
                }
                return new Response(status, body(r.getContent(), pointer, SchemaReader.Side.RESPONSE, method, path, status, false, streamEnd), here,
                        headerNames(r));
            }
            if (r.getLinks() != null && !r.getLinks().isEmpty()) unmodeled(pointer + "/links", "links are");
            return new Response(status, body(r.getContent(), pointer, SchemaReader.Side.RESPONSE, method, path, status, false, streamEnd),
                    at.at(pointers.of(pointer)), headerNames(r));
        }

        /**
         * The names of a response's documented headers, in the spec's order: the keys of its {@code headers} map, so a
         * header given as a {@code $ref} to {@code components/headers} counts by the name it is given here. OpenAPI says a
         * {@code Content-Type} there is ignored, and so it is.
         */
        private static List<String> headerNames(ApiResponse r) {
            if (r.getHeaders() == null) return List.of();
            return r.getHeaders().keySet().stream().filter(n -> n != null && !n.isBlank() && !n.equalsIgnoreCase("Content-Type")).toList();
        }

        /**
         * The body of a content map, by its media type: a JSON one first ({@code application/json}, then any {@code +json}
         * type); else, for a request, {@code multipart/form-data}, then {@code application/x-www-form-urlencoded}, then the
         * first; for a response, {@code text/event-stream}, then the first. A JSON, event-stream, multipart or form body's
         * schema is read (an event stream's is its events' data); a binary or text body is bytes or text whatever its
         * schema says. A streamed alternative to a JSON response is named, not read.
         */
        private @Nullable Body body(@Nullable Content content, String pointer, SchemaReader.Side side, String method, String path,
                String role, boolean request, @Nullable String streamEnd) {
            if (content == null || content.isEmpty()) return null;
            Map.Entry<String, MediaType> chosen = null;
            for (Map.Entry<String, MediaType> e : content.entrySet()) {
                String type = e.getKey().toLowerCase(Locale.ROOT);
                if (type.startsWith("application/json")) {
                    chosen = e;
                    break;
                }
                if (chosen == null && (type.contains("+json") || type.endsWith("/json") || type.equals("*/*"))) chosen = e;
            }
            if (chosen == null) {
                List<MediaKind> order = request ? List.of(MediaKind.MULTIPART, MediaKind.FORM) : List.of(MediaKind.EVENT_STREAM);
                for (MediaKind wanted : order) {
                    for (Map.Entry<String, MediaType> e : content.entrySet()) {
                        if (chosen == null && MediaKind.of(e.getKey()) == wanted) chosen = e;
                    }
                }
            }
            if (chosen == null) {
                Map.Entry<String, MediaType> first = content.entrySet().iterator().next();
                String ptr = pointer + "/content/" + Pointers.escape(first.getKey());
                if (MediaKind.of(first.getKey()) == MediaKind.OTHER) unmodeled(ptr, "a " + first.getKey() + " " + (request ? "request" : "response") + " body is");
                // bytes or text: the schema (type: string, format: binary) says no more than the media type
                return new Body(first.getKey(), null, null, at.at(pointers.of(ptr)));
            }
            if (!request && MediaKind.of(chosen.getKey()) == MediaKind.JSON) {
                for (String other : content.keySet()) {
                    if (MediaKind.of(other) == MediaKind.EVENT_STREAM) {
                        unmodeled(pointer + "/content/" + Pointers.escape(other), "a " + other + " response beside the JSON one is");
                    }
                }
            }
            String ptr = pointer + "/content/" + Pointers.escape(chosen.getKey());
            MediaType mt = chosen.getValue();
            SchemaReader.Read r = schemas.body(mt == null ? null : mt.getSchema(), ptr + "/schema", side);
            String key = method + " " + ApiModel.normalizedPath(path) + " " + role.toLowerCase(Locale.ROOT);
            if (r.component() != null) typeNames.putIfAbsent(key, r.component());
            for (Map.Entry<String, String> f : schemas.fieldNames().entrySet()) {
                typeNames.putIfAbsent(f.getKey().isEmpty() ? key : key + " " + f.getKey(), f.getValue());
            }
            Object example = mt == null ? null : mt.getExample();
            if (example == null && mt != null && mt.getExamples() != null && !mt.getExamples().isEmpty()) {
                example = mt.getExamples().values().iterator().next().getValue();
            }
            if (example == null && mt != null && mt.getSchema() != null) example = mt.getSchema().getExample();
            String type = chosen.getKey().equals("*/*") ? "application/json" : chosen.getKey();
            Map<String, String> partTypes = new TreeMap<>();
            if (mt != null && mt.getEncoding() != null && MediaKind.of(type) == MediaKind.MULTIPART) {
                mt.getEncoding().forEach((field, encoding) -> {
                    if (encoding != null && encoding.getContentType() != null && !encoding.getContentType().isBlank()) {
                        partTypes.put(field, encoding.getContentType().strip());
                    }
                });
            }
            Schema schema = mt == null || mt.getSchema() == null ? null : r.schema();
            if ((MediaKind.of(type) == MediaKind.MULTIPART || MediaKind.of(type) == MediaKind.FORM)
                    && schema instanceof Schema.RefSchema ref && schemas.components().get(ref.key()) != null) {
                // a form's fields are what a client sends: the component's own, not a JSON value of it
                schema = schemas.components().get(ref.key()).schema();
            }
            return new Body(type, schema, SchemaReader.value(example), at.at(pointers.of(ptr)), partTypes,
                    MediaKind.of(type) == MediaKind.EVENT_STREAM ? streamEnd : null);
        }

        private List<SecurityScheme> securitySchemes() {
            List<SecurityScheme> out = new ArrayList<>();
            if (api.getComponents() == null || api.getComponents().getSecuritySchemes() == null) return out;
            for (var e : api.getComponents().getSecuritySchemes().entrySet()) {
                var s = e.getValue();
                String id = e.getKey();
                String ptr = "/components/securitySchemes/" + Pointers.escape(id);
                if (s == null || s.getType() == null) continue;
                switch (s.getType()) {
                    case HTTP -> {
                        String scheme = s.getScheme() == null ? "bearer" : s.getScheme().toLowerCase(Locale.ROOT);
                        if (!scheme.equals("bearer") && !scheme.equals("basic")) {
                            report(ParserCode.SpecOpenApiApproximated, ptr, "HTTP scheme `" + scheme + "` reads as a bearer token", null);
                            scheme = "bearer";
                        }
                        out.add(new SecurityScheme(id, "http", scheme, null, null, false));
                    }
                    case APIKEY -> {
                        ParameterLocation in = s.getIn() == null ? ParameterLocation.HEADER
                                : ParameterLocation.valueOf(s.getIn().toString().toUpperCase(Locale.ROOT));
                        out.add(new SecurityScheme(id, "apiKey", null, in, s.getName() == null ? id : s.getName(), false));
                    }
                    case OAUTH2 -> {
                        var flow = s.getFlows() == null ? null : s.getFlows().getClientCredentials();
                        if (flow != null && flow.getTokenUrl() != null && !flow.getTokenUrl().isBlank()) {
                            // the one flow a client can run on its own: it fetches and renews the token itself
                            List<String> scopes = flow.getScopes() == null ? List.of() : new ArrayList<>(flow.getScopes().keySet());
                            out.add(SecurityScheme.clientCredentials(id, flow.getTokenUrl().trim(), scopes));
                        } else {
                            report(ParserCode.SpecOpenApiApproximated, ptr, s.getType() + " scheme `" + id + "` has no client-credentials flow"
                                    + " and reads as a bearer token: the client takes a token, and getting one is yours", null);
                            out.add(new SecurityScheme(id, "http", "bearer", null, null, false));
                        }
                    }
                    default -> {
                        report(ParserCode.SpecOpenApiApproximated, ptr, s.getType() + " scheme `" + id
                                + "` reads as a bearer token: the client takes a token, and getting one is yours", null);
                        out.add(new SecurityScheme(id, "http", "bearer", null, null, false));
                    }
                }
            }
            return out;
        }

        /**
         * The response a local ref names: a component ({@code #/components/responses/X}), or another operation's
         * response ({@code #/paths/~1pets/get/responses/401}), which real specs use and swagger-parser leaves unresolved.
         */
        private @Nullable ApiResponse responseAt(String ref) {
            if (ref.startsWith("#/components/responses/")) {
                return component(api.getComponents() == null ? null : api.getComponents().getResponses(), Pointers.unescape(
                        ref.substring("#/components/responses/".length())));
            }
            String[] parts = ref.split("/", -1);
            if (parts.length != 6 || !parts[0].equals("#") || !parts[1].equals("paths") || !parts[4].equals("responses") || api.getPaths() == null) {
                return null;
            }
            PathItem item = api.getPaths().get(Pointers.unescape(parts[2]));
            if (item == null) return null;
            Operation op;
            try {
                op = item.readOperationsMap().get(PathItem.HttpMethod.valueOf(parts[3].toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return null;
            }
            return op == null || op.getResponses() == null ? null : op.getResponses().get(Pointers.unescape(parts[5]));
        }

        /** A named component of one kind (parameters, request bodies, responses), when the spec has it. */
        private static <T> @Nullable T component(@Nullable Map<String, T> components, String name) {
            return components == null ? null : components.get(name);
        }

        private void unmodeled(String pointer, String what) {
            report(ParserCode.SpecOpenApiUnmodeled, pointer, what + " not modeled", null);
        }

        private void report(ParserCode code, String pointer, String message, @Nullable String hint) {
            sink.report(code, at.at(pointers.of(pointer)), message, hint);
        }
    }
}
