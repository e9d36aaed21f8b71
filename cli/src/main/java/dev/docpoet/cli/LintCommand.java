package dev.docpoet.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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
        return GivenDocs.report(spec.commandLine().getErr(), GivenDocs.find(common.paths).model(), common.minimum());
    }
}
