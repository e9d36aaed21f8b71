package dev.docpoet.cli;

import dev.docpoet.parse.DocPages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The doc pages named on a command line: files as given, folders searched recursively, in a stable order. */
final class DocFiles {
    /** A page and the name diagnostics use for it. */
    record Page(Path path, String displayName) {}

    private DocFiles() {}

    static List<Page> collect(List<Path> paths) throws IOException {
        List<Page> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) throw new java.io.FileNotFoundException(p + ": no such file or folder");
            if (Files.isDirectory(p)) {
                for (Path f : DocPages.under(p)) out.add(new Page(f, f.toString()));
            } else {
                out.add(new Page(p, p.toString()));
            }
        }
        return out;
    }
}
