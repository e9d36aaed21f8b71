package dev.docpoet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Methods of an {@code @ApiDocs} interface may name generated types: they are checked once those exist (a later round),
 * and what is still missing at the last round is an error on that very method.
 */
class MethodCheckTest {
    @Test
    void aMethodNamingAGeneratedTypeIsCheckedAfterItIsGenerated() {
        JavaFileObject api = JavaFileObjects.forSourceString("test.Api", """
                package test;
                import dev.docpoet.ApiDocs;
                @ApiDocs("stab/get-ticket.md")
                public interface Api {
                    default Ticket describe(Ticket t) { return t; }
                }
                """);
        assertThat(Compiler.compile(api)).succeededWithoutWarnings();
    }

    @Test
    void aMissingTypeIsReportedOnTheMethodWithASuggestion() {
        JavaFileObject api = JavaFileObjects.forSourceString("test.Api", """
                package test;
                import dev.docpoet.ApiDocs;
                @ApiDocs("stab/get-ticket.md")
                public interface Api {
                    Tickt fetch(String id);
                }
                """);
        Compilation c = Compiler.compileWithClient(api);
        assertThat(c).hadErrorContaining("Tickt is not a type docpoet generated from the docs of this interface, nor one that exists;"
                + " did you mean Ticket? [ApiDocsMissingType]").inFile(api).onLineContaining("Tickt fetch");
    }

    @Test
    void aMissingTypeInsideAListIsFoundToo() {
        JavaFileObject api = JavaFileObjects.forSourceString("test.Api", """
                package test;
                import dev.docpoet.ApiDocs;
                @ApiDocs("arrays")
                public interface Api {
                    default java.util.List<Modle> all() { return java.util.List.of(); }
                }
                """);
        Compilation c = Compiler.compile(api);
        assertThat(c).hadErrorContaining("Modle is not a type docpoet generated from the docs of this interface, nor one that exists;"
                + " did you mean Model? [ApiDocsMissingType]").inFile(api).onLineContaining("Modle");
    }
}
