package dev.docpoet.parse.internal.readme;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.docpoet.parse.internal.BodyDraft;
import dev.docpoet.parse.internal.DiagnosticSink;
import dev.docpoet.parse.internal.Ellipses;
import dev.docpoet.parse.internal.EndpointDraft;
import dev.docpoet.parse.internal.Fences;
import dev.docpoet.parse.internal.FieldNode;
import dev.docpoet.parse.internal.FieldTree;
import dev.docpoet.parse.internal.FrontMatter;
import dev.docpoet.parse.internal.Includes;
import dev.docpoet.parse.internal.Kind;
import dev.docpoet.parse.internal.LocatedJson;
import dev.docpoet.parse.internal.PageDraft;
import dev.docpoet.parse.internal.ProseSpan;
import dev.docpoet.parse.internal.SourceText;
import dev.docpoet.parse.internal.Text;
import dev.docpoet.parse.internal.TypeCells;
import dev.docpoet.spec.ParameterLocation;
import dev.docpoet.spec.ParserCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a ReadMe page. An endpoint is an API header block whose type is a method and whose title is a path
 * ({@code [block:api-header] {"type": "get", "title": "/campaigns/:status"}}) or a line that starts with a method and a
 * path ({@code `POST /v1/orders`}); each {@code [block:parameters]} table after it documents its parameters, request
 * fields or response fields, as the heading above the table says ("Path parameters", "Request body", "Response 200"),
 * with columns named freely (name, type, required, description, default, example, in; in any of several languages); each
 * JSON code of a {@code [block:code]} is an example, of the request or response its heading or name says.
 */
public final class ReadMeReader {
    /** A block at a line's start: one inside a sentence or inline code is about ReadMe. */
    private static final Pattern BLOCK = Pattern.compile("(?m)^[ \\t]*+\\[block:(?:parameters|api-header|code)]");
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE");
    /** {@code GET /x}, {@code **POST** `https://api.example.com/v1/x`}, at a line's start. */
    private static final Pattern ENDPOINT_LINE = Pattern.compile(
            "(?m)^[ \\t>*_`#-]*+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)[*_`]*+[ \\t]++[*_`]*+((?:https?://|/)[^\\s`*]*+)[`*_]*+[ \\t]*+$");
    private static final Pattern HEADING = Pattern.compile("(?m)^[ \\t]{0,3}#{1,6}[ \\t]++([^\\n]*+)$|^[ \\t]*\\*\\*([^*\\n]{1,80})\\*\\*:?[ \\t]*$");
    private static final Pattern STATUS = Pattern.compile("\\b([1-5]\\d\\d)\\b");
    private static final Pattern RESPONSE_WORD = Pattern.compile("(?i)respon|return|result|output|respuesta|resposta|réponse|antwort|ответ|响应|応答|응답");
    private static final Pattern REQUEST_WORD = Pattern.compile("(?i)request|body|payload|input|form|solicitud|requisi|corpo|cuerpo|запрос|请求|要求|요청");
    private static final Pattern ERROR_WORD = Pattern.compile("(?i)\\berror|failure|fail");
    private static final Pattern YES = Pattern.compile("(?i)^(?:yes|y|true|required|mandatory|x|✓|✔|sí|si|sim|oui|ja|да|是|必須|필수|obligatorio|obrigatório|obrigatorio|requerido|required\\*?)$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([\\w.-]+)\\s*}}|(?<=/):([A-Za-z_]\\w*)");

    private final SourceText src;
    private final DiagnosticSink sink;
    private final FieldTree tree;
    private final Includes includes;
    /** The page's code fences: a {@code # comment} or a {@code GET /x} line in one is code, not a heading or an endpoint. */
    private List<Fences.Fence> fences = List.of();

    public ReadMeReader(SourceText src, DiagnosticSink sink) {
        this(src, sink, Includes.NONE);
    }

    public ReadMeReader(SourceText src, DiagnosticSink sink, Includes includes) {
        this.src = src;
        this.sink = sink;
        this.tree = new FieldTree(sink);
        this.includes = includes;
    }

