package dev.docpoet.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import dev.docpoet.parse.DocParser;
import dev.docpoet.spec.ApiModel;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fuzz findings of the hardening issue that made docpoet throw or write code that did not compile, each replayed
 * on its minimal input: no exception, the diagnostic it deserves, and sources that compile with -Xlint:all -Werror.
 */
class FuzzRegressionTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "G1-blank-field-name.md, SpecFieldWithoutName",
            "G2-lone-surrogate-json-key.mdx, ''",
            "G4-unicode-escape-closes-javadoc.md, ''",
            "G6-deprecated-field.md, ''",
            "G7-integer-enum-with-string-values.md, SpecBadEnumValue"})
    void generatesCodeThatCompiles(String input, String expectedCode, @TempDir Path out) throws IOException {
        byte[] page;
        try (InputStream in = getClass().getResourceAsStream("/fuzz/" + input)) {
            page = in.readAllBytes();
        }
        ApiModel model = ApiModel.of(List.of(DocParser.parse(input, page)));
        List<String> codes = model.allDiagnostics().stream().filter(d -> d.severity() != Severity.INFO).map(d -> d.code().id()).toList();
        assertEquals(expectedCode.isEmpty() ? List.of() : List.of(expectedCode), codes,
                model.allDiagnostics().stream().map(Diagnostic::format).toList().toString());
        if (model.hasErrors()) return;
        CodeGenerator.Result result = CodeGenerator.generate(model, new CodeGenerator.Options("repro.gen", s -> s), null);
        List<Path> sources = new ArrayList<>();
        for (JavaFile f : result.files()) sources.add(f.writeToPath(out));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter log = new StringWriter();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
            boolean ok = javac.getTask(log, fm, null, List.of("-Xlint:all", "-Werror", "-proc:none", "-d", out.resolve("classes").toString(),
                    "-classpath", System.getProperty("java.class.path")), null, fm.getJavaFileObjectsFromPaths(sources)).call();
            assertTrue(ok, log.toString());
        }
    }
}
