package dev.docpoet.maven;

import dev.docpoet.parse.DocSetReader;
import dev.docpoet.parse.DocSet;
import dev.docpoet.parse.DocSource;
import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.ApiModel;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The doc pages of a docs folder, chosen by include and exclude globs on their paths relative to it (a spec file when
 * an include names it: {@code <include>api/openapi.yaml</include>}, or when the folder holds no page at all), labelled as
 * {@code @ApiDocs} labels them (that relative path), so that every front end generates the same files from them.
 */
final class DocsFolder {
    private static final java.util.Set<String> NOT_SPECS = java.util.Set.of(dev.docpoet.fetch.SourcesLock.FILE_NAME,
            dev.docpoet.parse.DocCorrections.FILE_NAME);
    final Path root;
    final List<DocSource> pages;
    private DocSetReader.@org.jspecify.annotations.Nullable Result read;

    private DocsFolder(Path root, List<DocSource> pages) {
        this.root = root;
        this.pages = pages;
    }

    /**
     * @param includes globs such as {@code helpdesk/**}; empty for every page ({@code .md}, {@code .mdx}, {@code .markdown},
     *     {@code .txt})
     */
    static DocsFolder read(Path root, List<String> includes, List<String> excludes) throws MojoExecutionException {
        List<PathMatcher> in = matchers(includes);
        List<PathMatcher> out = matchers(excludes);
        List<DocSource> pages = new ArrayList<>();
        DocSet.Found found;
        try {
            found = DocSet.read(root, "");
        } catch (IOException e) {
            throw new MojoExecutionException("docpoet: cannot read the docs folder " + root + ": " + e.getMessage(), e);
        }
        if (found.problem() != null) throw new MojoExecutionException("docpoet: " + found.problem());
        for (DocSource s : found.sources()) {
            Path label = Path.of(s.label());
            if ((in.isEmpty() || in.stream().anyMatch(m -> m.matches(label))) && out.stream().noneMatch(m -> m.matches(label))) {
                pages.add(s);
            }
        }
        // a spec file is a source when an include names it: a docs folder's other JSON and YAML files are not docs
        for (String spec : specsIncluded(root, in, out)) {
            try {
                DocSet.Found one = DocSet.read(root, spec);
                if (one.problem() != null) throw new MojoExecutionException("docpoet: " + one.problem());
                // a folder with no page already gave its specs
                for (DocSource s : one.sources()) {
                    if (pages.stream().noneMatch(p -> p.label().equals(s.label()))) pages.add(s);
                }
            } catch (IOException e) {
                throw new MojoExecutionException("docpoet: cannot read " + root.resolve(spec) + ": " + e.getMessage(), e);
            }
        }
        pages.sort(java.util.Comparator.comparing(DocSource::label));
        return new DocsFolder(root, pages);
    }

    /** The .json, .yaml and .yml files under the folder that an include names, relative to it, sorted. */
    private static List<String> specsIncluded(Path root, List<PathMatcher> in, List<PathMatcher> out) throws MojoExecutionException {
        if (in.isEmpty() || !java.nio.file.Files.isDirectory(root)) return List.of();
        try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(root)) {
            return walk.filter(java.nio.file.Files::isRegularFile)
                    .map(p -> root.relativize(p))
                    .filter(rel -> rel.toString().matches("(?i).*\\.(json|ya?ml)$"))
                    // a fetched set's lock and the corrections file are docpoet's own files, never specs
                    .filter(rel -> !NOT_SPECS.contains(rel.getFileName().toString()))
                    .filter(rel -> in.stream().anyMatch(m -> m.matches(rel)) && out.stream().noneMatch(m -> m.matches(rel)))
                    .map(rel -> rel.toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new MojoExecutionException("docpoet: cannot list the docs folder " + root + ": " + e.getMessage(), e);
        }
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        List<PathMatcher> out = new ArrayList<>();
        if (globs != null) {
            for (String g : globs) out.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
        }
        return out;
    }

    /** The pages parsed and merged, those that point at a spec resolved against it. */
    ApiModel model() {
        return ApiModel.of(read().documents());
    }

    /** The pages read, with the spec files pages were resolved against (for fingerprints). */
    DocSetReader.Result read() {
        if (read == null) read = DocSetReader.read(pages);
        return read;
    }
}
