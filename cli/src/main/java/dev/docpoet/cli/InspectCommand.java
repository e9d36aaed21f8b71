package dev.docpoet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code docpoet inspect FILE}: the model as a readable tree. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Print a readable tree of endpoints, parameters and fields: type, required/nullable, enum values, documented or inferred.")
final class InspectCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Doc files or folders.")
    List<Path> paths;

    @Option(names = "--quiet-info", description = "Do not print info diagnostics (inferences).")
    boolean quietInfo;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ParsedDocs docs = ParsedDocs.read(paths);
        PrintWriter out = spec.commandLine().getOut();
        docs.documents.forEach(d -> out.print(TreePrinter.print(d)));
        out.flush();
        return docs.report(spec.commandLine().getErr(), quietInfo ? dev.docpoet.spec.Severity.WARNING : dev.docpoet.spec.Severity.INFO);
    }
}
