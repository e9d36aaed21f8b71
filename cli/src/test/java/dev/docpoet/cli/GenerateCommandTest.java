package dev.docpoet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
    private static final String DOCS = CliRun.resource("docs");

    @Test
    void docErrorsWriteNothing(@TempDir Path tmp) {
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("generate", CliRun.resource("broken"), "-o", out.toString(), "-p", "com.example.api");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("broken.mdx:4:1: error: <ResponseField> is never closed"), run.err());
        assertTrue(run.err().contains("nothing generated"), run.err());
        assertFalse(Files.exists(out), "no half-written output");
    }

    @Test
    void badPackageIsAUsageError(@TempDir Path tmp) {
        CliRun run = CliRun.of("generate", DOCS, "-o", tmp.toString(), "-p", "com.example.class");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("`com.example.class` is not a Java package name"), run.err());
    }
}
