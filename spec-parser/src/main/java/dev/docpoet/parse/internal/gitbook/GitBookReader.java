package dev.docpoet.parse.internal.gitbook;

import dev.docpoet.parse.internal.BodyDraft;
import dev.docpoet.parse.internal.DiagnosticSink;
import dev.docpoet.parse.internal.Ellipses;
import dev.docpoet.parse.internal.EndpointDraft;
import dev.docpoet.parse.internal.Fences;
import dev.docpoet.parse.internal.FieldNode;
import dev.docpoet.parse.internal.FieldTree;
import dev.docpoet.parse.internal.FrontMatter;
import dev.docpoet.parse.internal.Kind;
import dev.docpoet.parse.internal.LocatedJson;
import dev.docpoet.parse.internal.PageDraft;
import dev.docpoet.parse.internal.SourceText;
import dev.docpoet.parse.internal.Text;
import dev.docpoet.parse.internal.TypeCells;
import dev.docpoet.spec.ParameterLocation;
import dev.docpoet.spec.ParserCode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a GitBook page: each {@code {% swagger method="get" path="/x" baseUrl="…" summary="…" %}} block is an endpoint,
 * with its {@code {% swagger-description %}}, its {@code {% swagger-parameter in="query" name="…" type="…" required="true" %}}s
 * ({@code in="body"} ones are request fields, dotted names nested) and its {@code {% swagger-response status="200: OK" %}}s,
 * whose code blocks are the examples. A block that points at a spec ({@code {% swagger src="./api.yaml" path="/x"
 * method="get" %}}, {@code {% openapi src=… %}}, {@code {% openapi-operation spec="…" … %}}) is read from that spec.
 */
public final class GitBookReader {
    /** An endpoint block's opening tag at a line's start: one inside a sentence or inline code is about GitBook. */
    private static final Pattern OPENER = Pattern.compile("(?m)^[ \\t]*+\\{%-?\\s*(?:swagger|openapi|openapi-operation)\\s");
    private static final Set<String> ENDPOINT_TAGS = Set.of("swagger", "openapi", "openapi-operation");
    private static final Pattern METHOD = Pattern.compile("(?i)GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|TRACE");
    private static final Pattern STATUS = Pattern.compile("\\b([1-5]\\d\\d)\\b");
    private static final Pattern H1 = Pattern.compile("(?m)^#[ \\t]++([^\\n]++)$");
    /** A host written as a placeholder, {@code http://<kubecost-address>/model}: a host variable. */
    private static final Pattern PLACEHOLDER = Pattern.compile("<([A-Za-z][\\w.-]*)>");

    private final SourceText src;
    private final DiagnosticSink sink;
    private final FieldTree tree;
    /** The page's code blocks, found once. */
    private List<Fences.Fence> fences = List.of();

    public GitBookReader(SourceText src, DiagnosticSink sink) {
        this.src = src;
        this.sink = sink;
        this.tree = new FieldTree(sink);
    }

    /** Whether a page has a GitBook API block at a line's start outside its code blocks, however indented. */
    public static boolean looksLike(String text) {
        Matcher m = OPENER.matcher(text);
        List<Fences.Fence> fences = null;
        while (m.find()) {
            if (fences == null) fences = Fences.anyIndent(text);
            if (!Fences.inside(fences, m.start())) return true;
        }
        return false;
    }

