package dev.docpoet.cli;

import dev.docpoet.codegen.Generation;
import dev.docpoet.codegen.SourceWriter;
import dev.docpoet.openapi.OpenApiExporter;
import dev.docpoet.spec.Diagnostic;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code docpoet openapi PATH...}: one OpenAPI 3.1 document for every endpoint found. */
@Command(name = "openapi", mixinStandardHelpOptions = true,
        description = "Print one OpenAPI 3.1 JSON document for all endpoints found; diagnostics go to stderr.")
final class OpenApiCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common = new CommonOptions();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the document to FILE instead of stdout.")
    Path output;

    @Option(names = {"-p", "--package"}, paramLabel = "PACKAGE", description = "Package named in x-docpoet-java-type (default: none, simple names).")
    String packageName = "";

    @Mixin
    TypeOptions types = new TypeOptions();

    @Spec
    CommandSpec spec;

    /** The Java type of each body, by {@code METHOD /path STATUS|request}. */
    static Map<String, String> javaTypes(Generation.Outcome outcome) {
        Map<String, String> out = new TreeMap<>();
        outcome.bodyTypes().forEach((k, v) -> out.put(k.toString(), v.toString()));
        return out;
    }

    @Override
    public Integer call() throws Exception {
        Predicate<Diagnostic> shown = common.shown(spec.commandLine());
        Generation.Outcome docs = GivenDocs.find(common.paths).generate(packageName, types.typeNames, null);
        String json = OpenApiExporter.toJson(docs.model(), docs.model().hasErrors() ? Map.of() : javaTypes(docs));
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(json);
            out.flush();
        } else {
            SourceWriter.writeAtomically(output, json.getBytes(StandardCharsets.UTF_8));
        }
        return GivenDocs.report(spec.commandLine().getErr(), docs.model(), shown);
    }
}
