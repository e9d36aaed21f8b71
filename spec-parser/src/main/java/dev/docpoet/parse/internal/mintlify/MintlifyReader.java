package dev.docpoet.parse.internal.mintlify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.docpoet.parse.internal.BodyDraft;
import dev.docpoet.parse.internal.DiagnosticSink;
import dev.docpoet.parse.internal.EndpointDraft;
import dev.docpoet.parse.internal.FieldNode;
import dev.docpoet.parse.internal.FieldTree;
import dev.docpoet.parse.internal.FrontMatter;
import dev.docpoet.parse.internal.Html;
import dev.docpoet.parse.internal.Includes;
import dev.docpoet.parse.internal.Kind;
import dev.docpoet.parse.internal.LocatedJson;
import dev.docpoet.parse.internal.PageDraft;
import dev.docpoet.parse.internal.ProseSpan;
import dev.docpoet.parse.internal.SourceText;
import dev.docpoet.parse.internal.Text;
import dev.docpoet.parse.internal.TypeExpression;
import dev.docpoet.spec.ParserCode;
import dev.docpoet.spec.ParameterLocation;
import dev.docpoet.spec.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a Mintlify MDX page: front matter ({@code title}, {@code api:}, {@code openapi:}, {@code contentType:} for the
 * request body's media type), {@code <ParamField>} and
 * {@code <ResponseField>} nested by {@code <Expandable>} or directly, and examples in {@code <ResponseExample>} /
 * {@code <RequestExample>}. Components inside {@code <Accordion>}, {@code <Tabs>}, {@code <Card>} … are found too, and in
 * the shared fragments a page includes ({@code <Snippet file="…"/>}, Fern's {@code <Markdown src="…"/>}). Fern and Scalar
 * write the same tags, with JSX values ({@code required={true}}, {@code default={10}}) and attributes of their own
 * ({@code toc}), which are passed over.
 */
public final class MintlifyReader {
    private static final Pattern API_LINE = Pattern.compile(
            "(?i)^\\s*(?:(\\S+\\.(?:json|ya?ml))\\s+)?(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|TRACE)\\s+(\\S+)\\s*$");
    /** The components that document fields and examples, for "did you mean". */
    private static final List<String> COMPONENTS = List.of("ParamField", "ResponseField", "ResponseExample", "RequestExample", "Expandable");
    /** Mintlify's layout components, which hold fields without being one. */
    private static final java.util.Set<String> CONTAINERS = java.util.Set.of("Accordion", "AccordionGroup", "Tabs", "Tab", "Card",
            "CardGroup", "CodeGroup", "Note", "Warning", "Info", "Tip", "Check", "Steps", "Step", "Frame", "Icon", "Tooltip", "Update",
            "Snippet", "Columns", "Column", "Panel", "Expandables", "ParamFields", "ResponseFields", "Badge", "Callout", "Danger");
    private static final Pattern STATUS = Pattern.compile("\\b([1-5]\\d\\d)\\b");
    private static final Pattern HEADING = Pattern.compile("(?m)^[ \\t]{0,3}#{1,6}[ \\t]+([^\\n]*?)[ \\t#]*$");
    private static final Pattern RESPONSE_HEADING = Pattern.compile("(?i)\\bresponses?\\b|\\breturns\\b");
    private static final Pattern REQUEST_WORD = Pattern.compile("(?i)\\brequest\\b");
    /** A sentence that announces a response of a status: "returns 404", "responds with a 409", "a 422 error". */
    private static final Pattern STATUS_IN_PROSE = Pattern.compile(
            "(?i)\\b(?:returns?|responds?|response|error|fails?)\\b[^.\\n]{0,60}\\b[1-5]\\d\\d\\b|\\b[1-5]\\d\\d\\b[^.\\n]{0,40}\\b(?:error|response)\\b");
    private static final Pattern ERROR_WORD = Pattern.compile("(?i)\\b(?:error|failure|failed)\\b");
    private static final String[] PARAM_KINDS = {"path", "query", "header", "cookie", "body", "param"};

    /** How deep snippets may include snippets. */
    private static final int MAX_INCLUDE_DEPTH = 8;
    /**
     * How many includes one page may read in all: without a cap, fragments that each include another one twice are
     * read 2^8 times, and a page that includes one fragment thousands of times is read thousands of times.
     */
    static final int MAX_INCLUDES_PER_PAGE = 64;

    /** The includes of one page: the fragments being read, innermost last, and how many were read in all. */
    private static final class IncludeChain {
        final java.util.ArrayDeque<String> open = new java.util.ArrayDeque<>();
        int read;
    }

    private final SourceText src;
    private final DiagnosticSink sink;
    private final FieldTree tree;
    private final Includes includes;
    private final IncludeChain chain;

    public MintlifyReader(SourceText src, DiagnosticSink sink) {
        this(src, sink, Includes.NONE, new IncludeChain());
    }

    public MintlifyReader(SourceText src, DiagnosticSink sink, Includes includes) {
        this(src, sink, includes, new IncludeChain());
    }

    private MintlifyReader(SourceText src, DiagnosticSink sink, Includes includes, IncludeChain chain) {
        this.src = src;
        this.sink = sink;
        this.tree = new FieldTree(sink);
        this.includes = includes;
        this.chain = chain;
    }

    public PageDraft read(FrontMatter fm) {
        PageDraft page = new PageDraft();
        page.title = fm.get("title");
        MdxNode.Element root = new MdxScanner(src, sink).scan(fm.bodyStart());
        EndpointDraft ep = endpoint(fm);
        // a Fern guide page shows endpoints' snippets too: only a page that documents fields is that endpoint's page
        if (ep == null && fm.get("api") == null && fm.get("openapi") == null && containsFields(root)) ep = snippetEndpoint(root);
        if (ep == null) {
            if (containsFields(root)) {
                sink.report(ParserCode.SpecNoEndpoint, src.location(fm.bodyStart()),
                        "page documents fields but declares no endpoint; its fields are not read",
                        "add `api: 'METHOD /path'` to the front matter if this page documents an HTTP endpoint");
            }
            return page;
        }
        ep.title = fm.get("title");
        ep.description = fm.get("description");
        ep.deprecated = "true".equalsIgnoreCase(fm.get("deprecated"));
        authMethod(fm, ep);
        walk(root, ep);
        // Mintlify's contentType: the request body's media type (multipart/form-data, application/x-www-form-urlencoded)
        String contentType = fm.get("contentType");
        if (contentType != null && !contentType.isBlank() && ep.request != null) ep.request.contentType = contentType.strip();
        page.endpoints.add(ep);
        return page;
    }

    /** Mintlify's own auth methods; any other value (a verb, a typo) names no scheme a client could use. */
    private static final java.util.Set<String> AUTH_METHODS = java.util.Set.of("bearer", "basic", "key", "cobo");

    /** The endpoint's auth from {@code authMethod:}, as a scheme named {@code bearerAuth}, {@code keyAuth}, … */
    private void authMethod(FrontMatter fm, EndpointDraft ep) {
        String auth = fm.get("authMethod");
        if (auth == null || auth.equalsIgnoreCase("none")) return;
        String method = auth.strip().toLowerCase(Locale.ROOT);
        if (AUTH_METHODS.contains(method)) {
            ep.security.add(method + "Auth");
            return;
        }
        sink.report(ParserCode.SpecUnknownAuthMethod, src.location(fm.offsetOf("authMethod")), "`authMethod: " + auth
                + "` is none of Mintlify's auth methods; the endpoint gets no auth from it",
                "write authMethod: bearer, basic, key, cobo or none");
    }

    private @Nullable EndpointDraft endpoint(FrontMatter fm) {
        String api = fm.get("api");
        String openapi = fm.get("openapi");
        String line = api != null ? api : openapi;
        String key = api != null ? "api" : "openapi";
        if (line == null) return null;
        SourceLocation at = src.location(fm.offsetOf(key));
        Matcher m = API_LINE.matcher(line);
        if (!m.matches()) {
            if (api != null) {
                sink.report(ParserCode.SpecBadEndpointLine, at, "`api: " + line + "` names no HTTP method and path",
                        "write it as api: 'GET /v1/things/{id}' (a full URL works too)");
            } else {
                sink.report(ParserCode.SpecSpecReference, at, "page refers to an OpenAPI spec (`openapi: " + line + "`); docpoet reads only the page",
                        null);
            }
            return null;
        }
        String path = pathOf(m.group(3));
        EndpointDraft ep = new EndpointDraft(m.group(2).toUpperCase(Locale.ROOT), path, at);
        ep.baseUrl = baseUrlOf(m.group(3));
        if (openapi != null) {
            ep.specReference = openapi;
            sink.report(ParserCode.SpecSpecReference, src.location(fm.offsetOf("openapi")),
                    "page refers to an OpenAPI spec (`openapi: " + openapi + "`); docpoet reads only what the page documents", null);
        }
        return ep;
    }

    /** Fern's components that show one endpoint, {@code <EndpointRequestSnippet endpoint="POST /v1/calls"/>}. */
    private static final java.util.Set<String> ENDPOINT_COMPONENTS = java.util.Set.of("EndpointRequestSnippet",
            "EndpointResponseSnippet", "EndpointSchemaSnippet");

    /**
     * The endpoint a Fern page names in its endpoint components, where its front matter names none: the first one (a
     * page shows other endpoints' snippets too, as related examples).
     */
    private @Nullable EndpointDraft snippetEndpoint(MdxNode.Element root) {
        EndpointDraft found = null;
        List<MdxNode.Element> stack = new ArrayList<>(List.of(root));
        List<MdxNode.Element> named = new ArrayList<>();
        while (!stack.isEmpty()) {
            MdxNode.Element e = stack.remove(stack.size() - 1);
            if (ENDPOINT_COMPONENTS.contains(e.name) && e.attr("endpoint") != null) named.add(e);
            for (MdxNode c : e.children) if (c instanceof MdxNode.Element el) stack.add(el);
        }
        named.sort((a, b) -> Integer.compare(a.offset, b.offset));
        for (MdxNode.Element e : named) {
            Matcher m = API_LINE.matcher(e.attr("endpoint"));
            if (!m.matches()) continue;
            String path = pathOf(m.group(3));
            if (found == null) {
                found = new EndpointDraft(m.group(2).toUpperCase(Locale.ROOT), path, src.location(e.offset));
                found.baseUrl = baseUrlOf(m.group(3));
            }
        }
        return found;
    }

    /** The scheme and host of a full URL ({@code https://{endpoint}}), or null for a bare path. */
    static @org.jspecify.annotations.Nullable String baseUrlOf(String target) {
        int scheme = target.indexOf("://");
        if (scheme < 0) return null;
        int slash = target.indexOf('/', scheme + 3);
        return slash < 0 ? target : target.substring(0, slash);
    }

    /** A full URL with a templated host gives its path; a bare path stays as it is. */
    static String pathOf(String target) {
        String t = target;
        int scheme = t.indexOf("://");
        if (scheme >= 0) {
            int slash = t.indexOf('/', scheme + 3);
            t = slash < 0 ? "/" : t.substring(slash);
        }
        int q = t.indexOf('?');
        if (q >= 0) t = t.substring(0, q);
        return t.startsWith("/") ? t : "/" + t;
    }

    private boolean containsFields(MdxNode.Element e) {
        for (MdxNode c : e.children) {
            if (c instanceof MdxNode.Element el && (isField(el) || containsFields(el))) return true;
        }
        return false;
    }

    /**
     * The response a top-level field documents: the status its tab or accordion names ({@code <Tab title="404">}), any
     * error status the docs do not list for one titled as an error ({@code <Tab title="Error response">}), else 200.
     */
    private static String statusOf(@org.jspecify.annotations.Nullable String section) {
        if (section == null) return "200";
        Matcher st = STATUS.matcher(section);
        if (st.find()) return st.group(1);
        return ERROR_WORD.matcher(section).find() ? "default" : "200";
    }

    private static boolean isField(MdxNode.Element e) {
        return e.name.equals("ParamField") || e.name.equals("ResponseField");
    }

    /** Finds top-level fields, examples and prose anywhere in the page, iteratively. */
    private void walk(MdxNode.Element root, EndpointDraft ep) {
        walk(root, ep, null);
    }

    private void walk(MdxNode.Element root, EndpointDraft ep, @Nullable String rootSection) {
        // each element with the markdown heading it sits under, so that a bare ```json under "## Response" is an example
        // and the title of the tab or accordion it sits in, which may say whose response its fields are ("400", "Error")
        record Pending(MdxNode.Element element, @org.jspecify.annotations.Nullable String heading,
                @org.jspecify.annotations.Nullable String section) {}
        List<Pending> pending = new ArrayList<>();
        pending.add(new Pending(root, null, rootSection));
        while (!pending.isEmpty()) {
            Pending p = pending.remove(pending.size() - 1);
            String heading = p.heading();
            String lead = null;
            List<MdxNode> kids = p.element().children;
            // reverse push keeps document order
            List<Pending> next = new ArrayList<>();
            for (MdxNode c : kids) {
                if (c instanceof MdxNode.Element el) {
                    if (el.name.equals("ParamField")) {
                        param(el, ep);
                    } else if (el.name.equals("ResponseField")) {
                        BodyDraft body = ep.response(statusOf(p.section()), src.location(el.offset));
                        field(el, body.root, 0);
                    } else if (el.name.equals("ResponseExample") || el.name.equals("RequestExample")) {
                        examples(List.of(el), ep, el.name.equals("RequestExample"), null, null);
                    } else if (el.name.equals("Snippet") && el.attr("file") != null || el.name.equals("Markdown") && el.attr("src") != null) {
                        include(el, el.attr(el.name.equals("Snippet") ? "file" : "src"), ep, p.section());
                    } else {
                        String meant = dev.docpoet.spec.Suggestions.closest(el.name, COMPONENTS);
                        if (meant != null && !meant.equals(el.name) && !CONTAINERS.contains(el.name)) {
                            sink.report(ParserCode.SpecUnknownTag, src.location(el.offset), "<" + el.name
                                    + "> is no Mintlify component docpoet reads; what it holds is ignored as a field",
                                    "did you mean <" + meant + ">?");
                        }
                        next.add(new Pending(el, heading, el.attr("title") != null ? el.attr("title") : p.section()));
                    }
                } else if (c instanceof MdxNode.TextRun t) {
                    ep.prose.add(new ProseSpan(t.text(), t.offset()));
                    Matcher h = HEADING.matcher(t.text());
                    while (h.find()) heading = h.group(1).strip();
                    String sentence = lastLine(t.text());
                    if (sentence != null) lead = sentence;
                } else if (c instanceof MdxNode.Code code && heading != null && RESPONSE_HEADING.matcher(heading).find()
                        && !REQUEST_WORD.matcher(heading).find()) {
                    // in an accordion or tab under the heading, its title may give the status: "400 Bad Request"
                    examples(List.of(code), ep, false, heading, p.section());
                } else if (c instanceof MdxNode.Code code && lead != null && STATUS_IN_PROSE.matcher(lead).find()) {
                    // "If the key does not exist, the API returns 404:" right before a JSON block
                    examples(List.of(code), ep, false, lead, p.section());
                }
            }
            for (int i = next.size() - 1; i >= 0; i--) pending.add(next.get(i));
        }
    }

    /**
     * Reads a shared fragment where the page includes it, as if its text stood there: its fields and examples join the
     * page's, located in the fragment's own file.
     */
    private void include(MdxNode.Element el, String file, EndpointDraft ep, @Nullable String section) {
        String fix = "put the fragment under the docs folder (a snippets/ folder is looked in too), or correct its path";
        if (chain.open.size() >= MAX_INCLUDE_DEPTH || chain.read >= MAX_INCLUDES_PER_PAGE) {
            sink.report(ParserCode.SpecSnippetMissing, src.location(el.offset), "<" + el.name + "> includes `" + file + "`, past "
                    + (chain.read >= MAX_INCLUDES_PER_PAGE ? "the " + MAX_INCLUDES_PER_PAGE + " includes a page may read"
                    : MAX_INCLUDE_DEPTH + " snippets deep") + "; it is not read", "include fewer fragments, or fewer levels deep");
            return;
        }
        SourceText included = includes.find(file, true);
        if (included == null) {
            sink.report(ParserCode.SpecSnippetMissing, src.location(el.offset),
                    "<" + el.name + "> includes `" + file + "`, which is no file of the docs folder; what it holds is not read", fix);
            return;
        }
        if (included.name().equals(src.name()) || chain.open.contains(included.name())) {
            List<String> loop = new ArrayList<>(chain.open);
            loop.add(src.name());
            loop.add(included.name());
            sink.report(ParserCode.SpecSnippetMissing, src.location(el.offset), "<" + el.name + "> includes `" + file
                    + "`, which is being read already (" + String.join(" → ", loop.subList(loop.indexOf(included.name()), loop.size()))
                    + "); the loop is not followed", "remove the include that closes the loop");
            return;
        }
        chain.read++;
        chain.open.addLast(src.name());
        try {
            FrontMatter fm = FrontMatter.read(included, sink);
            MdxNode.Element root = new MdxScanner(included, sink).scan(fm.bodyStart());
            new MintlifyReader(included, sink, includes, chain).walk(root, ep, section);
        } finally {
            chain.open.removeLast();
        }
    }

    private void param(MdxNode.Element el, EndpointDraft ep) {
        String kind = null;
        String name = null;
        for (String k : PARAM_KINDS) {
            if (el.has(k)) {
                kind = k;
                name = el.attr(k);
                break;
            }
        }
        if (name == null || name.isBlank()) {
            sink.report(ParserCode.SpecFieldWithoutName, src.location(el.offset),
                    "<ParamField> names no parameter", "add path=\"…\", query=\"…\", header=\"…\", cookie=\"…\" or body=\"…\"");
            return;
        }
        if (kind.equals("body")) {
            if (ep.request == null) ep.request = new BodyDraft("application/json", src.location(el.offset));
            field(el, ep.request.root, 0);
            return;
        }
        ParameterLocation in = switch (kind) {
            case "path" -> ParameterLocation.PATH;
            case "header" -> ParameterLocation.HEADER;
            case "cookie" -> ParameterLocation.COOKIE;
            default -> ParameterLocation.QUERY;
        };
        FieldNode node = node(el, name.trim());
        ep.params.add(new EndpointDraft.Param(in, node));
    }

    /** Adds a field and, iteratively, the fields nested in it. */
    private void field(MdxNode.Element top, FieldNode topParent, int topDepth) {
        record Job(MdxNode.Element el, FieldNode parent, String parentName, int depth) {}
        List<Job> jobs = new ArrayList<>();
        jobs.add(new Job(top, topParent, "", topDepth));
        while (!jobs.isEmpty()) {
            Job job = jobs.remove(jobs.size() - 1);
            String written = nameOf(job.el);
            if ((written == null || written.isBlank()) && job.parent == topParent && job.depth == 0 && job.el.name.equals("ResponseField")
                    && !nestedFields(job.el).isEmpty()) {
                // a nameless top-level field is the body itself, as pages write a body that is an array of objects
                FieldNode self = node(job.el, "");
                if (self.kind == Kind.ARRAY) {
                    topParent.kind = Kind.ARRAY;
                    topParent.itemKind = Kind.OBJECT;
                }
                List<MdxNode.Element> kids = nestedFields(job.el);
                for (int i = kids.size() - 1; i >= 0; i--) jobs.add(new Job(kids.get(i), topParent, "", 0));
                continue;
            }
            if (written == null || written.isBlank()) {
                sink.report(ParserCode.SpecFieldWithoutName, src.location(job.el.offset),
                        "<" + job.el.name + "> has no name", "add name=\"…\"");
                continue;
            }
            written = written.trim();
            String relative = !job.parentName.isEmpty() && written.startsWith(job.parentName + ".")
                    ? written.substring(job.parentName.length() + 1) : written;
            List<String> path = FieldTree.path(relative);
            FieldNode node = node(job.el, path.get(path.size() - 1));
            if (!tree.add(job.parent, relative, node, job.depth)) continue;
            List<MdxNode.Element> kids = nestedFields(job.el);
            if (!kids.isEmpty() && node.kind != Kind.ARRAY && node.kind != Kind.OBJECT) {
                node.kind = node.kind == Kind.UNSPECIFIED || node.kind == Kind.ANY ? Kind.OBJECT : node.kind;
            }
            for (int i = kids.size() - 1; i >= 0; i--) {
                jobs.add(new Job(kids.get(i), node, written, job.depth + path.size()));
            }
        }
    }

    private static @Nullable String nameOf(MdxNode.Element el) {
        if (el.name.equals("ResponseField")) return el.attr("name");
        for (String k : PARAM_KINDS) {
            if (el.has(k)) return el.attr(k);
        }
        return el.attr("name");
    }

    /** Field components directly inside a field, or inside its non-field components such as {@code <Expandable>}. */
    private static List<MdxNode.Element> nestedFields(MdxNode.Element el) {
        List<MdxNode.Element> out = new ArrayList<>();
        List<MdxNode.Element> stack = new ArrayList<>();
        stack.add(el);
        while (!stack.isEmpty()) {
            MdxNode.Element e = stack.remove(stack.size() - 1);
            for (int i = e.children.size() - 1; i >= 0; i--) {
                if (e.children.get(i) instanceof MdxNode.Element c) {
                    if (isField(c)) {
                        out.add(c);
                    } else {
                        stack.add(c);
                    }
                }
            }
        }
        // collected in reverse document order per level; restore document order
        out.sort((a, b) -> Integer.compare(a.offset, b.offset));
        return out;
    }

    private FieldNode node(MdxNode.Element el, String name) {
        FieldNode n = new FieldNode(name, src.location(el.offset));
        TypeExpression type = TypeExpression.parse(el.attr("type"));
        if (!type.recognized()) {
            MdxNode.Attribute a = el.attributes.get("type");
            sink.report(ParserCode.SpecUnknownType, src.location(a == null ? el.offset : a.offset()),
                    "type `" + el.attr("type") + "` of `" + name + "` names no JSON type; docpoet treats it as any value",
                    TypeExpression.hint(el.attr("type"), "use string, number, integer, boolean, object, array, T[] or a union such as string | null"));
        }
        n.applyType(type);
        n.required |= truthy(el.attr("required"));
        n.deprecated |= truthy(el.attr("deprecated"));
        String def = el.attr("default");
        if (def != null) n.defaultValue = literal(def);
        n.descriptionMarkdown = Text.markdown(description(el));
        n.description = Text.normalize(n.descriptionMarkdown);
        return n;
    }

    private static boolean truthy(@Nullable String v) {
        return v != null && !v.equalsIgnoreCase("false");
    }

    private static JsonNode literal(String v) {
        String t = Html.unescape(v).trim();
        if (t.matches("-?\\d+")) {
            try {
                return JsonNodeFactory.instance.numberNode(Long.parseLong(t));
            } catch (NumberFormatException e) {
                return JsonNodeFactory.instance.textNode(t);
            }
        }
        if (t.matches("-?\\d+\\.\\d+")) return JsonNodeFactory.instance.numberNode(Double.parseDouble(t));
        if (t.equals("true") || t.equals("false")) return JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(t));
        return JsonNodeFactory.instance.textNode(t);
    }

    /** The last line of prose in a text run (blank lines and comments passed over): what introduces a code block after it. */
    private static @org.jspecify.annotations.Nullable String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            String line = lines[i].strip();
            // comments are not prose
            if (line.isEmpty() || line.startsWith("<!--") || line.startsWith("{/*")) continue;
            return line;
        }
        return null;
    }

    /** The field's own prose as written: its text, and the text of non-field components inside it, but no nested field. */
    private static String description(MdxNode.Element el) {
        StringBuilder sb = new StringBuilder();
        List<MdxNode> stack = new ArrayList<>();
        for (int i = el.children.size() - 1; i >= 0; i--) stack.add(el.children.get(i));
        while (!stack.isEmpty()) {
            MdxNode n = stack.remove(stack.size() - 1);
            if (n instanceof MdxNode.TextRun t) {
                sb.append(t.text());
            } else if (n instanceof MdxNode.Element c && !isField(c) && !c.name.equals("Expandable")) {
                for (int i = c.children.size() - 1; i >= 0; i--) stack.add(c.children.get(i));
            } else if (n instanceof MdxNode.Element) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * The JSON examples in {@code nodes} (an example component, or a code block under a "Response" heading): each for
     * the status its label names, else the title of the accordion or tab it sits in ({@code section}), else its heading,
     * else the success response; an error example without a status is the default error body, with a warning.
     */
    private void examples(List<MdxNode> nodes, EndpointDraft ep, boolean request, @org.jspecify.annotations.Nullable String heading,
            @org.jspecify.annotations.Nullable String section) {
        List<MdxNode> stack = new ArrayList<>(nodes);
        List<MdxNode.Code> codes = new ArrayList<>();
        while (!stack.isEmpty()) {
            MdxNode n = stack.remove(0);
            if (n instanceof MdxNode.Code c) codes.add(c);
            if (n instanceof MdxNode.Element c) stack.addAll(0, c.children);
        }
        for (MdxNode.Code code : codes) {
            String info = code.info().toLowerCase(Locale.ROOT);
            String trimmed = code.content().trim();
            boolean jsonish = info.startsWith("json") || trimmed.startsWith("{") || trimmed.startsWith("[");
            if (!jsonish || info.startsWith("bash") || info.startsWith("sh") || info.startsWith("curl")) continue;
            if (trimmed.isEmpty()) continue;
            int from = code.contentOffset() + code.content().indexOf(trimmed.charAt(0));
            String label = (heading == null ? "" : heading + " ") + (section == null ? "" : section + " ") + code.info();
            String status = null;
            for (String where : new String[] {code.info(), section, heading}) {
                Matcher st = where == null ? null : STATUS.matcher(where);
                if (st != null && st.find()) {
                    status = st.group(1);
                    break;
                }
            }
            if (!request && status == null && ERROR_WORD.matcher(label).find()) {
                // the docs show what an error looks like, not for which status: OpenAPI's "default" says just that
                sink.report(ParserCode.InferErrorExampleDefault, src.location(from), "the error example `" + label.strip()
                        + "` names no HTTP status: it is the body of any error status the docs do not list (default)",
                        "label it with its status, such as ```json 404, or silence it with"
                                + " @SuppressWarnings(\"docpoet:InferErrorExampleDefault\")");
                status = "default";
            }
            try {
                LocatedJson json = LocatedJson.read(src.text(), from, code.contentOffset() + code.content().length(), true);
                ep.looseExamples.add(new EndpointDraft.LooseExample(json, status, request));
                if (heading != null) {
                    sink.report(ParserCode.InferResponseExample, src.location(from), "the JSON block after \""
                            + heading + "\"" + (section == null ? "" : " in \"" + section + "\"") + " is the example of response "
                            + (status == null ? "2xx" : status), null);
                }
            } catch (LocatedJson.Failure f) {
                sink.report(ParserCode.SpecBadExampleJson, src.location(f.offset),
                        "example is not valid JSON: " + f.getMessage(), "fix the JSON, or mark the block with another language");
            }
        }
    }
}
