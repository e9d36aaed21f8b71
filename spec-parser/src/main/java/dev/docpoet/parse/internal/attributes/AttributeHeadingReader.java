package dev.docpoet.parse.internal.attributes;

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
import dev.docpoet.parse.internal.MarkdownBlocks.Fence;
import dev.docpoet.parse.internal.MarkdownBlocks.Heading;
import dev.docpoet.parse.internal.MarkdownBlocks.Paragraph;
import dev.docpoet.parse.internal.PageDraft;
import dev.docpoet.parse.internal.ProseSpan;
import dev.docpoet.parse.internal.ProseType;
import dev.docpoet.parse.internal.RequestLines;
import dev.docpoet.parse.internal.SourceText;
import dev.docpoet.parse.internal.Text;
import dev.docpoet.spec.ParameterLocation;
import dev.docpoet.spec.ParserCode;
import dev.docpoet.spec.Schema.EnumKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads Hugo-style reference pages. An entity page gives one {@code ### `attr`} heading per field, each followed by
 * {@code **Description:**}, {@code **Type:**} ("String (ISO 8601 Datetime)", "Array of String", "String or null",
 * "Hash", "[Account](…)") and {@code **Version history:**} lines, with {@code {{<optional>}}} and {@code {{<nullable>}}}
 * markers; {@code source[note]} and {@code history[][day]} nest. A page may hold several entities, one per
 * {@code ## … attributes {#Name}} section. A method page gives each endpoint as a {@code ```http} request line under its
 * heading, its parameters as definition lists under {@code Path}/{@code Query}/{@code Form data parameters} headings, what
 * it returns ({@code **Returns:** [Account](…)}, an entity of another page, resolved across the doc set), and examples under
 * status headings ({@code ##### 200: OK}).
 */
public final class AttributeHeadingReader {
    private static final Pattern ATTRIBUTE = Pattern.compile("^`([^`]+)`\\s*(.*)$");
    private static final Pattern FIELD_LINE = Pattern.compile("(?m)^\\*\\*(Description|Type|Version history|Returns|OAuth):\\*\\*[ \\t]*+([^\\n]*)$");
    /** "null" as a type's word, not "non-null" or "not null". */
    private static final Pattern SAYS_NULL = Pattern.compile("(?i)(?<![-\\w])(?<!\\bnot\\s)null\\b");
    private static final Pattern TYPE_LINE = Pattern.compile("(?m)^\\*\\*Type:\\*\\*");
    private static final Pattern ENUM_LINE = Pattern.compile("(?m)^\\s*`([^`]+)`\\s*=\\s*");
    private static final Pattern OPTIONAL = Pattern.compile("(?i)\\{\\{[<%]\\s*optional\\s*[>%]}}");
    private static final Pattern NULLABLE = Pattern.compile("(?i)\\{\\{[<%]\\s*nullable\\s*[>%]}}");
    private static final Pattern REQUIRED = Pattern.compile("(?i)\\{\\{[<%]\\s*required\\s*[>%]}}");
    private static final Pattern MARKERS = Pattern.compile("(?i)\\{\\{[<%]\\s*(?:nullable|optional|required|deprecated)\\s*[>%]}}");
    private static final Pattern DEPRECATED = Pattern.compile("(?i)\\{\\{[<%]\\s*deprecated\\s*[>%]}}");
    /** Where a type line stops being a type and becomes prose ("… if `value` is a verified URL. Otherwise, null."). */
    private static final Pattern TYPE_END = Pattern.compile("(?<=\\s)(?:if|when|unless|but|otherwise|depending)\\b|\\.\\s|;|\\.$");
    private static final Pattern STATUS = Pattern.compile("^([1-5]\\d\\d)\\b");
    private static final Pattern ENTITY_SECTION = Pattern.compile("(?i)\\b(?:attributes|entity)\\b");

    private final SourceText src;
    private final String s;
    private final DiagnosticSink sink;
    private final FieldTree tree;

    public AttributeHeadingReader(SourceText src, DiagnosticSink sink) {
        this.src = src;
        this.s = src.text();
        this.sink = sink;
        this.tree = new FieldTree(sink);
    }

    /** Whether a page has attribute headings with a {@code **Type:**} line, or a method returning an entity. */
    public static boolean looksLike(String text) {
        if (!text.contains("**Type:**") && !text.contains("**Returns:**")) return false;
        return Pattern.compile("(?m)^#{2,6}[ \\t]+`[^`\\n]+`.*\\n[ \\t\\n]*\\*\\*Description:\\*\\*").matcher(text).find()
                || typedAttributeHeadings(text) >= 2
                || text.contains("**Returns:**") && Pattern.compile("(?m)^```+\\s*http\\s*$").matcher(text).find();
    }

    /**
     * How many attribute headings ({@code ### `attr`}) have a {@code **Type:**} line in the block right under them, outside
     * fences: a changelog's {@code ### `createUser`} headings and one stray {@code **Type:**} line are not an entity page.
     */
    private static int typedAttributeHeadings(String text) {
        if (!text.contains("**Type:**")) return 0;
        List<Block> blocks = MarkdownBlocks.read(text, 0);
        int n = 0;
        for (int i = 0; i + 1 < blocks.size() && n < 2; i++) {
            if (blocks.get(i) instanceof Heading h && h.level() >= 2 && ATTRIBUTE.matcher(h.text().strip()).matches()
                    && blocks.get(i + 1) instanceof Paragraph p && TYPE_LINE.matcher(p.text()).find()) {
                n++;
            }
        }
        return n;
    }

    public PageDraft read(FrontMatter fm) {
        PageDraft page = new PageDraft();
        page.title = fm.get("title");
        List<Block> blocks = MarkdownBlocks.read(s, fm.bodyStart());
        MarkdownBlocks.reportUnclosed(blocks, src, sink);
        List<RequestLines.Mark> marks = RequestLines.find(blocks);
        int[] above = headingsAbove(blocks);
        int firstMark = marks.isEmpty() ? blocks.size() : marks.get(0).block();
        entities(page, marks.isEmpty() ? blocks : blocks.subList(0, ownerOf(above, firstMark)), fm);
        for (int k = 0; k < marks.size(); k++) {
            RequestLines.Mark m = marks.get(k);
            int owner = ownerOf(above, m.block());
            int level = owner < m.block() && blocks.get(owner) instanceof Heading h ? h.level() : 7;
            int end = k + 1 < marks.size() ? ownerOf(above, marks.get(k + 1).block()) : blocks.size();
            for (int i = m.block() + 1; i < end; i++) {
                if (blocks.get(i) instanceof Heading h && h.level() <= level) {
                    end = i;
                    break;
                }
            }
            EndpointDraft ep = new EndpointDraft(m.method(), m.path(), src.location(m.offset()));
            ep.baseUrl = m.baseUrl();
            if (owner < m.block() && blocks.get(owner) instanceof Heading h) ep.title = Text.normalize(h.text().replace("`", ""));
            method(ep, blocks.subList(m.block() + 1, Math.max(m.block() + 1, end)));
            page.endpoints.add(ep);
        }
        return page;
    }

    /** For each block, the nearest heading above it, or -1: one forward pass, so that a request line's owner is a look-up. */
    private static int[] headingsAbove(List<Block> blocks) {
        int[] out = new int[blocks.size()];
        int last = -1;
        for (int i = 0; i < blocks.size(); i++) {
            out[i] = last;
            if (blocks.get(i) instanceof Heading h && h.level() <= 6) last = i;
        }
        return out;
    }

    /** The heading that owns a request line: the nearest above it, else the line itself. */
    private static int ownerOf(int[] headingsAbove, int mark) {
        return headingsAbove[mark] < 0 ? mark : headingsAbove[mark];
    }

    /** A {@code **Key:**} line's value, without the trailing backslash of a hard line break. */
    private static String fieldValue(Matcher line) {
        String v = line.group(2).strip();
        if (v.endsWith("\\")) v = v.substring(0, v.length() - 1).strip();
        return v;
    }

    // ---- entity pages

    private void entities(PageDraft page, List<Block> blocks, FrontMatter fm) {
        EntityBuilder current = null;
        // a JSON block right under an entity's section heading is that entity's example, as one under "Example" is
        boolean sectionExample = false;
        String pendingExampleHeading = null;
        LocatedJson pendingExample = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof Heading h && h.level() <= 6) {
                Matcher a = ATTRIBUTE.matcher(h.text());
                if (a.matches() && h.level() >= 3) {
                    if (current == null) {
                        current = new EntityBuilder(entityName(null, fm), null, h.start());
                        // the page's first entity is what its front matter describes
                        if (fm.get("description") != null) current.description = fm.get("description");
                    }
                    attribute(current, h, a.group(1), a.group(2), i + 1 < blocks.size() ? blocks.get(i + 1) : null);
                    continue;
                }
                if (h.level() == 2 && ENTITY_SECTION.matcher(h.text()).find() && !h.text().toLowerCase(Locale.ROOT).startsWith("see also")) {
                    String anchor = h.anchor();
                    boolean first = current == null || current.fields == 0 && current.anchor == null;
                    if (current != null && current.fields > 0) page.entities.add(current.build());
                    String name = first && anchor == null ? entityName(null, fm) : entityName(h.text(), fm);
                    current = new EntityBuilder(name, anchor, h.start());
                    if (first && fm.get("description") != null) current.description = fm.get("description");
                    if (pendingExample != null && first) current.body.example = pendingExample;
                    pendingExample = null;
                }
                pendingExampleHeading = h.text();
                sectionExample = h.level() == 2 && ENTITY_SECTION.matcher(h.text()).find();
            } else if (b instanceof Fence f && f.info().toLowerCase(Locale.ROOT).startsWith("json") && pendingExampleHeading != null
                    && (sectionExample || pendingExampleHeading.toLowerCase(Locale.ROOT).contains("example"))) {
                LocatedJson json = json(f);
                if (json == null) continue;
                if (current != null && current.body.example == null) {
                    current.body.example = json;
                } else if (current == null) {
                    pendingExample = json;
                }
            }
        }
        if (current != null && current.fields > 0) page.entities.add(current.build());
        extensions(page);
    }

    /**
     * A further entity of a page that lists only what it adds to the page's entity ("CredentialAccount", "Admin::Tag",
     * "Trends::Link … identical to a PreviewCard, with added usage history"): when the keys its example has and its section
     * does not document are (at least four in five, and three or more) the page entity's fields, it is taken to extend
     * that entity, and the warning says so.
     */
    private void extensions(PageDraft page) {
        if (page.entities.size() < 2) return;
        FieldNode base = page.entities.get(0).body().root;
        String baseName = page.entities.get(0).name();
        for (PageDraft.EntityDraft e : page.entities.subList(1, page.entities.size())) {
            LocatedJson example = e.body().example;
            if (example == null) continue;
            com.fasterxml.jackson.databind.JsonNode sample = example.root().isArray() && example.root().size() > 0 ? example.root().get(0) : example.root();
            if (!sample.isObject()) continue;
            List<String> missing = new ArrayList<>();
            for (String key : base.children.keySet()) {
                if (sample.has(key) && !e.body().root.children.containsKey(key)) missing.add(key);
            }
            // the example's keys its section leaves undocumented are (nearly) all the page entity's: an abridged one of it
            int undocumented = 0;
            for (java.util.Iterator<String> k = sample.fieldNames(); k.hasNext(); ) {
                if (!e.body().root.children.containsKey(k.next())) undocumented++;
            }
            if (missing.size() < 3 || missing.size() * 5 < undocumented * 4) continue;
            java.util.Map<String, FieldNode> own = new java.util.LinkedHashMap<>(e.body().root.children);
            e.body().root.children.clear();
            for (FieldNode n : base.children.values()) {
                if (!own.containsKey(n.name)) e.body().root.children.put(n.name, n.copy(null));
            }
            e.body().root.children.putAll(own);
            sink.report(ParserCode.InferEntityExtends, e.body().location, "`" + e.name() + "` is taken to extend `" + baseName
                    + "`: its example has " + missing.size() + " of " + baseName + "'s " + base.children.size()
                    + " fields, which its section does not document", "document them in its section, or silence it with"
                    + " @SuppressWarnings(\"docpoet:InferEntityExtends\")");
        }
    }

    private static final Pattern ANCHORED_SECTION = Pattern.compile("(?m)^##\\s+(.+?)\\s*\\{#([^}\\s]+)}\\s*$");

    /**
     * The entities of a page by the anchors other pages reach them by ({@code entities/Tag#admin} → {@code AdminTag}),
     * anchors lower-cased and without punctuation.
     */
    public static java.util.Map<String, String> anchors(String text) {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        Matcher m = ANCHORED_SECTION.matcher(text);
        while (m.find()) {
            if (ENTITY_SECTION.matcher(m.group(1)).find()) out.putIfAbsent(anchorKey(m.group(2)), entityName(m.group(1), FrontMatter.none()));
        }
        return out;
    }

    /** An anchor as references are compared: lower-cased, letters and digits only. */
    public static String anchorKey(String anchor) {
        return anchor.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }

    private static String entityName(@Nullable String section, FrontMatter fm) {
        String raw = section != null ? section : fm.get("title") != null ? fm.get("title") : "Entity";
        String cleaned = raw.replace("`", "").replaceAll("(?i)\\b(?:entity|attributes)\\b", "").replaceAll("\\{#[^}]*}", "");
        StringBuilder out = new StringBuilder();
        for (String part : cleaned.split("[^A-Za-z0-9]+")) {
            if (part.isEmpty()) continue;
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.length() == 0 ? "Entity" : out.toString();
    }

    /** One entity while its attributes are read. */
    private final class EntityBuilder {
        final String name;
        final @Nullable String anchor;
        final BodyDraft body;
        int fields;

        EntityBuilder(String name, @Nullable String anchor, int at) {
            this.name = name;
            this.anchor = anchor;
            this.body = new BodyDraft("application/json", src.location(at));
        }

        String description = "";

        PageDraft.EntityDraft build() {
            return new PageDraft.EntityDraft(name, anchor, body, description);
        }
    }

    private void attribute(EntityBuilder entity, Heading h, String written, String rest, @Nullable Block next) {
        String path = written.strip().replace("[]", "").replaceAll("\\[([^\\[\\]]+)]", ".$1");
        List<String> parts = FieldTree.path(path);
        FieldNode n = new FieldNode(parts.get(parts.size() - 1), src.location(Math.max(h.start(), s.indexOf('`', h.start()))));
        n.required = !OPTIONAL.matcher(rest).find();
        n.deprecated = DEPRECATED.matcher(rest).find();
        String para = next instanceof Paragraph p ? p.text() : "";
        int paraStart = next instanceof Paragraph p ? p.start() : h.start();
        Matcher line = FIELD_LINE.matcher(para);
        boolean typed = false;
        while (line.find()) {
            String key = line.group(1);
            String value = fieldValue(line);
            if (key.equals("Description")) {
                n.descriptionMarkdown = value;
                n.description = Text.normalize(value.replaceAll("\\{\\{[<%][^}]*[>%]}}", "").replace("`", ""));
            } else if (key.equals("Type")) {
                typed = true;
                type(n, value, paraStart + line.start(2));
                if (OPTIONAL.matcher(value).find()) n.required = false;
            }
        }
        if (!typed) {
            sink.report(ParserCode.SpecIncompleteField, n.location, "attribute `" + written + "` has no **Type:** line; docpoet treats it as any value",
                    "write **Type:** String (or Integer, Boolean, Hash, Array of String, …) under the heading");
        }
        values(n, para);
        tree.add(entity.body.root, path, n, 0);
        entity.fields++;
    }

    /** Reads a {@code **Type:**} line into the node: its kind, format, nullness, and an entity it names. */
    private void type(FieldNode n, String value, int at) {
        boolean nullable = NULLABLE.matcher(value).find();
        String t = MARKERS.matcher(value).replaceAll(" ").strip();
        // the nullable mark and "or null" both say it; prose after the type ("if …", ". Otherwise, null") is not the type
        boolean saysNull = SAYS_NULL.matcher(t).find();
        Matcher end = TYPE_END.matcher(stripParens(t));
        String type = end.find() ? t.substring(0, end.start()).strip() : t;
        ProseType pt = ProseType.parse(type);
        if (!pt.type().recognized() && pt.type().kind() == Kind.ANY) {
            sink.report(ParserCode.SpecUnknownType, src.location(at), "type `" + value + "` of `" + n.name
                    + "` names no JSON type; docpoet treats it as any value", "write String, Integer, Float, Boolean, Hash or Array of …");
        }
        n.applyType(pt.type());
        n.nullable |= nullable || saysNull;
        String ref = pt.reference();
        boolean objectish = n.kind == Kind.OBJECT || n.kind == Kind.ARRAY && n.itemKind == Kind.OBJECT;
        if (objectish && entityLink(ref)) n.entity = ref;
    }

    /**
     * Whether a type's link can name an entity page: a relref ({@code entities/Account}), a relative or a site-absolute
     * path ({@code /entities/Account}); not a web address. One the docs read have no entity for is reported when the
     * doc set's links are resolved, never dropped.
     */
    private static boolean entityLink(@Nullable String ref) {
        return ref != null && !ref.isBlank() && !ref.contains("://") && !ref.startsWith("mailto:");
    }

    /** The type text with parenthesised parts blanked, so that the period inside "(e.g. x)" does not end it. */
    private static String stripParens(String t) {
        StringBuilder b = new StringBuilder(t);
        int depth = 0;
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (c == '(') depth++;
            if (depth > 0) b.setCharAt(i, ' ');
            if (c == ')' && depth > 0) depth--;
        }
        return b.toString();
    }

    /** The {@code `value` = meaning} lines under a type: the field's closed enum. */
    private static void values(FieldNode n, String para) {
        Matcher v = ENUM_LINE.matcher(para);
        List<String> values = new ArrayList<>();
        while (v.find()) values.add(v.group(1).strip());
        if (values.size() < 1 || n.kind == Kind.OBJECT || n.kind == Kind.BOOLEAN) return;
        n.enumValues = values.stream().distinct().toList();
        n.enumKind = values.stream().allMatch(x -> x.matches("-?\\d+")) && n.kind == Kind.INTEGER ? EnumKind.INTEGER : EnumKind.STRING;
        if (n.kind == Kind.UNSPECIFIED) n.kind = Kind.STRING;
    }

    // ---- method pages

    private void method(EndpointDraft ep, List<Block> blocks) {
        String heading = "";
        for (Block b : blocks) {
            if (b instanceof Heading h) {
                heading = h.text();
            } else if (b instanceof Paragraph p) {
                ep.prose.add(new ProseSpan(p.text(), p.start()));
                String lower = heading.toLowerCase(Locale.ROOT);
                if (p.text().contains("**Returns:**")) {
                    returns(ep, p);
                } else if (lower.contains("parameters") || lower.equals("headers")) {
                    definitions(ep, p, lower);
                } else if (ep.description == null && heading.isEmpty() && !p.text().strip().startsWith("{{")) {
                    ep.description = Text.normalize(p.text());
                }
            } else if (b instanceof Fence f && f.info().toLowerCase(Locale.ROOT).startsWith("json")) {
                Matcher st = STATUS.matcher(heading.strip());
                boolean response = st.find() || heading.toLowerCase(Locale.ROOT).contains("response");
                if (!response || f.content().isBlank()) continue;
                LocatedJson json = json(f);
                if (json != null) {
                    ep.looseExamples.add(new EndpointDraft.LooseExample(json, STATUS.matcher(heading.strip()).find() ? heading.strip().substring(0, 3) : null, false));
                }
            }
        }
    }

    private @Nullable LocatedJson json(Fence f) {
        try {
            return LocatedJson.read(s, f.contentStart(), f.contentEnd(), true);
        } catch (LocatedJson.Failure e) {
            sink.report(ParserCode.SpecBadExampleJson, src.location(e.offset), "example is not valid JSON: " + e.getMessage(),
                    "fix the JSON or remove the example");
            return null;
        }
    }

    /** {@code **Returns:** [Account](…)} or {@code Array of [Status](…)}: the success body is that entity. */
    private void returns(EndpointDraft ep, Paragraph p) {
        Matcher m = FIELD_LINE.matcher(p.text());
        while (m.find()) {
            if (!m.group(1).equals("Returns")) continue;
            ProseType pt = ProseType.parse(fieldValue(m));
            String ref = pt.reference();
            if (!entityLink(ref)) return;
            BodyDraft body = ep.response("200", src.location(p.start() + m.start(2)));
            body.root.entity = ref;
            if (pt.type().kind() == Kind.ARRAY) body.root.kind = Kind.ARRAY;
            return;
        }
    }

    /**
     * A definition list of parameters: {@code name} on one line, {@code : {{<required>}} String. What it is} on the next.
     * Form data parameters keep their names whole ({@code poll[options][]} is the form key).
     */
    private void definitions(EndpointDraft ep, Paragraph p, String heading) {
        String[] lines = p.text().split("\n");
        int offset = p.start();
        for (int i = 0; i + 1 < lines.length; i++) {
            int lineStart = offset;
            offset += lines[i].length() + 1;
            // a definition line starts with ": "; a name may start with a colon itself (Rails' `:id`)
            if (definition(lines[i]) || !definition(lines[i + 1])) continue;
            String name = lines[i].strip().replace("`", "").replace("\\", "");
            if (name.isEmpty()) continue;
            String def = lines[i + 1].substring(1).strip();
            FieldNode n = new FieldNode(name, src.location(lineStart));
            n.required = REQUIRED.matcher(def).find();
            String text = def.replaceAll("\\{\\{[<%][^}]*[>%]}}", "").strip();
            int dot = firstSentenceEnd(text);
            String typeText = dot < 0 ? text : text.substring(0, dot);
            ProseType pt = ProseType.parse(typeText);
            if (pt.type().recognized() && pt.type().kind() != Kind.UNSPECIFIED && typeText.length() < 60) {
                n.applyType(pt.type());
                text = dot < 0 ? "" : text.substring(dot + 1).strip();
            }
            n.description = Text.normalize(text);
            n.descriptionMarkdown = text;
            if (heading.contains("header")) {
                if (name.equalsIgnoreCase("authorization")) {
                    if (!ep.security.contains("bearerAuth")) ep.security.add("bearerAuth");
                    continue;
                }
                ep.params.add(new EndpointDraft.Param(ParameterLocation.HEADER, n));
            } else if (heading.contains("path")) {
                if (name.startsWith(":")) n = n.copy(name.substring(1));
                ep.params.add(new EndpointDraft.Param(ParameterLocation.PATH, n));
            } else if (heading.contains("query")) {
                ep.params.add(new EndpointDraft.Param(ParameterLocation.QUERY, n));
            } else {
                boolean form = heading.contains("form");
                if (ep.request == null) ep.request = new BodyDraft(form ? "application/x-www-form-urlencoded" : "application/json", n.location);
                if (form) {
                    if (ep.request.root.children.putIfAbsent(name, n) != null) {
                        sink.report(ParserCode.LintDuplicateField, n.location, "parameter `" + name + "` is documented twice", "remove one of the two");
                    }
                } else {
                    String path = name.replace("[]", "").replaceAll("\\[([^\\[\\]]+)]", ".$1");
                    List<String> parts = FieldTree.path(path);
                    FieldNode leaf = n.copy(parts.get(parts.size() - 1));
                    tree.add(ep.request.root, path, leaf, 0);
                }
            }
        }
    }

    private static boolean definition(String line) {
        return line.startsWith(": ") || line.startsWith(":\t") || line.strip().equals(":");
    }

    /** Where the type at the start of a definition ends: its first period outside parentheses, or -1. */
    private static int firstSentenceEnd(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') depth++;
            if (c == ')' && depth > 0) depth--;
            if (c == '.' && depth == 0 && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) return i;
            if (c == ',' && depth == 0) return i;
        }
        return -1;
    }
}
