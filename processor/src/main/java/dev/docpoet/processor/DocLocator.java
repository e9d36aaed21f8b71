package dev.docpoet.processor;

import dev.docpoet.parse.DocPages;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import org.jspecify.annotations.Nullable;

/**
 * Finds the doc pages an {@code @ApiDocs} path names: under {@code -Adocpoet.docsDir} first, then on the source path,
 * then on the class path (the copy Maven puts in target/classes), then as an absolute path. Folders are searched
 * recursively. When nothing is found, it says where it looked.
 */
final class DocLocator {
    static final String DOCS_DIR_OPTION = "docpoet.docsDir";

    /** A found page: its label (the path as written, plus the path inside a folder) and its bytes. */
    record Page(String label, byte[] bytes) {}

    /**
     * The outcome of a lookup: pages, or the places tried.
     *
     * @param root the folder the path resolved under, when it is on disk
     */
    record Found(List<Page> pages, List<String> tried, @Nullable String root, boolean folder) {
        Found(List<Page> pages, List<String> tried) {
            this(pages, tried, null, false);
        }
    }

    private final Filer filer;
    private final @Nullable String docsDir;

    DocLocator(Filer filer, @Nullable String docsDir) {
        this.filer = filer;
        this.docsDir = docsDir == null || docsDir.isBlank() ? null : docsDir;
    }

    Found locate(String written) throws IOException {
        List<String> tried = new ArrayList<>();
        String rel = written.replace('\\', '/');
        while (rel.startsWith("./")) rel = rel.substring(2);
        if (docsDir != null) {
            Path p = Path.of(docsDir).resolve(rel);
            tried.add(p + " (-A" + DOCS_DIR_OPTION + ")");
            if (Files.exists(p)) return new Found(read(p, rel), tried, rootOf(p, rel), Files.isDirectory(p));
        } else {
            tried.add("-A" + DOCS_DIR_OPTION + " (not set)");
        }
        for (StandardLocation where : List.of(StandardLocation.SOURCE_PATH, StandardLocation.CLASS_PATH)) {
            String label = where == StandardLocation.SOURCE_PATH ? "the source path" : "the class path";
            tried.add(rel + " on " + label);
            FileObject fo;
            try {
                fo = filer.getResource(where, "", rel);
            } catch (IOException | IllegalArgumentException | IllegalStateException e) {
                continue;
            }
            Path local = localPath(fo.toUri());
            if (local != null && Files.exists(local)) return new Found(read(local, rel), tried, rootOf(local, rel), Files.isDirectory(local));
            if (local == null) {
                try (InputStream in = fo.openInputStream()) {
                    return new Found(List.of(new Page(rel, in.readAllBytes())), tried);
                } catch (IOException | IllegalArgumentException | IllegalStateException e) {
                    // not there either
                }
            }
        }
        Path abs = Path.of(written);
        if (abs.isAbsolute()) {
            tried.add(abs.toString());
            if (Files.exists(abs)) return new Found(read(abs, written), tried, abs.toString(), Files.isDirectory(abs));
        }
        return new Found(List.of(), tried);
    }

    /** The folder {@code rel} was resolved against: {@code found} less {@code rel}'s segments. */
    private static String rootOf(Path found, String rel) {
        Path root = found.toAbsolutePath().normalize();
        for (String seg : rel.split("/")) {
            if (!seg.isEmpty() && !seg.equals(".") && root.getParent() != null) root = root.getParent();
        }
        return root.toString();
    }

    private static @Nullable Path localPath(URI uri) {
        try {
            return "file".equals(uri.getScheme()) ? Path.of(uri) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<Page> read(Path p, String label) throws IOException {
        if (!Files.isDirectory(p)) return List.of(new Page(label, Files.readAllBytes(p)));
        List<Page> out = new ArrayList<>();
        String prefix = label.endsWith("/") || label.isEmpty() ? label : label + "/";
        for (Path f : DocPages.under(p)) out.add(new Page(prefix + p.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f)));
        return out;
    }
}
