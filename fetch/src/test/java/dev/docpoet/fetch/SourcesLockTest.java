package dev.docpoet.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sources lock is read only when every file it lists is a file of its folder. */
class SourcesLockTest {
    @TempDir
    Path tmp;

    @Test
    void anEntryThatLeavesTheFolderIsAnErrorAtItsLineAndColumn() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("docs/acme"));
        Path lock = folder.resolve(SourcesLock.FILE_NAME);
        Files.writeString(lock, """
                {
                  "format" : "docpoet-sources/1",
                  "name" : "acme",
                  "origin" : { "site" : "https://docs.acme.dev" },
                  "apiHash" : "00",
                  "files" : [ {
                    "path" : "a.md",
                    "url" : "https://docs.acme.dev/a.md",
                    "sha256" : "00"
                  }, {
                    "path" : "../../x",
                    "url" : "https://docs.acme.dev/x",
                    "sha256" : "00"
                  } ]
                }
                """);
        Files.writeString(tmp.resolve("x"), "outside");
        FetchException e = assertThrows(FetchException.class, () -> DocFetch.verify(folder));
        assertEquals(lock + ":11:14: \"../../x\" is no file of the set (it leaves the folder, or is hidden or reserved); fetch again"
                + " (docpoet fetch --update) or restore the lock from version control", e.getMessage());
        assertEquals("outside", Files.readString(tmp.resolve("x"), StandardCharsets.UTF_8));
    }
}
