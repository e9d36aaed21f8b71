package dev.docpoet.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The install's last guards: a path that leaves the folder is an error, not an exception. */
class InstallerTest {
    @TempDir
    Path tmp;

    private static Staged staged(String path) {
        byte[] b = "text\n".getBytes(StandardCharsets.UTF_8);
        return new Staged(path, "https://x.dev/" + path, b, Hashes.sha256(b), null, null, false);
    }

    @Test
    void aFailedMoveLeavesNoFolderItMade() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("docs/acme"));
        Files.writeString(folder.resolve("b.md"), "before\n");
        Map<String, Staged> files = new java.util.TreeMap<>(Map.of("a/new/x.md", staged("a/new/x.md"), "b.md", staged("b.md")));
        Installer.Mover failsOnB = (from, to) -> {
            if (to.getFileName().toString().equals("b.md")) throw new java.io.IOException("disk full");
            Files.move(from, to);
        };
        FetchException e = assertThrows(FetchException.class, () -> Installer.install(folder, files, new byte[0], null, failsOnB));
        assertEquals(folder + ": cannot write the fetched docs (disk full); nothing was changed", e.getMessage());
        try (var list = Files.list(folder)) {
            assertEquals(java.util.List.of(folder.resolve("b.md")), list.toList(), "no a/, no temporary file, no lock");
        }
        assertEquals("before\n", Files.readString(folder.resolve("b.md")));
    }

    @Test
    void aPathLeavingTheFolderIsAFetchExceptionAndNothingIsWritten() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("docs/acme"));
        FetchException e = assertThrows(FetchException.class,
                () -> Installer.install(folder, Map.of("../x.md", staged("../x.md")), new byte[0], null));
        assertEquals(folder + ": cannot be kept as \"../x.md\" (an empty, hidden or reserved name, or a character a file name cannot have);"
                + " leave it out with an exclude pattern", e.getMessage());
        assertFalse(Files.exists(tmp.resolve("docs/x.md")));
    }
}
