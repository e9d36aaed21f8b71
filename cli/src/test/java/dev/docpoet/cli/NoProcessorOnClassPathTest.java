package dev.docpoet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CLI depends on the generator, not on the annotation processor: nothing on its class path registers a processor. */
class NoProcessorOnClassPathTest {
    @Test
    void noAnnotationProcessorServiceFile() throws IOException {
        List<URL> services = Collections.list(getClass().getClassLoader()
                .getResources("META-INF/services/javax.annotation.processing.Processor"));
        assertEquals(List.of(), services);
    }
}
