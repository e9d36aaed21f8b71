package dev.docpoet.cli;

import dev.docpoet.codegen.Suppressions;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options every command that reads docs shares. */
final class CommonOptions {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Doc files or folders (searched recursively for .md, .mdx, .markdown, .txt).")
    List<Path> paths;

    @Option(names = "--quiet-info", description = "Do not print info diagnostics (inferences that change no type, renames).")
    boolean quietInfo;

    @Option(names = "--suppress", paramLabel = "docpoet[:CODE]", split = ",",
            description = "Do not print these warnings, named as @SuppressWarnings names them: docpoet (all) or docpoet:CODE,"
                    + " such as docpoet:InferDateTime. Repeatable; errors are always printed.")
    List<String> suppress = new ArrayList<>();

    /** The diagnostics to print: errors, warnings that --suppress does not name, and infos unless --quiet-info. */
    Predicate<Diagnostic> shown(CommandLine commandLine) {
        Suppressions suppressions;
        try {
            suppressions = Suppressions.of(suppress);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, "--suppress: " + e.getMessage());
        }
        Severity min = quietInfo ? Severity.WARNING : Severity.INFO;
        return d -> d.severity().ordinal() <= min.ordinal() && !suppressions.hides(d);
    }
}
