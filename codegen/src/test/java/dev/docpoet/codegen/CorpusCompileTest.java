package dev.docpoet.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.docpoet.corpus.SharedCorpus;
import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.ApiModel;
import dev.docpoet.spec.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page of the shared corpus, one package per vendor, generates code that compiles with -Xlint:all -Werror: its
 * models, and a client (companion interface and client class) for every vendor.
 */
class CorpusCompileTest {

    @Test
    void everyVendorsDocsGenerateWarningFreeJava(@TempDir Path out) throws IOException {
        Optional<Path> found = SharedCorpus.locate();
        assumeTrue(found.isPresent(), "../shared/corpus is absent: corpus compile test skipped");
        Path corpus = found.get();
        // as a doc set: stub pages carry the operation their vendor's spec gives them
        Map<String, List<ApiDocument>> byVendor = SharedCorpus.docSetsByVendor(corpus);
        List<Path> sources = new ArrayList<>();
        long lines = 0;
        int pages = 0;
        long clients = 0;
        long operations = 0;
        for (Map.Entry<String, List<ApiDocument>> v : byVendor.entrySet()) {
            String pkg = "corpus." + v.getKey().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
            List<ApiDocument> docs = v.getValue().stream().filter(d -> !d.hasErrors()).toList();
            pages += docs.size();
            CodeGenerator.Result result = CodeGenerator.generate(ApiModel.of(docs),
                    new CodeGenerator.Options(pkg, s -> s, List.of(), java.util.Set.of(), "Api", true), null);
            clients += result.files().stream().filter(f -> f.simpleName().equals("ApiClient")).count();
            operations += result.operations().size();
            assertEquals(List.of(), result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList());
            for (GeneratedFile f : result.files()) {
                Path p = f.writeToPath(out);
                sources.add(p);
                lines += Files.readAllLines(p).size();
            }
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        long t0 = System.nanoTime();
        boolean ok;
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
            Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromPaths(sources);
            ok = javac.getTask(diagnostics, fm, null, List.of("-Xlint:all", "-Werror", "-proc:none", "-d", out.resolve("classes").toString(),
                    "-classpath", System.getProperty("java.class.path")), null, units).call();
        }
        System.out.printf("corpus: %d pages of %d vendors gave %d Java files (%d lines; %d clients with %d methods), compiled with"
                + " -Xlint:all -Werror in %.1f s%n", pages, byVendor.size(), sources.size(), lines, clients, operations,
                (System.nanoTime() - t0) / 1e9);
        assertTrue(ok, diagnostics.toString());
        assertEquals("", diagnostics.toString().trim());
        assertTrue(sources.size() > 100, "files: " + sources.size());
    }
}
