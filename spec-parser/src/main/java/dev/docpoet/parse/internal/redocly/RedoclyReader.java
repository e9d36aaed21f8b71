package dev.docpoet.parse.internal.redocly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.docpoet.parse.internal.BodyDraft;
import dev.docpoet.parse.internal.DiagnosticSink;
import dev.docpoet.parse.internal.EndpointDraft;
import dev.docpoet.parse.internal.FieldNode;
import dev.docpoet.parse.internal.FieldTree;
import dev.docpoet.parse.internal.FrontMatter;
import dev.docpoet.parse.internal.Kind;
import dev.docpoet.parse.internal.LocatedJson;
import dev.docpoet.parse.internal.PageDraft;
import dev.docpoet.parse.internal.ProseSpan;
import dev.docpoet.parse.internal.SourceText;
import dev.docpoet.parse.internal.Text;
import dev.docpoet.parse.internal.TypeExpression;
import dev.docpoet.spec.ParserCode;
import dev.docpoet.spec.ParameterLocation;
import dev.docpoet.spec.Schema.EnumKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Redocly markdown export: {@code Endpoint:}, {@code Version:}, {@code Security:}, parameter sections,
 * {@code ## Request fields (TYPE):}, {@code ## Response NNN fields (TYPE):}, {@code ## Response NNN headers:} (names
 * only) and their {@code - `a.b` (type, required)} bullets. Line breaks are treated as plain white space throughout,
 * so that a page whose newlines were collapsed by scraping gives the same model as the original.
 */
public final class RedoclyReader {
    private static final Pattern ENDPOINT = Pattern.compile(
            "Endpoint:\\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|TRACE)\\s+(\\S+)");
    private static final Pattern VERSION = Pattern.compile("(?<![\\w`])Version:\\s+(\\S+)");
    private static final Pattern SECURITY = Pattern.compile("(?<![\\w`])Security:[ \\t]*([^\\n#]*)");
    private static final Pattern HEADING = Pattern.compile("#{1,6}\\s+");
    private static final Pattern PARAM_SECTION = Pattern.compile(
            "\\A#{1,6}\\s+(Header|Path|Query|Cookie)\\s+parameters\\s*:?", Pattern.CASE_INSENSITIVE);
    private static final Pattern REQUEST_SECTION = Pattern.compile(
            "\\A#{1,6}\\s+Request\\s+fields(?:\\s*\\(([^)]*)\\))?\\s*:?", Pattern.CASE_INSENSITIVE);
    private static final Pattern RESPONSE_SECTION = Pattern.compile(
            "\\A#{1,6}\\s+Response\\s+(\\d{3}|[1-5]XX|default)\\s+fields(?:\\s*\\(([^)]*)\\))?\\s*:?", Pattern.CASE_INSENSITIVE);
    private static final Pattern RESPONSE_HEADERS_SECTION = Pattern.compile(
            "\\A#{1,6}\\s+Response\\s+(\\d{3}|[1-5]XX|default)\\s+headers\\s*:?", Pattern.CASE_INSENSITIVE);
    private static final Pattern BULLET = Pattern.compile("-\\s+`([^`]+)`\\s*\\(([^)]*)\\)");
    private static final Pattern UNCLOSED_BULLET = Pattern.compile("-\\s+`([A-Za-z0-9_.$\\[\\]-]{1,100})\\s*\\(([^)`]{1,80})\\)");
    private static final Pattern KEYWORD = Pattern.compile("(Enum|Example|Default|Possible values):\\s*");
    private static final Pattern PROSE_JSON = Pattern.compile("(?:```\\s*)?\\bjson\\s*(?=[\\[{])", Pattern.CASE_INSENSITIVE);

    private final SourceText src;
    private final String s;
    private final DiagnosticSink sink;
    private final FieldTree tree;

    public RedoclyReader(SourceText src, DiagnosticSink sink) {
        this.src = src;
        this.s = src.text();
        this.sink = sink;
        this.tree = new FieldTree(sink);
    }

    /** Whether a page looks like a Redocly export. */
    public static boolean looksLike(String text) {
        Matcher m = ENDPOINT.matcher(text);
        List<int[]> fences = null;
        while (m.find()) {
            if (!startsToken(text, m.start())) continue;
            if (fences == null) fences = fences(text);
            if (!inside(fences, m.start())) return true;
        }
        return false;
    }

