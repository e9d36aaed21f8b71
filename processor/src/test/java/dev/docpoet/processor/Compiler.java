package dev.docpoet.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.net.URISyntaxException;
import java.nio.file.Path;
import javax.tools.JavaFileObject;

/** Compiles a user interface with the processor, the docs root set as the README says. */
final class Compiler {
    static final Path DOCS = resource("docs");

    private Compiler() {}

    static Path resource(String name) {
        try {
            return Path.of(Compiler.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static JavaFileObject api(String annotation, String extra) {
        return JavaFileObjects.forSourceString("test.Api", "package test;\n\nimport dev.docpoet.ApiDocs;\n\n"
                + extra + annotation + "\npublic interface Api {}\n");
    }

    static Compilation compile(JavaFileObject... sources) {
        return javac().withProcessors(new ApiDocsProcessor())
                .withOptions("-A" + DocLocator.DOCS_DIR_OPTION + "=" + DOCS, "-Xlint:all,-processing", "-Werror")
                .compile(sources);
    }

    /** With the docs root but without {@code -Werror}, to see warnings. */
    static Compilation compileLenient(JavaFileObject... sources) {
        return javac().withProcessors(new ApiDocsProcessor()).withOptions("-A" + DocLocator.DOCS_DIR_OPTION + "=" + DOCS).compile(sources);
    }

    /** Without the docs root option. */
    static Compilation compileWithout(JavaFileObject... sources) {
        return javac().withProcessors(new ApiDocsProcessor()).compile(sources);
    }
}
