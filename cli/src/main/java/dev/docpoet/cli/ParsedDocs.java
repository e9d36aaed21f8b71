package dev.docpoet.cli;

import dev.docpoet.parse.DocParser;
import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Parses the pages a command names and prints their diagnostics, sorted, in the contract format. */
final class ParsedDocs {
    final List<ApiDocument> documents;

    private ParsedDocs(List<ApiDocument> documents) {
        this.documents = documents;
    }

    static ParsedDocs read(List<Path> paths) throws IOException {
        List<ApiDocument> docs = new ArrayList<>();
        for (DocFiles.Page page : DocFiles.collect(paths)) docs.add(DocParser.parse(page.path(), page.displayName()));
        return new ParsedDocs(docs);
    }

    List<Diagnostic> diagnostics() {
        return documents.stream().flatMap(d -> d.diagnostics().stream()).sorted().toList();
    }

    boolean hasErrors() {
        return documents.stream().anyMatch(ApiDocument::hasErrors);
    }

    /** Prints diagnostics at or above {@code min}; returns the exit code they imply. */
    int report(PrintWriter err, Severity min) {
        print(err, diagnostics(), min);
        return hasErrors() ? 1 : 0;
    }

    /** Prints diagnostics at or above {@code min}, sorted by file and line, in the contract format. */
    static void print(PrintWriter err, List<Diagnostic> diagnostics, Severity min) {
        diagnostics.stream().sorted().filter(d -> d.severity().ordinal() <= min.ordinal()).forEach(d -> err.println(d.format()));
        err.flush();
    }
}
