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

    /**
     * Every vendor's pages read as a doc set, stub pages resolved against the spec the vendor ships, each named by its
     * corpus path.
     */
    public static java.util.Map<String, List<dev.docpoet.spec.ApiDocument>> docSetsByVendor(Path corpus) {
        java.util.Map<String, List<dev.docpoet.spec.ApiDocument>> byVendor = new java.util.TreeMap<>();
        for (String vendor : documentsByVendor(corpus).keySet()) {
            try {
                byVendor.put(vendor, dev.docpoet.parse.DocSetReader.read(dev.docpoet.parse.DocSet.read(corpus, vendor).sources()).documents());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return byVendor;
    }

    /** Every page of the corpus parsed, by vendor (the corpus's first folder level), each named by its corpus path. */
    public static java.util.Map<String, List<dev.docpoet.spec.ApiDocument>> documentsByVendor(Path corpus) {
        java.util.Map<String, List<dev.docpoet.spec.ApiDocument>> byVendor = new java.util.TreeMap<>();
        for (Path page : pages(corpus)) {
            String rel = corpus.relativize(page).toString().replace('\\', '/');
            byVendor.computeIfAbsent(rel.substring(0, rel.indexOf('/')), k -> new java.util.ArrayList<>())
                    .add(dev.docpoet.parse.DocParser.parse(page, rel));
        }
        return byVendor;
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
