package dev.docpoet.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.parse.DocPages;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few hundred fresh seeded mutants of the test docs in every run: no crash, no hang, every output compiles. A hang
 * here is a mutant that takes minutes (each takes milliseconds), so that a busy machine passes; the fuzz command keeps
 * its 10 s.
 */
class MutationFuzzTest {
    private static final Duration NO_HANG = Duration.ofMinutes(5);

    @Test
    void threeHundredSeededMutantsFindNothing(@TempDir Path out) throws Exception {
        List<Path> seeds = DocPages.under(Path.of("src/test/resources/dev/docpoet/fuzz"));
        assertTrue(seeds.size() >= 10, "seed pages: " + seeds);
        MutationFuzz.Report r = MutationFuzz.run(seeds, 300, 20261123L, out, NO_HANG);
        System.out.println("mutation fuzz: " + r.summary());
        assertEquals(List.of(), r.findings());
        assertTrue(r.compiled() > 50, r.summary());
    }
}
