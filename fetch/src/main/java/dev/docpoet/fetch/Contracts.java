package dev.docpoet.fetch;

import dev.docpoet.diff.ApiLock;
import dev.docpoet.parse.DocSet;
import dev.docpoet.parse.DocSetReader;
import dev.docpoet.parse.DocSource;
import dev.docpoet.spec.ApiModel;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The API contract a set's folder gives, read as every front end reads it ({@link DocSet}, {@link DocSetReader}:
 * the corrections file in the folder applies), and its hash for the lock.
 *
 * @param errors the docs' error diagnostics: generation stops on them, so a fetch says so
 */
record Contracts(ApiLock lock, String hash, List<Diagnostic> errors, List<Diagnostic> warnings) {
    List<Diagnostic> warningsAndErrors() {
        List<Diagnostic> all = new ArrayList<>(errors);
        all.addAll(warnings);
        return all;
    }

    /** @param entrySpecs the spec files named as sources of their own, relative to the folder */
    static Contracts of(Path folder, List<String> entrySpecs) throws FetchException {
        List<DocSource> sources = new ArrayList<>();
        try {
            DocSet.Found pages = DocSet.read(folder, "");
            if (pages.problem() != null) throw new FetchException(pages.problem());
            sources.addAll(pages.sources());
            for (String spec : entrySpecs) {
                DocSet.Found one = DocSet.read(folder, spec);
                if (one.problem() != null) throw new FetchException(one.problem());
                sources.addAll(one.sources());
            }
        } catch (IOException e) {
            throw new FetchException(folder + ": cannot read it (" + e.getMessage() + ")");
        }
        sources.sort(java.util.Comparator.comparing(DocSource::label));
        ApiModel model = ApiModel.of(DocSetReader.read(sources).documents());
        ApiLock lock = ApiLock.of(model);
        List<Diagnostic> errors = model.allDiagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        List<Diagnostic> warnings = model.allDiagnostics().stream().filter(d -> d.severity() == Severity.WARNING).toList();
        return new Contracts(lock, Hashes.sha256(lock.toJson()), errors, warnings);
    }
}
