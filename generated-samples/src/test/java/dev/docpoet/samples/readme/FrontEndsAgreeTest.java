package dev.docpoet.samples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.samples.readme.Builds.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor (the shaded jar users put on the processor path) and the Maven plugin's {@code generate} goal, in a
 * real Maven build, generate byte-identical sources and fingerprints from one docs folder with the same options and
 * pins: the plugin reads its whole folder as {@code @ApiDocs(".")} reads it. (The CLI against the processor is
 * compared in the processor module's CliAgreesWithProcessorTest.)
 */
class FrontEndsAgreeTest {
    private static final String PACKAGE = "com.example.helpdesk";
    private static final String PIN_OF = "GET /v1/teams/{teamId}/agents 200";
    private static final String PIN_NAME = "Agents";

    @BeforeAll
    static void install() throws Exception {
        Builds.installDocpoet();
    }

    @Test
    void processorAndPluginWriteTheSameSourcesAndFingerprint(@TempDir Path tmp) throws Exception {
        Path docs = tmp.resolve("docs");
        Builds.copyTree(Builds.REPO.resolve("generated-samples/src/main/docs/helpdesk"), docs.resolve("helpdesk"));

        Path processorOut = viaProcessor(tmp.resolve("processor"), docs);
        Path pluginProject = tmp.resolve("plugin");
        Files.createDirectories(pluginProject);
        Files.writeString(pluginProject.resolve("pom.xml"), pom(docs));
        Run build = Builds.run(Builds.machineMaven(), pluginProject, "generate-sources");
        assertTrue(build.ok(), build.log());
        Path pluginOut = pluginProject.resolve("target/generated-sources/docpoet");

        Map<String, String> processorFiles = javaFiles(processorOut);
        assertTrue(processorFiles.containsKey("com/example/helpdesk/Agents.java"), processorFiles.keySet().toString());
        assertTrue(processorFiles.containsKey("com/example/helpdesk/HelpdeskClient.java"), processorFiles.keySet().toString());
        assertEquals(processorFiles, javaFiles(pluginOut));
        String fingerprint = Files.readString(processorOut.resolve(PACKAGE + ".Helpdesk.docpoet-fingerprint.json"));
        assertEquals(fingerprint, Files.readString(pluginOut.resolve(".docpoet/" + PACKAGE + ".docpoet-fingerprint.json")));
        assertTrue(fingerprint.contains("\"typeNames\" : \"" + PIN_OF + "=" + PIN_NAME + "\""), fingerprint);
    }

    /**
     * javac with docpoet's shaded processor jar on the processor path, as the README's pom sets it up; in a process of
     * its own, as Maven runs it, so that no unshaded docpoet class on this test's class path stands in for the jar's.
     */
    private static Path viaProcessor(Path dir, Path docs) throws Exception {
        Path src = dir.resolve("src/com/example/helpdesk/Helpdesk.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, "package " + PACKAGE + ";\n@dev.docpoet.ApiDocs(value = \".\", types = @dev.docpoet.TypeName(of = \""
                + PIN_OF + "\", name = \"" + PIN_NAME + "\"))\npublic interface Helpdesk {}\n");
        Path generated = dir.resolve("generated");
        Files.createDirectories(generated);
        Path processor = Builds.REPO.resolve("processor/target/docpoet-processor-" + Builds.VERSION + ".jar");
        Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
        Process p = new ProcessBuilder(javac.toString(), "-encoding", "UTF-8", "-Adocpoet.docsDir=" + docs, "-processorpath",
                processor.toString(), "-s", generated.toString(), "-d", dir.resolve("classes").toString(),
                "-classpath", System.getProperty("java.class.path"), src.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "javac ended");
        assertEquals(0, p.exitValue(), log);
        return generated;
    }

    private static String pom(Path docs) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.example</groupId>
                  <artifactId>front-ends-agree</artifactId>
                  <version>1.0</version>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>dev.docpoet</groupId>
                        <artifactId>docpoet-maven-plugin</artifactId>
                        <version>%s</version>
                        <configuration>
                          <docsDirectory>%s</docsDirectory>
                          <packageName>%s</packageName>
                          <client>Helpdesk</client>
                          <typeNames><typeName>%s=%s</typeName></typeNames>
                        </configuration>
                        <executions>
                          <execution>
                            <goals><goal>generate</goal></goals>
                          </execution>
                        </executions>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(Builds.VERSION, docs, PACKAGE, PIN_OF, PIN_NAME);
    }

    private static Map<String, String> javaFiles(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