    /**
     * Whether a page is ReadMe's: an API page of its Git sync ({@code api: {file: …, operationId: …}} front matter), or a
     * page with a parameters, code or API header block outside its code fences.
     */
    public static boolean looksLike(SourceText src, FrontMatter fm) {
        Map<?, ?> api = fm.mapping(src, "api");
        if (api != null && api.get("operationId") != null && api.get("file") != null) return true;
        return looksLike(src.text());
    }

    /** Whether a page has a ReadMe parameters, code or API header block at a line's start outside its code fences, however indented. */
    public static boolean looksLike(String text) {
        Matcher m = BLOCK.matcher(text);
        List<Fences.Fence> fences = null;
        while (m.find()) {
            if (fences == null) fences = Fences.anyIndent(text);
            if (!dev.docpoet.parse.internal.Fences.inside(fences, m.start())) return true;
        }
        return false;
    }

    /** Where a table or example goes: the section its heading names. */
    private record Section(@Nullable String heading, @Nullable ParameterLocation in, boolean request, @Nullable String status) {
        static final Section NONE = new Section(null, null, false, null);
    }

    public PageDraft read(FrontMatter fm) {
        PageDraft page = new PageDraft();
        page.title = fm.get("title");
        String text = src.text();
        fences = Fences.of(text);
        List<MagicBlock> blocks = MagicBlock.scan(text, fm.bodyStart(), fences);
        EndpointDraft ep = specOperation(page, fm);
        Section section = Section.NONE;
        int at = fm.bodyStart();
        for (int b = 0; b <= blocks.size(); b++) {
            MagicBlock block = b < blocks.size() ? blocks.get(b) : null;
            int proseEnd = block == null ? text.length() : block.start();
            // the prose before the block: headings set the section, a method and a path start an endpoint
            for (Event e : events(at, proseEnd)) {
                if (e.method != null && e.target != null) {
                    ep = endpoint(page, fm, e.method, e.target, e.offset);
                    section = Section.NONE;
                } else {
                    section = section(e.heading, ep);
                }
            }
            if (ep != null && proseEnd > at) ep.prose.add(new ProseSpan(text.substring(at, proseEnd), at));
            if (block == null) break;
            at = block.end();
            if (!block.closed()) {
                sink.report(ParserCode.SpecBadBlock, src.location(block.start()), "[block:" + block.type() + "] is never closed",
                        "end it with [/block]");
            }
            LocatedJson json = blockJson(block);
            if (json == null) continue;
            switch (block.type()) {
                case "api-header" -> {
                    String type = json.root().path("type").asText("").toUpperCase(Locale.ROOT);
                    String title = json.root().path("title").asText("").strip();
                    if (METHODS.contains(type) && (title.startsWith("/") || title.contains("://"))) {
                        ep = endpoint(page, fm, type, title, block.start());
                        section = Section.NONE;
                    } else {
                        section = section(title, ep);
                    }
                }
                case "parameters" -> {
                    if (ep != null) table(ep, section, json);
                }
                case "code" -> {
                    if (ep != null) codes(ep, section, json);
                }
                default -> { }
            }
        }
        return page;
    }

