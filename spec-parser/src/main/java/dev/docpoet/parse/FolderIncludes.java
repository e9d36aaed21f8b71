package dev.docpoet.parse;

import dev.docpoet.parse.internal.Includes;
import dev.docpoet.parse.internal.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The files a page read from disk may pull in: looked for from the page's folder up to the docs folder, never
 * outside it, and named the way the page is named (its label, or the path the user gave, with the same prefix).
 */
final class FolderIncludes implements Includes {
    private final String prefix;
    private final Path dir;
    private final Path root;
    /** The files read, in the order read: a page's result depends on them, so its fingerprint must too. */
    private final Set<Path> read = new LinkedHashSet<>();

    private FolderIncludes(String prefix, Path dir, Path root) {
        this.prefix = prefix;
        this.dir = dir;
        this.root = root;
    }

    /** The files {@link #find} read, by absolute path under the docs folder: none for a page that includes nothing. */
    static List<Path> read(Includes includes) {
        return includes instanceof FolderIncludes f ? List.copyOf(f.read) : List.of();
    }

    /** The includes of a page named {@code name} at {@code file} under {@code root}; none when it has no file. */
    static Includes of(String name, @Nullable Path file, @Nullable Path root) {
        if (file == null || root == null) return Includes.NONE;
        Path abs = file.toAbsolutePath().normalize();
        Path r = root.toAbsolutePath().normalize();
        if (!abs.startsWith(r) || abs.getParent() == null) return Includes.NONE;
        String label = r.relativize(abs).toString().replace('\\', '/');
        String prefix = name.endsWith(label) ? name.substring(0, name.length() - label.length()) : "";
        return new FolderIncludes(prefix, abs.getParent(), r);
    }

    @Override
    public @Nullable SourceText find(String written, boolean snippet) {
        String rel = written.strip();
        if (rel.isEmpty() || rel.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || rel.indexOf('\0') >= 0) return null;
        rel = rel.replaceFirst("^/+", "");
        for (Path d = dir; d != null && d.startsWith(root); d = d.getParent()) {
            SourceText found = read(d, rel);
            if (found == null && snippet) found = read(d.resolve("snippets"), rel);
            if (found != null) return found;
        }
        return null;
    }

    @Override
    public @Nullable SourceText relative(String written) {
        String rel = written.strip();
        if (rel.isEmpty() || rel.startsWith("/") || rel.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || rel.indexOf('\0') >= 0) return null;
        return read(dir, rel);
    }

    /**
     * The file {@code rel} names in {@code d}, if it is a file of the docs folder. Its path is checked lexically and
     * then as the file system resolves it, so a symbolic link inside the folder cannot read a file outside it; a name
     * that is no path on this system (a {@code :} on Windows) is no file, which the page's reader reports, located.
     */
    private @Nullable SourceText read(Path d, String rel) {
        try {
            Path c = d.resolve(rel).normalize();
            if (!c.startsWith(root) || !Files.isRegularFile(c)) return null;
            if (!c.toRealPath().startsWith(root.toRealPath())) return null;
            if (Files.size(c) > DocParser.MAX_PAGE_BYTES) return null;
            String text = new String(Files.readAllBytes(c), StandardCharsets.UTF_8);
            read.add(c);
            return new SourceText(prefix + root.relativize(c).toString().replace('\\', '/'), text);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
