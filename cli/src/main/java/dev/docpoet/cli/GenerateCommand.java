package dev.docpoet.cli;

import com.palantir.javapoet.JavaFile;
import dev.docpoet.codegen.CodeGenerator;
import dev.docpoet.parse.DocParser;
import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Diagnostic;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.lang.model.SourceVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!SourceVersion.isName(packageName)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "`" + packageName + "` is not a Java package name");
        }
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        List<ApiDocument> docs = new ArrayList<>();
        Map<String, String> labels = new HashMap<>();
        for (Path root : common.paths) {
            for (DocFiles.Page page : DocFiles.collect(List.of(root))) {
                ApiDocument doc = DocParser.parse(page.path(), page.displayName());
                docs.add(doc);
                Path base = root.toAbsolutePath().normalize().getParent();
                Path abs = page.path().toAbsolutePath().normalize();
                labels.put(doc.source(), (base == null ? abs : base.relativize(abs)).toString().replace('\\', '/'));
            }
        }
        CodeGenerator.Result result = CodeGenerator.generate(docs, new CodeGenerator.Options(packageName,
                s -> labels.getOrDefault(s, s)), null);
        List<Diagnostic> all = new ArrayList<>(result.diagnostics());
        docs.forEach(d -> all.addAll(d.diagnostics()));
        ParsedDocs.print(err, all, common.minimum());
        if (docs.stream().anyMatch(ApiDocument::hasErrors)) {
            err.println("docpoet: nothing generated: fix the errors above first");
            err.flush();
            return 1;
        }
        List<Path> written = write(result.files());
        out.println("docpoet: generated " + written.size() + " files in " + output + " from " + docs.size() + " doc pages:");
        for (Path p : written) out.println("  " + output.relativize(p));
        out.flush();
        return 0;
    }

    /** Writes every file beside its target first, then moves them in, so that a failure leaves no half-written file. */
    private List<Path> write(List<JavaFile> files) throws Exception {
        List<Path> targets = new ArrayList<>();
        List<Path> temps = new ArrayList<>();
        try {
            for (JavaFile f : files) {
                Path dir = output.resolve(f.packageName().replace('.', '/'));
                Files.createDirectories(dir);
                Path target = dir.resolve(f.typeSpec().name() + ".java");
                Path tmp = Files.createTempFile(dir, "." + f.typeSpec().name(), ".tmp");
                temps.add(tmp);
                Files.writeString(tmp, f.toString(), StandardCharsets.UTF_8);
                targets.add(target);
            }
            for (int i = 0; i < targets.size(); i++) {
                Files.move(temps.get(i), targets.get(i), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return targets;
        } finally {
            for (Path t : temps) Files.deleteIfExists(t);
        }
    }
}
