package dev.docpoet.parse.internal.tables;

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
import dev.docpoet.parse.internal.MarkdownBlocks;
import dev.docpoet.parse.internal.MarkdownBlocks.Block;
import dev.docpoet.parse.internal.MarkdownBlocks.Cell;
import dev.docpoet.parse.internal.MarkdownBlocks.Fence;
import dev.docpoet.parse.internal.MarkdownBlocks.Heading;
import dev.docpoet.parse.internal.MarkdownBlocks.Paragraph;
import dev.docpoet.parse.internal.MarkdownBlocks.Table;
import dev.docpoet.parse.internal.PageDraft;
import dev.docpoet.parse.internal.RequestLines;
import dev.docpoet.parse.internal.ProseSpan;
import dev.docpoet.parse.internal.ProseType;
import dev.docpoet.parse.internal.SourceText;
import dev.docpoet.parse.internal.Text;
import dev.docpoet.spec.ParameterLocation;
import dev.docpoet.spec.ParserCode;
import dev.docpoet.spec.Schema.EnumKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a markdown page whose endpoints are request lines ({@link RequestLines}) and whose parameters and fields are GFM
 * tables under headings that say what they hold ({@code ### Query Parameters}, {@code **Path parameters**},
 * {@code ### Response fields}, Widdershins' {@code Parameters} with an {@code In} column and {@code Response Schema}
 * with {@code Status Code **200**}), nested by dotted or bracketed names or Widdershins' {@code »} prefixes; a status table
 * ({@code |Status|Meaning|Description|Schema|}) whose schema links to a table on the page ({@code [Pet](#schemapet)});
 * {@code Enumerated Values} tables; and JSON blocks captioned as a request or a response as the examples.
 */
public final class GfmTableReader {
    private static final Pattern STATUS = Pattern.compile("\\b([1-5]\\d\\d|[1-5]XX|default)\\b");
    private static final Pattern RESPONSE_WORDS = Pattern.compile("(?i)\\bresponses?\\b|\\breturns?\\b|\\bresults?\\b|\\boutput\\b");
    private static final Pattern ERROR_WORD = Pattern.compile("(?i)\\b(?:errors?|failures?|failed)\\b");
    /** An error body's keys: "Returns the recent failures" over a list of failures, or a job's record, is no error example. */
    private static final Pattern ERROR_SHAPE = Pattern.compile("\"(?:errors?|message|error_?code|code|detail)\"\\s*+:");
    private static final Pattern REQUEST_WORDS = Pattern.compile("(?i)\\brequests?\\b|\\bpayload\\b|\\bbody\\s+param|\\binput\\b");
    private static final Pattern ANCHOR = Pattern.compile("<a\\s+(?:id|name)\\s*=\\s*[\"']([^\"']+)[\"']");
    private static final Pattern SCHEMA_SECTION = Pattern.compile(
            "(?i)^\\s*(?:schemas?|definitions?|models?|data\\s+(?:types|models|structures)|objects|components)\\s*$");
    private static final Pattern DEFAULTS_TO = Pattern.compile("(?i)\\bdefaults?\\s+(?:to|is)\\s+`?([^`\\s]+?)`?(?:\\.(?:\\s|$)|[,;)]|\\s|$)");
    private static final Pattern BRACKETS = Pattern.compile("\\[([^\\[\\]]+)]");
    /** A heading that names a part of an endpoint's own section: its parameters, request body or responses. */
    private static final Pattern OWN_SECTION = Pattern.compile(
            "(?i)^\\s*(?:(?:path|query|header|cookie|form|body|request|response)\\s+)?(?:parameters|params|request\\s+body|body|responses?|response\\s+schema)\\s*+:?\\s*+$");
    /** How deep links from a table to another table on the page are followed. */
    private static final int MAX_LINK_DEPTH = 32;
    /** How many fields a page's links to its tables may copy in all. */
    private static final int MAX_LINKED_FIELDS = 20_000;

    private enum Place { PATH, QUERY, HEADER, COOKIE, PARAMS, REQUEST, RESPONSE, VALUES, NONE }

    private final SourceText src;
    private final String s;
    private final DiagnosticSink sink;
    private List<Block> blocks = List.of();
    /** Field tables by the anchors that name them ({@code schemapet}, {@code pet}). */
    private final Map<String, Table> anchored = new HashMap<>();
    /** The component each schema table outside the endpoints' sections is, by its heading's name. */
    private final Map<Table, String> componentNames = new java.util.IdentityHashMap<>();
    /** The component tables whose example shows them as an array of the table's objects. */
    private final Set<Table> arrayComponents = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** The {@code Enumerated Values} table that follows an anchored schema table, for the fields read from it. */
    private final Map<Table, Table> valuesOf = new java.util.IdentityHashMap<>();
    /** The tables read where they stand, with their findings reported. */
    private final Set<Table> read = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Each linked table's fields, read once, by table. */
    private final Map<Table, FieldNode> expanded = new java.util.IdentityHashMap<>();
    /** The linked tables being read, to cut a cycle. */
    private final Set<Table> expanding = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** The tables whose cycle was reported. */
    private final Set<Table> cyclic = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private int linkBudget = MAX_LINKED_FIELDS;
    private boolean budgetReported;

    public GfmTableReader(SourceText src, DiagnosticSink sink) {
        this.src = src;
        this.s = src.text();
        this.sink = sink;
    }

    /**
     * Whether a page documents an endpoint by a request line with a field or parameter table in its section: after the
     * line, before the next request line or the next heading as high as the one that names the endpoint.
     */
    public static boolean looksLike(String text, FrontMatter fm) {
        if (text.indexOf('|') < 0 || !text.contains("-")) return false;
        List<Block> blocks = MarkdownBlocks.read(text, fm.bodyStart());
        List<RequestLines.Mark> marks = RequestLines.find(blocks);
        int ownerLevel = 0;
        int next = 0;
        for (int i = 0; i < blocks.size() && next < marks.size(); i++) {
            Block b = blocks.get(i);
            if (i == marks.get(next).block()) {
                int level = b instanceof Heading h ? h.level() : ownerLevel;
                for (int j = i + 1; j < blocks.size(); j++) {
                    if (next + 1 < marks.size() && j == marks.get(next + 1).block()) break;
                    Block c = blocks.get(j);
                    if (c instanceof Heading h && h.level() <= level && !RequestLines.REQUEST_HEADING.matcher(h.text()).matches()) break;
                    if (c instanceof Table t && TableColumns.of(t).isFieldTable()) return true;
                }
                next++;
            }
            if (b instanceof Heading h && h.level() <= 6 && !RequestLines.REQUEST_HEADING.matcher(h.text()).matches()) ownerLevel = h.level();
        }
        return false;
    }

    public PageDraft read(FrontMatter fm) {
        PageDraft page = new PageDraft();
        page.title = fm.get("title");
        blocks = MarkdownBlocks.read(s, fm.bodyStart());
        MarkdownBlocks.reportUnclosed(blocks, src, sink);
        anchors();
        List<RequestLines.Mark> marks = RequestLines.find(blocks);
        int[] starts = new int[marks.size()];
        int[] owners = new int[marks.size()];
        int[] above = owners();
        for (int k = 0; k < marks.size(); k++) {
            owners[k] = owner(above, marks.get(k).block());
            int start = owners[k] < 0 ? 0 : owners[k];
            if (k > 0 && start <= marks.get(k - 1).block()) start = lastHeadingBetween(marks.get(k - 1).block(), marks.get(k).block());
            starts[k] = start;
        }
        int[] ends = new int[marks.size()];
        for (int k = 0; k < marks.size(); k++) {
            RequestLines.Mark m = marks.get(k);
            int level = owners[k] < 0 ? 0 : ((Heading) blocks.get(owners[k])).level();
            int end = k + 1 < marks.size() ? starts[k + 1] : blocks.size();
            int firstOwn = firstOwnSection(m.block() + 1, end, level);
            for (int i = m.block() + 1; i < end; i++) {
                // a heading as high as the endpoint's before its first own section is one of its description's
                if (blocks.get(i) instanceof Heading h && h.level() <= level && !RequestLines.REQUEST_HEADING.matcher(h.text()).matches()
                        && i >= firstOwn) {
                    end = i;
                    break;
                }
            }
            ends[k] = end;
        }
        components(starts, ends);
        for (int k = 0; k < marks.size(); k++) {
            RequestLines.Mark m = marks.get(k);
            int end = ends[k];
            EndpointDraft ep = new EndpointDraft(m.method(), m.path(), src.location(m.offset()));
            ep.baseUrl = m.baseUrl();
            if (owners[k] >= 0) ep.title = Text.normalize(((Heading) blocks.get(owners[k])).text().replace("`", ""));
            if (ep.title == null || ep.title.isEmpty()) ep.title = fm.get("title");
            section(ep, starts[k], end, m.block());
            page.endpoints.add(ep);
        }
        reportSchemaTables(page);
        keepFullest(page);
        return page;
    }

    /**
     * Of an endpoint a page names twice (a "Workflow" section's {@code #### GET /boot/v1/bootscript} step, then its reference
     * section), the one that documents the most; the other is a mention, not a second definition.
     */
    private static void keepFullest(PageDraft page) {
        Map<String, EndpointDraft> best = new HashMap<>();
        for (EndpointDraft ep : page.endpoints) {
            String key = signature(ep);
            EndpointDraft other = best.get(key);
            if (other == null || weight(ep) > weight(other)) best.put(key, ep);
        }
        page.endpoints.removeIf(ep -> best.get(signature(ep)) != ep);
    }

    /** An endpoint as merging compares them: its path parameters' names do not count. */
    private static String signature(EndpointDraft ep) {
        return ep.method + " " + ep.path.replaceAll("\\{[^}]*}", "{}");
    }

    private static int weight(EndpointDraft ep) {
        int n = ep.params.size() + ep.looseExamples.size() + ep.responses.size();
        if (ep.request != null) n += ep.request.root.preorder().size();
        for (BodyDraft b : ep.responses.values()) n += b.root.preorder().size();
        return n;
    }

    /**
     * The schema tables outside every endpoint's section (a Widdershins or swagger2markup "Schemas"/"Definitions"
     * section): each object one is a component, named by its heading, that the fields and statuses linking to it use.
     * A table of one {@code *anonymous*} row is a scalar, read in place instead.
     */
    private void components(int[] starts, int[] ends) {
        Map<Table, Integer> index = new java.util.IdentityHashMap<>();
        for (int i = 0; i < blocks.size(); i++) if (blocks.get(i) instanceof Table t) index.put(t, i);
        boolean[] schemas = schemaSections();
        Set<String> names = new HashSet<>();
        for (Table t : anchored.values().stream().distinct().sorted(java.util.Comparator.comparingInt(Table::start)).toList()) {
            int at = index.getOrDefault(t, -1);
            boolean inSection = false;
            for (int k = 0; k < starts.length; k++) inSection |= at >= starts[k] && at < ends[k];
            if (inSection || at < 0 || !schemas[at] || t.rows().isEmpty()) continue;
            TableColumns cols = TableColumns.of(t);
            String firstName = cleanName(TableColumns.cell(t.rows().get(0), cols.name()));
            if ("anonymous".equalsIgnoreCase(firstName)) continue;
            // a lone **additionalProperties** row is a map of its type: read in place where it is linked, as a map
            if (t.rows().size() == 1 && firstName.equals("additionalProperties")) continue;
            String name = null;
            int named = -1;
            for (int i = at - 1; i >= 0 && name == null; i--) {
                if (blocks.get(i) instanceof Heading h && !h.text().equalsIgnoreCase("properties") && h.level() <= 6) {
                    name = typeName(h.text());
                    named = i;
                }
            }
            if (name == null || !names.add(name.toLowerCase(Locale.ROOT))) continue;
            componentNames.put(t, name);
            arrayComponent(t, name, named, at);
        }
    }

    /**
     * Marks a component whose own example, between its heading and its table, is a JSON array of objects (Widdershins
     * shows an array schema so, and its item's properties as the table): a link to it is an array of the table's objects.
     * The table does not say it, so it is an inference, reported as one.
     */
    private void arrayComponent(Table t, String name, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (!(blocks.get(i) instanceof Fence f)) continue;
            String c = f.content().strip();
            if (c.startsWith("[") && c.substring(1).stripLeading().startsWith("{")) {
                arrayComponents.add(t);
                sink.report(ParserCode.InferArrayBody, src.location(f.start()), "the example of schema `" + name
                        + "` is a JSON array; docpoet reads `" + name + "` as an array of the objects its table lists",
                        "where a field uses it, write `[[" + name + "](#…)]` to say it is a list; or silence it with"
                                + " @SuppressWarnings(\"docpoet:InferArrayBody\")");
            }
            return;
        }
    }

    /** For each block, whether it is in a "Schemas", "Definitions" or "Models" section: only there is a table a component. */
    private boolean[] schemaSections() {
        boolean[] out = new boolean[blocks.size()];
        boolean[] byLevel = new boolean[8];
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Heading h && h.level() >= 1 && h.level() <= 6) {
                byLevel[h.level()] = SCHEMA_SECTION.matcher(h.text().replace("`", "")).matches() || byLevel[h.level() - 1];
                for (int l = h.level() + 1; l < byLevel.length; l++) byLevel[l] = false;
            }
            boolean in = false;
            for (boolean b : byLevel) in |= b;
            out[i] = in;
        }
        return out;
    }

    /** A heading as a type's name: its words joined in UpperCamel ({@code V2SessionTemplate}, {@code HMSType.1.0.0} → {@code HMSType100}). */
    private static String typeName(String heading) {
        StringBuilder out = new StringBuilder();
        for (String part : heading.replace("`", "").split("[^A-Za-z0-9]+")) {
            if (part.isEmpty()) continue;
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.length() == 0 || Character.isDigit(out.charAt(0)) ? "Schema" + out : out.toString();
    }

    private boolean isArrayComponent(String link) {
        return link.startsWith("#") && arrayComponents.contains(anchored.get(link.substring(1).toLowerCase(Locale.ROOT)));
    }

    /** The component a link names ({@code #schemapet}), when its table is one. */
    private @Nullable String componentOf(String link) {
        if (!link.startsWith("#")) return null;
        Table target = anchored.get(link.substring(1).toLowerCase(Locale.ROOT));
        return target == null ? null : componentNames.get(target);
    }

    /**
     * For each block, the heading that would name an endpoint whose request line is there: the nearest above it that is
     * not "HTTP Request", or -1. One forward pass.
     */
    private int[] owners() {
        int[] out = new int[blocks.size()];
        int last = -1;
        for (int i = 0; i < blocks.size(); i++) {
            out[i] = last;
            if (blocks.get(i) instanceof Heading h && h.level() <= 6 && !RequestLines.REQUEST_HEADING.matcher(h.text()).matches()) last = i;
        }
        return out;
    }

    /**
     * The endpoint's first own parameter or response heading, deeper than its owner, before a sibling heading; -1 when
     * none. The headings as high as the owner's above it are its description's (an OpenAPI description's
     * {@code # Create} that Widdershins copies under {@code ## post_job}); a sibling section ({@code ## Pagination})
     * after it, or without one, ends the endpoint. One pass: a page of many headings stays linear.
     */
    private int firstOwnSection(int from, int end, int ownerLevel) {
        if (ownerLevel == 0) return -1;
        for (int j = from; j < end; j++) {
            if (!(blocks.get(j) instanceof Heading h)) continue;
            if (h.level() == ownerLevel) return -1;
            if (h.level() > ownerLevel && OWN_SECTION.matcher(h.text()).matches()) return j;
        }
        return -1;
    }

    /** The heading that names the endpoint of a request line: the line itself when it is a heading, else its owner. */
    private int owner(int[] owners, int markBlock) {
        return blocks.get(markBlock) instanceof Heading ? markBlock : owners[markBlock];
    }

    private int lastHeadingBetween(int after, int before) {
        for (int i = before - 1; i > after; i--) {
            if (blocks.get(i) instanceof Heading h && h.level() <= 6) return i;
        }
        return before;
    }

    /** Field tables named by an anchor ({@code <a id="schemapet">}, {@code {#pet}}, {@code <h2 id="tocS_Pet">}) or a heading. */
    private void anchors() {
        List<String> pending = new ArrayList<>();
        int pendingLevel = 7;
        Table last = null;
        for (Block b : blocks) {
            if (b instanceof Heading h) {
                if (h.level() <= pendingLevel) pending.clear();
                pendingLevel = h.level();
                String text = h.text().replace("`", "").strip().toLowerCase(Locale.ROOT);
                pending.add(text);
                pending.add("schema" + text.replaceAll("[^a-z0-9_]", ""));
                if (h.anchor() != null) pending.add(h.anchor().toLowerCase(Locale.ROOT));
            } else if (b instanceof Paragraph p) {
                Matcher a = ANCHOR.matcher(p.text());
                while (a.find()) pending.add(a.group(1).toLowerCase(Locale.ROOT));
            } else if (b instanceof Table t && TableColumns.of(t).isValueTable() && last != null) {
                valuesOf.putIfAbsent(last, t);
            } else if (b instanceof Table t && TableColumns.of(t).isFieldTable() && !pending.isEmpty()) {
                for (String key : pending) anchored.putIfAbsent(key, t);
                pending.clear();
                last = t;
            }
        }
    }

    private void section(EndpointDraft ep, int from, int to, int markBlock) {
        String heading = "";
        String caption = "";
        for (int i = from; i < to; i++) {
            Block b = blocks.get(i);
            if (i == markBlock) continue;
            if (b instanceof Heading h) {
                heading = i == from ? "" : h.text();
                caption = "";
            } else if (b instanceof Paragraph p) {
                // an HTML comment is no caption: what it sits between still belongs together
                if (p.text().strip().matches("(?s)<!--.*-->")) continue;
                caption = p.text();
                ep.prose.add(new ProseSpan(p.text(), p.start()));
                String t = p.text().strip();
                if (ep.description == null && !t.startsWith(">") && !t.startsWith("<") && !t.startsWith("|") && !t.startsWith("!")) {
                    ep.description = Text.normalize(t);
                }
            } else if (b instanceof Table t) {
                table(ep, t, heading, caption);
                caption = "";
            } else if (b instanceof Fence f) {
                fence(ep, f, heading, caption);
                caption = "";
            }
        }
    }

    private static Place place(String heading, TableColumns cols) {
        String h = heading.toLowerCase(Locale.ROOT);
        if (h.contains("enumerated") || h.contains("allowed values") || h.contains("enum values")) return Place.VALUES;
        if (RESPONSE_WORDS.matcher(h).find()) return Place.RESPONSE;
        if (cols.in() >= 0) return Place.PARAMS;
        if (h.contains("path") || h.contains("url param") || h.contains("route param") || h.contains("uri param")) return Place.PATH;
        if (h.contains("query")) return Place.QUERY;
        if (h.contains("header")) return Place.HEADER;
        if (h.contains("cookie")) return Place.COOKIE;
        if (h.contains("body") || REQUEST_WORDS.matcher(h).find() || h.contains("form")) return Place.REQUEST;
        if (h.contains("attribute") || h.contains("propert") || h.contains("field") || h.contains("schema") || h.contains("object")) {
            return Place.RESPONSE;
        }
        return Place.PARAMS;
    }

    private void table(EndpointDraft ep, Table t, String heading, String caption) {
        TableColumns cols = TableColumns.of(t);
        read.add(t);
        String lower = heading.toLowerCase(Locale.ROOT);
        if (lower.contains("header") && RESPONSE_WORDS.matcher(lower).find()) {
            // Widdershins' **Response Headers** (|Status|Header|Type|Format|Description|): headers, not body fields
            responseHeaders(ep, t, cols);
            return;
        }
        if (cols.isStatusTable()) {
            statuses(ep, t, cols);
            return;
        }
        Place place = cols.isValueTable() ? Place.VALUES : place(heading, cols);
        if (place == Place.VALUES && cols.value() >= 0) {
            values(ep, t, cols);
            return;
        }
        if (!cols.isFieldTable()) return;
        switch (place) {
            case PATH, QUERY, HEADER, COOKIE -> {
                ParameterLocation in = ParameterLocation.valueOf(place.name());
                for (FieldNode n : flat(rows(t, cols, null, sink, 0))) ep.params.add(new EndpointDraft.Param(in, n));
            }
            case REQUEST -> fields(request(ep, t), t, cols, sink, 0, false);
            case RESPONSE -> {
                Matcher st = STATUS.matcher(caption + " " + heading);
                String status = st.find() ? st.group(1) : successStatus(ep);
                BodyDraft body = ep.response(status, src.location(t.start()));
                if (body.root.children.isEmpty()) fields(body, t, cols, sink, 0, false);
            }
            default -> params(ep, t, cols);
        }
    }

    /** A response headers table: each row's header name under its status (the success status when there is no column). */
    private void responseHeaders(EndpointDraft ep, Table t, TableColumns cols) {
        int nameAt = -1;
        for (int i = 0; i < t.header().size() && nameAt < 0; i++) {
            String h = t.header().get(i).text().replaceAll("[*`_]", "").strip().toLowerCase(Locale.ROOT);
            if (h.equals("header") || h.equals("name") || h.equals("header name")) nameAt = i;
        }
        if (nameAt < 0) nameAt = cols.name();
        Map<String, List<String>> byStatus = new java.util.LinkedHashMap<>();
        for (List<Cell> row : t.rows()) {
            String name = cleanName(TableColumns.cell(row, nameAt));
            if (name.isEmpty()) continue;
            String raw = TableColumns.cell(row, cols.status());
            Matcher st = raw == null ? null : STATUS.matcher(raw.replaceAll("[*`]", ""));
            String status = st != null && st.find() ? st.group(1) : successStatus(ep);
            byStatus.computeIfAbsent(status, k -> new ArrayList<>()).add(name);
        }
        byStatus.forEach((status, names) -> {
            EndpointDraft.ResponseHeaders had = ep.responseHeaders.get(status);
            List<String> all = new ArrayList<>(had == null ? List.of() : had.names());
            for (String n : names) if (!all.contains(n)) all.add(n);
            ep.responseHeaders.put(status, new EndpointDraft.ResponseHeaders(had == null ? src.location(t.start()) : had.location(), all));
        });
    }

    private static String successStatus(EndpointDraft ep) {
        return ep.responses.keySet().stream().filter(k -> k.startsWith("2")).findFirst().orElse("200");
    }

    private BodyDraft request(EndpointDraft ep, Table t) {
        if (ep.request == null) ep.request = new BodyDraft("application/json", src.location(t.start()));
        return ep.request;
    }

    /** A table with an {@code In} column, or one whose heading only says "Parameters": each row where it says, or by method. */
    private void params(EndpointDraft ep, Table t, TableColumns cols) {
        boolean bodyless = ep.method.equals("GET") || ep.method.equals("DELETE") || ep.method.equals("HEAD");
        List<List<Cell>> bodyRows = new ArrayList<>();
        boolean form = false;
        List<List<Cell>> paramRows = new ArrayList<>();
        List<ParameterLocation> ins = new ArrayList<>();
        for (List<Cell> row : t.rows()) {
            String in = TableColumns.cell(row, cols.in());
            String where = in == null ? "" : in.replaceAll("[*`_]", "").strip().toLowerCase(Locale.ROOT);
            ParameterLocation loc = switch (where) {
                case "path" -> ParameterLocation.PATH;
                case "query" -> ParameterLocation.QUERY;
                case "header" -> ParameterLocation.HEADER;
                case "cookie" -> ParameterLocation.COOKIE;
                default -> null;
            };
            boolean body = where.equals("body") || where.startsWith("form");
            form |= where.startsWith("form");
            if (loc == null && !body) {
                if (depth(TableColumns.cell(row, cols.name())) > 0 && !bodyRows.isEmpty()) body = true;
                else if (bodyless) loc = ParameterLocation.QUERY;
                else body = true;
            }
            if (body) {
                bodyRows.add(row);
            } else {
                paramRows.add(row);
                ins.add(loc);
            }
        }
        List<FieldNode> params = flat(rows(new Table(t.start(), t.header(), paramRows), cols, null, sink, 0));
        for (int i = 0; i < params.size() && i < ins.size(); i++) ep.params.add(new EndpointDraft.Param(ins.get(i), params.get(i)));
        if (!bodyRows.isEmpty()) {
            BodyDraft body = request(ep, t);
            if (form) body.contentType = "application/x-www-form-urlencoded";
            fields(body, new Table(t.start(), t.header(), bodyRows), cols, sink, 0, cols.in() >= 0);
            if (form && body.root.preorder().stream().anyMatch(n -> "binary".equals(n.format))) body.contentType = "multipart/form-data";
        }
    }

    /** A status table: each documented status, and its body from the table its schema links to. */
    private void statuses(EndpointDraft ep, Table t, TableColumns cols) {
        for (List<Cell> row : t.rows()) {
            String raw = TableColumns.cell(row, cols.status());
            Matcher st = raw == null ? null : STATUS.matcher(raw.replaceAll("[*`]", ""));
            if (st == null || !st.find()) continue;
            String status = st.group(1);
            String schema = TableColumns.cell(row, cols.type());
            ProseType type = schema == null ? null : ProseType.parse(schema);
            String plain = schema == null ? "" : schema.replaceAll("[*`_]", "").strip().toLowerCase(Locale.ROOT);
            if (plain.isEmpty() || plain.equals("none")) {
                if (!ep.responses.containsKey(status)) ep.responses.put(status, new BodyDraft("", src.location(row.get(0).offset())));
                continue;
            }
            BodyDraft body = ep.response(status, src.location(row.get(0).offset()));
            if (type != null && type.type().kind() == Kind.ARRAY && body.root.children.isEmpty()) {
                body.root.kind = Kind.ARRAY;
                body.root.itemKind = type.type().itemKind();
            }
            if (type == null || type.reference() == null || !type.reference().startsWith("#")) continue;
            Table target = anchored.get(type.reference().substring(1).toLowerCase(Locale.ROOT));
            if (target == null || !body.root.children.isEmpty()) continue;
            if (type.type().kind() == Kind.ARRAY) body.root.kind = Kind.ARRAY;
            String component = componentOf(type.reference());
            if (component != null) {
                if (isArrayComponent(type.reference())) body.root.kind = Kind.ARRAY;
                body.root.entity = "=" + dev.docpoet.spec.Component.key(src.name(), component, false);
                continue;
            }
            // the schema's table is read again for each use, its findings once (when it is read where it stands)
            fields(body, target, TableColumns.of(target), new DiagnosticSink(), 1, false);
            linkedValues(target, body.root);
        }
    }

    /** The values a schema table's own {@code Enumerated Values} give the fields read from it (its top level only). */
    private void linkedValues(Table schema, FieldNode root) {
        Table v = valuesOf.get(schema);
        if (v != null) values(new ArrayList<>(root.children.values()), v, TableColumns.of(v));
    }

    /** Widdershins' {@code Enumerated Values}: each row gives one value of the named parameter or field. */
    private void values(EndpointDraft ep, Table t, TableColumns cols) {
        List<FieldNode> all = new ArrayList<>();
        for (EndpointDraft.Param p : ep.params) all.add(p.node());
        if (ep.request != null) all.addAll(ep.request.root.preorder());
        for (BodyDraft b : ep.responses.values()) all.addAll(b.root.preorder());
        values(all, t, cols);
    }

    private static void values(List<FieldNode> all, Table t, TableColumns cols) {
        for (List<Cell> row : t.rows()) {
            String name = cleanName(TableColumns.cell(row, cols.name()));
            String value = TableColumns.cell(row, cols.value());
            if (name.isEmpty() || value == null) continue;
            String v = value.replace("`", "").strip();
            if (v.isEmpty()) continue;
            for (FieldNode n : all) {
                if (!n.name.equals(name) || n.enumValues.contains(v)) continue;
                n.enumValues.add(v);
                boolean number = n.kind == Kind.INTEGER || n.kind == Kind.NUMBER || n.kind == Kind.ARRAY && (n.itemKind == Kind.INTEGER || n.itemKind == Kind.NUMBER);
                n.enumKind = number && v.matches("-?\\d+(\\.\\d+)?") ? (v.matches("-?\\d+") ? EnumKind.INTEGER : EnumKind.NUMBER) : EnumKind.STRING;
                if (n.kind == Kind.UNSPECIFIED) n.kind = Kind.STRING;
            }
        }
    }

    private void fence(EndpointDraft ep, Fence f, String heading, String caption) {
        String info = f.info().toLowerCase(Locale.ROOT);
        String content = f.content().strip();
        boolean json = info.startsWith("json") || (info.isEmpty() && (content.startsWith("{") || content.startsWith("[")));
        if (!json || content.isEmpty()) return;
        String said = caption.isBlank() ? heading : caption;
        boolean response = RESPONSE_WORDS.matcher(said).find() || RESPONSE_WORDS.matcher(info).find();
        boolean request = !response && (REQUEST_WORDS.matcher(said).find() || REQUEST_WORDS.matcher(info).find());
        Matcher st = STATUS.matcher(info + " " + caption + " " + heading);
        String status = st.find() ? st.group(1) : null;
        if (!response && !request && status == null) return;
        if (request && ep.method.equals("GET")) return;
        if (!request && status == null && ERROR_WORD.matcher(said + " " + info).find() && content.startsWith("{")
                && ERROR_SHAPE.matcher(content).find()) {
            // "Standard error response:" shows what an error looks like, not for which status: not the success body's
            // example, but OpenAPI's "default", the body of any error status the docs do not list
            sink.report(ParserCode.InferErrorExampleDefault, src.location(f.start()), "the error example under `" + said.strip()
                    + "` names no HTTP status: it is the body of any error status the docs do not list (default)",
                    "caption it with its status, such as > 404 Response, or silence it with"
                            + " @SuppressWarnings(\"docpoet:InferErrorExampleDefault\")");
            status = "default";
        }
        try {
            LocatedJson example = LocatedJson.read(s, f.contentStart(), f.contentEnd(), true);
            ep.looseExamples.add(new EndpointDraft.LooseExample(example, request ? null : status, request));
        } catch (LocatedJson.Failure e) {
            sink.report(ParserCode.SpecBadExampleJson, src.location(e.offset), "example is not valid JSON: " + e.getMessage(),
                    "fix the JSON or remove the example");
        }
    }

    /** A row read: how many {@code »} deep it is, its name as written, and its node. */
    private record Row(int depth, String written, FieldNode node, @Nullable String link) {}

    private static List<FieldNode> flat(List<Row> rows) {
        return rows.stream().map(Row::node).toList();
    }

    /**
     * Reads a field table into {@code body}: a leading {@code *anonymous*} or {@code body} row stands for the body
     * itself (an array when it says so), {@code »} prefixes nest, and a name's dots or brackets nest too.
     */
    private void fields(BodyDraft body, Table t, TableColumns cols, DiagnosticSink findings, int linkDepth, boolean bodyParameter) {
        List<Row> rows = rows(t, cols, body.root, findings, linkDepth);
        if (rows.isEmpty()) return;
        Row first = rows.get(0);
        // Widdershins: |*anonymous*|[Pet]| or |body|body|object| over » rows stands for the body itself
        boolean container = first.node.kind == Kind.OBJECT || first.node.kind == Kind.ARRAY || first.link != null;
        // a named first row over » rows (| data | object | over | » id |) is an envelope the body has, not the body: only
        // Widdershins' own names for the body itself stand for it
        boolean bodyName = first.written.equalsIgnoreCase("anonymous") || first.written.equalsIgnoreCase("body");
        boolean wrapper = first.depth == 0 && (first.written.equalsIgnoreCase("anonymous")
                || container && (bodyParameter || bodyName && rows.size() > 1 && rows.stream().skip(1).allMatch(r -> r.depth > 0)));
        if (wrapper) {
            rows = rows.subList(1, rows.size());
            if (first.node.kind == Kind.ARRAY) {
                body.root.kind = Kind.ARRAY;
                body.root.itemKind = first.node.itemKind;
            }
            if (first.link != null && componentOf(first.link) != null) {
                // |*anonymous*|[[Pet](#schemapet)]| over Pet's fields again: the body is Pet's record, one type everywhere
                link(body.root, first.link, linkDepth);
                return;
            }
            if (rows.isEmpty() && first.link != null) link(body.root, first.link, linkDepth);
        }
        int min = rows.stream().mapToInt(Row::depth).min().orElse(0);
        FieldTree tree = new FieldTree(findings);
        List<FieldNode> stack = new ArrayList<>();
        // the rows under a field that links to a component repeat that component's fields: the component says them once
        Set<FieldNode> repeated = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Row r : rows) {
            int d = r.depth - min;
            while (stack.size() > d) stack.remove(stack.size() - 1);
            FieldNode parent = stack.isEmpty() ? body.root : stack.get(stack.size() - 1);
            if (repeated.contains(parent)) {
                while (stack.size() < d) stack.add(parent);
                stack.add(parent);
                continue;
            }
            if (r.link != null && componentOf(r.link) != null) repeated.add(r.node);
            if (parent != body.root && parent.kind != Kind.ARRAY && parent.kind != Kind.OBJECT) parent.kind = Kind.OBJECT;
            if (r.written.equals("additionalProperties")) {
                // Widdershins: |» **additionalProperties**|string| makes its parent a map of that type
                if (parent.children.isEmpty() && parent.kind != Kind.ARRAY) {
                    parent.becomeMap(r.node);
                    while (stack.size() < d) stack.add(parent);
                    stack.add(r.node);
                }
                continue;
            }
            tree.add(parent, r.written, r.node, stack.size());
            // a row not added (a duplicate, reported; or too deep) still heads its » rows: they go with it, never up to
            // its parent, where they would read as fields of another object
            while (stack.size() < d) stack.add(parent);
            stack.add(r.node);
        }
        for (Row r : rows) {
            if (r.link != null && (r.node.children.isEmpty() || repeated.contains(r.node))) {
                r.node.children.clear();
                link(r.node, r.link, linkDepth);
            }
        }
    }

    /**
     * Gives a field whose type links to a table on the page ({@code [Pet](#schemapet)}) that table's fields. Each table is
     * read once and copied for each link; a table that links back to one being read is a cycle, cut there (a warning),
     * and a page whose links copy more than {@link #MAX_LINKED_FIELDS} fields stops following them (an error).
     */
    private void link(FieldNode node, String link, int depth) {
        String component = componentOf(link);
        if (component != null) {
            if (node.kind != Kind.ARRAY && isArrayComponent(link)) {
                node.kind = Kind.ARRAY;
                node.itemKind = Kind.OBJECT;
            }
            if (node.kind != Kind.ARRAY) node.kind = Kind.OBJECT;
            node.entity = "=" + dev.docpoet.spec.Component.key(src.name(), component, false);
            return;
        }
        if (!link.startsWith("#") || depth >= MAX_LINK_DEPTH) return;
        Table target = anchored.get(link.substring(1).toLowerCase(Locale.ROOT));
        if (target == null) return;
        if (expanding.contains(target)) {
            if (cyclic.add(target)) {
                sink.report(ParserCode.SpecOpenApiRefCycle, node.location, "`" + node.name + "` links to `" + link
                        + "`, a table that contains itself through its links; docpoet reads it there as a JSON object",
                        "make the table a schema of its own (under a Schemas heading), or link to it once");
            }
            return;
        }
        FieldNode root = expanded.get(target);
        if (root == null) {
            expanding.add(target);
            BodyDraft holder = new BodyDraft("application/json", node.location);
            try {
                fields(holder, target, TableColumns.of(target), new DiagnosticSink(), depth + 1, false);
                linkedValues(target, holder.root);
            } finally {
                expanding.remove(target);
            }
            root = holder.root;
            expanded.put(target, root);
        }
        if (root.kind == Kind.ARRAY) return;
        if (root.map && node.kind != Kind.ARRAY && node.children.isEmpty()) {
            node.becomeMap(root.children.get(FieldNode.MAP_VALUE).copy(null));
            return;
        }
        if (node.kind != Kind.ARRAY) node.kind = Kind.OBJECT;
        if (node.kind == Kind.ARRAY && node.itemKind != Kind.OBJECT && node.itemKind != Kind.UNSPECIFIED) return;
        int size = root.preorder().size() - 1;
        if (size > linkBudget) {
            if (!budgetReported) {
                budgetReported = true;
                sink.report(ParserCode.SpecTooDeep, node.location, "the tables this page links to expand to more than "
                        + MAX_LINKED_FIELDS + " fields; docpoet stops following links at `" + node.name + "`",
                        "make the linked tables schemas of their own (under a Schemas heading) so each is one type");
            }
            return;
        }
        linkBudget -= size;
        root.children.forEach((k, v) -> node.children.put(k, v.copy(null)));
    }

    /** The rows of a table as fields; with {@code root} null they are parameters, whose names are taken whole. */
    private List<Row> rows(Table t, TableColumns cols, @Nullable FieldNode root, DiagnosticSink findings, int linkDepth) {
        List<Row> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (List<Cell> row : t.rows()) {
            String rawName = TableColumns.cell(row, cols.name());
            int at = TableColumns.offset(row, cols.name(), row.isEmpty() ? t.start() : row.get(0).offset());
            if (rawName == null) {
                findings.report(ParserCode.SpecIncompleteField, src.location(at), "this table row has no cell for the name column",
                        "give the row as many cells as the header has");
                continue;
            }
            String name = cleanName(rawName);
            if (name.isEmpty()) {
                if (row.stream().allMatch(c -> c.text().isBlank() || c.text().matches("[-–—]+"))) continue;
                findings.report(ParserCode.SpecIncompleteField, src.location(at), "this table row has no field name",
                        "write the field's name in the first column");
                continue;
            }
            String written = root == null ? name : BRACKETS.matcher(name.replace("[]", "")).replaceAll(".$1");
            if (root != null && (written.isEmpty() || FieldTree.path(written).stream().anyMatch(part -> part.isBlank() || part.equals(".")))) {
                // `[]` or `.` alone, or `a..b`: a path with an empty step names no field
                findings.report(ParserCode.SpecIncompleteField, src.location(at), "the name `" + rawName.strip() + "` has an empty part"
                        + " and names no field; docpoet skips the row", "write the field's name, dotted as parent.child");
                continue;
            }
            FieldNode n = new FieldNode(root == null ? name : FieldTree.path(written).get(FieldTree.path(written).size() - 1),
                    src.location(at));
            String typeCell = TableColumns.cell(row, cols.type());
            String link = null;
            if (typeCell != null && !typeCell.isBlank()) {
                ProseType type = ProseType.parse(typeCell);
                boolean objectLike = type.type().kind() == Kind.OBJECT || type.type().kind() == Kind.ARRAY && type.type().itemKind() == Kind.OBJECT;
                if ((!type.type().recognized() || objectLike) && type.reference() != null && type.reference().startsWith("#")) {
                    // [xname](#schemaxname): a schema of the page; a scalar one is its *anonymous* row's type, else an object
                    type = linkedType(type, linkDepth);
                }
                if (!type.type().recognized()) {
                    findings.report(ParserCode.SpecUnknownType, src.location(TableColumns.offset(row, cols.type(), at)),
                            "type `" + typeCell.strip() + "` of `" + name + "` names no JSON type; docpoet treats it as any value",
                            "write string, number, integer, boolean, object, array, `[string]` or `string(date-time)` in the Type column");
                }
                n.applyType(type.type());
                boolean objectish = n.kind == Kind.OBJECT || n.kind == Kind.ARRAY && (n.itemKind == Kind.OBJECT || n.itemKind == Kind.ANY);
                if (objectish && type.reference() != null && type.reference().startsWith("#")) link = type.reference();
            }
            n.required = required(rawName, TableColumns.cell(row, cols.required()), cols.requiredInverted());
            String desc = TableColumns.cell(row, cols.description());
            if (desc != null) {
                String md = desc.replaceAll("<br\\s*/?>", "\n").strip();
                if (md.equalsIgnoreCase("none") || md.equals("-")) md = "";
                if (cols.required() < 0 && md.matches("(?is)^(?:\\*\\*|_)?required\\b.*")) n.required = true;
                n.descriptionMarkdown = md;
                n.description = Text.normalize(md);
            }
            String restrictions = TableColumns.cell(row, cols.restrictions());
            if (restrictions != null && restrictions.toLowerCase(Locale.ROOT).contains("nullable")) n.nullable = true;
            n.defaultValue = value(TableColumns.cell(row, cols.defaultValue()), n.kind);
            if (n.defaultValue == null && desc != null) {
                // "Defaults to 20." in the description says the default as a Default column would
                Matcher said = DEFAULTS_TO.matcher(desc);
                if (said.find()) n.defaultValue = value(said.group(1), n.kind);
            }
            if (cols.type() < 0 && n.kind == Kind.UNSPECIFIED && n.defaultValue != null) inferFromDefault(n, findings);
            n.example = value(TableColumns.cell(row, cols.example()), n.kind);
            if (!seen.add(root == null ? name : written) && root == null) {
                findings.report(ParserCode.LintDuplicateField, n.location, "parameter `" + name + "` is documented twice in this table",
                        "remove one of the two rows");
                continue;
            }
            out.add(new Row(depth(rawName), written, n, link));
        }
        return out;
    }

    /**
     * Types a field of a table without a Type column (Slate's {@code Parameter | Default | Description}) by its default:
     * an inference, reported as one.
     */
    private void inferFromDefault(FieldNode n, DiagnosticSink findings) {
        JsonNode v = n.defaultValue;
        Kind kind = v.isBoolean() ? Kind.BOOLEAN : v.isIntegralNumber() ? Kind.INTEGER : v.isNumber() ? Kind.NUMBER
                : v.isTextual() ? Kind.STRING : null;
        if (kind == null) return;
        n.kind = kind;
        findings.report(ParserCode.InferTypeFromExample, n.location, "`" + n.name + "` has no type in its table; docpoet reads it as "
                + kind.name().toLowerCase(Locale.ROOT) + " from its default `" + v.asText() + "`",
                "add a Type column, or silence it with @SuppressWarnings(\"docpoet:InferTypeFromExample\")");
    }

    /** The type a link to a schema table of the page stands for: its one {@code *anonymous*} row's, else an object. */
    private ProseType linkedType(ProseType written, int linkDepth) {
        boolean array = written.written().strip().startsWith("[[");
        String type = anonymousType(written.reference(), linkDepth);
        if (type != null) {
            ProseType scalar = ProseType.parse(array ? "[" + type + "]" : type);
            if (scalar.type().recognized()) return new ProseType(scalar.type(), null, written.written());
        }
        ProseType through = anonymousLink(written.reference());
        if (through != null && !array) {
            // LinkList, one *anonymous* [[Link](#schemalink)] row: the field is that list of Link, not an object
            return new ProseType(through.type(), through.reference(), written.written());
        }
        return new ProseType(dev.docpoet.parse.internal.TypeExpression.parse(array ? "array of object" : "object"), written.reference(),
                written.written());
    }

    /** The type of the one {@code *anonymous*} row of the schema table a link names, when that row links to an object table. */
    private @Nullable ProseType anonymousLink(String reference) {
        String type = anonymousRowType(reference);
        if (type == null) return null;
        ProseType parsed = ProseType.parse(type);
        if (parsed.reference() == null || !parsed.reference().startsWith("#") || parsed.reference().equalsIgnoreCase(reference)) return null;
        Table inner = anchored.get(parsed.reference().substring(1).toLowerCase(Locale.ROOT));
        if (inner == null || inner == anchored.get(reference.substring(1).toLowerCase(Locale.ROOT))) return null;
        boolean array = type.strip().startsWith("[[");
        return new ProseType(dev.docpoet.parse.internal.TypeExpression.parse(array ? "array of object" : "object"), parsed.reference(), type);
    }

    /**
     * The written type of the schema table a link names when that table is one {@code *anonymous*} row, followed through
     * such rows that link on ({@code V2SessionNameOrEmpty} → {@code [V2SessionName]} → {@code string}); else null.
     */
    private @Nullable String anonymousType(String reference, int linkDepth) {
        if (linkDepth >= MAX_LINK_DEPTH) return null;
        String type = anonymousRowType(reference);
        if (type == null) return null;
        ProseType parsed = ProseType.parse(type);
        Kind kind = parsed.type().kind();
        boolean objectLike = kind == Kind.OBJECT || kind == Kind.ARRAY && parsed.type().itemKind() == Kind.OBJECT;
        if (parsed.reference() == null || !parsed.reference().startsWith("#") || parsed.type().recognized() && !objectLike) return type;
        String inner = anonymousType(parsed.reference(), linkDepth + 1);
        if (inner == null) return null;
        return type.strip().startsWith("[[") ? "[" + inner + "]" : inner;
    }

    /** The written type of the one {@code *anonymous*} row of the schema table a link names; null for any other table. */
    private @Nullable String anonymousRowType(String reference) {
        Table target = anchored.get(reference.substring(1).toLowerCase(Locale.ROOT));
        if (target == null || target.rows().size() != 1) return null;
        TableColumns cols = TableColumns.of(target);
        List<Cell> first = target.rows().get(0);
        String type = TableColumns.cell(first, cols.type());
        return type == null || !"anonymous".equalsIgnoreCase(cleanName(TableColumns.cell(first, cols.name()))) ? null : type;
    }

    private static int depth(@Nullable String rawName) {
        if (rawName == null) return 0;
        int d = 0;
        for (int i = 0; i < rawName.length(); i++) {
            if (rawName.charAt(i) == '»') d++;
        }
        return d;
    }

    /** A name cell without its markup: {@code »}, bold, code, links, {@code <br>*required*} (swagger2markup). */
    static String cleanName(@Nullable String raw) {
        if (raw == null) return "";
        String n = raw.replace("»", "");
        int br = n.toLowerCase(Locale.ROOT).indexOf("<br");
        if (br >= 0) n = n.substring(0, br);
        n = n.replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1").replaceAll("<[^>]*>", "").replace("`", "").replace("**", "")
                .replaceAll("\\((?i:required|optional)\\)", "").strip();
        // emphasis around the whole name goes; a name's own underscore (_id, Mongo's key) stays
        n = n.replaceAll("^\\*+|\\*+$", "").strip();
        if (n.length() > 2 && n.startsWith("_") && n.endsWith("_")) n = n.substring(1, n.length() - 1).strip();
        int sp = n.indexOf(' ');
        if (sp > 0 && !n.equalsIgnoreCase("anonymous")) n = n.substring(0, sp);
        return n;
    }

    private static boolean required(String rawName, @Nullable String cell, boolean inverted) {
        String name = rawName.toLowerCase(Locale.ROOT);
        if (name.contains("*required*") || name.contains("(required)")) return true;
        if (cell == null) return false;
        String c = cell.replaceAll("[*`_]", "").strip().toLowerCase(Locale.ROOT);
        boolean yes = c.matches("true|yes|y|required|mandatory|✓|✔|☑|x|\\u2714\\ufe0f?|required\\b.*|yes\\b.*");
        boolean no = c.matches("false|no|n|optional|-|–|—|optional\\b.*|no\\b.*");
        // in an "Optional" column, "Optional" (or "yes") says optional, and "no" says required
        if (inverted) return !c.isEmpty() && (no && !c.startsWith("optional") || c.startsWith("required"));
        return yes;
    }

    /** A default or example cell as JSON when it reads as such, else as the text it is (a string field's value always). */
    private static @Nullable JsonNode value(@Nullable String cell, Kind kind) {
        if (cell == null) return null;
        String v = cell.replace("`", "").strip();
        if (v.isEmpty() || v.equals("-") || v.equalsIgnoreCase("none") || v.equalsIgnoreCase("n/a")) return null;
        boolean quoted = v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"");
        if (kind == Kind.STRING) {
            if (quoted) v = v.substring(1, v.length() - 1);
            return JsonNodeFactory.instance.textNode(v);
        }
        JsonNode read = json(v);
        if (quoted && read != null && read.isTextual()) {
            // swagger2markup quotes every default (`"false"` of a boolean): the quoted text is the value when it is of the
            // field's type, else the string it says
            JsonNode inner = json(read.asText());
            boolean fits = inner != null && (kind == Kind.BOOLEAN ? inner.isBoolean() : kind == Kind.INTEGER ? inner.isIntegralNumber()
                    : kind == Kind.NUMBER && inner.isNumber());
            if (fits) return inner;
        }
        return read != null ? read : JsonNodeFactory.instance.textNode(v);
    }

    private static @Nullable JsonNode json(String v) {
        try {
            return LocatedJson.read(v, 0, v.length(), true).root();
        } catch (LocatedJson.Failure e) {
            return null;
        }
    }

    /**
     * Reads every anchored table no endpoint read (a Widdershins "Schemas" section) once where it stands, so that its
     * findings are reported once, wherever it is used.
     */
    private void reportSchemaTables(PageDraft page) {
        for (Table t : anchored.values().stream().sorted(java.util.Comparator.comparingInt(Table::start)).distinct().toList()) {
            if (!read.add(t)) continue;
            BodyDraft holder = new BodyDraft("application/json", src.location(t.start()));
            String component = componentNames.get(t);
            if (component != null) {
                fields(holder, t, TableColumns.of(t), sink, 0, false);
                linkedValues(t, holder.root);
                page.entities.add(new PageDraft.EntityDraft(component, null, holder, ""));
                continue;
            }
            fields(holder, t, TableColumns.of(t), sink, MAX_LINK_DEPTH, false);
        }
    }
}
