package dev.docpoet.cli;

import dev.docpoet.codegen.Fingerprint;
import dev.docpoet.codegen.GeneratedFile;
import dev.docpoet.codegen.Generation;
import dev.docpoet.codegen.SourceWriter;
import dev.docpoet.spec.Diagnostic;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import javax.lang.model.SourceVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code docpoet generate PATH... -o DIR -p PACKAGE}: the same sources the annotation processor writes. Docs are
 * named in generated code by their path relative to the parent of the file or folder given, as {@code @ApiDocs}
 * names them relative to the docs root.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate records, enums and validators from docs into DIR (the same sources the annotation processor writes).")
final class GenerateCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common = new CommonOptions();

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Source folder to write into.")
    Path output;

    @Option(names = {"-p", "--package"}, required = true, paramLabel = "PACKAGE", description = "Package of the generated types.")
    String packageName;

    @Option(names = "--client", paramLabel = "NAME",
            description = "Also write NAMEClient (on docpoet-client), the NAMEEndpoints it implements, a class per resource group"
                    + " and a parameters class per endpoint, as the processor does for an @ApiDocs interface NAME without methods.")
    String client;

    @Spec
    CommandSpec spec;

    @Mixin
    TypeOptions types = new TypeOptions();

    @Override
    public Integer call() throws Exception {
        if (!SourceVersion.isName(packageName)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "`" + packageName + "` is not a Java package name");
        }
        if (client != null && (!SourceVersion.isIdentifier(client) || SourceVersion.isKeyword(client) || client.contains("$"))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--client `" + client + "` is not a Java type name, such as Helpdesk");
        }
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Predicate<Diagnostic> shown = common.shown(spec.commandLine());
        Generation.Outcome outcome = GivenDocs.find(common.paths).generate(packageName, types.typeNames, client);
        GivenDocs.print(err, outcome.diagnostics(), shown);
        if (outcome.hasErrors()) {
            err.println("docpoet: nothing generated: fix the errors above first");
            err.flush();
            return 1;
        }
        List<GeneratedFile> files = outcome.files();
        SourceWriter.Report report;
        try {
            // one fingerprint per output package, so that a run with or without --client deletes what the other wrote
            report = SourceWriter.write(output, files, outcome.fingerprint(), output.resolve(".docpoet").resolve(Fingerprint.fileName(packageName)));
        } catch (java.io.IOException e) {
            err.println("docpoet: cannot write into " + output + " (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "): check that the folder can be created and written; nothing was changed there");
            err.flush();
            return 1;
        }
        out.println("docpoet: generated " + files.size() + " files in " + output + " from " + outcome.model().documents().size()
                + " doc pages (" + report.written().size() + " written, " + report.unchanged().size() + " unchanged, "
                + report.deleted().size() + " no longer generated and deleted):");
        for (GeneratedFile f : outcome.files()) out.println("  " + f.outputPath());
        for (Path p : report.deleted()) out.println("  deleted " + output.relativize(p));
        out.flush();
        return 0;
    }
}
