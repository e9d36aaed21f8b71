package dev.docpoet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

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
    void mintlify(TestInfo info) throws IOException {
        assertGoldens(Compiler.compile(Compiler.api("@ApiDocs(\"shop/get-order.mdx\")", "")), "mintlify");
    }

    @Test
    void redoclyCollapsed(TestInfo info) throws IOException {
        assertGoldens(Compiler.compile(Compiler.api("@ApiDocs(\"shop/cancel-order.md\")", "")), "redoclyCollapsed");
    }

    @Test
    void twoRunsGiveByteIdenticalOutput() throws IOException {
        Compilation a = Compiler.compile(Compiler.api("@ApiDocs(\"shop\")", ""));
        Compilation b = Compiler.compile(Compiler.api("@ApiDocs(\"shop\")", ""));
        assertThat(a).succeeded();
        assertEquals(a.generatedSourceFiles().size(), b.generatedSourceFiles().size());
        for (int i = 0; i < a.generatedSourceFiles().size(); i++) {
            assertEquals(a.generatedSourceFiles().get(i).getName(), b.generatedSourceFiles().get(i).getName());
            assertEquals(a.generatedSourceFiles().get(i).getCharContent(true).toString(),
                    b.generatedSourceFiles().get(i).getCharContent(true).toString());
        }
    }

    @Test
    void fingerprintRecordsEveryDocAndItsHash() throws IOException {
        Compilation c = Compiler.compile(Compiler.api("@ApiDocs(\"shop\")", ""));
        String fp = c.generatedFile(StandardLocation.SOURCE_OUTPUT, "test", "Api.docpoet-fingerprint").orElseThrow()
                .getCharContent(true).toString();
        byte[] order = Files.readAllBytes(Compiler.DOCS.resolve("shop/get-order.mdx"));
        assertTrue(fp.contains(Fingerprint.sha256(order) + "  shop/get-order.mdx\n"), fp);
        assertTrue(fp.contains("  shop/cancel-order.md\n"), fp);
        assertTrue(c.generatedFiles().stream().noneMatch(f -> f.getName().contains("CLASS_OUTPUT") && f.getName().contains("fingerprint")),
                "the fingerprint stays out of the jar");
    }
}
