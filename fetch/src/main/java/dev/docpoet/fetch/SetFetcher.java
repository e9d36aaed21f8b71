package dev.docpoet.fetch;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Fetches one doc set into memory: the site's {@code llms.txt} and the pages its patterns choose (each page's
 * {@code .md}), the given pages, the spec each stub page names, the given specs, and every file their relative
 * {@code $ref}s name. What the previous fetch kept and the server says is unchanged (a 304 to the lock's ETag or
 * Last-Modified) is taken from the project's copy. Nothing is written here.
 */
final class SetFetcher {
    private final Downloader http;
    private final Consumer<String> notes;
    private final @Nullable SourcesLock previous;
    private final @Nullable Path previousFolder;
    private final Map<String, Staged> files = new TreeMap<>();

    SetFetcher(Downloader http, Consumer<String> notes, @Nullable SourcesLock previous, @Nullable Path previousFolder) {
        this.http = http;
        this.notes = notes;
        this.previous = previous;
        this.previousFolder = previousFolder;
    }

    Map<String, Staged> fetch(SourcesLock.Origin origin) throws FetchException {
        List<URI> pages = new ArrayList<>();
        List<URI> specs = new ArrayList<>();
        for (String p : origin.pages()) pages.add(Downloader.checked(p));
        for (String s : origin.specs()) specs.add(Downloader.checked(s));
        SiteLayout layout;
        List<URI> listedSpecs = new ArrayList<>();
        if (origin.site() != null) {
            layout = SiteLayout.site(Downloader.checked(origin.site()));
            URI index = layout.base().resolve("llms.txt");
            Downloader.Got got;
            try {
                got = http.get(index, null, null);
            } catch (FetchException e) {
                if (e.status() != 404 && e.status() != 410) throw e;
                throw new FetchException(index + ": HTTP " + e.status() + " (not found): this site serves no llms.txt index; check the site's"
                        + " URL, or name its pages (--page URL) or its spec (--spec URL)", e.status());
            }
            PagePatterns in = patterns(origin.includes());
            PagePatterns out = patterns(origin.excludes());
            int outside = 0;
            int chosen = 0;
            for (URI link : LlmsIndex.links(got.uri(), got.bytes())) {
                String rel = layout.patternPath(link);
                if (rel == null) {
                    outside++;
                    continue;
                }
                if (LlmsIndex.isSpec(link)) {
                    listedSpecs.add(link);
                    continue;
                }
                String p = rel.isEmpty() ? "index" : rel;
                if ((in.isEmpty() || in.matches(p)) && !out.matches(p)) {
                    pages.add(link);
                    chosen++;
                }
            }
            if (chosen == 0 && origin.pages().isEmpty() && origin.specs().isEmpty()) {
                throw new FetchException(index + " lists no page under " + layout.base() + (origin.includes().isEmpty() ? "" : " that "
                        + origin.includes() + " includes") + (origin.excludes().isEmpty() ? "" : " and " + origin.excludes() + " does not exclude")
                        + "; check the include and exclude patterns (they match a page's path under the site, such as api-reference/**)");
            }
            if (outside > 0) notes.accept("note: " + index + " links " + outside + " pages elsewhere (another host or above " + layout.base() + "); not fetched");
        } else {
            List<URI> all = new ArrayList<>(pages);
            all.addAll(specs);
            if (all.isEmpty()) throw new FetchException("nothing to fetch: give a docs site (--site URL), pages (--page URL) or a spec (--spec URL)");
            layout = SiteLayout.common(all);
        }
        Set<URI> stubSpecs = new LinkedHashSet<>();
        boolean stubWithoutFile = false;
        for (URI page : pages) {
            String path = layout.pageFile(page);
            if (path == null) throw new FetchException(page + ": not under " + layout.base() + "; fetch it into a set of its own");
            Staged s = get(SiteLayout.markdown(page), SiteLayout.safe(path, page), true, false);
            String spec = PageText.stubSpec(s.bytes());
            if (spec == null) continue;
            if (spec.isEmpty()) {
                stubWithoutFile = true;
            } else {
                // Mintlify resolves the file against the docs root, with or without a leading slash
                try {
                    stubSpecs.add(layout.base().resolve(new URI(null, null, spec.replaceFirst("^/+", ""), null)));
                } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                    notes.accept("warning: " + page + " points at the spec \"" + spec + "\", which is no path; not fetched");
                }
            }
        }
        if (stubWithoutFile) {
            if (listedSpecs.isEmpty() && specs.isEmpty()) {
                notes.accept("warning: some pages point at a spec without naming its file (openapi: GET /path), and " + (origin.site() == null
                        ? "no spec was given" : "llms.txt lists none") + "; name it with --spec URL so that those pages get their operations");
            }
            stubSpecs.addAll(listedSpecs);
        }
        Deque<URI> queue = new ArrayDeque<>();
        // the queue holds each URL normalised (./ and ../ resolved): so does this, or a spec named with ./ were no entry
        Set<URI> entry = new LinkedHashSet<>(specs.stream().map(URI::normalize).toList());
        queue.addAll(specs);
        queue.addAll(stubSpecs);
        Set<URI> seen = new java.util.HashSet<>();
        while (!queue.isEmpty()) {
            URI spec = queue.poll().normalize();
            if (!seen.add(spec)) continue;
            String path = layout.relative(spec);
            if (path == null) {
                notes.accept("warning: " + spec + " is not under " + layout.base() + "; not fetched, so what refers to it stays unresolved");
                continue;
            }
            Staged s = get(spec, SiteLayout.safe(path, spec), false, entry.contains(spec));
            SpecRefs.Refs refs = SpecRefs.of(path, s.bytes());
            for (String remote : refs.remote()) {
                notes.accept("warning: " + spec + " refers to " + remote + ", a remote $ref: docpoet never fetches one (the parser refuses it)");
            }
            for (String rel : refs.relative()) {
                URI target;
                try {
                    target = spec.resolve(new URI(null, null, rel, null));
                } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                    notes.accept("warning: " + spec + ": the $ref \"" + rel + "\" is no path; not fetched");
                    continue;
                }
                queue.add(target);
            }
        }
        return files;
    }

    private Staged get(URI url, String path, boolean page, boolean entrySpec) throws FetchException {
        Staged known = files.get(path);
        if (known != null) return known;
        SourcesLock.Entry before = previous == null ? null : previous.entry(path);
        byte[] kept = kept(before);
        Downloader.Got got = kept == null ? http.get(url, null, null) : http.get(url, before.etag(), before.lastModified());
        Staged s;
        if (got.notModified()) {
            s = new Staged(path, url.toString(), kept, before.sha256(), before.etag(), before.lastModified(), entrySpec);
        } else {
            byte[] bytes = page ? PageText.stored(got.bytes()) : PageText.text(got.bytes()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            String hash = PageText.hash(path, bytes);
            if (before != null && kept != null && PageText.onlyStampsDiffer(path, kept, bytes)) {
                // only a timestamp line (or the header, or line ends) differs: keep the project's bytes and the lock's validators
                s = new Staged(path, url.toString(), kept, before.sha256(), before.etag(), before.lastModified(), entrySpec);
            } else {
                s = new Staged(path, url.toString(), bytes, hash, got.etag(), got.lastModified(), entrySpec);
            }
        }
        files.put(path, s);
        return s;
    }

    /** The project's copy of a file the lock lists, when it still is what the lock says. */
    private byte @Nullable [] kept(SourcesLock.@Nullable Entry before) {
        if (before == null || previousFolder == null) return null;
        Path f = previousFolder.resolve(before.path());
        try {
            if (!Files.isRegularFile(f)) return null;
            byte[] b = Files.readAllBytes(f);
            return PageText.hash(before.path(), b).equals(before.sha256()) ? b : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static PagePatterns patterns(List<String> globs) throws FetchException {
        try {
            return PagePatterns.of(globs);
        } catch (IllegalArgumentException e) {
            // a lock edited by hand: the front ends check what the user types before any fetch
            throw new FetchException(SourcesLock.FILE_NAME + ": " + e.getMessage());
        }
    }
}