    /**
     * The endpoint of an API page of ReadMe's Git sync, {@code api: {file: openapi.json, operationId: getPet}}: the
     * operation of that id in that spec (found from the page's folder up), which {@code StubResolver} then reads from
     * the spec as it does a Mintlify stub's; the page's own tables and examples refine it.
     */
    private @Nullable EndpointDraft specOperation(PageDraft page, FrontMatter fm) {
        Map<?, ?> api = fm.mapping(src, "api");
        if (api == null || api.get("file") == null || api.get("operationId") == null) return null;
        String file = api.get("file").toString().strip();
        String id = api.get("operationId").toString().strip();
        SourceText spec = includes.find(file, false);
        OperationIds.Operation op = spec == null ? null : OperationIds.find(spec.text(), id);
        if (op == null) {
            sink.report(ParserCode.SpecStubUnresolved, src.location(fm.offsetOf("api")), "page points at operation `" + id + "` of "
                    + file + ", but " + (spec == null ? "there is no " + file + " from its folder up to the docs folder"
                    : file + " has no operation of that id") + "; docpoet reads only what the page documents",
                    "put the spec beside the pages, or correct the operationId");
            return null;
        }
        EndpointDraft ep = new EndpointDraft(op.method(), op.path(), src.location(fm.offsetOf("api")));
        ep.specReference = (file.contains(" ") ? "" : file + " ") + op.method() + " " + op.path();
        ep.title = fm.get("title");
        String excerpt = fm.get("excerpt");
        if (excerpt != null && !excerpt.isBlank()) ep.description = Text.normalize(excerpt);
        sink.report(ParserCode.SpecSpecReference, src.location(fm.offsetOf("api")), "page refers to operation `" + id + "` of " + file, null);
        page.endpoints.add(ep);
        return ep;
    }

    /** A heading or an endpoint line in prose, at its offset. */
    private record Event(int offset, @Nullable String heading, @Nullable String method, @Nullable String target) {}

    private List<Event> events(int from, int to) {
        List<Event> out = new ArrayList<>();
        String slice = src.text().substring(from, to);
        Matcher h = HEADING.matcher(slice);
        while (h.find()) if (!Fences.inside(fences, from + h.start())) out.add(new Event(from + h.start(), h.group(1) != null ? Text.headingText(h.group(1)) : h.group(2), null, null));
        Matcher e = ENDPOINT_LINE.matcher(slice);
        while (e.find()) if (!Fences.inside(fences, from + e.start())) out.add(new Event(from + e.start(), null, e.group(1), e.group(2)));
        out.sort((a, b) -> Integer.compare(a.offset, b.offset));
        return out;
    }

    private EndpointDraft endpoint(PageDraft page, FrontMatter fm, String method, String target, int offset) {
        String t = target.strip();
        String base = null;
        int scheme = t.indexOf("://");
        if (scheme >= 0) {
            int slash = t.indexOf('/', scheme + 3);
            base = slash < 0 ? t : t.substring(0, slash);
            t = slash < 0 ? "/" : t.substring(slash);
        }
        int q = t.indexOf('?');
        if (q >= 0) t = t.substring(0, q);
        EndpointDraft ep = new EndpointDraft(method.toUpperCase(Locale.ROOT), placeholders(t), src.location(offset));
        ep.baseUrl = base == null ? null : placeholders(base);
        ep.title = page.endpoints.isEmpty() ? fm.get("title") : null;
        String excerpt = fm.get("excerpt");
        if (page.endpoints.isEmpty() && excerpt != null && !excerpt.isBlank()) ep.description = Text.normalize(excerpt);
        page.endpoints.add(ep);
        return ep;
    }

    /** Express's {@code :id} and Postman's {@code {{id}}} are the path template's {@code {id}}. */
    private static String placeholders(String path) {
        return PLACEHOLDER.matcher(path).replaceAll(m -> "{" + (m.group(1) != null ? m.group(1) : m.group(2)) + "}");
    }

    private static Section section(@Nullable String heading, @Nullable EndpointDraft ep) {
        if (heading == null) return Section.NONE;
        String h = heading.toLowerCase(Locale.ROOT);
        Matcher st = STATUS.matcher(h);
        String status = st.find() ? st.group(1) : null;
        if (RESPONSE_WORD.matcher(h).find() || status != null) {
            return new Section(heading, null, false, status != null ? status : ERROR_WORD.matcher(h).find() ? "default" : "200");
        }
        if (h.contains("path")) return new Section(heading, ParameterLocation.PATH, false, null);
        if (h.contains("query")) return new Section(heading, ParameterLocation.QUERY, false, null);
        if (h.contains("header")) return new Section(heading, ParameterLocation.HEADER, false, null);
        if (h.contains("cookie")) return new Section(heading, ParameterLocation.COOKIE, false, null);
        if (REQUEST_WORD.matcher(h).find()) return new Section(heading, null, true, null);
        if (h.contains("param") || h.contains("argument")) {
            boolean body = ep != null && !ep.method.equals("GET") && !ep.method.equals("DELETE") && !ep.method.equals("HEAD");
            return new Section(heading, body ? null : ParameterLocation.QUERY, body, null);
        }
        return new Section(heading, null, false, null);
    }

