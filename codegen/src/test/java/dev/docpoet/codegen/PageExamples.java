package dev.docpoet.codegen;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.docpoet.spec.ApiModel;
import dev.docpoet.spec.Dialect;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.Pointers;
import dev.docpoet.spec.Statuses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The response examples a doc page shows a reader, found from the page's text (and its spec) independently of the
 * parser, so that an example the parser leaves out is measured too. Four kinds:
 *
 * <ul>
 *   <li>{@code block}: each JSON code block inside a Mintlify {@code <ResponseExample>};</li>
 *   <li>{@code heading}: a JSON code block (outside any component) under a heading, or with a label, that says
 *       "response" (and not "request");</li>
 *   <li>{@code spec}: for a Mintlify stub page ({@code openapi: GET /x}) without its own {@code <ResponseExample>}, each
 *       explicit example of the operation's responses in the spec (a media type's {@code example}, each of its
 *       {@code examples}, else its schema's {@code example}), which Mintlify shows in place of the page's;</li>
 *   <li>{@code fields}: for a Redocly markdown page, the response sample Redocly renders, composed of the
 *       {@code Example:} values of a {@code ## Response NNN fields} section (a field with an example hides its
 *       children's; a field without one is left out rather than given a placeholder);</li>
 *   <li>{@code gitbook}: each JSON code block inside a GitBook {@code {% swagger-response status="…" %}} (a hand-written
 *       {@code ...} where an element would be is left out, as GitBook's readers skip it);</li>
 *   <li>{@code readme}: each JSON code of a ReadMe {@code [block:code]} whose name or heading says response (or names a
 *       status);</li>
 *   <li>{@code docusaurus}: for a docusaurus-openapi-docs page, each explicit example of its operation's responses
 *       (a media type's {@code example}, each of its {@code examples}, else its schema's {@code example}), from the
 *       {@code <StatusCodes responses>} prop or the {@code api:} front matter; generated samples are not counted.</li>
 * </ul>
 */
final class PageExamples {
    /**
     * One example a page shows.
     *
     * @param line the line the example starts on (1-based; the page's, or the spec's for {@code spec})
     * @param status the status the example is for ({@code 200}, {@code 4XX}, {@code default}), when its label, heading,
     *     section or spec gives one
     * @param error whether the label says it is an error example (used when it gives no status)
     * @param json the example, or null when it is not JSON even read leniently ({@code problem} says why)
     */
    record Example(String page, int line, String kind, String label, @Nullable String status, boolean error,
            @Nullable JsonNode json, @Nullable String problem, List<String> headings) {
        Example(String page, int line, String kind, String label, @Nullable String status, boolean error,
                @Nullable JsonNode json, @Nullable String problem) {
            this(page, line, kind, label, status, error, json, problem, List.of());
        }

        /** This example, with the headings it sits under (outermost first), which name its endpoint on a page of several. */
        Example under(List<String> chain) {
            return new Example(page, line, kind, label, status, error, json, problem, List.copyOf(chain));
        }

        String where() {
            return (line > 0 ? page + ":" + line : page) + " [" + kind + (label.isBlank() ? "" : " " + label.strip()) + "]";
        }
    }

    /** Lenient, as docs' JSON is (comments, trailing commas, single quotes); decimals kept exactly. */
    static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static final Pattern FENCE = Pattern.compile("^(\\s*)(`{3,}|~{3,})(.*)$");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*)$");
    private static final Pattern OPEN = Pattern.compile("<(ResponseExample|RequestExample|ParamField|ResponseField|Expandable)\\b[^>]*?(/?)>");
    private static final Pattern CLOSE = Pattern.compile("</\\s*(ResponseExample|RequestExample|ParamField|ResponseField|Expandable)\\s*>");
    /** Any component with a title (an {@code <Accordion title="400 Bad Request">} around an error example). */
    private static final Pattern TITLED = Pattern.compile("<([A-Z][A-Za-z]*)\\b[^>]*?\\btitle=[\"']([^\"']*)[\"'][^>]*?(/?)>");
    private static final Pattern ANY_CLOSE = Pattern.compile("</\\s*([A-Z][A-Za-z]*)\\s*>");
    private static final Pattern STATUS = Pattern.compile("\\b([1-5]\\d\\d)\\b");
    private static final Pattern DEFAULT_CAPTION = Pattern.compile("(?i)^\\s*default\\s+response\\b");
    private static final Pattern ERROR_WORD = Pattern.compile("(?i)\\b(error|errors|failure|failed|fail|invalid|unauthori[sz]ed|forbidden|not found|conflict|bad request|too many)\\b");
    private static final Pattern RESPONSE_WORD = Pattern.compile("(?i)\\bresponses?\\b|\\breturns?\\b");
    private static final Pattern REQUEST_WORD = Pattern.compile("(?i)\\brequests?\\b|\\bpayload\\b|\\bbody parameters?\\b");

    // Redocly markdown exports, read the way RedoclyReader reads them (line breaks are plain white space)
    private static final Pattern REDOCLY_RESPONSE = Pattern.compile(
            "#{1,6}\\s+Response\\s+(\\d{3}|[1-5]XX|default)\\s+fields(?:\\s*\\(([^)]*)\\))?\\s*:?", Pattern.CASE_INSENSITIVE);
    private static final Pattern REDOCLY_HEADING = Pattern.compile("(?:^|\\s)#{1,6}\\s+\\S");
    private static final Pattern REDOCLY_BULLET = Pattern.compile("(?:^|\\s)-\\s+`([^`]+)`\\s*\\(([^)]*)\\)");
    private static final Pattern REDOCLY_KEYWORD = Pattern.compile("(Enum|Example|Default|Possible values):\\s*");

    private PageExamples() {}

    /**
     * The response examples of one page.
     *
     * @param root the docs root the page's label is relative to
     * @param endpoints the endpoints the parser found on the page (a stub page's specReference names its spec)
     */
    static List<Example> of(Path root, String label, String text, Dialect dialect, List<Endpoint> endpoints) {
        List<Example> out = new ArrayList<>();
        if (dialect == Dialect.REDOCLY_MARKDOWN) {
            redocly(label, text, out);
            return out;
        }
        if (dialect == Dialect.DOCUSAURUS_OPENAPI) {
            BlockExamples.docusaurus(label, text, out);
            return out;
        }
        if (dialect == Dialect.README_MARKDOWN) {
            BlockExamples.readme(label, text, out);
            // an API page of ReadMe's Git sync shows its spec's examples where it has none of its own
            for (Endpoint e : endpoints) {
                if (out.isEmpty() && e.specReference() != null) spec(root, label, e.specReference(), out);
            }
            return out;
        }
        if (dialect == Dialect.GITBOOK_MARKDOWN) {
            boolean own = BlockExamples.gitbook(label, text, out);
            for (Endpoint e : endpoints) {
                if (!own && e.specReference() != null) spec(root, label, e.specReference(), out);
            }
            return out;
        }
        if (dialect == Dialect.GFM_TABLES || dialect == Dialect.ATTRIBUTE_HEADINGS) {
            captioned(label, text, out);
            return out;
        }
        boolean ownResponseExample = markdown(label, text, out);
        if (!ownResponseExample) {
            for (Endpoint e : endpoints) {
                if (e.specReference() != null) spec(root, label, e.specReference(), out);
            }
        }
        return out;
    }

    private static final Pattern ANY_HEADING = Pattern.compile("^\\s{0,3}(?:(#{1,6})\\s+(.*?)\\s*#*\\s*|<h([1-6])[^>]*>(.*?)</h\\3>\\s*)$");
    private static final Pattern STATUS_HEADING = Pattern.compile("^[1-5]\\d\\d\\b");

    /**
     * {@code caption}: on a page of GFM tables or attribute headings, a JSON block whose caption (the text line before it:
     * Widdershins' {@code > 200 Response}, Slate's {@code > The above command returns JSON structured like this:}) or, without
     * one, whose heading says "response" or "returns" or is a status ({@code ##### 200: OK}); the headings above it name its
     * endpoint on a page of several.
     */
    private static void captioned(String label, String text, List<Example> out) {
        String[] lines = text.split("\n", -1);
        String[] chain = new String[7];
        String heading = "";
        String caption = "";
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher f = FENCE.matcher(line);
            if (f.matches()) {
                String fence = f.group(2);
                String info = f.group(3).strip();
                int start = i + 1;
                int end = start;
                while (end < lines.length && !lines[end].strip().startsWith(fence)) end++;
                String content = String.join("\n", java.util.Arrays.asList(lines).subList(start, Math.min(end, lines.length)));
                i = end;
                String said = caption.isBlank() ? heading : caption;
                boolean response = RESPONSE_WORD.matcher(said).find() || STATUS_HEADING.matcher(said).find()
                        || RESPONSE_WORD.matcher(labelOf(info)).find();
                boolean request = REQUEST_WORD.matcher(said).find() && !RESPONSE_WORD.matcher(said).find();
                if (jsonish(info, content) && response && !request) {
                    List<String> around = caption.isBlank() ? List.of() : List.of(caption);
                    List<String> under = new ArrayList<>();
                    for (String c : chain) if (c != null) under.add(c);
                    out.add(example(label, start + 1, "caption", info, content, around, heading).under(under));
                }
                caption = "";
                continue;
            }
            Matcher h = ANY_HEADING.matcher(line);
            if (h.matches()) {
                int level = h.group(1) != null ? h.group(1).length() : Integer.parseInt(h.group(3));
                String t = (h.group(1) != null ? h.group(2) : h.group(4)).replaceAll("\\{#[^}]*}", "").replaceAll("<[^>]*>", "")
                        .replace("`", "").replaceAll("\\s+", " ").strip();
                chain[level] = t;
                for (int l = level + 1; l < chain.length; l++) chain[l] = null;
                heading = t;
                caption = "";
            } else if (!line.isBlank()) {
                caption = line.replaceFirst("^\\s*>\\s*", "").strip();
            }
        }
    }

    /** Code blocks in {@code <ResponseExample>} and under response headings; whether there was a {@code <ResponseExample>}. */
    private static boolean markdown(String label, String text, List<Example> out) {
        String[] lines = text.split("\n", -1);
        List<String> open = new ArrayList<>();
        // titled components around the current line, innermost last: {name, title}
        List<String[]> titles = new ArrayList<>();
        boolean sawResponseExample = false;
        String heading = "";
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher f = FENCE.matcher(line);
            if (f.matches()) {
                String fence = f.group(2);
                String info = f.group(3).strip();
                int start = i + 1;
                int end = start;
                while (end < lines.length && !lines[end].strip().startsWith(fence)) end++;
                String content = String.join("\n", java.util.Arrays.asList(lines).subList(start, Math.min(end, lines.length)));
                i = end;
                boolean inResponse = open.contains("ResponseExample");
                boolean inOther = open.stream().anyMatch(n -> !n.equals("ResponseExample"));
                if (!jsonish(info, content)) continue;
                List<String> around = new ArrayList<>();
                for (int t = titles.size() - 1; t >= 0; t--) around.add(titles.get(t)[1]);
                if (inResponse) {
                    out.add(example(label, start + 1, "block", info, content, around, null));
                } else if (!inOther) {
                    boolean byHeading = RESPONSE_WORD.matcher(heading).find() && !REQUEST_WORD.matcher(heading).find();
                    String tag = labelOf(info);
                    boolean byLabel = RESPONSE_WORD.matcher(tag).find() && !REQUEST_WORD.matcher(tag).find();
                    if (byHeading || byLabel) out.add(example(label, start + 1, "heading", info, content, around, heading));
                }
                continue;
            }
            Matcher h = HEADING.matcher(line);
            if (h.matches() && open.isEmpty()) heading = h.group(1).strip();
            // component tags outside inline code
            String bare = line.replaceAll("`[^`]*`", "");
            titles(bare, titles);
            sawResponseExample |= components(bare, open);
        }
        return sawResponseExample;
    }

    /** Follows the example and field components a line opens and closes; whether it opens a {@code <ResponseExample>}. */
    private static boolean components(String line, List<String> open) {
        List<int[]> events = new ArrayList<>();
        Matcher o = OPEN.matcher(line);
        while (o.find()) events.add(new int[] {o.start(), o.group(2).isEmpty() ? 1 : 0, o.start(1), o.end(1)});
        Matcher c = CLOSE.matcher(line);
        while (c.find()) events.add(new int[] {c.start(), -1, c.start(1), c.end(1)});
        events.sort((a, b) -> Integer.compare(a[0], b[0]));
        boolean responseExample = false;
        for (int[] ev : events) {
            String name = line.substring(ev[2], ev[3]);
            if (ev[1] == 1) {
                open.add(name);
                responseExample |= name.equals("ResponseExample");
            } else if (ev[1] == -1) {
                int at = open.lastIndexOf(name);
                if (at >= 0) open.subList(at, open.size()).clear();
            }
        }
        return responseExample;
    }

    /** Follows the titled components ({@code <Accordion title="400 Bad Request">}) a line opens and closes. */
    private static void titles(String line, List<String[]> titles) {
        List<Object[]> events = new ArrayList<>();
        Matcher tm = TITLED.matcher(line);
        while (tm.find()) {
            if (tm.group(3).isEmpty()) events.add(new Object[] {tm.start(), tm.group(1), tm.group(2)});
        }
        Matcher ac = ANY_CLOSE.matcher(line);
        while (ac.find()) events.add(new Object[] {ac.start(), ac.group(1), null});
        events.sort((a, b) -> Integer.compare((int) a[0], (int) b[0]));
        for (Object[] t : events) {
            if (t[2] != null) {
                titles.add(new String[] {(String) t[1], (String) t[2]});
                continue;
            }
            for (int k = titles.size() - 1; k >= 0; k--) {
                if (titles.get(k)[0].equals(t[1])) {
                    titles.subList(k, titles.size()).clear();
                    break;
                }
            }
        }
    }

    private static boolean jsonish(String info, String content) {
        String i = info.toLowerCase(Locale.ROOT);
        String t = content.strip();
        if (t.isEmpty()) return false;
        if (i.startsWith("json")) return true;
        String lang = i.split("[\\s{]", 2)[0];
        return (lang.isEmpty() || lang.equals("js") || lang.equals("javascript") || lang.equals("text"))
                && (t.startsWith("{") || t.startsWith("["));
    }

    /** The label of a code block: its info string without the language. */
    private static String labelOf(String info) {
        String[] parts = info.split("\\s+", 2);
        return parts.length > 1 ? parts[1] : "";
    }

    /**
     * @param around the titles of the components around the block, innermost first
     * @param heading the heading the block sits under, for blocks found by it
     */
    static Example example(String page, int line, String kind, String info, String content, List<String> around,
            @Nullable String heading) {
        String tag = labelOf(info);
        // the most specific place that names a status wins: the block's label, the components around it, the heading
        List<String> places = new ArrayList<>();
        places.add(tag);
        places.addAll(around);
        if (heading != null) places.add(heading);
        String status = null;
        for (String p : places) {
            Matcher st = STATUS.matcher(p);
            if (st.find()) {
                status = st.group(1);
                break;
            }
            // Widdershins' "> default Response": the example of the documented default response
            if (DEFAULT_CAPTION.matcher(p).find()) {
                status = "default";
                break;
            }
        }
        boolean error = ERROR_WORD.matcher(tag).find() || around.stream().anyMatch(t -> ERROR_WORD.matcher(t).find())
                || (status == null && heading != null && ERROR_WORD.matcher(heading).find());
        if (!around.isEmpty()) tag = (tag + " in \"" + around.get(0) + "\"").strip();
        try {
            JsonNode json = LENIENT.readTree(content);
            if (json == null || json.isMissingNode()) return new Example(page, line, kind, tag, status, error, null, "empty");
            return new Example(page, line, kind, tag, status, error, json, null);
        } catch (IOException e) {
            return new Example(page, line, kind, tag, status, error, null, "not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Redocly: the sample composed of a response section's field examples

    private record Bullet(List<String> path, String type, @Nullable JsonNode example) {}

    private static void redocly(String label, String text, List<Example> out) {
        Matcher sec = REDOCLY_RESPONSE.matcher(text);
        while (sec.find()) {
            String media = sec.group(2) == null ? "" : sec.group(2).toLowerCase(Locale.ROOT);
            if (!media.isEmpty() && !media.contains("json")) continue;
            int from = sec.end();
            Matcher next = REDOCLY_HEADING.matcher(text);
            int to = next.find(from) ? next.start() : text.length();
            List<Bullet> bullets = bullets(text, from, to);
            JsonNode sample = compose(bullets);
            if (sample == null) continue;
            int line = (int) text.substring(0, sec.start()).chars().filter(ch -> ch == '\n').count() + 1;
            String status = sec.group(1);
            out.add(new Example(label, line, "fields", "Response " + status, status,
                    !Statuses.isSuccess(status), sample, null));
        }
    }

    private static List<Bullet> bullets(String s, int from, int to) {
        List<Bullet> out = new ArrayList<>();
        Matcher b = REDOCLY_BULLET.matcher(s);
        b.region(from, to);
        List<int[]> spans = new ArrayList<>();
        List<String[]> heads = new ArrayList<>();
        while (b.find()) {
            spans.add(new int[] {b.start(), b.end()});
            heads.add(new String[] {b.group(1), b.group(2)});
        }
        // a dotted name nests under the longest prefix that is a field of its own (a key may hold dots: `urn:…:2.0:Error`)
        Map<String, List<String>> paths = new HashMap<>();
        for (int i = 0; i < spans.size(); i++) {
            int bodyFrom = spans.get(i)[1];
            int bodyTo = i + 1 < spans.size() ? spans.get(i + 1)[0] : to;
            JsonNode example = null;
            Matcher k = REDOCLY_KEYWORD.matcher(s);
            k.region(bodyFrom, bodyTo);
            List<int[]> keys = new ArrayList<>();
            while (k.find()) keys.add(new int[] {k.start(), k.end(), k.group(1).equals("Example") ? 1 : 0});
            for (int j = 0; j < keys.size(); j++) {
                if (keys.get(j)[2] != 1) continue;
                int vFrom = keys.get(j)[1];
                int vTo = j + 1 < keys.size() ? keys.get(j + 1)[0] : bodyTo;
                example = value(s, vFrom, vTo);
            }
            String name = heads.get(i)[0].replace("[]", "").trim();
            List<String> path = List.of(name);
            for (int dot = name.lastIndexOf('.'); dot > 0; dot = name.lastIndexOf('.', dot - 1)) {
                List<String> parent = paths.get(name.substring(0, dot));
                if (parent != null) {
                    path = new ArrayList<>(parent);
                    path.add(name.substring(dot + 1));
                    break;
                }
            }
            paths.putIfAbsent(name, path);
            out.add(new Bullet(path, heads.get(i)[1].toLowerCase(Locale.ROOT), example));
        }
        return out;
    }

    /** The JSON value at the start of {@code s[from, to)}; its text as a string when it is not JSON (as RedoclyReader does). */
    private static @Nullable JsonNode value(String s, int from, int to) {
        String raw = s.substring(from, to);
        try (JsonParser p = LENIENT.getFactory().createParser(raw)) {
            JsonNode n = LENIENT.readTree(p);
            if (n != null && !n.isMissingNode()) return n;
        } catch (IOException e) {
            // not JSON: the text is the example
        }
        String text = raw.strip().replaceAll("\\s+", " ");
        return text.isEmpty() ? null : JsonNodeFactory.instance.textNode(text);
    }

    /** The sample a response section's field examples make; null when no field has an example. */
    private static @Nullable JsonNode compose(List<Bullet> bullets) {
        Map<List<String>, String> types = new HashMap<>();
        for (Bullet b : bullets) types.putIfAbsent(b.path(), b.type());
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        List<List<String>> placed = new ArrayList<>();
        boolean any = false;
        for (Bullet b : bullets) {
            if (b.example() == null || b.path().isEmpty()) continue;
            if (placed.stream().anyMatch(p -> p.size() < b.path().size() && b.path().subList(0, p.size()).equals(p))) continue;
            if (placed.contains(b.path())) continue;
            JsonNode container = root;
            for (int i = 0; i < b.path().size() - 1; i++) {
                List<String> prefix = b.path().subList(0, i + 1);
                String key = b.path().get(i);
                boolean array = types.getOrDefault(prefix, "").startsWith("array");
                ObjectNode obj = (ObjectNode) container;
                JsonNode child = obj.get(key);
                if (array) {
                    if (!(child instanceof ArrayNode)) child = obj.putArray(key);
                    ArrayNode arr = (ArrayNode) child;
                    if (arr.isEmpty() || !arr.get(0).isObject()) {
                        arr.removeAll();
                        arr.addObject();
                    }
                    container = arr.get(0);
                } else {
                    if (!(child instanceof ObjectNode)) child = obj.putObject(key);
                    container = child;
                }
            }
            ((ObjectNode) container).set(b.path().get(b.path().size() - 1), b.example().deepCopy());
            placed.add(b.path());
            any = true;
        }
        return any ? root : null;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Mintlify stub pages: the explicit examples of the operation in the spec

    private static final Map<Path, @Nullable JsonNode> SPECS = new HashMap<>();
    private static final Pattern REFERENCE = Pattern.compile("^\\s*['\"]?\\s*(?:(\\S+\\.(?:json|ya?ml))\\s+)?([A-Za-z]+)\\s+(\\S+?)\\s*['\"]?\\s*$");

    static void spec(Path root, String label, String reference, List<Example> out) {
        Matcher m = REFERENCE.matcher(reference);
        if (!m.matches()) return;
        String method = m.group(2).toLowerCase(Locale.ROOT);
        String path = ApiModel.normalizedPath(m.group(3));
        Path page = root.resolve(label);
        for (Path spec : candidates(root, page, m.group(1))) {
            JsonNode doc = read(spec);
            if (doc == null) continue;
            JsonNode paths = doc.path("paths");
            for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
                String p = it.next();
                if (!ApiModel.normalizedPath(p).equals(path)) continue;
                JsonNode op = resolve(doc, paths.get(p)).get(method);
                if (op == null) continue;
                String specLabel = root.relativize(spec).toString().replace('\\', '/');
                String opPointer = "/paths/" + Pointers.escape(p) + "/" + method;
                JsonNode responses = resolve(doc, op.path("responses"));
                for (Iterator<Map.Entry<String, JsonNode>> rs = responses.fields(); rs.hasNext(); ) {
                    Map.Entry<String, JsonNode> r = rs.next();
                    JsonNode content = resolve(doc, r.getValue()).path("content");
                    for (Iterator<Map.Entry<String, JsonNode>> cs = content.fields(); cs.hasNext(); ) {
                        Map.Entry<String, JsonNode> c = cs.next();
                        if (!c.getKey().toLowerCase(Locale.ROOT).contains("json")) continue;
                        JsonNode mt = resolve(doc, c.getValue());
                        String status = r.getKey();
                        boolean error = !Statuses.isSuccess(r.getKey());
                        String at = specLabel + "#" + opPointer + "/responses/" + r.getKey();
                        if (mt.has("example")) {
                            out.add(new Example(label, 0, "spec", at + " example", status, error, mt.get("example"), null));
                        }
                        for (Iterator<Map.Entry<String, JsonNode>> es = mt.path("examples").fields(); es.hasNext(); ) {
                            Map.Entry<String, JsonNode> e = es.next();
                            JsonNode ex = resolve(doc, e.getValue());
                            if (ex.has("value")) {
                                out.add(new Example(label, 0, "spec", at + " examples/" + e.getKey(), status, error, ex.get("value"), null));
                            }
                        }
                        JsonNode schema = resolve(doc, mt.path("schema"));
                        if (!mt.has("example") && !mt.has("examples") && schema.has("example")) {
                            out.add(new Example(label, 0, "spec", at + " schema example", status, error, schema.get("example"), null));
                        }
                    }
                }
                return;
            }
        }
    }

    /** The spec a reference names (beside the page, or under the root), else every spec under the root. */
    private static List<Path> candidates(Path root, Path page, @Nullable String file) {
        if (file != null) {
            String f = file.startsWith("/") ? file.substring(1) : file;
            for (Path dir = page.getParent(); dir != null && dir.startsWith(root); dir = dir.getParent()) {
                if (Files.isRegularFile(dir.resolve(f))) return List.of(dir.resolve(f));
            }
            if (file.startsWith("http")) return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(json|ya?ml)$"))
                    .filter(p -> !p.toString().contains("/node_modules/")).sorted().limit(400).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static @Nullable JsonNode read(Path spec) {
        return SPECS.computeIfAbsent(spec.toAbsolutePath().normalize(), p -> {
            try {
                if (Files.size(p) > 16 << 20) return null;
                JsonNode n = p.toString().endsWith(".json") ? LENIENT.readTree(p.toFile()) : YAML.readTree(p.toFile());
                return n != null && (n.has("openapi") || n.has("swagger")) && n.has("paths") ? n : null;
            } catch (IOException | RuntimeException e) {
                return null;
            }
        });
    }

    /** A local {@code $ref} followed (a few times at most); anything else as it is. */
    private static JsonNode resolve(JsonNode doc, JsonNode n) {
        for (int i = 0; i < 8 && n.has("$ref") && n.get("$ref").asText().startsWith("#/"); i++) {
            n = doc.at(n.get("$ref").asText().substring(1));
        }
        return n;
    }

}
