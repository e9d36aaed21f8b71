package dev.docpoet.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The processor declares itself isolating to Gradle, which every generated file's single originating element allows. */
class GradleIncrementalTest {
    @Test
    void declaredIsolating() throws IOException {
        try (InputStream in = ApiDocsProcessor.class.getResourceAsStream("/META-INF/gradle/incremental.annotation.processors")) {
            assertEquals("dev.docpoet.processor.ApiDocsProcessor,isolating",
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
        }
        assertEquals(ApiDocsProcessor.class.getName(), "dev.docpoet.processor.ApiDocsProcessor", "the file names this class");
    }
}
