package dev.docpoet.samples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Using it in a project" works as written: its pom.xml and Java files, taken from README.md verbatim,
 * make a standalone project outside this build that the machine's own Maven builds without a warning, and that runs
 * and prints what the README says. docpoet is put in the local repository as {@code mvn install} would put it.
 */
class ReadmeProjectTest {
    private static final Path REPO = Path.of("").toAbsolutePath().getParent();
    private static final Pattern FILE_BLOCK = Pattern.compile("<!-- readme-project: (\\S+) -->\\n```\\w*\\n(.*?)\\n```", Pattern.DOTALL);

    @Test
    void theReadmeProjectBuildsAndRuns(@TempDir Path project) throws Exception {
        String readme = Files.readString(REPO.resolve("README.md"), StandardCharsets.UTF_8);
        Matcher m = FILE_BLOCK.matcher(readme);
        List<String> files = new ArrayList<>();
        while (m.find()) {
            Path target = project.resolve(m.group(1));
            Files.createDirectories(target.getParent());
            Files.writeString(target, m.group(2) + "\n", StandardCharsets.UTF_8);
            files.add(m.group(1));
        }
        assertEquals(List.of("pom.xml", "src/main/java/com/example/helpdesk/Helpdesk.java",
                "src/main/java/com/example/helpdesk/Main.java"), files, "the README's project files");
        Builds.copyTree(REPO.resolve("generated-samples/src/main/docs/helpdesk"), project.resolve("src/main/docs/helpdesk"));

        Path localRepo = Builds.localRepository();
        Builds.installDocpoet();
        Path log = project.resolve("build.log");
        Process mvn = new ProcessBuilder(Builds.machineMaven().toString(), "-B", "-ntp", "-Dmaven.repo.local=" + localRepo, "package")
                .directory(project.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(mvn.waitFor(10, TimeUnit.MINUTES), "the build finishes");
        String built = Files.readString(log);
        assertEquals(0, mvn.exitValue(), built);
        assertTrue(built.contains("BUILD SUCCESS"), built);
        List<String> warnings = built.lines().filter(l -> l.startsWith("[WARNING]")).toList();
        assertEquals(List.of(), warnings, "the README's project builds without a warning");

        Process run = new ProcessBuilder("java", "-cp", project.resolve("target/classes") + File.pathSeparator
                + System.getProperty("java.class.path"), "com.example.helpdesk.Main").redirectErrorStream(true).start();
        assertTrue(run.waitFor(1, TimeUnit.MINUTES));
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, run.exitValue(), out);
        assertEquals("""
                page someone: Printer on fire
                [/requester/name: required but missing]
                {sla=gold}
                HelpdeskClient[Transport[https://eu.helpdesk.example, auth=Auth.bearer(***)]]
                """, out);
    }
}
