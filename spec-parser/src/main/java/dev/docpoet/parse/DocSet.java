package dev.docpoet.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds the pages one requested path names under a docs root, and labels them, the same way for the processor
 * ({@code @ApiDocs("helpdesk")} under {@code -Adocpoet.docsDir}), the CLI ({@code docpoet generate docs/helpdesk}: the
 * root is the folder given's parent) and the build plugins. So the same docs get the same labels, and so the same
 * generated files, whichever front end reads them.
 */
public final class DocSet {
    /**
     * What a requested path resolved to.
     *
     * @param sources the pages, in a stable order; empty when nothing is there
     * @param folder whether the path named a folder (so that a new page in it counts as a change)
     * @param problem why the path cannot be read, when it cannot (it leaves the root, or an entry is unreadable, say): one line naming
     *     the entry and the fix
     */
    public record Found(List<DocSource> sources, boolean folder, @Nullable String problem) {}

    private DocSet() {}

    /**
     * The pages {@code requested} (a file or a folder, relative to {@code root}) names. The path may not leave the root
     * by its {@code ..} segments; what it names is the user's choice, even through a link, but the entries of a folder
     * it names must stay inside that folder (see {@link DocPages#under}). A folder with no page gives its OpenAPI
     * specs ({@link DocPages#specsUnder}), so that a folder holding just a spec is read, never taken for empty.
     */
    public static Found read(Path root, String requested) throws IOException {
        String rel = requested.replace('\\', '/');
        while (rel.startsWith("./")) rel = rel.substring(2);
        Path base = root.toAbsolutePath().normalize();
        Path target = base.resolve(rel).normalize();
        if (!target.startsWith(base)) {
            return new Found(List.of(), false, "\"" + requested + "\" leaves the docs folder " + root
                    + "; name docs inside it");
        }
        if (!Files.exists(target)) return new Found(List.of(), false, null);
        if (!Files.isRegularFile(target) && !Files.isDirectory(target)) {
            // a FIFO would block the reader for ever, a device never end
            return new Found(List.of(), false, "\"" + requested + "\" is not a regular file or folder (a FIFO, socket or device)");
        }
        String label = base.relativize(target).toString().replace('\\', '/');
        try {
            if (!Files.isDirectory(target)) {
                return new Found(List.of(new DocSource(label, root.resolve(label), read(target))), false, null);
            }
            List<DocSource> out = new ArrayList<>();
            String prefix = label.isEmpty() ? "" : label + "/";
            List<Path> pages = DocPages.under(target);
            for (Path f : pages.isEmpty() ? DocPages.specsUnder(target) : pages) {
                String inner = prefix + target.relativize(f).toString().replace('\\', '/');
                out.add(new DocSource(inner, root.resolve(inner), read(f)));
            }
            return new Found(out, true, null);
        } catch (UnreadableDocsException e) {
            return new Found(List.of(), false, e.getMessage());
        }
    }

    private static byte[] read(Path page) throws IOException {
        try {
            return Files.readAllBytes(page);
        } catch (IOException e) {
            throw DocPages.unreadable(page, e);
        }
    }
}
