package dev.docpoet.parse;

import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.Dialect;
import dev.docpoet.spec.ParserCode;
import dev.docpoet.spec.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Says when a doc file or folder the user asked for yields no endpoint (and so no type), and why, so that a run never
 * ends with nothing generated and nothing said: a {@link ParserCode#SpecYieldsNothing} warning per such path, at the
 * place that explains it. Every front end asks through the same call ({@code Generation} for javac, the CLI and the
 * Maven plugin; the CLI's {@code lint} too). A path whose docs have an error is left to that error.
 */
public final class YieldCheck {
    /**
     * A path the user asked for.
     *
     * @param path the file or folder, relative to the docs root, as the user wrote it ({@code "."} or {@code ""} for the
     *     root itself)
     * @param root the docs root it resolved under, when it is on disk
     * @param folder whether it named a folder
     */
    public record Request(String path, @Nullable String root, boolean folder) {}

    /** A fenced code block of HTTP whose first line is a request line: an endpoint written as an example. */
    private static final Pattern HTTP_FENCE = Pattern.compile(
            "(?m)^([ \\t]{0,3})(?:`{3,}|~{3,})[ \\t]*(?i:http)\\b[^\\n]*\\n(?:[ \\t]*\\n)*[ \\t]*"
                    + "(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE)[ \\t]+(\\S+)");
    /** The most spec files a warning names. */
    private static final int MAX_NAMED = 3;

    private YieldCheck() {}

    /**
     * The warnings for the requested paths that yield nothing.
     *
     * @param sources every source read, in the order {@code documents} has them
     * @param documents one per source, as {@link DocSetReader#read} gives them (stub pages resolved)
     * @param naming the name diagnostics give a source
     */
    public static List<Diagnostic> check(List<Request> requests, List<DocSource> sources, List<ApiDocument> documents,
            Function<DocSource, String> naming) {
        Set<Diagnostic> out = new LinkedHashSet<>();
        for (Request r : requests) {
            String label = label(r.path());
            String path = label.equals(".") ? "" : label;
            List<Integer> group = new ArrayList<>();
            for (int i = 0; i < sources.size() && i < documents.size(); i++) {
                if (belongs(sources.get(i), path, r.root())) group.add(i);
            }
            if (group.stream().anyMatch(i -> documents.get(i).hasErrors() || !documents.get(i).endpoints().isEmpty()
                    || !documents.get(i).components().isEmpty())) continue;
            Diagnostic d;
            if (!r.folder()) {
                if (group.isEmpty()) continue;
                d = file(sources.get(group.get(0)), documents.get(group.get(0)), naming);
            } else {
                d = folder(r, path, group.stream().map(sources::get).toList(), group.stream().map(documents::get).toList(), naming);
            }
            out.add(d);
        }
        return out.stream().sorted().toList();
    }

    /**
     * A requested path as {@link DocSet} labels what it names, and as this check's warnings name a folder when
     * diagnostics name docs by label: relative, with forward slashes, {@code "."} for the root itself.
     */
    public static String label(String path) {
        String p;
        try {
            p = Path.of(path.replace('\\', '/')).normalize().toString().replace('\\', '/');
        } catch (java.nio.file.InvalidPathException e) {
            p = path;
        }
        return p.isEmpty() ? "." : p;
    }

    private static boolean belongs(DocSource s, String path, @Nullable String root) {
        if (root != null && s.absoluteRoot() != null && !s.absoluteRoot().equals(Path.of(root).toAbsolutePath().normalize())) {
            return false;
        }
        return path.isEmpty() || s.label().equals(path) || s.label().startsWith(path + "/");
    }

    private static Diagnostic file(DocSource source, ApiDocument doc, Function<DocSource, String> naming) {
        String name = naming.apply(source);
        String text = new String(source.bytes(), StandardCharsets.UTF_8);
        if (doc.dialect() == Dialect.OPENAPI) {
            return warning("nothing is generated from this spec: it has no operation under `paths`", new SourceLocation(name, 1, 1),
                    "add the operations, or name the spec file that has them");
        }
        List<Fence> fences = fences(text, name);
        if (!fences.isEmpty()) {
            Fence f = fences.get(0);
            return warning("nothing is generated from this page: " + (fences.size() == 1
                    ? "its endpoint, " + f.request() + ", is only in a ```http code block"
                    : "its endpoints, " + String.join(", ", fences.stream().map(Fence::request).toList()) + ", are only in ```http code blocks")
                    + ", which docpoet reads as an example, not as the endpoint the page documents", f.at(),
                    "add `api: '" + f.request() + "'` to its front matter" + (fences.size() == 1 ? "" : ", one endpoint a page"));
        }
        String lower = source.label().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json") || lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return warning("nothing is generated from this file: it has no top-level `openapi` or `swagger` version key, so it is read as"
                    + " a doc page, and it declares no endpoint", new SourceLocation(name, 1, 1),
                    "if it is a spec, give it `openapi: 3.1.0` (or the version it follows) at the top level; if not, leave it out of the docs");
        }
        if (doc.dialect() == Dialect.MINTLIFY_MDX) {
            return warning("nothing is generated from this page: it is a Mintlify page without `api:` or `openapi:` in its front matter,"
                    + " so its fields are not read", new SourceLocation(name, 1, 1),
                    "add `api: 'METHOD /path'` to its front matter");
        }
        return warning("nothing is generated from this page: it declares no endpoint in a dialect docpoet reads", new SourceLocation(name, 1, 1),
                "give it `api: 'METHOD /path'` in its front matter (Mintlify), an `Endpoint: METHOD /path` line (Redocly), or a"
                        + " `GET /path` request line over GFM tables of its fields, or attribute headings (### `field` over a **Type:**"
                        + " line), or leave it out of the docs");
    }

    private static Diagnostic folder(Request r, String path, List<DocSource> sources, List<ApiDocument> documents,
            Function<DocSource, String> naming) {
        SourceLocation at = new SourceLocation(folderName(r, path, sources, naming), 1, 1);
        if (sources.isEmpty()) {
            Path reached = r.root() == null ? null : asReached(Path.of(r.root()));
            List<String> specs = r.root() == null ? List.of() : specsIn(Path.of(r.root()), path).stream()
                    .map(label -> naming.apply(new DocSource(label, reached.resolve(label), new byte[0]))).toList();
            if (specs.isEmpty()) {
                return warning("nothing is generated from this folder: it holds no doc page (" + String.join(", ", DocPages.EXTENSIONS) + ")",
                        at, "name the folder that holds the pages");
            }
            return warning("nothing is generated from this folder: it holds no doc page (" + String.join(", ", DocPages.EXTENSIONS)
                    + "), and none of its JSON and YAML files is an OpenAPI or Swagger spec (" + String.join(", ", specs) + ")", at,
                    "give a spec its top-level `openapi: 3.1.0` (or the version it follows), or name the folder that holds the pages");
        }
        int pages = sources.size();
        if (documents.stream().allMatch(d -> d.dialect() == Dialect.OPENAPI)) {
            return warning("nothing is generated from this folder: " + (pages == 1 ? "its one spec has no operation" : "none of its " + pages
                    + " specs has an operation") + " under `paths`", at, "add the operations, or name the spec file that has them");
        }
        String what = "nothing is generated from this folder: " + (pages == 1 ? "its one doc page declares no endpoint"
                : "none of its " + pages + " doc pages declares an endpoint");
        for (DocSource s : sources) {
            List<Fence> fences = fences(new String(s.bytes(), StandardCharsets.UTF_8), naming.apply(s));
            if (fences.isEmpty()) continue;
            Fence f = fences.get(0);
            return warning(what + "; "
                    + f.at() + " has " + f.request() + " only in a ```http code block, which docpoet reads as an example", at,
                    "add `api: '" + f.request() + "'` to that page's front matter" + (pages == 1 ? "" : ", and the like to each endpoint page"));
        }
        return warning(what, at,
                "give each endpoint page `api: 'METHOD /path'` in its front matter (Mintlify), an `Endpoint: METHOD /path` line (Redocly),"
                        + " or a `GET /path` request line over GFM tables or attribute headings (### `field` over a **Type:** line)");
    }

    /** The folder as diagnostics name its pages: the path the user gave (the CLI), or its label ({@code "."} for the root). */
    private static String folderName(Request r, String path, List<DocSource> sources, Function<DocSource, String> naming) {
        String label = path.isEmpty() ? "." : path;
        Path root = !sources.isEmpty() ? sources.get(0).root() : r.root() == null ? null : asReached(Path.of(r.root()));
        String name = naming.apply(new DocSource(label, root == null ? null : root.resolve(label).normalize(), new byte[0]));
        return name.isEmpty() ? "." : name;
    }

    /**
     * A root known only absolute (no page was read under it), relative to the working folder when it is inside it, as
     * a user who named a relative path reaches it.
     */
    private static Path asReached(Path root) {
        Path here = Path.of("").toAbsolutePath();
        return root.startsWith(here) ? here.relativize(root) : root;
    }

    /** The JSON and YAML files under a folder that holds neither pages nor specs, relative to the docs root: the first few. */
    private static List<String> specsIn(Path root, String path) {
        Path folder = root.resolve(path).normalize();
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> walk = Files.walk(folder, 8)) {
            return walk.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(json|ya?ml)")
                            && !p.getFileName().toString().matches("(?i)docs\\.json|mint\\.json|package(-lock)?\\.json")
                            && Files.isRegularFile(p))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().limit(MAX_NAMED).toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of();
        }
    }

    /** An endpoint written only as an HTTP example: its request line, and where its fence opens. */
    private record Fence(String request, SourceLocation at) {}

    private static List<Fence> fences(String text, String name) {
        List<Fence> out = new ArrayList<>();
        Matcher m = HTTP_FENCE.matcher(text);
        while (m.find()) {
            int line = 1;
            for (int i = 0; i < m.start(); i++) {
                if (text.charAt(i) == '\n') line++;
            }
            out.add(new Fence(m.group(2) + " " + m.group(3), new SourceLocation(name, line, m.group(1).length() + 1)));
        }
        return out;
    }

    private static Diagnostic warning(String message, SourceLocation at, String hint) {
        return new Diagnostic(ParserCode.SpecYieldsNothing, message, at, hint);
    }
}
