package dev.docpoet.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The entries of a docs folder that must not be read, each refused with one line naming it and the fix (the hardening
 * issue's paths point), and the links that may be followed.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class DocFolderEntriesTest {
    private static final String PAGE = "Endpoint: GET /x\n## Response 200 fields (application/json):\n  - `id` (string)\n";

    @Test
    void aLinkedFolderInsideTheDocsIsRead(@TempDir Path tmp) throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs/shared"));
        Files.writeString(docs.resolve("a.md"), PAGE);
        Files.createSymbolicLink(tmp.resolve("docs/alias"), Path.of("shared"));
        DocSet.Found found = DocSet.read(tmp, "docs");
        assertNull(found.problem());
        assertEquals(List.of("docs/alias/a.md", "docs/shared/a.md"), found.sources().stream().map(DocSource::label).toList());
    }

    @Test
    void aFolderWithNoPageIsReadAsItsSpecsNeverAsNothing(@TempDir Path tmp) throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs/v1"));
        Files.writeString(tmp.resolve("docs/openapi.json"), "{\"info\": {\"title\": \"x\"}, \"openapi\": \"3.0.3\", \"paths\": {}}");
        Files.writeString(docs.resolve("api.yaml"), "openapi: 3.1.0\ninfo: {title: y, version: '1'}\npaths: {}\n");
        Files.writeString(docs.resolve("schemas.yaml"), "Pet:\n  type: object\n");   // a fragment a spec refers to
        Files.writeString(tmp.resolve("docs/package.json"), "{\"name\": \"site\"}");
        DocSet.Found found = DocSet.read(tmp, "docs");
        assertNull(found.problem());
        assertEquals(List.of("docs/openapi.json", "docs/v1/api.yaml"), found.sources().stream().map(DocSource::label).toList());

        // where there are pages, they are the docs: a spec beside them is read only when a page or the request names it
        Files.writeString(docs.resolve("a.md"), PAGE);
        assertEquals(List.of("docs/v1/a.md"), DocSet.read(tmp, "docs").sources().stream().map(DocSource::label).toList());
    }

    @Test
    void aLinkLoopIsRefusedWithAMessage(@TempDir Path tmp) throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs/sub"));
        Files.writeString(docs.resolve("a.md"), PAGE);
        Files.createSymbolicLink(docs.resolve("loop"), Path.of(".."));
        DocSet.Found found = DocSet.read(tmp, "docs");
        assertTrue(found.sources().isEmpty());
        assertEquals(docs.resolve("loop")
                + ": a symbolic link loop (it leads back into a folder it is in); remove the link", found.problem());
    }

    @Test
    void aLinkOutOfTheFolderIsRefused(@TempDir Path tmp) throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Path secret = Files.writeString(tmp.resolve("secret.md"), "token: s3cr3t\n");
        Files.createSymbolicLink(docs.resolve("api.md"), secret);
        DocSet.Found found = DocSet.read(tmp, "docs");
        assertTrue(found.sources().isEmpty(), "nothing of the folder is read");
        assertNotNull(found.problem());
        assertTrue(found.problem().startsWith(docs.resolve("api.md") + ": a symbolic link that leads out of the docs folder, to "),
                found.problem());
        assertTrue(found.problem().endsWith("; copy the pages in, or name their folder itself"), found.problem());
    }

    @Test
    void aLinkedFolderOutOfTheDocsIsRefused(@TempDir Path tmp) throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(Files.createDirectories(tmp.resolve("elsewhere")).resolve("a.md"), PAGE);
        Files.createSymbolicLink(docs.resolve("more"), tmp.resolve("elsewhere"));
        DocSet.Found found = DocSet.read(tmp, "docs");
        assertTrue(found.problem().startsWith(docs.resolve("more") + ": a symbolic link that leads out"), found.problem());
    }

    @Test
    void aDanglingLinkNamedLikeAPageIsRefused(@TempDir Path tmp) throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.createSymbolicLink(docs.resolve("gone.md"), tmp.resolve("nowhere.md"));
        assertEquals(docs.resolve("gone.md") + ": a symbolic link to nothing; remove it or point it at a page",
                DocSet.read(tmp, "docs").problem());
    }

    @Test
    void aFifoInsideTheFolderIsRefusedNotWaitedOn(@TempDir Path tmp) throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Process mk = new ProcessBuilder("mkfifo", docs.resolve("pipe.md").toString()).start();
        assertEquals(0, mk.waitFor());
        assertEquals(docs.resolve("pipe.md") + ": not a regular file (a FIFO, socket or device); remove it from the docs folder",
                DocSet.read(tmp, "docs").problem());
    }

    @Test
    void aRequestedPathCannotClimbOutOfTheRoot(@TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve("docs"));
        assertEquals("\"../../etc/passwd\" leaves the docs folder " + tmp.resolve("docs") + "; name docs inside it",
                DocSet.read(tmp.resolve("docs"), "../../etc/passwd").problem());
    }

    @Test
    void anUnreadableSubFolderIsRefusedNotThrown(@TempDir Path tmp) throws Exception {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "skipped: this test runs as root, who may read any folder, so no folder can be made unreadable");
        Path locked = Files.createDirectories(tmp.resolve("docs/locked"));
        Files.writeString(locked.resolve("a.md"), PAGE);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assertEquals(locked + ": permission denied; let the build read it, or move it out of the docs folder",
                    DocSet.read(tmp, "docs").problem());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void eachReadFailureSaysWhatToDo() {
        Path p = Path.of("docs/locked");
        assertEquals("docs/locked: permission denied; let the build read it, or move it out of the docs folder",
                DocPages.unreadable(p, new java.nio.file.AccessDeniedException("docs/locked")).getMessage());
        assertEquals("docs/locked: cannot be read (IOException: Input/output error); let the build read it, or move it out of the docs folder",
                DocPages.unreadable(p, new java.io.IOException("Input/output error")).getMessage());
    }
}
