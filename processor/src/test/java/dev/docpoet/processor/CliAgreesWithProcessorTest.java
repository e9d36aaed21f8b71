package dev.docpoet.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.cli.DocpoetCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docpoet generate} writes the same files as javac with the processor, byte for byte: with one root, and with
 * several roots given in any order (labels, not paths on disk, decide every name), and the same fingerprint for the
 * same request, pins included. (The Maven plugin is compared in generated-samples' FrontEndsAgreeTest.)
 */
class CliAgreesWithProcessorTest {
    private static final String PINNED = "GET /v1/orders/{orderId} 200";

    @Test
    void sourcesAndFingerprintsAgreeWithPins(@TempDir Path tmp) throws IOException {
        Path docs = Compiler.DOCS;
        Map<String, String> processor = viaProcessor(tmp, docs, "value = \"shop\", types = @dev.docpoet.TypeName(of = \"" + PINNED
                + "\", name = \"Purchase\")");
        Map<String, String> cli = viaCli(tmp, List.of("--type-name", PINNED + "=Purchase"), docs.resolve("shop").toString());
        assertTrue(processor.containsKey("com/example/api/Purchase.java"), processor.keySet().toString());
        assertEquals(processor, cli);
        String fingerprint = Files.readString(tmp.resolve("generated/com.example.api.Api.docpoet-fingerprint.json"));
        assertEquals(fingerprint, Files.readString(tmp.resolve("cli-out/.docpoet/com.example.api.docpoet-fingerprint.json")));
        assertTrue(fingerprint.contains("\"typeNames\" : \"" + PINNED + "=Purchase\""), fingerprint);
        assertTrue(fingerprint.contains("\"owner\" : \"com.example.api.Api\""), fingerprint);
        assertTrue(fingerprint.contains("com/example/api/Purchase.java"), fingerprint);
    }

    @Test
    void oneRoot(@TempDir Path tmp) throws IOException {
        Path docs = Compiler.DOCS;
        assertEquals(viaProcessor(tmp, docs, "\"shop\""), viaCli(tmp, docs.resolve("shop").toString()));
    }

    @Test
    void twoRootsInEitherOrderOnTheCommandLine(@TempDir Path tmp) throws IOException {
        Path roots = Compiler.DOCS.resolve("roots");
        // the processor finds both under one docs folder; the CLI is given them from two different parents
        Path docs = tmp.resolve("docs");
        copy(roots.resolve("zzz/billing"), docs.resolve("billing"));
        copy(roots.resolve("aaa/orders"), docs.resolve("orders"));
        Map<String, String> processor = viaProcessor(tmp, docs, "{\"billing\", \"orders\"}");
        Map<String, String> reversed = viaProcessor(tmp.resolve("r"), docs, "{\"orders\", \"billing\"}");
        Map<String, String> cli = viaCli(tmp, roots.resolve("zzz/billing").toString(), roots.resolve("aaa/orders").toString());
        Map<String, String> cliReversed = viaCli(tmp.resolve("r"), roots.resolve("aaa/orders").toString(), roots.resolve("zzz/billing").toString());
        assertTrue(processor.containsKey("com/example/api/InvoiceList.java"), processor.keySet().toString());
        // both roots document an item of another shape: neither keeps `Item`, whatever the order
        assertTrue(processor.containsKey("com/example/api/BillingItem.java") && processor.containsKey("com/example/api/OrderItem.java"),
                processor.keySet().toString());
        assertEquals(processor, reversed);
        assertEquals(processor, cli);
        assertEquals(processor, cliReversed);
    }

    /** The corrections file beside the docs applies in both front ends, through the one pipeline: same files, corrected. */
    @Test
    void correctionsApplyInBoth(@TempDir Path tmp) throws IOException {
        Path docs = tmp.resolve("docs");
        copy(Compiler.DOCS.resolve("shop"), docs.resolve("shop"));
        Files.writeString(docs.resolve("shop/docpoet.corrections.yaml"), """
                corrections:
                  - endpoint: GET /v1/orders/{orderId}
                    field: lines.qty
                    type: number
                    required: true
                """);
        Map<String, String> processor = viaProcessor(tmp, docs, "\"shop\"");
        Map<String, String> cli = viaCli(tmp, docs.resolve("shop").toString());
        assertEquals(processor, cli);
        String order = processor.entrySet().stream().filter(e -> e.getValue().contains("record Line(")).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new AssertionError(processor.keySet().toString()));
        assertTrue(order.contains("BigDecimal qty"), order);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static Map<String, String> viaCli(Path tmp, String... roots) throws IOException {
        return viaCli(tmp, List.of(), roots);
    }

    private static Map<String, String> viaCli(Path tmp, List<String> options, String... roots) throws IOException {
        Path out = tmp.resolve("cli-out");
        List<String> args = new ArrayList<>(List.of("generate"));
        args.addAll(List.of(roots));
        args.addAll(options);
        // the processor sees docpoet-client on this class path, so it writes ApiEndpoints and ApiClient too
        args.addAll(List.of("-o", out.toString(), "-p", "com.example.api", "--client", "Api"));
        StringWriter err = new StringWriter();
        int exit = DocpoetCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args.toArray(String[]::new));
        assertEquals(0, exit, err.toString());
        return javaFiles(out);
    }

    private static Map<String, String> viaProcessor(Path tmp, Path docsDir, String value) throws IOException {
        Path src = tmp.resolve("src/com/example/api/Api.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, "package com.example.api;\n@dev.docpoet.ApiDocs(" + value + ")\npublic interface Api {}\n");
        Path generated = tmp.resolve("generated");
        Files.createDirectories(generated);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter log = new StringWriter();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
            boolean ok = javac.getTask(log, fm, null, List.of("-Adocpoet.docsDir=" + docsDir, "-s", generated.toString(),
                    "-d", tmp.resolve("classes").toString(), "-classpath", System.getProperty("java.class.path")),
                    null, fm.getJavaFileObjects(src)).call();
            assertTrue(ok, log.toString());
        }
        return javaFiles(generated);
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
