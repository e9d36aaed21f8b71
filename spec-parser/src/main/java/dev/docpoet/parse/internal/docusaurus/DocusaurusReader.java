package dev.docpoet.parse.internal.docusaurus;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.docpoet.parse.internal.DiagnosticSink;
import dev.docpoet.parse.internal.FrontMatter;
import dev.docpoet.parse.internal.Includes;
import dev.docpoet.parse.internal.SourceText;
import dev.docpoet.parse.internal.openapi.OpenApiReader;
import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.Dialect;
import dev.docpoet.spec.ParserCode;
import dev.docpoet.spec.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a page docusaurus-openapi-docs generated ({@code *.api.mdx}). Such a page carries its operation exactly, as
 * OpenAPI: in its {@code api:} front matter (base64 of the zlib-deflated JSON, or of the JSON), and in its components'
 * props ({@code <MethodEndpoint method path>}, {@code <ParamsDetails parameters={[…]}>}, {@code <RequestSchema body={{…}}>},
 * {@code <StatusCodes responses={{…}}>}, or JSON files those props import). The operation is put into a one-operation
 * spec and read by the spec reader, so the page gives exactly the model its spec would; every location is then moved
 * back onto the page (into the props, to the character; onto the {@code api:} line for the encoded operation).
 */
public final class DocusaurusReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern COMPONENTS = Pattern.compile("<(?:MethodEndpoint|ParamsDetails|StatusCodes)\\b");
    /** What an OpenAPI operation holds; the generator's own keys ({@code jsonRequestBodyExample}, {@code postman}, …) are left out. */
    private static final Set<String> OPERATION_KEYS = Set.of("summary", "description", "operationId", "parameters", "requestBody",
            "responses", "deprecated", "security", "servers", "tags", "externalDocs");
    /** A component's props spread from a JSON file: {@code <ParamsDetails {...require("./x.ParamsDetails.json")}>}. */
    private static final Pattern SPREAD_REQUIRE = Pattern.compile("\\{\\s*\\.\\.\\.\\s*require\\(\\s*[\"']([^\"']+\\.json)[\"']\\s*\\)\\s*}");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+(\\w+)\\s+from\\s+[\"']([^\"']+\\.json)[\"'];?");

    private final SourceText src;
    private final DiagnosticSink sink;
    private final Includes includes;

    public DocusaurusReader(SourceText src, DiagnosticSink sink, Includes includes) {
        this.src = src;
        this.sink = sink;
        this.includes = includes;
    }

    /**
     * Whether a page is one docusaurus-openapi-docs generated: its {@code api:} front matter is an encoded operation or a
     * mapping (never Mintlify's {@code GET /path}), or it has the generator's endpoint and schema components.
     */
    public static boolean looksLike(String text, FrontMatter fm) {
        if (EmbeddedOperation.looksEncoded(fm.get("api"))) return true;
        // a mapping under api: is the operation only with the generator's sidebar class ("get api-method"); ReadMe's
        // api: {file, operationId} is another thing
        String sidebar = fm.get("sidebar_class_name");
        if (fm.offsets().containsKey("api") && fm.get("api") == null && sidebar != null && sidebar.contains("api-method")) return true;
        return text.contains("<MethodEndpoint") && COMPONENTS.matcher(text).results().count() >= 2;
    }

    public ApiDocument read(FrontMatter fm) {
        String title = fm.get("title");
        // the props, when the page has them, place each value where it is written; api: places all on its line
        boolean props = hasProps(fm);
        SpecText spec = props ? fromProps(fm, decodedApi(fm)) : null;
        if (spec == null) spec = fromFrontMatter(fm);
        if (spec == null && !props) spec = fromProps(fm, null);
        if (spec == null) {
            sink.report(ParserCode.SpecNoEndpoint, src.location(fm.bodyStart()), "page declares no endpoint",
                    "a docusaurus-openapi-docs page has its operation in `api:` or in <MethodEndpoint method={…} path={…}>");
            return new ApiDocument(src.name(), Dialect.DOCUSAURUS_OPENAPI, title, List.of(), sink.all());
        }
        ApiDocument read = OpenApiReader.read(src.name(), spec.text(), null, null);
        SpecText at = spec;
        ApiDocument moved = new Relocation(l -> l.file().equals(src.name()) ? src.location(at.pageOffset(l)) : l)
                .document(read, src.name(), Dialect.DOCUSAURUS_OPENAPI, title);
        List<Diagnostic> all = new ArrayList<>(sink.all());
        all.addAll(moved.diagnostics());
        return new ApiDocument(moved.source(), moved.dialect(), moved.title(), moved.endpoints(), all, moved.securitySchemes(),
                moved.typeNames(), moved.components(), moved.servers());
    }

    /** Whether the page shows the operation in props too: a {@code <MethodEndpoint>} and one of the parts' components. */
    private boolean hasProps(FrontMatter fm) {
        String text = src.text();
        return Tag.find(text, "MethodEndpoint", fm.bodyStart()) != null && (Tag.find(text, "ParamsDetails", fm.bodyStart()) != null
                || Tag.find(text, "RequestSchema", fm.bodyStart()) != null || Tag.find(text, "StatusCodes", fm.bodyStart()) != null);
    }

    /** The operation in {@code api:} when it decodes, quietly: {@link #fromFrontMatter} reports why it does not. */
    private @Nullable JsonNode decodedApi(FrontMatter fm) {
        if (!fm.offsets().containsKey("api")) return null;
        try {
            String value = fm.get("api");
            JsonNode op = value != null ? JSON.readTree(EmbeddedOperation.decode(value)) : yamlApi(fm);
            return op != null && op.isObject() ? op : null;
        } catch (EmbeddedOperation.Undecodable | JsonProcessingException e) {
            return null;
        }
    }

    /** The operation in {@code api:}, with every location on that line. */
    private @Nullable SpecText fromFrontMatter(FrontMatter fm) {
        if (!fm.offsets().containsKey("api")) return null;
        int at = fm.offsetOf("api");
        JsonNode op;
        try {
            String value = fm.get("api");
            op = value != null ? JSON.readTree(EmbeddedOperation.decode(value)) : yamlApi(fm);
        } catch (EmbeddedOperation.Undecodable | JsonProcessingException e) {
            sink.report(ParserCode.SpecBadEmbeddedOperation, src.location(at), "the operation in `api:` does not read: "
                    + e.getMessage(), "generate the page again (docusaurus gen-api-docs)");
            return null;
        }
        if (op == null || !op.isObject() || !op.path("method").isTextual() || !op.path("path").isTextual()) {
            sink.report(ParserCode.SpecBadEmbeddedOperation, src.location(at), "the operation in `api:` names no method and path",
                    "generate the page again (docusaurus gen-api-docs)");
            return null;
        }
        SpecText spec = new SpecText(at);
        ObjectNode operation = JSON.createObjectNode();
        op.fields().forEachRemaining(f -> {
            if (OPERATION_KEYS.contains(f.getKey())) operation.set(f.getKey(), f.getValue());
        });
        if (!operation.has("responses")) operation.putObject("responses");
        // the page's title is the operation's summary when the operation states none (the generator writes it there)
        if (!operation.hasNonNull("summary") && fm.get("title") != null) operation.put("summary", fm.get("title"));
        String version = version(op.toString());
        spec.add(head(version, op.path("path").asText(), op.path("method").asText(), op.path("info").path("title").asText(""))
                + "\"paths\":{" + q(op.path("path").asText()) + ":{" + q(op.path("method").asText().toLowerCase(java.util.Locale.ROOT))
                + ":" + operation + "}}");
        if (op.path("securitySchemes").isObject()) spec.add(",\"components\":{\"securitySchemes\":" + op.path("securitySchemes") + "}");
        spec.add("}");
        return spec;
    }

    private static final Pattern NULLABLE = Pattern.compile("\"nullable\"\\s*:\\s*true");
    private static final Pattern TYPE_LIST = Pattern.compile("\"type\"\\s*:\\s*\\[");

    /** The OpenAPI version the operation's JSON is written for: 3.1 when a type is a list and nothing says nullable. */
    private static String version(String json) {
        return NULLABLE.matcher(json).find() || !TYPE_LIST.matcher(json).find() ? "3.0.3" : "3.1.0";
    }

    /** {@code api:} written as a YAML mapping (compression off in older versions). */
    private @Nullable JsonNode yamlApi(FrontMatter fm) {
        java.util.Map<?, ?> api = fm.mapping(src, "api");
        return api == null ? null : JSON.valueToTree(api);
    }

    /**
     * The operation in the components' props, each prop's JSON kept where it stands on the page; with the operation of
     * {@code api:} ({@code api}), its servers, security and security schemes, which no prop shows, and its method and path
     * when {@code <MethodEndpoint>} lacks them.
     */
    private @Nullable SpecText fromProps(FrontMatter fm, @Nullable JsonNode api) {
        String text = src.text();
        Tag endpoint = Tag.find(text, "MethodEndpoint", fm.bodyStart());
        if (endpoint == null) return null;
        Prop method = endpoint.prop("method");
        Prop path = endpoint.prop("path");
        String m = method == null ? null : unquote(method.value());
        String p = path == null ? null : unquote(path.value());
        if (m == null && api != null && api.path("method").isTextual()) m = api.path("method").asText();
        if (p == null && api != null && api.path("path").isTextual()) p = api.path("path").asText();
        if (m == null || p == null) {
            sink.report(ParserCode.SpecBadEmbeddedOperation, src.location(endpoint.start()), "<MethodEndpoint> names no method and path",
                    "generate the page again (docusaurus gen-api-docs)");
            return null;
        }
        SpecText spec = new SpecText(endpoint.start());
        String description = fm.get("description");
        spec.add(head(version(text.substring(fm.bodyStart())), p, m, "") + "\"paths\":{" + q(p) + ":{" + q(m.toLowerCase(java.util.Locale.ROOT)) + ":{"
                + (fm.get("title") != null ? "\"summary\":" + q(fm.get("title")) + "," : "")
                + (description != null ? "\"description\":" + q(description) + "," : "")
                + (api != null && api.has("security") ? "\"security\":" + api.get("security") + "," : "")
                + (api != null && api.has("servers") ? "\"servers\":" + api.get("servers") + "," : ""));
        propInto(spec, Tag.find(text, "ParamsDetails", fm.bodyStart()), "parameters", "parameters");
        propInto(spec, Tag.find(text, "RequestSchema", fm.bodyStart()), "body", "requestBody");
        if (!propInto(spec, Tag.find(text, "StatusCodes", fm.bodyStart()), "responses", "responses")) spec.add("\"responses\":{}");
        else spec.trimComma();
        spec.add("}}}");
        if (api != null && api.path("securitySchemes").isObject()) spec.add(",\"components\":{\"securitySchemes\":" + api.path("securitySchemes") + "}");
        spec.add("}");
        return spec;
    }

    /** Adds {@code "key": value,} for a prop that holds JSON (inline, or a JSON file it imports); false when it holds none. */
    private boolean propInto(SpecText spec, @Nullable Tag tag, String prop, String key) {
        Prop p = tag == null ? null : tag.prop(prop);
        if (p == null) return tag != null && spreadInto(spec, tag, prop, key);
        String v = p.value().strip();
        if (v.equals("undefined") || v.equals("null") || v.isEmpty()) return false;
        if (v.startsWith("{") || v.startsWith("[")) {
            try {
                JSON.readTree(v);
            } catch (JsonProcessingException e) {
                sink.report(ParserCode.SpecBadEmbeddedOperation, src.location(p.offset()), "the " + prop + " of <" + tag.name()
                        + "> is not JSON: " + e.getOriginalMessage() + "; it is left out", "generate the page again (docusaurus gen-api-docs)");
                return false;
            }
            spec.add(q(key) + ":");
            spec.verbatim(p.value(), p.offset());
            spec.add(",");
            return true;
        }
        Matcher imp = IMPORT.matcher(src.text());
        while (imp.find()) {
            if (!imp.group(1).equals(v)) continue;
            // an import is relative to the page, as the bundler resolves it
            SourceText file = includes.relative(imp.group(2));
            if (file == null) {
                missingFile(imp.start(), imp.group(2), tag, prop);
                return false;
            }
            try {
                JSON.readTree(file.text());
            } catch (JsonProcessingException e) {
                notJson(imp.start(), imp.group(2), tag, prop, file, e);
                return false;
            }
            spec.add(q(key) + ":" + file.text().strip() + ",");
            return true;
        }
        return false;
    }

    /**
     * Adds {@code "key": value,} from the JSON file a component spreads as its props ({@code {...require("./x.json")}},
     * as newer generators write every component): the file's {@code prop} member. False when there is none.
     */
    private boolean spreadInto(SpecText spec, Tag tag, String prop, String key) {
        Matcher spread = SPREAD_REQUIRE.matcher(tag.text());
        if (!spread.find()) return false;
        int at = tag.start() + spread.start();
        SourceText file = includes.relative(spread.group(1));
        if (file == null) {
            missingFile(at, spread.group(1), tag, "props");
            return false;
        }
        String value;
        try {
            value = member(file.text(), prop);
        } catch (JsonProcessingException e) {
            notJson(at, spread.group(1), tag, "props", file, e);
            return false;
        }
        if (value == null || value.equals("null")) return false;
        spec.add(q(key) + ":" + value + ",");
        return true;
    }

    /** A JSON file a component reads its {@code what} from (a prop, or all its props) is not in the docs folder. */
    private void missingFile(int at, String path, Tag tag, String what) {
        sink.report(ParserCode.SpecSnippetMissing, src.location(at), "`" + path + "`, which <" + tag.name() + "> reads its " + what
                + " from, is no file of the docs folder; it is left out", "generate the page again, with its JSON files");
    }

    /** A JSON file a component reads its {@code what} from is not JSON: located at the component, the file's place said. */
    private void notJson(int at, String path, Tag tag, String what, SourceText file, JsonProcessingException e) {
        sink.report(ParserCode.SpecBadEmbeddedOperation, src.location(at), "`" + path + "`, which <" + tag.name() + "> reads its " + what
                + " from, is not JSON (" + file.name() + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr() + ": "
                + e.getOriginalMessage() + "); it is left out", "generate the page again, with its JSON files");
    }

    /**
     * The text of a top-level member of a JSON object, as the file writes it: read back through a tree, {@code 2.50}
     * would become {@code 2.5} and a long decimal a double. Null when the object has no such member.
     */
    private static @Nullable String member(String json, String name) throws JsonProcessingException {
        try (JsonParser p = JSON.getFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) return null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                int start = (int) p.currentTokenLocation().getCharOffset();
                p.skipChildren();
                int end = (int) p.currentLocation().getCharOffset();
                if (field.equals(name)) return json.substring(start, end);
            }
            return null;
        } catch (JsonProcessingException e) {
            throw e;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String head(String version, String path, String method, String title) {
        return "{\"openapi\":" + q(version) + ",\"info\":{\"title\":" + q(title.isEmpty() ? method.toUpperCase(java.util.Locale.ROOT) + " " + path : title)
                + ",\"version\":\"1\"},\n";
    }

    private static String q(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            return "\"\"";
        }
    }

    private static @Nullable String unquote(String v) {
        String t = v.strip();
        if (t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("'") && t.endsWith("'"))) return t.substring(1, t.length() - 1);
        return null;
    }

    /** A component's opening tag on the page: its name, where it starts, and its text up to the closing {@code >}. */
    private record Tag(String name, int start, String text) {
        static @Nullable Tag find(String page, String name, int from) {
            Matcher m = Pattern.compile("<" + name + "\\b").matcher(page);
            if (!m.find(from)) return null;
            int end = Props.tagEnd(page, m.end());
            return new Tag(name, m.start(), page.substring(m.start(), end));
        }

        @Nullable Prop prop(String prop) {
            return Props.find(text, prop, start);
        }
    }

    /** A prop's value between its braces ({@code parameters={[…]}}), and the page offset where the value starts. */
    record Prop(String value, int offset) {}

    /** The spec text put together, and which of its characters stand where on the page. */
    private static final class SpecText {
        private final StringBuilder text = new StringBuilder();
        /** Runs copied from the page: start in the spec text, start on the page, length. */
        private final List<int[]> runs = new ArrayList<>();
        private final int anchor;
        private int[] lineStarts;

        SpecText(int anchor) {
            this.anchor = anchor;
        }

        void add(String s) {
            text.append(s);
        }

        void verbatim(String s, int pageOffset) {
            runs.add(new int[] {text.length(), pageOffset, s.length()});
            text.append(s);
        }

        void trimComma() {
            if (text.length() > 0 && text.charAt(text.length() - 1) == ',') text.setLength(text.length() - 1);
        }

        String text() {
            return text.toString();
        }

        /** Where a location in the spec text is on the page: in a copied run, exactly; elsewhere, at the anchor. */
        int pageOffset(SourceLocation l) {
            if (lineStarts == null) {
                List<Integer> starts = new ArrayList<>();
                starts.add(0);
                for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts.add(i + 1);
                lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
            }
            if (l.line() < 1 || l.line() > lineStarts.length) return anchor;
            int off = lineStarts[l.line() - 1] + l.column() - 1;
            for (int[] r : runs) {
                if (off >= r[0] && off < r[0] + r[2]) return r[1] + off - r[0];
            }
            return anchor;
        }
    }
}
