package dev.docpoet.cli;

import dev.docpoet.diff.ApiDiff;
import dev.docpoet.diff.ApiLock;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code docpoet diff OLD NEW}: what changed in the API between two docs, folders or lock files, each change marked
 * breaking or not for a client of OLD. Exit 0 without breaking changes, 1 with, 2 on a usage error: a CI script can
 * use it as it is.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Print the API changes from OLD to NEW (docs, folders or docpoet.lock.json files), breaking ones marked;"
                + " exit 1 when there is a breaking change.")
final class DiffCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OLD", description = "A doc, a folder of docs, or a docpoet.lock.json.")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW", description = "The same, newer.")
    Path after;

    @Option(names = "--lock", paramLabel = "FILE", description = "Also write NEW's contract as a lock file to FILE.")
    Path lockOut;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ApiLock old = lock(before, err);
        ApiLock now = lock(after, err);
        if (old == null || now == null) {
            err.println("docpoet: no diff: fix the errors above first");
            err.flush();
            return 2;
        }
        List<ApiDiff.Change> changes = ApiDiff.between(old, now);
        changes.forEach(out::println);
        long breaking = changes.stream().filter(ApiDiff.Change::breaking).count();
        out.println(changes.isEmpty() ? "no API changes" : changes.size() + " API changes, " + breaking + " breaking");
        out.flush();
        if (lockOut != null) dev.docpoet.codegen.SourceWriter.writeAtomically(lockOut, now.toJson());
        return breaking > 0 ? 1 : 0;
    }

    /** A lock file as it is, or the contract of the docs at {@code path}; null (and errors printed) when they have errors. */
    private static ApiLock lock(Path path, PrintWriter err) throws Exception {
        if (!Files.exists(path)) throw new NoSuchFileException(path + " (no such file or folder)");
        if (Files.isRegularFile(path)) {
            byte[] bytes = Files.readAllBytes(path);
            if (ApiLock.looksLikeLock(bytes)) return ApiLock.read(bytes);
        }
        dev.docpoet.spec.ApiModel model = GivenDocs.find(List.of(path)).model();
        if (model.hasErrors()) {
            GivenDocs.report(err, model, d -> d.severity() == dev.docpoet.spec.Severity.ERROR);
            return null;
        }
        return ApiLock.of(model);
    }
}
