package dev.docpoet.cli;

import dev.docpoet.codegen.CodeGenerator;
import dev.docpoet.codegen.TypeNamePin;
import dev.docpoet.codegen.Fingerprint;
import dev.docpoet.parse.DocSet;
import dev.docpoet.parse.DocSetReader;
import dev.docpoet.parse.DocSource;
import dev.docpoet.parse.UnreadableDocsException;
import dev.docpoet.spec.ApiModel;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.JavaLocation;
import dev.docpoet.spec.Severity;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The pages a command names, parsed and merged into one model. Diagnostics name each page by the path the user gave;
 * generated code names it by its label, the path relative to the parent of the file or folder given (as
 * {@code @ApiDocs} names it relative to the docs folder), so the CLI and the processor write identical files.
 */
final class ParsedDocs {
    final ApiModel model;
    final Map<String, String> labels;
    /** The SHA-256 of each page, by label. */
    final Map<String, String> hashes;

    private ParsedDocs(ApiModel model, Map<String, String> labels, Map<String, String> hashes) {
        this.model = model;
        this.labels = labels;
        this.hashes = hashes;
    }

    static ParsedDocs read(List<Path> paths) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        List<DocSource> sources = new ArrayList<>();
        for (Path given : paths) {
            // an empty argument would resolve to the current folder and lint everything in it
            if (given.toString().isEmpty()) throw new FileNotFoundException("an empty PATH names no doc; name a file or folder ('.' for this one)");
            if (!Files.exists(given)) throw new FileNotFoundException(given + ": no such file or folder");
            if (!Files.isRegularFile(given) && !Files.isDirectory(given)) {
                // reading a FIFO or a device would wait for ever, or never end
                throw new FileNotFoundException(given + ": not a regular file or folder (a FIFO, socket or device); name a doc page");
            }
            // labels are relative to the parent of the path given; messages keep the path as the user wrote it
            Path normal = given.normalize();
            Path last = normal.getFileName();
            // ".", "" and ".." name no folder of their own: take the absolute path then
            Path shown = last == null || last.toString().isEmpty() || last.toString().equals("..") ? given.toAbsolutePath().normalize() : normal;
            Path name = shown.getFileName();
            Path parent = shown.getParent() != null ? shown.getParent() : Path.of("");
            DocSet.Found found = DocSet.read(parent, name == null ? "" : name.toString());
            if (found.problem() != null) throw new UnreadableDocsException(found.problem());
            sources.addAll(found.sources());
        }
        // one read for all: a page may point at a spec that another path names
        DocSetReader.Result read = DocSetReader.read(sources, DocSource::displayName);
        for (DocSource s : sources) hashes.put(s.label(), Fingerprint.sha256(s.bytes()));
        read.specFiles().forEach((label, bytes) -> hashes.put(label, Fingerprint.sha256(bytes)));
        return new ParsedDocs(ApiModel.of(read.documents()), read.labels(), hashes);
    }

    /**
     * Generates from the model, as the processor would into {@code packageName}; with {@code client}, also the companion
     * interface and client named after it, as the processor does for an interface of that name without methods.
     */
    CodeGenerator.Result generate(String packageName, List<String> typeNames, @org.jspecify.annotations.Nullable String client) {
        List<TypeNamePin> pins = new ArrayList<>();
        for (String t : typeNames) pins.add(TypeNamePin.parse(t, new JavaLocation("--type-name \"" + t + "\"", t)));
        Set<String> reserved = client == null ? Set.of() : Set.of(client);
        return CodeGenerator.generate(model, new CodeGenerator.Options(packageName, s -> labels.getOrDefault(s, s), pins, reserved,
                client, client != null), null);
    }

    boolean hasErrors() {
        return model.hasErrors();
    }

    /** Prints the model's diagnostics at or above {@code min}; returns the exit code they imply. */
    int report(PrintWriter err, Severity min) {
        print(err, model.allDiagnostics(), min);
        return hasErrors() ? 1 : 0;
    }

    /** Prints diagnostics at or above {@code min}, sorted by file and line, in the contract format. */
    static void print(PrintWriter err, List<Diagnostic> diagnostics, Severity min) {
        diagnostics.stream().sorted().filter(d -> d.severity().ordinal() <= min.ordinal()).forEach(d -> err.println(d.format()));
        err.flush();
    }
}
