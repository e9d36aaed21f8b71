package dev.docpoet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
    private static final String DOCS = CliRun.resource("docs");

    private static Map<String, String> javaFiles(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
                out.put(root.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Test
    void writesTheSameSourcesAsTheAnnotationProcessor(@TempDir Path tmp) throws IOException {
        Path cli = tmp.resolve("cli");
        CliRun run = CliRun.of("generate", DOCS, "-o", cli.toString(), "-p", "com.example.api");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("docpoet: generated "), run.out());
        assertTrue(run.out().contains("com/example/api/Pet.java"), run.out());

        // the same docs through javac and the processor, as a user's build would run them
        Path src = tmp.resolve("src/com/example/api/Api.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, "package com.example.api;\n@dev.docpoet.ApiDocs(\"docs\")\npublic interface Api {}\n");
        Path generated = tmp.resolve("generated");
        Files.createDirectories(generated);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter log = new StringWriter();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
            boolean ok = javac.getTask(log, fm, null, List.of("-Adocpoet.docsDir=" + Path.of(DOCS).getParent(),
                    "-s", generated.toString(), "-d", tmp.resolve("classes").toString(), "-classpath", System.getProperty("java.class.path")),
                    null, fm.getJavaFileObjects(src)).call();
            assertTrue(ok, log.toString());
        }
        Map<String, String> fromProcessor = javaFiles(generated);
        Map<String, String> fromCli = javaFiles(cli);
        assertEquals(fromProcessor.keySet(), fromCli.keySet());
        assertEquals(fromProcessor, fromCli);
    }

    @Test
    void docErrorsWriteNothing(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("generate", CliRun.resource("broken"), "-o", out.toString(), "-p", "com.example.api");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("broken.mdx:4:1: error: <ResponseField> is never closed"), run.err());
        assertTrue(run.err().contains("nothing generated"), run.err());
        assertFalse(Files.exists(out), "no half-written output");
    }

    @Test
    void badPackageIsAUsageError(@TempDir Path tmp) {
        CliRun run = CliRun.of("generate", DOCS, "-o", tmp.toString(), "-p", "com.example.class");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("`com.example.class` is not a Java package name"), run.err());
    }
}
