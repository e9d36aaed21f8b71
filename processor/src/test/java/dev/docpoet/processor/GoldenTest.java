package dev.docpoet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.docpoet.codegen.Fingerprint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Exact-text goldens of what the processor generates for a small doc in each dialect. Regenerate them with
 * {@code mvn -pl processor -am test -Dtest=GoldenTest -Ddocpoet.updateGoldens=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class GoldenTest {
    private static final Path GOLDENS = Path.of("src/test/resources/goldens/GoldenTest");

    private static void assertGoldens(Compilation c, String method) throws IOException {
        assertThat(c).succeededWithoutWarnings();
        boolean update = Boolean.getBoolean("docpoet.updateGoldens");
        List<JavaFileObject> sources = c.generatedSourceFiles();
        assertTrue(sources.size() > 1);
        for (JavaFileObject f : sources) {
            String name = f.getName().replaceFirst("^/SOURCE_OUTPUT/", "").replace('/', '.').replaceFirst("\\.java$", "");
            Path golden = GOLDENS.resolve(method).resolve(name + ".java");
            String actual = f.getCharContent(true).toString();
            if (update) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
            }
            assertTrue(Files.exists(golden), () -> "no golden at " + golden + "; run with -Ddocpoet.updateGoldens=true to create it");
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "golden " + golden);
        }
        try (var existing = Files.list(GOLDENS.resolve(method))) {
            assertEquals(sources.size(), existing.count(), "a golden whose source is no longer generated");
        }
    }

    @Test
    void mintlify() throws IOException {
        assertGoldens(Compiler.compile(Compiler.api("@ApiDocs(\"shop/get-order.mdx\")", Compiler.SHOP_INFERENCES)), "mintlify");
    }

    @Test
    void redoclyCollapsed() throws IOException {
        assertGoldens(Compiler.compile(Compiler.api("@ApiDocs(\"shop/cancel-order.md\")", "")), "redoclyCollapsed");
    }

    @Test
    void gitbook() throws IOException {
        assertGoldens(Compiler.compile(Compiler.api("@ApiDocs(\"blocks/gitbook\")",
                "@SuppressWarnings(\"docpoet:InferFieldsFromExample\")\n")), "gitbook");
    }

    @Test
    void readme() throws IOException {
        assertGoldens(Compiler.compile(Compiler.api("@ApiDocs(\"blocks/readme\")", "@SuppressWarnings(\"docpoet:InferArrayBody\")\n")),
                "readme");
    }

    @Test
    void docusaurus() throws IOException {
        assertGoldens(Compiler.compile(Compiler.api("@ApiDocs(\"blocks/docusaurus\")", "")), "docusaurus");
    }

    @Test
    void fernWithSnippets() throws IOException {
        assertGoldens(Compiler.compile(Compiler.api("@ApiDocs(\"blocks/fern/pages\")", "")), "fernWithSnippets");
    }

    @Test
    void gfmTables() throws IOException {
        assertGoldens(Compiler.compile(Compiler.api("@ApiDocs(\"tables/pets.md\")", "")), "gfmTables");
    }

    @Test
    void attributeHeadings() throws IOException {
        assertGoldens(Compiler.compile(Compiler.api("@ApiDocs(\"attributes\")",
                "@SuppressWarnings(\"docpoet:InferFieldsFromExample\")\n")), "attributeHeadings");
    }

    @Test
    void fingerprintRecordsRequestedPathsDocsAndEveryOutput() throws IOException {
        Compilation c = Compiler.compile(Compiler.api("@ApiDocs(\"shop\")", Compiler.SHOP_INFERENCES));
        byte[] json = c.generatedFile(StandardLocation.SOURCE_OUTPUT, "", "test.Api.docpoet-fingerprint.json").orElseThrow()
                .openInputStream().readAllBytes();
        Fingerprint fp = Fingerprint.read(json);
        assertNotNull(fp, new String(json, StandardCharsets.UTF_8));
        assertEquals("test.Api", fp.owner());
        byte[] order = Files.readAllBytes(Compiler.DOCS.resolve("shop/get-order.mdx"));
        assertEquals(Fingerprint.sha256(order), fp.docs().get("shop/get-order.mdx"));
        assertEquals(2, fp.docs().size(), fp.docs().toString());
        assertEquals(List.of(new Fingerprint.Requested("shop", Compiler.DOCS.toString(), true)), fp.requested());
        List<String> generated = c.generatedSourceFiles().stream()
                .map(f -> f.getName().replaceFirst("^/SOURCE_OUTPUT/", "")).sorted().toList();
        assertEquals(generated, fp.outputs());
        assertEquals(fp, Fingerprint.read(fp.toJson()), "it reads back what it writes");
        assertTrue(c.generatedFiles().stream().noneMatch(f -> f.getName().contains("CLASS_OUTPUT") && f.getName().contains("fingerprint")),
                "the fingerprint stays out of the jar");
    }
}
