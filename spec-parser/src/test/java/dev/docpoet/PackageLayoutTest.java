package dev.docpoet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The spec parser's packages depend one way: {@code parse} (the entry points) on {@code parse.internal} (drafts,
 * readers, inference, lint) on {@code spec} (the model); the model depends on no reader; nothing depends back up.
 */
class PackageLayoutTest {
    private static final Path MAIN = Path.of("src/main/java/dev/docpoet");

    private static List<String> violations(Path dir, Pattern forbidden) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.startsWith("import ") && forbidden.matcher(line).find()) out.add(MAIN.relativize(f) + ": " + line);
                }
            }
        }
        return out;
    }

    @Test
    void internalsNeverImportTheEntryPoints() throws IOException {
        assertEquals(List.of(), violations(MAIN.resolve("parse/internal"), Pattern.compile("dev\\.docpoet\\.parse\\.[A-Z]")));
    }

    @Test
    void theModelImportsNoReader() throws IOException {
        assertEquals(List.of(), violations(MAIN.resolve("spec"), Pattern.compile("dev\\.docpoet\\.(parse|openapi)\\.")));
    }
}
