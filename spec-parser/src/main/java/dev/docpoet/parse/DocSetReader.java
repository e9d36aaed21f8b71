package dev.docpoet.parse;

import dev.docpoet.spec.ApiDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the sources of a doc set into documents, the same for every front end: each page and spec parsed, and each
 * Mintlify page that points at a spec ({@code openapi: 'GET /models'}) given its operation from that spec, refined by
 * what the page documents itself. The spec files read that way are reported too, so that a front end's fingerprint
 * notices when one of them changes. Last, the corrections file beside the docs ({@link DocCorrections}) is applied on top
 * of what they say; its bytes are reported with the spec files.
 */
public final class DocSetReader {
    /**
     * @param documents one per source given, in the order given
     * @param specFiles the spec files pages were resolved against, by path relative to the docs root, with their bytes
     * @param labels the label (path relative to the docs root) of every document and spec read, by the name its
     *     diagnostics and locations give it, for generated code to cite
     */
    public record Result(List<ApiDocument> documents, Map<String, byte[]> specFiles, Map<String, String> labels) {}

    private DocSetReader() {}

    /** Reads sources each named by its label, as the processor and the build plugin name them. */
    public static Result read(List<DocSource> sources) {
        return read(sources, DocSource::label);
    }

    /** @param naming the name each source's diagnostics and documents give it: its label, or the path the user gave */
    public static Result read(List<DocSource> sources, Function<DocSource, String> naming) {
        List<DocParser.Parsed> parsed = new ArrayList<>();
        for (DocSource s : sources) parsed.add(DocParser.parseSource(s, naming));
        Result resolved = StubResolver.resolve(sources, EntityResolver.resolve(sources, parsed), naming);
        // what the docs get wrong, corrected on top of them (and hashed with the specs, so an edit regenerates)
        DocCorrections.Applied corrected = DocCorrections.apply(sources, resolved.documents(), naming);
        if (corrected == null) return resolved;
        Map<String, byte[]> files = new java.util.TreeMap<>(resolved.specFiles());
        files.putAll(corrected.files());
        Map<String, String> labels = new java.util.TreeMap<>(resolved.labels());
        labels.putAll(corrected.labels());
        return new Result(corrected.documents(), files, labels);
    }
}
