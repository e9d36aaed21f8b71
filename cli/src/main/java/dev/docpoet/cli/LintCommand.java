package dev.docpoet.cli;

import dev.docpoet.spec.Diagnostic;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code docpoet lint PATH...}: diagnostics only. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Print the diagnostics of the docs (errors, lint warnings, inferences) as FILE:LINE:COL: severity: message [Code].")
final class LintCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common = new CommonOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // a wrong --suppress is a usage error before any doc is read
        Predicate<Diagnostic> shown = common.shown(spec.commandLine());
        return GivenDocs.report(spec.commandLine().getErr(), GivenDocs.find(common.paths).model(), shown);
    }
}
