package dev.docpoet.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * on its minimal input (saved with GenerateFuzzTest's inputs): no exception, the diagnostic it deserves, and sources
 * that compile with -Xlint:all -Werror.
 */
class FuzzRegressionTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "G1-blank-field-name.md, SpecFieldWithoutName",
            "G2-lone-surrogate-json-key.mdx, InferFieldsFromExample",
            "G4-unicode-escape-closes-javadoc.md, ''",
            "G6-deprecated-field.md, ''",
            "G7-integer-enum-with-string-values.md, SpecBadEnumValue",
            "G3-long-object-name.md, ''",
            "G5-line-separator-in-name.md, ''",
            "G8-300-fields.md, GenTooManyFields",
            "G9-huge-enum-value.md, GenEnumTooLarge",
            "G10-long-nested-class-names.md, GenTooDeep",
            "G12-long-enum-field-name.md, ''"})
    void generatesCodeThatCompiles(String input, String expectedCode, @TempDir Path out) throws IOException {
        byte[] page;
        try (InputStream in = getClass().getResourceAsStream("/dev/docpoet/fuzz/GenerateFuzzTestInputs/generatedCodeCompiles/" + input)) {
            page = in.readAllBytes();
        }
        ApiModel model = ApiModel.of(List.of(DocParser.parse(input, page)));
        List<String> codes = model.allDiagnostics().stream().filter(d -> d.severity() != Severity.INFO).map(d -> d.code().id()).toList();
        assertEquals(expectedCode.startsWith("Spec") || expectedCode.startsWith("Infer") ? List.of(expectedCode) : List.of(), codes,
                model.allDiagnostics().stream().map(Diagnostic::format).toList().toString());
        if (model.hasErrors()) return;
        CodeGenerator.Result result = CodeGenerator.generate(model, new CodeGenerator.Options("repro.gen", s -> s), null);
        List<String> generatorCodes = result.diagnostics().stream().filter(d -> d.severity() != Severity.INFO).map(d -> d.code().id()).toList();
        assertEquals(expectedCode.startsWith("Gen") ? List.of(expectedCode) : List.of(), generatorCodes,
                result.diagnostics().stream().map(Diagnostic::format).toList().toString());
        List<Path> sources = new ArrayList<>();
        for (GeneratedFile f : result.files()) sources.add(f.writeToPath(out));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter log = new StringWriter();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
            // class files under a path as long as a build's, so that a name too long for the file system fails here too
            Path classes = out.resolve("target/classes/" + "d".repeat(40));
            boolean ok = javac.getTask(log, fm, null, List.of("-Xlint:all", "-Werror", "-proc:none", "-d", classes.toString(),
                    "-classpath", System.getProperty("java.class.path")), null, fm.getJavaFileObjectsFromPaths(sources)).call();
            assertTrue(ok, log.toString());
        }
    }
}
