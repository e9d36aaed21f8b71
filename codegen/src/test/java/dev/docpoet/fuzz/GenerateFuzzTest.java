package dev.docpoet.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.docpoet.codegen.CodeGenerator;
import dev.docpoet.codegen.GeneratedFile;
import dev.docpoet.parse.DocParser;
import dev.docpoet.spec.ApiModel;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Parse and generate under Jazzer: a page that parses without error generates sources that compile with
 * {@code -Xlint:all -Werror}, models and client alike, and generation never throws. Every test run replays the saved
 * inputs; {@code JAZZER_FUZZ=1 mvn -pl codegen test -Dtest=GenerateFuzzTest} fuzzes (slowly: each input is compiled).
 */
class GenerateFuzzTest {
    @FuzzTest(maxDuration = "120s")
    void generatedCodeCompiles(byte[] page) throws IOException {
        for (String name : new String[] {"page.md", "page.mdx"}) {
            ApiModel model = ApiModel.of(List.of(DocParser.parse(name, page)));
            if (model.hasErrors()) continue;
            CodeGenerator.Result result = CodeGenerator.generate(model,
                    new CodeGenerator.Options("fuzz.gen", s -> s, List.of(), java.util.Set.of(), "Api", true), null);
            if (result.hasErrors() || result.files().isEmpty()) continue;
            List<JavaFileObject> sources = new ArrayList<>();
            for (GeneratedFile f : result.files()) {
                String text = f.source();
                sources.add(new SimpleJavaFileObject(URI.create("string:///" + f.simpleName() + ".java"), JavaFileObject.Kind.SOURCE) {
                    @Override
                    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                        return text;
                    }
                });
            }
            Path classes = Files.createTempDirectory("fuzz-classes");
            try {
                JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
                StringWriter log = new StringWriter();
                try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
                    boolean ok = javac.getTask(log, fm, null, List.of("-Xlint:all", "-Werror", "-proc:none", "-d", classes.toString(),
                            "-classpath", System.getProperty("java.class.path")), null, sources).call();
                    assertTrue(ok, log.toString());
                }
            } finally {
                try (var walk = Files.walk(classes)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }
}
