package dev.docpoet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The doc pages named on a command line: files as given, folders searched recursively, in a stable order. */
final class DocFiles {
    static final List<String> EXTENSIONS = List.of(".md", ".mdx", ".markdown", ".txt");

    /** A page and the name diagnostics use for it. */
    record Page(Path path, String displayName) {}

    private DocFiles() {}

    static List<Page> collect(List<Path> paths) throws IOException {
        List<Page> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) throw new java.io.FileNotFoundException(p + ": no such file or folder");
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(DocFiles::isDoc).sorted()
                            .forEach(f -> out.add(new Page(f, f.toString())));
                }
            } else {
                out.add(new Page(p, p.toString()));
            }
        }
        return out;
    }

    private static boolean isDoc(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(n::endsWith);
    }
}
