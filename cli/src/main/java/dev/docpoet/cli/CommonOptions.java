package dev.docpoet.cli;

import dev.docpoet.spec.Severity;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options every command that reads docs shares. */
final class CommonOptions {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Doc files or folders (searched recursively for .md, .mdx, .markdown, .txt).")
    List<Path> paths;

    @Option(names = "--quiet-info", description = "Do not print info diagnostics (inferences, renames).")
    boolean quietInfo;

    Severity minimum() {
        return quietInfo ? Severity.WARNING : Severity.INFO;
    }
}
