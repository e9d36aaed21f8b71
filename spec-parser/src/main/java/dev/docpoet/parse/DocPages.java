package dev.docpoet.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Which files of a doc folder are doc pages, the same for every front end: .md, .mdx, .markdown and .txt. */
public final class DocPages {
    public static final List<String> EXTENSIONS = List.of(".md", ".mdx", ".markdown", ".txt");

    private DocPages() {}

    public static boolean isDocPage(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(n::endsWith);
    }

    /** The doc pages under a folder, recursively, in a stable (sorted) order. */
    public static List<Path> under(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(DocPages::isDocPage).sorted().toList();
        }
    }
}
