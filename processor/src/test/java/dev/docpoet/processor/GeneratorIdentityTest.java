package dev.docpoet.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.codegen.CodeGenerator;
import dev.docpoet.codegen.Fingerprint;
import org.junit.jupiter.api.Test;

/**
 * What generated code and fingerprints say generated them stays true: codegen names the processor's class in
 * {@code @Generated} without seeing it, and takes its version from the build.
 */
class GeneratorIdentityTest {
    @Test
    void generatedNamesThisProcessor() {
        assertEquals(ApiDocsProcessor.class.getName(), CodeGenerator.GENERATOR);
    }

    @Test
    void theVersionIsTheBuiltOne() {
        assertTrue(CodeGenerator.VERSION.matches("\\d+\\.\\d+\\.\\d+(-[\\w.]+)?"), CodeGenerator.VERSION);
        assertEquals("docpoet " + CodeGenerator.VERSION, Fingerprint.GENERATOR);
    }
}
