package dev.docpoet.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds the shared corpus of real doc pages ({@code ../shared/corpus} beside the repository), when present. */
public final class SharedCorpus {
    private SharedCorpus() {}

    public static Optional<Path> locate() {
        String prop = System.getProperty("docpoet.corpus");
        if (prop != null) return Optional.of(Path.of(prop)).filter(Files::isDirectory);
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("corpus");
            if (Files.isDirectory(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    /** Every doc page of the corpus, sorted. */
    public static List<Path> pages(Path corpus) {
        try (Stream<Path> walk = Files.walk(corpus)) {
            return walk.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".md") || n.endsWith(".mdx");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