    public PageDraft read(FrontMatter fm) {
        PageDraft page = new PageDraft();
        page.title = fm.get("title");
        if (page.title == null) {
            Matcher h1 = H1.matcher(src.text());
            h1.region(fm.bodyStart(), src.length());
            while (page.title == null && h1.find()) page.title = blankToNull(Text.headingText(h1.group(1)));
        }
        fences = Fences.of(src.text());
        List<GitBookTag> tags = GitBookTag.scan(src.text(), fences).stream().filter(t -> t.start() >= fm.bodyStart()).toList();
        int[] closings = closings(tags);
        EndpointDraft ep = null;
        GitBookTag open = null;
        for (int i = 0; i < tags.size(); i++) {
            GitBookTag t = tags.get(i);
            if (ENDPOINT_TAGS.contains(t.name())) {
                if (t.closing()) {
                    if (open == null) {
                        sink.report(ParserCode.SpecStrayClosingTag, src.location(t.start()), "{% end" + t.name() + " %} closes nothing that is open",
                                "remove it, or add the {% " + t.name() + " %} it belongs to");
                    }
                    open = null;
                    ep = null;
                    continue;
                }
                if (open != null) unclosed(open);
                open = t;
                ep = endpoint(t);
                if (ep != null) page.endpoints.add(ep);
                continue;
            }
            if (t.closing() || !t.name().startsWith("swagger-")) continue;
            int close = closings[i];
            int contentEnd = close < 0 ? (i + 1 < tags.size() ? tags.get(i + 1).start() : src.length()) : tags.get(close).start();
            if (close < 0) {
                // GitBook itself ends such a tag at the next one: what it holds is read, with a warning
                sink.report(ParserCode.SpecBadBlock, src.location(t.start()), "{% " + t.name() + " %} is never closed; it is read up to"
                        + " the next tag", "add {% end" + t.name() + " %} where it ends");
            }
            if (ep != null && ep.specReference == null) {
                switch (t.name()) {
                    case "swagger-description" -> ep.description = blankToNull(Text.normalize(Text.markdown(src.text().substring(t.end(), contentEnd))));
                    case "swagger-parameter" -> parameter(ep, t, src.text().substring(t.end(), contentEnd));
                    case "swagger-response" -> response(ep, t, t.end(), contentEnd);
                    default -> { }
                }
            }
            if (close >= 0) i = close;
        }
        if (open != null) unclosed(open);
        return page;
    }

    private void unclosed(GitBookTag open) {
        sink.report(ParserCode.SpecUnclosedTag, src.location(open.start()), "{% " + open.name() + " %} is never closed",
                "add {% end" + open.name() + " %} after its last response");
    }

    /**
     * For each tag, the index of the tag that closes it before the next endpoint block starts or the same tag opens
     * again; -1 when none does. One pass with the tags still open by name, so that many unclosed tags stay linear.
     */
    private static int[] closings(List<GitBookTag> tags) {
        int[] close = new int[tags.size()];
        java.util.Arrays.fill(close, -1);
        Map<String, Integer> open = new HashMap<>();
        for (int k = 0; k < tags.size(); k++) {
            GitBookTag t = tags.get(k);
            if (ENDPOINT_TAGS.contains(t.name())) {
                open.clear();
            } else if (t.closing()) {
                Integer o = open.remove(t.name());
                if (o != null) close[o] = k;
            } else {
                open.put(t.name(), k);
            }
        }
        return close;
    }

    private @Nullable EndpointDraft endpoint(GitBookTag t) {
        String method = t.attr("method");
        String path = t.attr("path");
        if (method == null || !METHOD.matcher(method.strip()).matches() || path == null || path.isBlank()) {
            sink.report(ParserCode.SpecBadEndpointLine, src.location(t.start()), "{% " + t.name() + " %} names no HTTP method and path",
                    "write it as {% " + t.name() + " method=\"get\" path=\"/things/{id}\" … %}");
            return null;
        }
        String p = path.strip();
        EndpointDraft ep = new EndpointDraft(method.strip().toUpperCase(Locale.ROOT), p.startsWith("/") ? p : "/" + p, src.location(t.start()));
        String spec = t.attr("src") != null ? t.attr("src") : t.attr("spec");
        if (spec != null) {
            // a file in the docs folder is the spec StubResolver reads; a spec GitBook hosts is looked for in the folder
            String file = spec.strip();
            boolean named = !file.isEmpty() && !file.contains(" ") && (file.contains("/") || file.matches("(?i).*\\.(json|ya?ml)"));
            ep.specReference = (named ? file + " " : "") + ep.method + " " + ep.path;
            sink.report(ParserCode.SpecSpecReference, src.location(t.start()),
                    "page refers to an OpenAPI spec (`" + spec + "`) for " + ep.method + " " + ep.path, null);
            return ep;
        }
        ep.title = blankToNull(t.attr("summary"));
        ep.baseUrl = baseUrl(t.attr("baseUrl"));
        return ep;
    }

    private static @Nullable String baseUrl(@Nullable String written) {
        if (written == null || written.isBlank()) return null;
        String b = PLACEHOLDER.matcher(written.strip()).replaceAll("{$1}");
        while (b.endsWith("/")) b = b.substring(0, b.length() - 1);
        return b.contains("://") ? b : null;
    }

