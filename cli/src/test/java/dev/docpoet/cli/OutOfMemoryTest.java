package dev.docpoet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spec too big for the JVM's heap is one error line that names the file and says how to give the JVM more memory:
 * never a stack trace, never a half-written output folder. Runs the CLI in a JVM of its own with a small heap.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class OutOfMemoryTest {
    /** A spec of {@code n} operations, each with a response schema of its own. */
    private static String bigSpec(int n) {
        StringBuilder b = new StringBuilder("{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"Big\",\"version\":\"1\"},\"paths\":{");
        for (int i = 0; i < n; i++) {
            if (i > 0) b.append(',');
            b.append("\"/things").append(i).append("\":{\"get\":{\"operationId\":\"get").append(i)
                    .append("\",\"responses\":{\"200\":{\"description\":\"ok\",\"content\":{\"application/json\":{\"schema\":{\"type\":\"object\",\"properties\":{");
            for (int f = 0; f < 30; f++) {
                if (f > 0) b.append(',');
                b.append("\"field").append(f).append("_").append(i).append("\":{\"type\":\"string\",\"description\":\"Field ").append(f).append(".\"}");
            }
            b.append("}}}}}}}}");
        }
        return b.append("}}").toString();
    }

    private static Process cli(Path dir, String heap, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), DocpoetCli.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    }

    @Test
    void aSpecTooBigForTheHeapIsOneLineWithTheFileAndTheFix(@TempDir Path tmp) throws Exception {
        Path spec = tmp.resolve("big.json");
        Files.writeString(spec, bigSpec(3000), StandardCharsets.UTF_8);
        Process p = cli(tmp, "24m", "generate", spec.toString(), "-o", tmp.resolve("out").toString(), "-p", "big", "--quiet-info");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(4, TimeUnit.MINUTES));
        assertEquals(1, p.exitValue(), out);
        assertTrue(out.contains("big.json:1:1: error: docpoet ran out of memory (Java heap space; a Java heap of at most "), out);
        assertTrue(out.contains("give the JVM a larger heap: java -Xmx1g -jar …"), out);
        assertFalse(out.contains("\tat ") || out.contains("Exception in thread"), "no stack trace: " + out);
        assertFalse(Files.exists(tmp.resolve("out")), "nothing written");
    }
}
