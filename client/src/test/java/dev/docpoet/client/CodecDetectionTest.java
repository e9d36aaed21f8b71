package dev.docpoet.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The codec is chosen from the class path: Jackson 2 where it is, Jackson 3 where only it is, and a clear message
 * where neither is. Each case loads the runtime in a class loader that sees only part of this test's class path.
 */
class CodecDetectionTest {
    private static final Predicate<String> JACKSON2_DATABIND = e -> e.contains("com/fasterxml/jackson/core/jackson-databind")
            || e.contains("jackson-databind-2.");
    private static final Predicate<String> JACKSON3 = e -> e.contains("tools/jackson");

    private static String detect(Predicate<String> leaveOut) throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!leaveOut.test(entry.replace('\\', '/'))) urls.add(new File(entry).toURI().toURL());
        }
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Class<?> codec = loader.loadClass(JsonCodec.class.getName());
            try {
                return codec.getMethod("detect").invoke(null).getClass().getSimpleName();
            } catch (InvocationTargetException e) {
                return e.getCause().getMessage();
            }
        }
    }

    @Test
    void jackson2WhereItIs() throws Exception {
        assertEquals("Jackson2Codec", detect(e -> false));
        assertEquals("Jackson2Codec", detect(JACKSON3));
    }

    @Test
    void jackson3WhereOnlyItIs() throws Exception {
        assertEquals("Jackson3Codec", detect(JACKSON2_DATABIND));
    }

    @Test
    void neitherSaysWhatToAdd() throws Exception {
        String message = detect(JACKSON2_DATABIND.or(JACKSON3));
        assertTrue(message.startsWith("no JSON library for the docpoet client: add com.fasterxml.jackson.core:jackson-databind"), message);
    }
}
