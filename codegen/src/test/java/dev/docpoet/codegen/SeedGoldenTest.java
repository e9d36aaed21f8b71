package dev.docpoet.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.docpoet.corpus.SharedCorpus;
import dev.docpoet.parse.DocParser;
import dev.docpoet.spec.ApiModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Exact-text goldens of the Java generated from the two seed pages (../shared/seeds), read by a person when they
 * change. Regenerate with {@code mvn -pl codegen -am test -Dtest=SeedGoldenTest -Ddocpoet.updateGoldens=true
 * -Dsurefire.failIfNoSpecifiedTests=false}; skipped when ../shared is absent.
 */
class SeedGoldenTest {
    private static final Path GOLDENS = Path.of("src/test/resources/goldens/SeedGoldenTest");

    @ParameterizedTest
    @ValueSource(strings = {"000_76523d98f8f1dbb7.txt", "003_e872a38cc95d17c8.txt"})
    void seed(String name) throws IOException {
        Optional<Path> corpus = SharedCorpus.locate();
        assumeTrue(corpus.isPresent(), "../shared is absent: seed goldens skipped");
        Path seed = corpus.get().resolveSibling("seeds").resolve(name);
        assumeTrue(Files.isRegularFile(seed), seed + " is absent: seed golden skipped");
        String label = name.substring(0, 3);
        CodeGenerator.Result r = CodeGenerator.generate(ApiModel.of(List.of(DocParser.parse(seed, name))),
                new CodeGenerator.Options("com.acme.s" + label, s -> s), null);
        assertTrue(r.files().size() > 1, r.diagnostics().toString());
        Path dir = GOLDENS.resolve(label);
        boolean update = Boolean.getBoolean("docpoet.updateGoldens");
        if (update) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> old = Files.list(dir)) {
                    for (Path p : old.toList()) Files.delete(p);
                }
            }
            Files.createDirectories(dir);
        }
        for (GeneratedFile f : r.files()) {
            Path golden = dir.resolve(f.packageName() + "." + f.simpleName() + ".java");
            if (update) Files.writeString(golden, f.source(), StandardCharsets.UTF_8);
            assertTrue(Files.exists(golden), () -> "no golden at " + golden + "; run with -Ddocpoet.updateGoldens=true to create it");
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), f.source(), "golden " + golden);
        }
        try (Stream<Path> existing = Files.list(dir)) {
            assertEquals(r.files().size(), existing.count(), "a golden whose source is no longer generated");
        }
    }
}