    private @Nullable LocatedJson blockJson(MagicBlock block) {
        String text = src.text();
        int start = block.jsonStart();
        while (start < block.jsonEnd() && Character.isWhitespace(text.charAt(start))) start++;
        if (start >= block.jsonEnd()) return null;
        try {
            return LocatedJson.read(text, start, block.jsonEnd(), true);
        } catch (LocatedJson.Failure f) {
            sink.report(ParserCode.SpecBadBlock, src.location(f.offset), "the JSON of [block:" + block.type() + "] does not read: "
                    + f.getMessage() + "; the block is left out", "fix the block's JSON (ReadMe's editor writes it)");
            return null;
        }
    }

    // ---- tables

    private void table(EndpointDraft ep, Section section, LocatedJson json) {
        JsonNode data = json.root().path("data");
        if (!data.isObject()) return;
        Map<Integer, String> headers = new TreeMap<>();
        Map<Integer, Map<Integer, String>> rows = new TreeMap<>();
        data.fields().forEachRemaining(f -> {
            String k = f.getKey();
            String v = f.getValue().isValueNode() ? f.getValue().asText() : "";
            if (k.matches("h-\\d{1,4}")) {
                headers.put(Integer.parseInt(k.substring(2)), v);
            } else if (k.matches("\\d{1,5}-\\d{1,4}")) {
                int dash = k.indexOf('-');
                rows.computeIfAbsent(Integer.parseInt(k.substring(0, dash)), r -> new TreeMap<>()).put(Integer.parseInt(k.substring(dash + 1)), v);
            }
        });
        Columns cols = Columns.of(headers);
        // a table of something else (status codes, a FAQ) names no field column, or says nothing of types and places
        if (cols == null || cols.type() < 0 && cols.required() < 0 && cols.in() < 0 && section.in() == null && !section.request()
                && section.status() == null) {
            return;
        }
        if (cols.in() < 0 && section.in() == null && !section.request() && section.status() == null && !rows.isEmpty()) {
            // nothing says where the fields go: the 200 response is a guess, said so at the table
            sink.report(ParserCode.SpecOrphanField, src.location(json.start()), "this table's fields are under "
                    + (section.heading() == null ? "no heading" : "`" + section.heading().strip() + "`, which")
                    + " names no place (parameters, request or response) and it has no In column; docpoet reads them as fields of"
                    + " the 200 response", "put a heading such as \"Query parameters\", \"Request body\" or \"Response 200\" above it");
        }
        for (Map.Entry<Integer, Map<Integer, String>> row : rows.entrySet()) {
            Map<Integer, String> cells = row.getValue();
            String rawName = cells.getOrDefault(cols.name(), "");
            String name = fieldName(rawName);
            int offset = json.offsetOf("/data/" + row.getKey() + "-" + cols.name());
            if (offset < 0) offset = json.start();
            if (name.isEmpty()) continue;
            FieldNode node = new FieldNode(FieldTree.path(name).get(FieldTree.path(name).size() - 1), src.location(offset));
            ParameterLocation in = where(cells.get(cols.in()), section);
            boolean param = in != null;
            type(node, cells.get(cols.type()), json.offsetOf("/data/" + row.getKey() + "-" + cols.type()), param);
            String req = cols.required() >= 0 ? Columns.plain(cells.getOrDefault(cols.required(), "")) : "";
            // "name *" or "name (required)" in the name cell; "**name**" is only bold
            String rn = rawName.strip();
            boolean flagged = requiredMarker(rn, name) || rn.endsWith("*") && !rn.endsWith("**");
            // an "Optional" column says yes for the optional ones; every other says yes (or "required") for the required ones
            node.required |= flagged || (cols.optionalColumn() ? req.equals("no") || req.equals("false") || req.equals("required")
                    : YES.matcher(req).matches() || req.startsWith("yes") || req.startsWith("required"));
            String description = cols.description() >= 0 ? cells.getOrDefault(cols.description(), "") : "";
            node.descriptionMarkdown = Text.markdown(description);
            node.description = Text.normalize(node.descriptionMarkdown);
            if (cols.defaultValue() >= 0) node.defaultValue = literal(cells.get(cols.defaultValue()), node.kind);
            if (cols.example() >= 0) node.example = literal(cells.get(cols.example()), node.kind);
            if (param) {
                ep.params.add(new EndpointDraft.Param(in, node));
            } else if (section.request()) {
                if (ep.request == null) ep.request = new BodyDraft("application/json", src.location(offset));
                tree.add(ep.request.root, name, node, 0);
            } else {
                BodyDraft body = ep.response(section.status() != null ? section.status() : "200", src.location(offset));
                tree.add(body.root, name, node, 0);
            }
        }
    }

