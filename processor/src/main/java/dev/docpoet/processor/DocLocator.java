package dev.docpoet.processor;

import dev.docpoet.parse.DocSet;
import dev.docpoet.parse.DocSource;
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

    /**
     * The outcome of a lookup: pages, or the places tried.
     *
     * @param root the folder the path resolved under, when it is on disk
     */
    record Found(List<DocSource> pages, List<String> tried, @Nullable String root, boolean folder, @Nullable String problem) {
        Found(List<DocSource> pages, List<String> tried) {
            this(pages, tried, null, false, null);
        }

        static Found refused(String problem) {
            return new Found(List.of(), List.of(), null, false, problem);
        }

        static Found of(DocSet.Found found, List<String> tried, String root) {
            return found.problem() != null ? refused(found.problem()) : new Found(found.sources(), tried, root, found.folder(), null);
        }
    }

    private final Filer filer;
    private final @Nullable String docsDir;

    DocLocator(Filer filer, @Nullable String docsDir) {
        this.filer = filer;
        this.docsDir = docsDir == null || docsDir.isBlank() ? null : docsDir;
    }

    Found locate(String written) throws IOException {
        try {
            return find(written);
        } catch (java.nio.file.InvalidPathException e) {
            return Found.refused("\"" + written + "\" is not a path this file system can name (" + e.getReason() + ")");
        }
    }

    private Found find(String written) throws IOException {
        List<String> tried = new ArrayList<>();
        String rel = written.replace('\\', '/');
        while (rel.startsWith("./")) rel = rel.substring(2);
        if (leaves(rel)) return Found.refused("\"" + written + "\" leaves the docs folder; name docs inside it");
        if (docsDir != null) {
            Path root = Path.of(docsDir);
            tried.add(root.resolve(rel) + " (-A" + DOCS_DIR_OPTION + ")");
            DocSet.Found found = DocSet.read(root, rel);
            if (found.problem() != null || !found.sources().isEmpty() || Files.exists(root.resolve(rel))) {
                return Found.of(found, tried, root.toAbsolutePath().normalize().toString());
            }
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
            if (local != null && Files.exists(local)) {
                String root = rootOf(local, rel);
                return Found.of(DocSet.read(Path.of(root), rel), tried, root);
            }
            if (local == null) {
                try (InputStream in = fo.openInputStream()) {
                    return new Found(List.of(new DocSource(rel, null, in.readAllBytes())), tried);
                } catch (IOException | IllegalArgumentException | IllegalStateException e) {
                    // not there either
                }
            }
        }
        Path abs = Path.of(written);
        if (abs.isAbsolute()) {
            tried.add(abs.toString());
            if (Files.exists(abs)) {
                // labelled relative to its parent, as the CLI labels a path: generated code never cites an absolute path
                Path parent = abs.getParent();
                return Found.of(DocSet.read(parent, abs.getFileName().toString()), tried, parent.toString());
            }
        }
        return new Found(List.of(), tried);
    }

    /** Whether a relative path climbs above where it starts, wherever that is ({@code a/../../b}). */
    private static boolean leaves(String rel) {
        if (rel.startsWith("/")) return false;
        int depth = 0;
        for (String seg : rel.split("/")) {
            if (seg.equals("..")) depth--;
            else if (!seg.isEmpty() && !seg.equals(".")) depth++;
            if (depth < 0) return true;
        }
        return false;
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

}
