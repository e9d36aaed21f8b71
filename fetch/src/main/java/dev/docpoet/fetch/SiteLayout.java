package dev.docpoet.fetch;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Where each fetched URL goes in the set's folder: its path under the base (the docs site's root, or the folder the
 * given URLs share), so that a stub page's {@code openapi: /api/openapi.json} and a spec's relative {@code $ref}s
 * still point at their files. A page's {@code .md} rendering is stored as {@code PATH.md}.
 */
final class SiteLayout {
    private static final List<String> PAGE_ENDINGS = List.of(".md", ".mdx", ".markdown", ".txt");
    private final URI base;

    private SiteLayout(URI base) {
        this.base = base;
    }

    URI base() {
        return base;
    }

    /** The layout of a docs site: its URL as a folder. */
    static SiteLayout site(URI site) {
        String path = site.getPath() == null || site.getPath().isEmpty() ? "/" : site.getPath();
        if (!path.endsWith("/")) path += "/";
        return new SiteLayout(uri(site, path));
    }

    /** {@code u}'s scheme and host with another path, quoted as a URI needs it. */
    static URI uri(URI u, String path) {
        try {
            return new URI(u.getScheme(), u.getAuthority(), path, null, null);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(u + ": " + e.getMessage(), e);
        }
    }

    /** The layout of URLs given one by one: the deepest folder they share, all on one host. */
    static SiteLayout common(List<URI> urls) throws FetchException {
        URI first = urls.get(0);
        String dir = first.getPath().substring(0, first.getPath().lastIndexOf('/') + 1);
        for (URI u : urls) {
            if (!u.getScheme().equalsIgnoreCase(first.getScheme()) || !String.valueOf(u.getRawAuthority()).equalsIgnoreCase(first.getRawAuthority())) {
                throw new FetchException(u + ": not on " + first.getScheme() + "://" + first.getRawAuthority() + " as " + first
                        + " is; fetch each host's docs into a folder of its own (another NAME)");
            }
            String p = u.getPath() == null ? "/" : u.getPath();
            while (!p.startsWith(dir)) dir = dir.substring(0, dir.substring(0, dir.length() - 1).lastIndexOf('/') + 1);
        }
        if (dir.isEmpty()) dir = "/";
        return new SiteLayout(uri(first, dir));
    }

    /** The path of {@code u} under the base, or null when it is elsewhere (another host, above the base). */
    @Nullable String relative(URI u) {
        if (u.getScheme() == null || !u.getScheme().equalsIgnoreCase(base.getScheme())
                || !String.valueOf(u.getRawAuthority()).equalsIgnoreCase(base.getRawAuthority())) {
            return null;
        }
        String p = u.normalize().getPath();
        if (p == null || p.isEmpty()) p = "/";
        if (!p.startsWith(base.getPath())) return null;
        return p.substring(base.getPath().length());
    }

    /** The URL of a page's markdown: as given when it already ends in .md (.mdx, .txt), else with .md appended. */
    static URI markdown(URI page) {
        String p = page.getPath() == null || page.getPath().isEmpty() ? "/" : page.getPath();
        if (isPage(p)) return page;
        if (p.endsWith("/")) p += "index";
        return uri(page, p + ".md");
    }

    /** The file a page's markdown is kept in. */
    @Nullable String pageFile(URI page) {
        String rel = relative(page);
        if (rel == null) return null;
        if (isPage(rel)) return rel;
        if (rel.isEmpty() || rel.endsWith("/")) rel += "index";
        return rel + ".md";
    }

    static boolean isPage(String path) {
        String l = path.toLowerCase(Locale.ROOT);
        return PAGE_ENDINGS.stream().anyMatch(l::endsWith);
    }

    /** The path a page's include and exclude patterns match: its path under the base, without its .md. */
    @Nullable String patternPath(URI page) {
        String rel = relative(page);
        if (rel == null) return null;
        if (rel.toLowerCase(Locale.ROOT).endsWith(".md")) rel = rel.substring(0, rel.length() - 3);
        while (rel.endsWith("/")) rel = rel.substring(0, rel.length() - 1);
        return rel;
    }

    /**
     * Refuses a path that could not be a file of the folder on every system (a dot segment, a hidden name, a
     * backslash, a control character or one Windows refuses), before any {@link java.nio.file.Path} is made of it.
     */
    static String safe(String path, Object from) throws FetchException {
        if (path.isEmpty()) throw new FetchException(from + ": names no file; give a page or spec URL");
        for (String seg : path.split("/", -1)) {
            if (seg.isEmpty() || seg.startsWith(".") || seg.chars().anyMatch(c -> c < 0x20 || c == 0x7f || "\\:*?\"<>|".indexOf(c) >= 0)
                    || seg.equals(SourcesLock.FILE_NAME) || seg.equals(dev.docpoet.parse.DocCorrections.FILE_NAME)) {
                throw new FetchException(from + ": cannot be kept as \"" + path.replaceAll("\\p{Cntrl}", "?") + "\" (an empty, hidden or reserved name, or a character a file name"
                        + " cannot have); leave it out"
                        + " with an exclude pattern");
            }
        }
        return path;
    }
}
