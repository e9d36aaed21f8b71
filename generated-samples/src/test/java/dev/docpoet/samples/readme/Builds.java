package dev.docpoet.samples.readme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the README-driven build tests share: the README's marked blocks, docpoet put in the local repository as
 * {@code mvn install} would put it, real Maven runs (the machine's, or a Maven 3.9 from Maven Central), and
 * snapshots of a folder's files to tell what a build rewrote.
 */
final class Builds {
    static final Path REPO = Path.of("").toAbsolutePath().getParent();
    static final String VERSION = "0.1.0-SNAPSHOT";
    static final String MAVEN_39 = "3.9.16";

    private Builds() {}

    /** The README's blocks marked {@code <!-- MARKER: NAME -->}, by name, in order. */
    static Map<String, String> blocks(String marker) throws IOException {
        String readme = Files.readString(REPO.resolve("README.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<!-- " + Pattern.quote(marker) + ": (\\S+) -->\\n```\\w*\\n(.*?)\\n```", Pattern.DOTALL).matcher(readme);
        Map<String, String> out = new LinkedHashMap<>();
        while (m.find()) out.put(m.group(1), m.group(2) + "\n");
        return out;
    }

    static Path localRepository() {
        return Path.of(System.getProperty("docpoet.localRepository", System.getProperty("user.home") + "/.m2/repository"));
    }

    /** What {@code mvn install} of docpoet puts in the local repository, for the artifacts the README's projects use. */
    static void installDocpoet() throws IOException {
        Path localRepo = localRepository();
        install(REPO.resolve("pom.xml"), localRepo, "docpoet-parent", "pom");
        for (String[] m : new String[][] {{"annotations", "docpoet-annotations"}, {"client", "docpoet-client"},
                {"spec-parser", "docpoet-spec-parser"}, {"fetch", "docpoet-fetch"}, {"codegen", "docpoet-codegen"}, {"maven-plugin", "docpoet-maven-plugin"}}) {
            install(REPO.resolve(m[0]).resolve("pom.xml"), localRepo, m[1], "pom");
            install(REPO.resolve(m[0]).resolve("target/" + m[1] + "-" + VERSION + ".jar"), localRepo, m[1], "jar");
        }
        // the shaded processor and its dependency-reduced POM, as users get them
        install(REPO.resolve("processor/dependency-reduced-pom.xml"), localRepo, "docpoet-processor", "pom");
        install(REPO.resolve("processor/target/docpoet-processor-" + VERSION + ".jar"), localRepo, "docpoet-processor", "jar");
    }

    private static void install(Path file, Path localRepo, String artifact, String ext) throws IOException {
        assertTrue(Files.isRegularFile(file), file + " is built before this test runs (mvn verify builds it)");
        Path dir = localRepo.resolve("dev/docpoet").resolve(artifact).resolve(VERSION);
        Files.createDirectories(dir);
        Files.copy(file, dir.resolve(artifact + "-" + VERSION + "." + ext), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The machine's Maven: the one running this build. */
    static Path machineMaven() {
        String home = System.getProperty("maven.home");
        if (home != null && Files.isExecutable(Path.of(home, "bin", "mvn"))) return Path.of(home, "bin", "mvn");
        return Path.of("mvn");
    }

    /** Maven 3.9 from Maven Central ({@code org.apache.maven:apache-maven:bin}), fetched once into target/. */
    static synchronized Path maven39() throws Exception {
        Path home = REPO.resolve("generated-samples/target/apache-maven-" + MAVEN_39);
        Path mvn = home.resolve("bin/mvn");
        if (Files.isExecutable(mvn)) return mvn;
        Path download = REPO.resolve("generated-samples/target/maven-download");
        Run fetch = run(machineMaven(), REPO.resolve("generated-samples"), "dependency:copy",
                "-Dartifact=org.apache.maven:apache-maven:" + MAVEN_39 + ":tar.gz:bin", "-DoutputDirectory=" + download);
        assertTrue(fetch.ok(), "fetching Maven " + MAVEN_39 + " from Maven Central:\n" + fetch.log());
        Process tar = new ProcessBuilder("tar", "-xzf", download.resolve("apache-maven-" + MAVEN_39 + "-bin.tar.gz").toString(),
                "-C", home.getParent().toString()).inheritIO().start();
        assertTrue(tar.waitFor(2, TimeUnit.MINUTES) && tar.exitValue() == 0, "unpacking Maven " + MAVEN_39);
        return mvn;
    }

    /** One Maven run's outcome. */
    record Run(int exit, String log) {
        boolean ok() {
            return exit == 0;
        }
    }

    static Run run(Path mvn, Path project, String... args) throws Exception {
        Path log = Files.createTempFile("mvn", ".log");
        String[] command = new String[args.length + 4];
        command[0] = mvn.toString();
        command[1] = "-B";
        command[2] = "-ntp";
        command[3] = "-Dmaven.repo.local=" + localRepository();
        System.arraycopy(args, 0, command, 4, args.length);
        Process p = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the build finishes");
        String text = Files.readString(log);
        Files.delete(log);
        return new Run(p.exitValue(), text);
    }

    /** Every file under {@code root}, relative, with its content and modification time. */
    record Snapshot(Map<String, String> content, Map<String, FileTime> modified) {}

    static Snapshot snapshot(Path root) throws IOException {
        Map<String, String> content = new TreeMap<>();
        Map<String, FileTime> modified = new TreeMap<>();
        if (!Files.isDirectory(root)) return new Snapshot(content, modified);
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(p).toString().replace(File.separatorChar, '/');
                content.put(rel, Base64Text.of(Files.readAllBytes(p)));
                modified.put(rel, Files.getLastModifiedTime(p));
            }
        }
        return new Snapshot(content, modified);
    }

    /** File bytes as comparable text. */
    private static final class Base64Text {
        static String of(byte[] bytes) {
            return java.util.Base64.getEncoder().encodeToString(bytes);
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