    /**
     * The fenced code blocks of a page ({@code ```} or {@code ~~~} at a line's start, to the same fence or the end): an
     * {@code Endpoint:} line in one is an example (a prompt, a snippet), not the page's endpoint.
     */
    private static List<int[]> fences(String text) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        String fence = null;
        for (int i = 0; i < text.length(); ) {
            int eol = text.indexOf('\n', i);
            int end = eol < 0 ? text.length() : eol;
            String line = text.substring(i, end).strip();
            if (fence == null && (line.startsWith("```") || line.startsWith("~~~"))) {
                fence = line.substring(0, 3);
                open = i;
            } else if (fence != null && line.startsWith(fence) && line.replace(fence.substring(0, 1), "").isEmpty()) {
                out.add(new int[] {open, end});
                fence = null;
            }
            i = end + 1;
        }
        if (fence != null) out.add(new int[] {open, text.length()});
        return out;
    }

    private static boolean inside(List<int[]> ranges, int at) {
        for (int[] r : ranges) {
            if (at >= r[0] && at < r[1]) return true;
        }
        return false;
    }

    /**
     * Whether a match starts a token (at the start or after white space). Checked by hand rather than by a
     * look-behind, which made the regex engine try every character.
     */
    private static boolean startsToken(String text, int at) {
        return at == 0 || Character.isWhitespace(text.charAt(at - 1));
    }

    public PageDraft read(FrontMatter fm) {
        PageDraft page = new PageDraft();
        page.title = fm.get("title");
        Matcher m = ENDPOINT.matcher(s);
        List<int[]> marks = new ArrayList<>();
        List<int[]> fences = fences(s);
        while (m.find()) {
            if (m.start() >= fm.bodyStart() && startsToken(s, m.start()) && !inside(fences, m.start())) marks.add(new int[] {m.start(), m.end()});
        }
        int leadStart = fm.bodyStart();
        for (int i = 0; i < marks.size(); i++) {
            int[] mark = marks.get(i);
            int regionEnd = i + 1 < marks.size() ? leadEnd(mark[1], marks.get(i + 1)[0]) : s.length();
            m.find(mark[0]);
            EndpointDraft ep = new EndpointDraft(m.group(1), m.group(2), src.location(mark[0]));
            String lead = s.substring(leadStart, mark[0]);
            ep.description = description(lead);
            String[] heading = H1_START.matcher(lead).find() ? heading(ep.description) : null;
            if (heading != null) ep.description = heading[1];
            ep.title = fm.get("title") != null ? fm.get("title") : heading != null ? heading[0] : firstSentence(ep.description);
            ep.prose.add(new ProseSpan(lead, leadStart));
            proseExamples(ep, leadStart, mark[0]);
            region(ep, mark[1], regionEnd);
            streamEnd(ep, s.substring(leadStart, regionEnd));
            page.endpoints.add(ep);
            leadStart = regionEnd;
        }
        return page;
    }

    /**
     * Where the lead prose of the next endpoint starts: its {@code #} heading, if one comes between this endpoint's line
     * ({@code after}) and the next one's (a heading before this endpoint, the page's own, does not count).
     */
    private int leadEnd(int after, int nextMark) {
        Matcher h = HEADING.matcher(s);
        h.region(after, nextMark);
        int last = -1;
        while (h.find()) {
            if (startsToken(s, h.start()) && s.startsWith("# ", h.start())) last = h.start();
        }
        return last >= 0 ? last : nextMark;
    }

    /** The prose before {@code Endpoint:} up to its first sub-heading, without heading marks. */
    private static String description(String lead) {
        String t = lead;
        Matcher sub = Pattern.compile("(?:^|(?<=\\s))#{2,6}\\s").matcher(t);
        if (sub.find()) t = t.substring(0, sub.start());
        t = t.replaceAll("(?:^|(?<=\\s))#{1,6}\\s+", "");
        String d = Text.normalize(t);
        return d.isEmpty() ? null : d;
    }

    private static final Pattern H1_START = Pattern.compile("^\\s*#\\s");
    /** What Redocly writes between the H1 and the description, which is never part of the title. */
    private static final Pattern TITLE_STOP = Pattern.compile("(?i)\\bRequired scopes?:");

    /**
     * The H1 and the prose after it: the title stops at what Redocly puts after it ("Required Scopes: …"), else where
     * {@link #splitHeading} finds the description's first sentence. Null when there is none.
     */
    private static String @org.jspecify.annotations.Nullable [] heading(@org.jspecify.annotations.Nullable String text) {
        if (text == null) return null;
        Matcher stop = TITLE_STOP.matcher(text);
        if (stop.find() && stop.start() > 0) {
            String head = text.substring(0, stop.start()).strip();
            String rest = text.substring(stop.start()).strip();
            String[] split = splitHeading(head);
            return split != null ? new String[] {split[0], split[1] + " " + rest} : new String[] {head, rest};
        }
        return splitHeading(text);
    }
    private static final Pattern SENTENCE_VERB = Pattern.compile("[A-Z][a-z]+(?:s|es)");

    /**
     * An H1 and the prose after it, told apart without line breaks (a collapsed page has none, and both layouts must
     * read the same): the heading ends before the first capitalised verb that opens a sentence ("Get conversation by ID
     * | Retrieves a single …", "Update a shipment | Changes the carrier …"). Null when there is none.
     */
    private static String @org.jspecify.annotations.Nullable [] splitHeading(@org.jspecify.annotations.Nullable String text) {
        if (text == null) return null;
        String[] words = text.split(" ");
        for (int i = 2; i < Math.min(words.length, 14); i++) {
            if (words[i - 1].endsWith(".") || words[i - 1].endsWith(":")) return null;
            if (SENTENCE_VERB.matcher(words[i]).matches()) {
                String title = String.join(" ", java.util.Arrays.copyOfRange(words, 0, i));
                String rest = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
                return new String[] {title, rest};
            }
        }
        return null;
    }

    private static String firstSentence(String description) {
        if (description == null) return null;
        int dot = description.indexOf(". ");
        return dot < 0 ? description : description.substring(0, dot + 1);
    }

    /** A stream's end, where the endpoint's text shows one ({@code data: [DONE]}): its event-stream responses end there. */
    private static void streamEnd(EndpointDraft ep, String text) {
        if (!text.contains(STREAM_END)) return;
        for (BodyDraft b : ep.responses.values()) {
            if (dev.docpoet.spec.MediaKind.of(b.contentType) == dev.docpoet.spec.MediaKind.EVENT_STREAM) b.streamEnd = STREAM_END;
        }
    }

    private static final String STREAM_END = "[DONE]";

    private void region(EndpointDraft ep, int from, int to) {
        String r = s.substring(from, to);
        Matcher v = VERSION.matcher(r);
        if (v.find()) ep.version = v.group(1);
        Matcher sec = SECURITY.matcher(r);
        if (sec.find()) {
            for (String scheme : sec.group(1).split(",")) {
                String t = scheme.trim();
                int sp = t.indexOf(' ');
                if (sp > 0) t = t.substring(0, sp);
                if (t.matches("[A-Za-z0-9_.-]+")) ep.security.add(t);
            }
        }
        List<Integer> heads = new ArrayList<>();
        Matcher h = HEADING.matcher(s);
        h.region(from, to);
        while (h.find()) {
            if (startsToken(s, h.start())) heads.add(h.start());
        }
        for (int i = 0; i < heads.size(); i++) {
            int start = heads.get(i);
            int end = i + 1 < heads.size() ? heads.get(i + 1) : to;
            section(ep, start, end);
        }
    }

    private void section(EndpointDraft ep, int start, int end) {
        String text = s.substring(start, end);
        Matcher p = PARAM_SECTION.matcher(text);
        if (p.find()) {
            ParameterLocation in = ParameterLocation.valueOf(p.group(1).toUpperCase(Locale.ROOT));
            for (FieldNode n : bullets(start + p.end(), end, null)) ep.params.add(new EndpointDraft.Param(in, n));
            return;
        }
        Matcher rq = REQUEST_SECTION.matcher(text);
        if (rq.find()) {
            BodyDraft body = new BodyDraft(contentType(rq.group(1)), src.location(start));
            ep.request = body;
            bullets(start + rq.end(), end, body.root);
            return;
        }
        Matcher hs = RESPONSE_HEADERS_SECTION.matcher(text);
        if (hs.find()) {
            String status = hs.group(1).toLowerCase(Locale.ROOT).replace("xx", "XX");
            List<String> names = new ArrayList<>();
            for (FieldNode n : bullets(start + hs.end(), end, null)) names.add(n.name);
            if (ep.responseHeaders.putIfAbsent(status, new EndpointDraft.ResponseHeaders(src.location(start), names)) != null) {
                sink.report(ParserCode.LintDuplicateField, src.location(start), "the headers of response " + status + " are documented twice",
                        "merge the two sections; docpoet keeps the first");
            }
            return;
        }
        Matcher rs = RESPONSE_SECTION.matcher(text);
        if (rs.find()) {
            String status = rs.group(1).toLowerCase(Locale.ROOT).replace("xx", "XX");
            BodyDraft body = new BodyDraft(rs.group(2) == null ? "" : contentType(rs.group(2)), src.location(start));
            if (ep.responses.containsKey(status)) {
                sink.report(ParserCode.LintDuplicateField, src.location(start), "response " + status + " is documented twice",
                        "merge the two sections; docpoet keeps the first");
                return;
            }
            ep.responses.put(status, body);
            bullets(start + rs.end(), end, body.root);
            if (body.root.children.isEmpty() && rs.group(2) == null) body.contentType = "";
        }
    }

    private static String contentType(String raw) {
        return raw == null || raw.isBlank() ? "application/json" : raw.trim();
    }

    /** Reads the bullets of a section; with a root, places them by path, else returns them flat (parameters). */
    private List<FieldNode> bullets(int from, int to, FieldNode root) {
        List<FieldNode> flat = new ArrayList<>();
        Matcher b = BULLET.matcher(s);
        b.region(from, to);
        List<int[]> found = new ArrayList<>();
        while (b.find()) {
            if (startsToken(s, b.start())) found.add(new int[] {b.start(), b.end(), b.start(1), b.end(1), b.start(2), b.end(2)});
        }
        // - `level (string, required): a closing backtick missing; read as meant, and said
        Matcher open = UNCLOSED_BULLET.matcher(s);
        open.region(from, to);
        while (open.find()) {
            int at = open.start();
            if (!startsToken(s, at) || found.stream().anyMatch(f -> f[0] == at)) continue;
            found.add(new int[] {at, open.end(), open.start(1), open.end(1), open.start(2), open.end(2)});
            sink.report(ParserCode.SpecBadBullet, src.location(open.start(1) - 1), "the bullet of `" + open.group(1).trim()
                    + "` misses the backtick that closes its name; read as - `" + open.group(1).trim() + "` (" + open.group(2) + ")",
                    "close the name: - `" + open.group(1).trim() + "` (" + open.group(2) + ")");
        }
        found.sort(java.util.Comparator.comparingInt(f -> f[0]));
        // a bullet missing its backtick may be read as reaching over the next one: the one that starts first wins
        for (int i = 1; i < found.size(); i++) {
            if (found.get(i)[0] < found.get(i - 1)[1]) found.remove(i--);
        }
        for (int i = 0; i < found.size(); i++) {
            int[] f = found.get(i);
            int textEnd = i + 1 < found.size() ? found.get(i + 1)[0] : to;
            String written = s.substring(f[2], f[3]).trim();
            if (written.isEmpty() || FieldTree.path(written).stream().anyMatch(String::isBlank)) {
                // - ` ` (string): a name of spaces only names nothing a Java member or a JSON reader could use
                sink.report(ParserCode.SpecFieldWithoutName, src.location(f[2] - 1), "this field bullet has no name between its"
                        + " backticks" + (written.isEmpty() ? "" : " (`" + written + "` has an empty part)"), "write - `name` (type) Description");
                continue;
            }
            List<String> path = FieldTree.path(written);
            // parameter names are taken whole (a query parameter may be called `filter.name`)
            FieldNode n = new FieldNode(root == null ? written : path.get(path.size() - 1), src.location(f[2] - 1));
            TypeExpression type = TypeExpression.parse(s.substring(f[4], f[5]));
            if (!type.recognized()) {
                sink.report(ParserCode.SpecUnknownType, src.location(f[4]),
                        "type `" + s.substring(f[4], f[5]) + "` of `" + written + "` names no JSON type; docpoet treats it as any value",
                        TypeExpression.hint(s.substring(f[4], f[5]), "use string, number, integer, boolean, object, array or a union such as string,null"));
            }
            n.applyType(type);
            tail(n, f[1], textEnd);
            if (root == null) {
                flat.add(n);
            } else {
                tree.add(root, written, n, 0);
            }
        }
        if (found.isEmpty()) {
            String rest = s.substring(from, to).trim();
            if (rest.startsWith("-") && rest.contains("`")) {
                sink.report(ParserCode.SpecBadBullet, src.location(from + s.substring(from, to).indexOf('-')),
                        "field bullet is not of the form - `name` (type) description", "write - `name` (string, required) Description");
            }
        }
        return flat;
    }

    /** Description, then {@code Enum:}, {@code Example:}, {@code Default:} parts of one bullet. */
    private void tail(FieldNode n, int from, int to) {
        Matcher k = KEYWORD.matcher(s);
        k.region(from, to);
        int descEnd = to;
        boolean first = true;
        while (k.find()) {
            if (!startsToken(s, k.start())) continue;
            String key = k.group(1);
            int valueStart = k.end();
            boolean ok = switch (key) {
                case "Enum" -> enumValues(n, valueStart, to, false);
                case "Possible values" -> enumValues(n, valueStart, to, true);
                case "Example" -> example(n, valueStart, to, false);
                default -> example(n, valueStart, to, true);
            };
            if (ok && first) {
                descEnd = k.start();
                first = false;
            }
        }
        n.description = Text.normalize(s.substring(from, descEnd));
        n.descriptionMarkdown = Text.markdown(s.substring(from, descEnd));
    }

    /** Reads {@code "a", "b"} or {@code 1, 2}; with {@code bareWords}, also {@code A, B} as prose writes them. */
    private boolean enumValues(FieldNode n, int from, int to, boolean bareWords) {
        List<String> values = new ArrayList<>();
        boolean numeric = true;
        int i = from;
        while (i < to) {
            while (i < to && Character.isWhitespace(s.charAt(i))) i++;
            if (i >= to) break;
            int end;
            String value;
            if (s.charAt(i) == '"') {
                end = i + 1;
                while (end < to && s.charAt(end) != '"') end += s.charAt(end) == '\\' ? 2 : 1;
                if (end >= to) break;
                value = s.substring(i + 1, end).replace("\\\"", "\"");
                end++;
                numeric = false;
            } else {
                end = i;
                while (end < to && s.charAt(end) != ',' && !Character.isWhitespace(s.charAt(end))) end++;
                value = s.substring(i, end);
                if (!value.matches("-?\\d+(\\.\\d+)?")) {
                    if (!bareWords || !value.matches("[A-Za-z0-9_.+-]+")) break;
                    numeric = false;
                }
            }
            values.add(value);
            i = end;
            while (i < to && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) i++;
            if (i < to && s.charAt(i) == ',') {
                i++;
            } else {
                break;
            }
        }
        if (values.isEmpty()) {
            sink.report(ParserCode.SpecBadEnumValue, src.location(from), "`Enum:` of `" + n.name + "` lists no value",
                    "write Enum: \"a\", \"b\" or Enum: 1, 2");
            return false;
        }
        if (values.stream().anyMatch(v -> v.contains(",") || v.contains("\""))) {
            // "HIGH", "NORMAL, "LOW": a quote is missing; read the values as meant, and say so
            int lineEnd = s.indexOf('\n', from);
            String raw = s.substring(from, lineEnd < 0 || lineEnd > to ? to : lineEnd);
            List<String> meant = new ArrayList<>();
            for (String part : raw.split(",")) {
                String v = part.trim().replaceAll("^\"|\"$", "").trim();
                if (v.isEmpty() || v.contains(" ")) break;
                meant.add(v);
            }
            sink.report(ParserCode.SpecBadEnumValue, src.location(from), "the quotes of `Enum:` of `" + n.name
                    + "` do not pair up; read as " + meant, "quote each value: Enum: \"" + String.join("\", \"", meant) + "\"");
            values = meant;
            numeric = false;
        }
        if (n.kind == Kind.BOOLEAN || n.kind == Kind.OBJECT || n.kind == Kind.ARRAY && !values.isEmpty() && n.itemKind == Kind.BOOLEAN) {
            sink.report(ParserCode.SpecBadEnumValue, src.location(from), "`Enum:` lists values for `" + n.name + "`, which is "
                    + (n.kind == Kind.BOOLEAN ? "a boolean" : "an " + n.kind.name().toLowerCase(Locale.ROOT)) + "; the type wins and the values are left out",
                    "fix the type, or remove the Enum: line");
            return true;
        }
        boolean numberType = n.kind == Kind.INTEGER || n.kind == Kind.NUMBER;
        boolean allNumbers = values.stream().allMatch(v -> v.matches("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?"));
        if (numberType && (!allNumbers || n.kind == Kind.INTEGER && !values.stream().allMatch(v -> v.matches("-?\\d+")))) {
            // `code` (int64) … Enum: "not_found": the values are the evidence of what the API sends
            sink.report(ParserCode.SpecBadEnumValue, src.location(from), "`Enum:` of `" + n.name + "` lists " + values
                    + ", which are not " + (n.kind == Kind.INTEGER ? "integers" : "numbers") + " as its type says; read as a string enum",
                    "fix the type to (string), or the values");
            n.kind = Kind.STRING;
            numeric = false;
        }
        n.enumValues = values.stream().distinct().toList();
        n.enumKind = numeric ? (values.stream().allMatch(v -> v.matches("-?\\d+")) ? EnumKind.INTEGER : EnumKind.NUMBER) : EnumKind.STRING;
        if (n.kind == Kind.UNSPECIFIED || n.kind == Kind.ANY) n.kind = numeric ? Kind.NUMBER : Kind.STRING;
        return true;
    }

    private boolean example(FieldNode n, int from, int to, boolean isDefault) {
        JsonNode value;
        try {
            value = LocatedJson.read(s, from, to, false).root();
        } catch (LocatedJson.Failure f) {
            String raw = Text.normalize(s.substring(from, to));
            if (raw.isEmpty()) return false;
            value = JsonNodeFactory.instance.textNode(raw);
        }
        String contradiction = contradiction(n.kind, value);
        if (contradiction != null) {
            sink.report(ParserCode.LintExampleWrongType, src.location(from), "the " + (isDefault ? "default" : "example")
                    + " of `" + n.name + "` is " + Text.normalize(value.toString()) + ", not " + contradiction,
                    "fix the type or the " + (isDefault ? "default" : "example"));
        }
        if (isDefault) {
            n.defaultValue = value;
        } else {
            n.example = value;
        }
        return true;
    }

    /** What a value should be and is not, for the field's kind; null when it fits. */
    private static @org.jspecify.annotations.Nullable String contradiction(Kind kind, JsonNode value) {
        if (value.isNull()) return null;
        return switch (kind) {
            case OBJECT -> value.isObject() ? null : "an object";
            case ARRAY -> value.isArray() ? null : "an array";
            case BOOLEAN -> value.isBoolean() ? null : "a boolean";
            case INTEGER -> value.isIntegralNumber() ? null : "an integer";
            case NUMBER -> value.isNumber() ? null : "a number";
            default -> null;
        };
    }

    /** JSON examples in the page's prose ("### Example json {…}", fenced or not). */
    private void proseExamples(EndpointDraft ep, int from, int to) {
        Matcher j = PROSE_JSON.matcher(s);
        j.region(from, to);
        int pos = from;
        while (j.find(pos) && j.end() < to) {
            try {
                LocatedJson json = LocatedJson.read(s, j.end(), to, false);
                ep.looseExamples.add(new EndpointDraft.LooseExample(json, null, false));
                pos = json.end();
            } catch (LocatedJson.Failure f) {
                sink.report(ParserCode.SpecBadExampleJson, src.location(f.offset),
                        "example is not valid JSON: " + f.getMessage(), "fix the JSON or remove the example");
                pos = j.end();
            }
            if (pos >= to) break;
        }
    }
}
