package dev.docpoet.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import javax.tools.JavaFileObject;

/** Compiles a user interface with the processor, the docs root set as the README says. */
final class Compiler {
    static final Path DOCS = resource("docs");
    /**
     * What {@code shop/get-order.mdx} infers on purpose, for tests that compile it with {@code -Werror}: `placedAt` a
     * date-time from "ISO timestamp", `class` an open enum from "(e.g., …)" (DiagnosticsTest checks the warnings).
     */
    static final String SHOP_INFERENCES = "@SuppressWarnings({\"docpoet:InferDateTime\", \"docpoet:InferEnumFromProse\"})\n";

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

    /** Models only: the test class path without docpoet-client, as a project that does not add it. */
    static Compilation compile(JavaFileObject... sources) {
        return javac().withClasspath(classPath(false)).withProcessors(new ApiDocsProcessor())
                .withOptions("-A" + DocLocator.DOCS_DIR_OPTION + "=" + DOCS, "-Xlint:all,-processing", "-Werror")
                .compile(sources);
    }

    /** With docpoet-client on the class path: models and a client. */
    static Compilation compileWithClient(JavaFileObject... sources) {
        return javac().withClasspath(classPath(true)).withProcessors(new ApiDocsProcessor())
                .withOptions("-A" + DocLocator.DOCS_DIR_OPTION + "=" + DOCS, "-Xlint:all,-processing", "-Werror")
                .compile(sources);
    }

    /** With docpoet-client on the class path and another docs root, whose lint warnings do not fail the build. */
    static Compilation compileWithClient(Path docsRoot, JavaFileObject... sources) {
        return javac().withClasspath(classPath(true)).withProcessors(new ApiDocsProcessor())
                .withOptions("-A" + DocLocator.DOCS_DIR_OPTION + "=" + docsRoot, "-Xlint:all,-processing")
                .compile(sources);
    }

    /** With docpoet-client on the class path and another docs root, warning-free as the README's project builds. */
    static Compilation compileWithClientStrict(Path docsRoot, JavaFileObject... sources) {
        return javac().withClasspath(classPath(true)).withProcessors(new ApiDocsProcessor())
                .withOptions("-A" + DocLocator.DOCS_DIR_OPTION + "=" + docsRoot, "-Xlint:all,-processing", "-Werror")
                .compile(sources);
    }

    /** With the docs root but without {@code -Werror}, to see warnings. */
    static Compilation compileLenient(JavaFileObject... sources) {
        return javac().withClasspath(classPath(false)).withProcessors(new ApiDocsProcessor())
                .withOptions("-A" + DocLocator.DOCS_DIR_OPTION + "=" + DOCS).compile(sources);
    }

    /** As {@link #compileLenient}, with the infos printed as notes ({@code -Adocpoet.verbose=true}). */
    static Compilation compileVerbose(JavaFileObject... sources) {
        return javac().withClasspath(classPath(false)).withProcessors(new ApiDocsProcessor())
                .withOptions("-A" + DocLocator.DOCS_DIR_OPTION + "=" + DOCS, "-A" + ApiDocsProcessor.VERBOSE_OPTION + "=true").compile(sources);
    }

    /** Without the docs root option. */
    static Compilation compileWithout(JavaFileObject... sources) {
        return javac().withClasspath(classPath(false)).withProcessors(new ApiDocsProcessor()).compile(sources);
    }

    /** The test's class path, with or without docpoet-client (a jar in the local repository, or the reactor's classes). */
    static List<File> classPath(boolean withClient) {
        List<File> out = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            boolean client = entry.contains("docpoet-client") || entry.replace('\\', '/').contains("/client/target/classes");
            if (withClient || !client) out.add(new File(entry));
        }
        return out;
    }
}
