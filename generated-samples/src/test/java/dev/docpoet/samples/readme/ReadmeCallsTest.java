package dev.docpoet.samples.readme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Calling the API" calls, taken from README.md verbatim, compile warning-free against the client this
 * project generates for {@code Helpdesk}; {@code helpdesk.ClientTest} makes the same calls against a local server. Its
 * "Pagination" calls compile against {@code Catalog}'s, which {@code catalog.CatalogPagingTest} runs.
 */
class ReadmeCallsTest {
    private static final Pattern CALLS = Pattern.compile("<!-- readme-calls -->\\n```java\\n(.*?)\\n```", Pattern.DOTALL);
    private static final Pattern PAGING = Pattern.compile("<!-- readme-paging -->\\n```java\\n(.*?)\\n```", Pattern.DOTALL);

    @Test
    void theReadmesCallsCompileAgainstTheGeneratedClient(@TempDir Path tmp) throws Exception {
        compiles(tmp, CALLS, "readme-calls", "helpdesk", "import dev.docpoet.client.NotFoundException;\nimport java.util.concurrent.CompletableFuture;");
    }

    @Test
    void theReadmesPagingCallsCompileAgainstTheGeneratedClient(@TempDir Path tmp) throws Exception {
        compiles(tmp, PAGING, "readme-paging", "catalog", "import java.util.List;");
    }

    /** The README's block after {@code <!-- marker -->}, as the body of a method in {@code package}, compiles with -Werror. */
    private static void compiles(Path tmp, Pattern block, String marker, String pkg, String imports) throws Exception {
        Matcher m = block.matcher(Files.readString(Builds.REPO.resolve("README.md"), StandardCharsets.UTF_8));
        assertTrue(m.find(), "the README marks its calls with <!-- " + marker + " -->");
        String body = m.group(1).indent(8);
        Path source = tmp.resolve("src/dev/docpoet/samples/" + pkg + "/ReadmeCalls.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                package dev.docpoet.samples.%s;

                %s

                class ReadmeCalls {
                    void calls() {
                %s    }
                }
                """.formatted(pkg, imports, body), StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter log = new StringWriter();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            boolean ok = javac.getTask(log, fm, null, List.of("-Xlint:all", "-Werror", "-proc:none", "-d", tmp.resolve("classes").toString(),
                    "-classpath", System.getProperty("java.class.path")), null, fm.getJavaFileObjects(source)).call();
            assertTrue(ok, log + Files.readString(source));
        }
    }
}
