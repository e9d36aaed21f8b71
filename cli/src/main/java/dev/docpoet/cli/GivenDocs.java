package dev.docpoet.cli;

import dev.docpoet.codegen.Fingerprint;
import dev.docpoet.codegen.Generation;
import dev.docpoet.codegen.TypeNamePin;
import dev.docpoet.parse.DocSet;
import dev.docpoet.parse.DocSetReader;
import dev.docpoet.parse.DocSource;
import dev.docpoet.parse.UnreadableDocsException;
import dev.docpoet.parse.YieldCheck;
import dev.docpoet.spec.ApiModel;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.JavaLocation;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The doc files and folders a command names, found and labelled as {@code @ApiDocs} would: each path's pages are
 * labelled relative to the path's parent (as {@code @ApiDocs} labels them relative to the docs folder), so the CLI and
 * the processor write identical files. Diagnostics name each page by the path the user gave.
 */
final class GivenDocs {
    final List<DocSource> sources;
    /** Each path as {@code @ApiDocs} would request it: its last segment, under its parent. */
    final List<Fingerprint.Requested> requested;

    private GivenDocs(List<DocSource> sources, List<Fingerprint.Requested> requested) {
        this.sources = List.copyOf(sources);
        this.requested = List.copyOf(requested);
    }

    static GivenDocs find(List<Path> paths) throws IOException {
        List<DocSource> sources = new ArrayList<>();
        List<Fingerprint.Requested> requested = new ArrayList<>();
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
            String rel = name == null ? "" : name.toString();
            DocSet.Found found = DocSet.read(parent, rel);
            if (found.problem() != null) throw new UnreadableDocsException(found.problem());
            sources.addAll(found.sources());
            requested.add(new Fingerprint.Requested(rel, parent.toAbsolutePath().normalize().toString(), found.folder()));
        }
        return new GivenDocs(sources, requested);
    }

    /**
     * The docs parsed and merged into one model, without generating (lint, inspect, openapi, diff); its diagnostics
     * include a warning for each path given that yields nothing, as {@code generate}'s do.
     */
    ApiModel model() {
        DocSetReader.Result result = DocSetReader.read(sources, DocSource::displayName);
        ApiModel model = ApiModel.of(result.documents());
        List<Diagnostic> nothing = YieldCheck.check(requested.stream().map(r -> new YieldCheck.Request(r.path(), r.root(), r.folder())).toList(),
                sources, result.documents(), DocSource::displayName);
        if (nothing.isEmpty()) return model;
        List<Diagnostic> diagnostics = new ArrayList<>(model.diagnostics());
        diagnostics.addAll(nothing);
        return new ApiModel(model.documents(), model.endpoints(), model.version(), model.servers(), model.securitySchemes(), diagnostics,
                model.components());
    }

    /**
     * Generates as the processor would into {@code packageName}; with {@code client}, also the companion interface and
     * client named after it, as the processor does for an interface of that name without methods.
     */
    Generation.Outcome generate(String packageName, List<String> typeNames, @Nullable String client) {
        List<TypeNamePin> pins = new ArrayList<>();
        for (String t : typeNames) pins.add(TypeNamePin.parse(t, new JavaLocation("--type-name \"" + t + "\"", t)));
        Generation.Settings settings = Generation.Settings.of(packageName, pins, client);
        // the interface a client stands for is in the package, as the processor's is
        Set<String> taken = client == null ? Set.of() : Set.of(client);
        return Generation.run(new Generation.Request(sources, DocSource::displayName, settings, taken, settings.owner(), requested, null));
    }

    /** Prints the model's diagnostics that are {@code shown}; returns the exit code they imply (errors only count). */
    static int report(PrintWriter err, ApiModel model, Predicate<Diagnostic> shown) {
        print(err, model.allDiagnostics(), shown);
        return model.hasErrors() ? 1 : 0;
    }

    /** Prints the diagnostics that are {@code shown}, sorted by file and line, in the contract format. */
    static void print(PrintWriter err, List<Diagnostic> diagnostics, Predicate<Diagnostic> shown) {
        diagnostics.stream().sorted().filter(shown).forEach(d -> err.println(d.format()));
        err.flush();
    }
}