    private void parameter(EndpointDraft ep, GitBookTag t, String description) {
        String name = t.attr("name");
        String in = t.attr("in") == null ? "query" : t.attr("in").strip().toLowerCase(Locale.ROOT);
        boolean body = in.equals("body") || in.equals("formdata");
        if ((name == null || name.isBlank()) && in.equals("body")) {
            // GitBook's editor writes the JSON body as a whole as a body parameter without a name
            if (ep.request == null) ep.request = new BodyDraft("application/json", src.location(t.start()));
            if (ep.request.root.description.isEmpty()) {
                ep.request.root.descriptionMarkdown = Text.markdown(description);
                ep.request.root.description = Text.normalize(ep.request.root.descriptionMarkdown);
            }
            return;
        }
        if (name == null || name.isBlank()) {
            sink.report(ParserCode.SpecFieldWithoutName, src.location(t.start()), "{% swagger-parameter %} names no parameter",
                    "add name=\"…\"");
            return;
        }
        FieldNode node = new FieldNode(FieldTree.path(name).get(FieldTree.path(name).size() - 1), src.location(t.start()));
        type(node, t, body);
        node.required = "true".equalsIgnoreCase(String.valueOf(t.attr("required")).strip());
        node.descriptionMarkdown = Text.markdown(description);
        node.description = Text.normalize(node.descriptionMarkdown);
        if (body) {
            if (ep.request == null) {
                ep.request = new BodyDraft(in.equals("formdata") ? "application/x-www-form-urlencoded" : "application/json",
                        src.location(t.start()));
            }
            tree.add(ep.request.root, name.strip(), node, 0);
            return;
        }
        ParameterLocation where = switch (in) {
            case "path" -> ParameterLocation.PATH;
            case "header" -> ParameterLocation.HEADER;
            case "cookie" -> ParameterLocation.COOKIE;
            default -> ParameterLocation.QUERY;
        };
        if (!in.equals("query") && where == ParameterLocation.QUERY) {
            sink.report(ParserCode.SpecUnknownType, src.location(t.start()), "parameter `" + name + "` is in `" + t.attr("in")
                    + "`, which is no place a parameter goes; docpoet reads it as a query parameter", "write in=\"path\", \"query\", \"header\", \"cookie\" or \"body\"");
        }
        ep.params.add(new EndpointDraft.Param(where, node));
    }

    /**
     * The field's type: what GitBook's editor offers ({@code String}, {@code Integer}, {@code Boolean}, {@code Object},
     * {@code Array}) and the usual expressions; a value written where the type goes ({@code type="1"}) or prose
     * ({@code type="float in the range (0, 1]"}) is a warning, and a parameter so typed is a string, as on the wire.
     */
    private void type(FieldNode node, GitBookTag t, boolean body) {
        TypeCells.apply(node, t.attr("type"), src, t.start(), sink, body ? Kind.ANY : Kind.STRING,
                "use String, Integer, Number, Boolean, Object or Array");
    }

    /** A response's code blocks, each an example of the status its tag names ({@code status="200: OK"}). */
    private void response(EndpointDraft ep, GitBookTag t, int from, int to) {
        String written = t.attr("status");
        Matcher st = written == null ? null : STATUS.matcher(written);
        String status = st != null && st.find() ? st.group(1) : written != null && written.strip().equalsIgnoreCase("default") ? "default" : null;
        if (status == null) {
            sink.report(ParserCode.SpecBadEndpointLine, src.location(t.start()), "{% swagger-response %} names no HTTP status; its example is not read",
                    "write status=\"200: OK\"");
            return;
        }
        String text = src.text();
        for (int i = Fences.firstFrom(fences, from); i < fences.size(); i++) {
            Fences.Fence f = fences.get(i);
            if (f.end() > to) break;
            String info = f.info().toLowerCase(Locale.ROOT);
            String content = f.content(text).strip();
            boolean jsonish = info.startsWith("json") || info.startsWith("javascript") || info.startsWith("js")
                    || content.startsWith("{") || content.startsWith("[");
            if (!jsonish || content.isEmpty() || !(content.startsWith("{") || content.startsWith("["))) continue;
            int start = f.contentStart() + f.content(text).indexOf(content.charAt(0));
            try {
                LocatedJson json = LocatedJson.read(Ellipses.blank(text, start, f.contentEnd()), start, f.contentEnd(), true);
                ep.looseExamples.add(new EndpointDraft.LooseExample(json, status, false));
            } catch (LocatedJson.Failure e) {
                sink.report(ParserCode.SpecBadExampleJson, src.location(e.offset), "example of response " + status + " is not valid JSON: "
                        + e.getMessage(), "fix the JSON, or mark the block with another language");
            }
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