    private static final Pattern REQUIRED_MARK = Pattern.compile("(?i)(?:^|[\\s(\\[*_])required(?:$|[\\s)\\]*_])");

    /**
     * Whether a name cell says its field is required after the name ({@code name *required*}, {@code name (required)}):
     * the word itself, not a name that holds it ({@code required}, {@code is_required}).
     */
    private static boolean requiredMarker(String cell, String name) {
        int at = name.isEmpty() ? -1 : cell.indexOf(name);
        String rest = at < 0 ? cell : cell.substring(at + name.length());
        return REQUIRED_MARK.matcher(rest).find();
    }

    /** A name cell as written ({@code `id`}, {@code **user.name** *required*}), as the wire name. */
    private static String fieldName(String cell) {
        // markdown around the name goes; an underscore is part of a name (only its escape goes)
        String t = cell.replaceAll("<[^>]+>", " ").replace("\\_", "_").replaceAll("[*`\\\\]", " ").strip();
        // a marker after the name, never the end of a name that holds the word (is_required)
        t = t.replaceAll("(?i)(?:\\s+|\\s*[(\\[])\\s*(required|optional|mandatory|obligatorio|opcional)\\s*[)\\]]?\\s*$", "").strip();
        int space = t.indexOf(' ');
        return space < 0 ? t : t.substring(0, space);
    }

    private static @Nullable ParameterLocation where(@Nullable String cell, Section section) {
        if (cell != null) {
            String c = Columns.plain(cell);
            if (c.startsWith("path")) return ParameterLocation.PATH;
            if (c.startsWith("query")) return ParameterLocation.QUERY;
            if (c.startsWith("header")) return ParameterLocation.HEADER;
            if (c.startsWith("cookie")) return ParameterLocation.COOKIE;
            if (c.startsWith("body") || c.startsWith("form")) return null;
        }
        return section.in();
    }

    private void type(FieldNode node, @Nullable String cell, int offset, boolean param) {
        if (cell == null) return;
        TypeCells.apply(node, cell.replaceAll("[*_`]", "").strip(), src, offset, sink, param ? Kind.STRING : Kind.ANY,
                "write string, integer, number, boolean, object, array or array of T in the Type column");
    }

