package dev.docpoet.cli;

import dev.docpoet.codegen.Generation;
import dev.docpoet.spec.Diagnostic;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code docpoet inspect FILE}: the model as a readable tree. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Print a readable tree of endpoints, parameters and fields: type, required/nullable, enum values, documented or inferred.")
final class InspectCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common = new CommonOptions();

    @Option(names = {"-p", "--package"}, paramLabel = "PACKAGE", description = "Package of the Java types shown (default: none, simple names).")
    String packageName = "";

    @Mixin
    TypeOptions types = new TypeOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Predicate<Diagnostic> shown = common.shown(spec.commandLine());
        Generation.Outcome docs = GivenDocs.find(common.paths).generate(packageName, types.typeNames, null);
        PrintWriter out = spec.commandLine().getOut();
        Map<String, String> javaTypes = docs.model().hasErrors() ? Map.of() : OpenApiCommand.javaTypes(docs);
        docs.model().documents().forEach(d -> out.print(TreePrinter.print(d, javaTypes)));
        out.flush();
        return GivenDocs.report(spec.commandLine().getErr(), docs.model(), shown);
    }
}
