package dev.docpoet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** With docpoet-client on the class path, an interface without methods gets a companion interface and a client. */
class ClientGenerationTest {
    static String source(Compilation c, String type) throws Exception {
        return c.generatedSourceFile(type).orElseThrow(() -> new AssertionError("no " + type)).getCharContent(true).toString();
    }

    @Test
    void anInterfaceWithoutMethodsGetsACompanionAndAClient() throws Exception {
        JavaFileObject api = JavaFileObjects.forSourceString("test.Acme", """
                package test;
                import dev.docpoet.ApiDocs;
                @SuppressWarnings("docpoet:InferFieldsFromExample") // the 404 body, from its example: a Mintlify page has no fields for it
                @ApiDocs("client")
                public interface Acme {}
                """);
        Compilation c = Compiler.compileWithClient(api);
        assertThat(c).succeededWithoutWarnings();
        assertTrue(source(c, "test.AcmeEndpoints").contains("AcmeTickets tickets();"), source(c, "test.AcmeEndpoints"));
        assertTrue(source(c, "test.AcmeTickets").contains("public Ticket get(String ticketId, TicketGetParams params) {"),
                source(c, "test.AcmeTickets"));
    }

    @Test
    void withoutTheRuntimeThereIsNoClient() {
        JavaFileObject api = JavaFileObjects.forSourceString("test.Acme", """
                package test;
                import dev.docpoet.ApiDocs;
                @SuppressWarnings("docpoet:InferFieldsFromExample") // the 404 body, from its example: a Mintlify page has no fields for it
                @ApiDocs("client")
                public interface Acme {}
                """);
        Compilation c = Compiler.compile(api);
        assertThat(c).succeededWithoutWarnings();
        assertTrue(c.generatedSourceFile("test.AcmeClient").isEmpty());
        assertTrue(c.generatedSourceFile("test.Ticket").isPresent());
    }
}
