package dev.docpoet.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both locks, and so the apiHash, are the same bytes on every system. */
class LockBytesTest {
    @TempDir
    Path tmp;

    @Test
    void theLocksEndLinesWithNewlineWhateverTheSystemSeparator() throws Exception {
        byte[] here = LockBytes.of(Files.createDirectory(tmp.resolve("here")));
        String saved = System.getProperty("line.separator");
        byte[] windows;
        // Jackson reads the separator once, when its indenter class loads: load it afresh, as on Windows
        System.setProperty("line.separator", "\r\n");
        try (URLClassLoader fresh = new URLClassLoader(classPath(), ClassLoader.getPlatformClassLoader())) {
            Object bytes = fresh.loadClass(LockBytes.class.getName()).getMethod("of", Path.class)
                    .invoke(null, Files.createDirectory(tmp.resolve("windows")));
            windows = (byte[]) bytes;
        } finally {
            System.setProperty("line.separator", saved);
        }
        String text = new String(windows, StandardCharsets.UTF_8);
        assertFalse(text.contains("\r"), text);
        assertArrayEquals(here, windows, "the same bytes, so the same apiHash");
    }

    private static URL[] classPath() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) urls.add(Path.of(entry).toUri().toURL());
        return urls.toArray(URL[]::new);
    }
}
