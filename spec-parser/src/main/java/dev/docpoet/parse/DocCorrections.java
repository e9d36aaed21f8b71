package dev.docpoet.parse;

import dev.docpoet.parse.internal.corrections.CorrectionApplier;
import dev.docpoet.parse.internal.corrections.CorrectionsReader;
import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.ParserCode;
import dev.docpoet.spec.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The corrections file, {@code docpoet.corrections.yaml}: what the docs of a folder get wrong, per endpoint and field
 * (type, required, nullable, enum values, map or not, the wire name), applied on top of what they say. Fetched docs are
 * never edited by hand, so corrections live beside them as data. A file applies to every source in its folder and
 * below, up to the docs root; the nearest one wins. {@link DocSetReader} applies it, so every front end does.
 */
public final class DocCorrections {
    public static final String FILE_NAME = "docpoet.corrections.yaml";
    /** A fetched set's lock ({@code dev.docpoet.fetch.SourcesLock}): its folder is the set's, corrections file and all. */
    private static final String SOURCES_LOCK = "docpoet.sources.lock.json";

    /**
     * @param files each corrections file applied, by its label (relative to the docs root), with its bytes, for
     *     fingerprints
     * @param labels each file's label by the name its diagnostics give it
     */
    record Applied(List<ApiDocument> documents, Map<String, byte[]> files, Map<String, String> labels) {}

    private DocCorrections() {}

    /** The documents corrected; null when no source has a corrections file. */
    static @org.jspecify.annotations.Nullable Applied apply(List<DocSource> sources, List<ApiDocument> documents, Function<DocSource, String> naming) {
        // each corrections file, by its path, with the sources it covers
        Map<Path, List<Integer>> scopes = new TreeMap<>();
        Map<Path, DocSource> firstOf = new TreeMap<>();
        Map<List<Path>, java.util.Optional<Path>> byFolder = new java.util.HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            DocSource s = sources.get(i);
            Path file = s.file() == null ? null
                    : byFolder.computeIfAbsent(java.util.Arrays.asList(s.file().toAbsolutePath().normalize().getParent(), s.absoluteRoot()), k -> java.util.Optional.ofNullable(nearest(s)))
                            .orElse(null);
            if (file == null) continue;
            scopes.computeIfAbsent(file, k -> new ArrayList<>()).add(i);
            firstOf.putIfAbsent(file, s);
        }
        if (scopes.isEmpty()) return null;
        List<ApiDocument> out = new ArrayList<>(documents);
        Map<String, byte[]> files = new TreeMap<>();
        Map<String, String> labels = new TreeMap<>();
        for (Map.Entry<Path, List<Integer>> scope : scopes.entrySet()) {
            DocSource any = firstOf.get(scope.getKey());
            Path root = any.absoluteRoot();
            String label = root.relativize(scope.getKey()).toString().replace('\\', '/');
            String name = naming.apply(any).equals(any.label()) ? label : any.root().resolve(label).normalize().toString();
            List<Integer> in = scope.getValue();
            List<Diagnostic> found = new ArrayList<>();
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(scope.getKey());
            } catch (IOException e) {
                found.add(new Diagnostic(ParserCode.SpecCorrectionInvalid, "cannot read the corrections file: " + e.getMessage(),
                        new SourceLocation(name, 1, 1), "make it readable, or delete it"));
                attach(out, in.get(0), found);
                continue;
            }
            files.put(label, bytes);
            labels.put(name, label);
            CorrectionsReader.Read read = CorrectionsReader.read(name, bytes);
            found.addAll(read.errors());
            if (!read.corrections().isEmpty()) {
                List<ApiDocument> scoped = in.stream().map(out::get).toList();
                CorrectionApplier.Result r = CorrectionApplier.apply(scoped, read.corrections());
                for (int k = 0; k < in.size(); k++) out.set(in.get(k), r.documents().get(k));
                found.addAll(r.diagnostics());
            }
            attach(out, in.get(0), found);
        }
        return new Applied(out, files, labels);
    }

    /**
     * The corrections files that apply to these sources, by label, with their bytes: for a front end that decides from
     * hashes whether anything changed before reading the docs (a new corrections file is a change).
     */
    public static Map<String, byte[]> files(List<DocSource> sources) {
        Map<String, byte[]> out = new TreeMap<>();
        for (DocSource s : sources) {
            Path f = nearest(s);
            if (f == null) continue;
            String label = s.absoluteRoot().relativize(f).toString().replace('\\', '/');
            if (out.containsKey(label)) continue;
            try {
                out.put(label, Files.readAllBytes(f));
            } catch (IOException e) {
                out.put(label, new byte[0]);
            }
        }
        return out;
    }

    /**
     * The corrections file nearest above a source read from disk, within its docs root, or, when the source is in a
     * fetched set's folder (one that holds a {@code docpoet.sources.lock.json}) above that root, within the set's
     * folder: the CLI's root is the parent of the path it is given, so {@code generate src/main/docs/acme/api-reference/tickets}
     * finds {@code acme/docpoet.corrections.yaml} as the processor and the plugin do. Null when there is none.
     */
    private static @org.jspecify.annotations.Nullable Path nearest(DocSource s) {
        if (s.file() == null) return null;
        Path root = s.absoluteRoot();
        Path dir = s.file().toAbsolutePath().normalize().getParent();
        Path top = root == null ? null : setFolder(dir, root);
        while (dir != null && top != null && dir.startsWith(top)) {
            Path f = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(f)) return f;
            if (dir.equals(top)) break;
            dir = dir.getParent();
        }
        return null;
    }

    /** Where the search stops: the docs root, or the fetched set's folder above it that holds the source. */
    private static Path setFolder(Path dir, Path root) {
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve(SOURCES_LOCK))) return d.startsWith(root) ? root : d;
        }
        return root;
    }

    /** The corrections' findings go with the first document they cover: every front end prints a document's diagnostics. */
    private static void attach(List<ApiDocument> docs, int at, List<Diagnostic> found) {
        if (found.isEmpty()) return;
        ApiDocument d = docs.get(at);
        List<Diagnostic> all = new ArrayList<>(d.diagnostics());
        all.addAll(found);
        docs.set(at, new ApiDocument(d.source(), d.dialect(), d.title(), d.endpoints(), all, d.securitySchemes(), d.typeNames(), d.components(),
                d.servers()));
    }
}
