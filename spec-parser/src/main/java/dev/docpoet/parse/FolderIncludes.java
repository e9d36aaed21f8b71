package dev.docpoet.parse;

import dev.docpoet.parse.internal.Includes;
import dev.docpoet.parse.internal.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The files a page read from disk may pull in: looked for from the page's folder up to the docs folder, never
 * outside it, and named the way the page is named (its label, or the path the user gave, with the same prefix).
 */
final class FolderIncludes implements Includes {
    private final String prefix;
    private final Path dir;
    private final Path root;

    private FolderIncludes(String prefix, Path dir, Path root) {
        this.prefix = prefix;
        this.dir = dir;
        this.root = root;
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
            SourceText found = read(d.resolve(rel));
            if (found == null && snippet) found = read(d.resolve("snippets").resolve(rel));
            if (found != null) return found;
        }
        return null;
    }

    private @Nullable SourceText read(Path candidate) {
        Path c;
        try {
            c = candidate.normalize();
        } catch (RuntimeException e) {
            return null;
        }
        if (!c.startsWith(root) || !Files.isRegularFile(c)) return null;
        try {
            if (Files.size(c) > DocParser.MAX_PAGE_BYTES) return null;
            String text = new String(Files.readAllBytes(c), StandardCharsets.UTF_8);
            return new SourceText(prefix + root.relativize(c).toString().replace('\\', '/'), text);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
