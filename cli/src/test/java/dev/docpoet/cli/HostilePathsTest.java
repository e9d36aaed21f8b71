package dev.docpoet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The hardening issue's command-line findings (H2–H4): each a clear usage error, never a hang or a bare path. */
class HostilePathsTest {
    private record Run(int exit, String err) {}

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        int exit = DocpoetCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
        return new Run(exit, err.toString());
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aFifoIsRefusedNotWaitedOn(@TempDir Path tmp) throws Exception {
        Path fifo = tmp.resolve("fifo.md");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mk.waitFor());
        // a FIFO read would block for ever: minutes catch that, and a busy machine still passes
        Run r = assertTimeoutPreemptively(Duration.ofMinutes(5), () -> run("lint", fifo.toString()));
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("not a regular file or folder (a FIFO, socket or device)"), r.err());
    }

    @Test
    void anEmptyPathIsAUsageErrorNotTheCurrentFolder() {
        Run r = run("lint", "");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("an empty PATH names no doc"), r.err());
    }

    @Test
    void anOutputFolderThatCannotBeCreatedSaysWhy(@TempDir Path tmp) throws Exception {
        Path page = Files.writeString(tmp.resolve("p.md"), "Endpoint: GET /x\n## Response 200 fields (application/json):\n  - `id` (string)\n");
        Path blocker = Files.writeString(tmp.resolve("file"), "a file where a folder should be");
        Run r = run("generate", page.toString(), "-o", blocker.resolve("out").toString(), "-p", "a.b");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("docpoet: cannot write into " + blocker.resolve("out") + " (FileSystemException")
                || r.err().contains("docpoet: cannot write into " + blocker.resolve("out") + " ("), r.err());
        assertTrue(r.err().contains("check that the folder can be created and written"), r.err());
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aLinkLoopInADocsFolderIsOneClearLine(@TempDir Path tmp) throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("p.md"), "Endpoint: GET /x\n## Response 200 fields (application/json):\n  - `id` (string)\n");
        Files.createSymbolicLink(docs.resolve("again"), Path.of("."));
        Path out = tmp.resolve("out");
        Run r = run("generate", docs.toString(), "-o", out.toString(), "-p", "a.b");
        assertEquals(1, r.exit());
        assertEquals("docpoet: " + docs.resolve("again") + ": a symbolic link loop (it leads back into a folder it is in); remove the link\n",
                r.err().replace(System.lineSeparator(), "\n"));
        assertTrue(Files.notExists(out), "nothing written");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aPageLinkedFromOutsideTheFolderIsNotRead(@TempDir Path tmp) throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.createSymbolicLink(docs.resolve("p.md"), Files.writeString(tmp.resolve("private.md"), "secret"));
        Run r = run("lint", docs.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("docpoet: " + docs.resolve("p.md") + ": a symbolic link that leads out of the docs folder"), r.err());
        assertTrue(!r.err().contains("secret"), r.err());
    }
}