    /** A default or example cell as the value it is, read by the field's type: {@code "007"} of a string stays a string. */
    private static @Nullable JsonNode literal(@Nullable String cell, Kind kind) {
        if (cell == null) return null;
        String t = cell.replaceAll("[`*]", "").strip();
        if (t.isEmpty() || t.equals("-") || t.equalsIgnoreCase("n/a") || t.equalsIgnoreCase("none")) return null;
        if (kind == Kind.STRING) {
            if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) t = t.substring(1, t.length() - 1);
            return JsonNodeFactory.instance.textNode(t);
        }
        if (t.matches("-?\\d{1,18}")) return JsonNodeFactory.instance.numberNode(Long.parseLong(t));
        if (t.equals("true") || t.equals("false")) return JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(t));
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) t = t.substring(1, t.length() - 1);
        return JsonNodeFactory.instance.textNode(t);
    }

    // ---- examples

    /** A JSON string's value as written on the page, with the page offset of each character and one past its end. */
    record WrittenString(String value, int[] place) {}

    /**
     * The JSON string whose text starts at {@code start} (after its opening quote), decoded here rather than taken from
     * the block's JSON, so that each character keeps the page offset where it is written: an escape ({@code \n},
     * {@code \"}, a unicode escape) stands for one character but takes two or six on the page.
     */
    static WrittenString written(String page, int start) {
        StringBuilder value = new StringBuilder();
        List<Integer> place = new ArrayList<>();
        int p = start;
        while (p < page.length() && page.charAt(p) != '"') {
            place.add(p);
            char c = page.charAt(p);
            if (c != '\\' || p + 1 >= page.length()) {
                value.append(c);
                p++;
                continue;
            }
            char e = page.charAt(p + 1);
            if (e == 'u' && p + 6 <= page.length() && page.substring(p + 2, p + 6).matches("[0-9A-Fa-f]{4}")) {
                value.append((char) Integer.parseInt(page.substring(p + 2, p + 6), 16));
                p += 6;
                continue;
            }
            value.append(switch (e) {
                case 'n' -> '\n';
                case 't' -> '\t';
                case 'r' -> '\r';
                case 'b' -> '\b';
                case 'f' -> '\f';
                default -> e;
            });
            p += 2;
        }
        place.add(p);
        return new WrittenString(value.toString(), place.stream().mapToInt(Integer::intValue).toArray());
    }

    private void codes(EndpointDraft ep, Section section, LocatedJson json) {
        JsonNode codes = json.root().path("codes");
        for (int i = 0; i < codes.size(); i++) {
            JsonNode c = codes.get(i);
            String code = c.path("code").asText("");
            String language = c.path("language").asText("").toLowerCase(Locale.ROOT);
            String name = c.path("name").asText("");
            String trimmed = code.strip();
            if (trimmed.isEmpty() || !(trimmed.startsWith("{") || trimmed.startsWith("["))) continue;
            if (!(language.isEmpty() || language.startsWith("json") || language.startsWith("javascript") || language.equals("js")
                    || language.equals("text"))) {
                continue;
            }
            String label = name + " " + (section.heading() == null ? "" : section.heading());
            boolean request = REQUEST_WORD.matcher(name).find() && !RESPONSE_WORD.matcher(name).find()
                    || section.request() && !RESPONSE_WORD.matcher(name).find() && !STATUS.matcher(name).find();
            String status = null;
            Matcher st = STATUS.matcher(label);
            if (st.find()) status = st.group(1);
            if (!request && status == null && ERROR_WORD.matcher(label).find()) status = "default";
            if (!request && status == null && section.status() == null && !RESPONSE_WORD.matcher(label).find()) continue;
            if (!request && status == null) status = section.status();
            // the code is a JSON string inside the block: each of its characters is placed where it is written there
            int quote = json.offsetOf("/codes/" + i + "/code");
            WrittenString written = quote >= 0 && quote < src.length() && src.text().charAt(quote) == '"' ? written(src.text(), quote + 1) : null;
            String text = written != null ? written.value() : code;
            int[] place = written != null ? written.place() : null;
            int from = text.indexOf(trimmed.charAt(0));
            if (from < 0) continue;
            try {
                LocatedJson example = LocatedJson.read(Ellipses.blank(text, from, text.length()), from, text.length(), true,
                        place == null ? o -> Math.max(0, quote + 1) : o -> place[Math.max(0, Math.min(o, place.length - 1))]);
                ep.looseExamples.add(new EndpointDraft.LooseExample(example, status, request));
            } catch (LocatedJson.Failure f) {
                sink.report(ParserCode.SpecBadExampleJson, src.location(Math.min(f.offset, src.length())), "example `" + label.strip()
                        + "` is not valid JSON: " + f.getMessage(), "fix the JSON, or give the code another language");
            }
        }
    }
}
