package dev.docpoet.fetch;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code docpoet.sources.lock.json}: what a fetched doc set is and where it came from, kept in the set's folder and
 * committed with it. It sits beside the pages rather than in {@code docpoet.lock.json} because it describes one
 * folder's bytes (every front end, the processor too, reads that folder and nothing else), while
 * {@code docpoet.lock.json} is the contract of the whole docs folder, corrected, that {@code docpoet:lock} rewrites.
 * {@link #apiHash} is the SHA-256 of a contract in that format ({@code docpoet-lock/2}) of this set's fetched files
 * alone, uncorrected: no hash of {@code docpoet.lock.json} itself. Like that lock it is indented JSON with a {@code format} key, sorted, and with no timestamp, so that a refetch of
 * the same docs writes the same bytes.
 *
 * @param name the set's folder name under the docs folder
 * @param apiHash SHA-256 of the API contract ({@code ApiLock}) the fetched pages give, corrections not applied
 */
public record SourcesLock(String name, Origin origin, String apiHash, List<Entry> files) {
    /** The lock's file name, in the set's folder. */
    public static final String FILE_NAME = "docpoet.sources.lock.json";
    static final String FORMAT = "docpoet-sources/1";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Lines end in {@code \n} on every system, as {@code ApiLock}'s do: the same docs give the same lock bytes on Windows. */
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));

    public SourcesLock {
        files = files.stream().sorted(Comparator.comparing(Entry::path)).toList();
    }

    /**
     * What to fetch: a docs site (its {@code llms.txt}, the pages chosen by the patterns), page URLs, spec URLs.
     *
     * @param includes globs on a page's path under the site ({@code api-reference/**}); every page when empty
     */
    public record Origin(@Nullable String site, List<String> pages, List<String> specs, List<String> includes, List<String> excludes) {
        public Origin {
            pages = List.copyOf(pages);
            specs = List.copyOf(specs);
            includes = List.copyOf(includes);
            excludes = List.copyOf(excludes);
        }

        /** Whether it names nothing to fetch. */
        public boolean isEmpty() {
            return site == null && pages.isEmpty() && specs.isEmpty();
        }
    }

    /**
     * One file of the set.
     *
     * @param path relative to the set's folder, with forward slashes
     * @param sha256 of the normalised text (see {@link PageText#hash(String, byte[])})
     */
    record Entry(String path, String url, String sha256, @Nullable String etag, @Nullable String lastModified) {}

    @Nullable Entry entry(String path) {
        for (Entry e : files) if (e.path().equals(path)) return e;
        return null;
    }

    byte[] toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("name", name);
        ObjectNode o = root.putObject("origin");
        if (origin.site() != null) o.put("site", origin.site());
        strings(o, "pages", origin.pages());
        strings(o, "specs", origin.specs());
        strings(o, "includes", origin.includes());
        strings(o, "excludes", origin.excludes());
        root.put("apiHash", apiHash);
        ArrayNode fs = root.putArray("files");
        for (Entry e : files) {
            ObjectNode f = fs.addObject();
            f.put("path", e.path());
            f.put("url", e.url());
            f.put("sha256", e.sha256());
            if (e.etag() != null) f.put("etag", e.etag());
            if (e.lastModified() != null) f.put("lastModified", e.lastModified());
        }
        try {
            return (JSON.writer(PRINTER).writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always writes", e);
        }
    }

    private static void strings(ObjectNode o, String key, List<String> values) {
        if (values.isEmpty()) return;
        ArrayNode a = o.putArray(key);
        values.forEach(a::add);
    }

    /** The lock in {@code folder}; null when there is none. */
    static @Nullable SourcesLock in(Path folder) throws FetchException {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) return null;
        try {
            return read(file, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new FetchException(file + ": cannot read it (" + e.getMessage() + ")");
        }
    }

    static SourcesLock read(Path file, byte[] bytes) throws FetchException {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new FetchException(file + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr()) + ": not JSON ("
                    + e.getOriginalMessage() + "); fetch again (docpoet fetch --update) or restore it from version control");
        } catch (IOException e) {
            throw new FetchException(file + ": cannot read it (" + e.getMessage() + ")");
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new FetchException(file + ": not a docpoet sources lock (its \"format\" is not \"" + FORMAT + "\"); fetch again"
                    + " (docpoet fetch --update) or restore it from version control");
        }
        JsonNode o = root.path("origin");
        Origin origin = new Origin(o.hasNonNull("site") ? o.get("site").asText() : null, list(o, "pages"), list(o, "specs"),
                list(o, "includes"), list(o, "excludes"));
        List<Entry> files = new ArrayList<>();
        List<String> at = pathLocations(bytes);
        int i = 0;
        for (JsonNode f : root.path("files")) {
            String path = f.path("path").asText("");
            if (path.isEmpty() || !f.hasNonNull("url") || !f.hasNonNull("sha256")) {
                throw new FetchException(file + ": a \"files\" entry without path, url or sha256; fetch again (docpoet fetch --update)");
            }
            try {
                // verify, check and update read and write these paths: one that leaves the folder must go no further
                SiteLayout.safe(path, "");
            } catch (FetchException e) {
                throw new FetchException(file + (i < at.size() ? at.get(i) : "") + ": \"" + path.replaceAll("\\p{Cntrl}", "?") + "\" is no file"
                        + " of the set (it leaves the folder, or is hidden or reserved); fetch again (docpoet fetch --update) or restore the"
                        + " lock from version control");
            }
            i++;
            files.add(new Entry(path, f.get("url").asText(), f.get("sha256").asText(), text(f, "etag"), text(f, "lastModified")));
        }
        return new SourcesLock(root.path("name").asText(""), origin, root.path("apiHash").asText(""), files);
    }

    /** ":LINE:COLUMN" of each {@code files[].path} value, in order: a tree keeps no locations. */
    private static List<String> pathLocations(byte[] bytes) {
        List<String> out = new ArrayList<>();
        try (JsonParser p = JSON.getFactory().createParser(bytes)) {
            for (JsonToken t; (t = p.nextToken()) != null; ) {
                if (t != JsonToken.VALUE_STRING || !"path".equals(p.currentName())) continue;
                JsonStreamContext array = p.getParsingContext().getParent();
                if (array == null || !array.inArray() || array.getParent() == null || !"files".equals(array.getParent().getCurrentName())) continue;
                JsonLocation l = p.currentTokenLocation();
                out.add(":" + l.getLineNr() + ":" + l.getColumnNr());
            }
        } catch (IOException e) {
            // it was read as a tree already: the locations are only for messages
        }
        return out;
    }

    private static @Nullable String text(JsonNode n, String key) {
        return n.hasNonNull(key) ? n.get(key).asText() : null;
    }

    private static List<String> list(JsonNode o, String key) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : o.path(key)) out.add(n.asText());
        return out;
    }
}
