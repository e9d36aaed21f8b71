package dev.docpoet.fuzz;

import dev.docpoet.codegen.CodeGenerator;
import dev.docpoet.codegen.GeneratedFile;
import dev.docpoet.parse.DocPages;
import dev.docpoet.parse.DocParser;
import dev.docpoet.spec.ApiModel;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.ParserCode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The fuzz command: seeded mutants of doc pages ({@link Mutator}), each parsed and generated, and what parses without
 * error compiled with {@code -Xlint:all -Werror} (in batches, one package per mutant). Prints the crashes (an
 * exception or an internal error), hangs (a mutant that takes longer than the bound given: {@link #COMMAND_HANG} for
 * the command, minutes in the test run) and non-compiling outputs, each with a reproducer file.
 * Outside the default test run:
 * {@code mvn -q -pl codegen test-compile exec:java@fuzz -Dexec.args="10000 42 ../shared/corpus"} (from the repository root).
 */
public final class MutationFuzz {
    /** One problem found, and the file that reproduces it. */
    record Finding(String kind, String detail, Path reproducer) {}

    /** What a run found. */
    record Report(int mutants, int parsedClean, int compiled, List<Finding> findings, long millis) {
        long count(String kind) {
            return findings.stream().filter(f -> f.kind().equals(kind)).count();
        }

        String summary() {
            return String.format("%d mutants in %.1f s: %d parsed without error, %d generated and compiled; %d crashes, %d hangs,"
                    + " %d non-compiling outputs", mutants, millis / 1000.0, parsedClean, compiled, count("crash"), count("hang"),
                    count("does-not-compile"));
        }
    }

    private static final int BATCH = 60;
    /** The fuzz command's hang bound; only an explicit fuzz run is this strict (a busy machine fails it). */
    static final Duration COMMAND_HANG = Duration.ofSeconds(10);
    private static final Pattern PACKAGE = Pattern.compile("fuzz/m(\\d+)/");

    private MutationFuzz() {}

    /** Fuzzes {@code mutants} mutants; one whose parse and generation takes longer than {@code hang} is a hang. */
    static Report run(List<Path> seeds, int mutants, long seed, Path out, Duration hang) throws IOException, InterruptedException {
        Files.createDirectories(out);
        List<byte[]> pages = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path p : seeds) {
            pages.add(Files.readAllBytes(p));
            names.add(p.getFileName().toString());
        }
        Mutator mutator = new Mutator(seed);
        List<Finding> findings = new ArrayList<>();
        Map<Integer, byte[]> batch = new HashMap<>();
        Map<Integer, String> batchNames = new HashMap<>();
        List<Path> sources = new ArrayList<>();
        int clean = 0;
        int compiled = 0;
        long start = System.nanoTime();
        ExecutorService worker = worker();
        Path gen = Files.createTempDirectory("docpoet-fuzz");
        try {
            for (int i = 0; i < mutants; i++) {
                int which = i % pages.size();
                byte[] mutant = mutator.mutate(pages.get(which));
                String name = names.get(which);
                final int index = i;
                Future<List<GeneratedFile>> job = worker.submit(() -> generate(name, mutant, "fuzz.m" + index));
                List<GeneratedFile> files;
                try {
                    files = job.get(hang.toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    job.cancel(true);
                    findings.add(new Finding("hang", name + " mutant " + i + " took over " + hang.toSeconds() + " s", save(out, "hang", i, name, mutant)));
                    worker.shutdownNow();
                    worker = worker();
                    continue;
                } catch (java.util.concurrent.ExecutionException e) {
                    Throwable cause = e.getCause();
                    findings.add(new Finding("crash", name + " mutant " + i + ": " + cause, save(out, "crash", i, name, mutant)));
                    continue;
                }
                if (files == null) continue;
                clean++;
                for (GeneratedFile f : files) sources.add(f.writeToPath(gen));
                if (!files.isEmpty()) {
                    batch.put(i, mutant);
                    batchNames.put(i, name);
                }
                if (batch.size() >= BATCH || i == mutants - 1) {
                    compiled += batch.size();
                    findings.addAll(compile(sources, gen, batch, batchNames, out));
                    batch.clear();
                    batchNames.clear();
                    sources.clear();
                }
            }
            if (!batch.isEmpty()) {
                compiled += batch.size();
                findings.addAll(compile(sources, gen, batch, batchNames, out));
            }
            worker.shutdownNow();
            return new Report(mutants, clean, compiled, findings, (System.nanoTime() - start) / 1_000_000);
        } finally {
            deleteTree(gen);
        }
    }

    /** The generated sources and classes are scratch: a fuzz run leaves only its findings behind. */
    private static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /** A daemon thread to run mutants on: one that hangs is abandoned with it, and the next gets a new one. */
    private static ExecutorService worker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** The sources generated from a mutant, none when it has errors; an exception or internal error is thrown out. */
    private static List<GeneratedFile> generate(String name, byte[] page, String pkg) {
        ApiModel model = ApiModel.of(List.of(DocParser.parse(name, page)));
        for (Diagnostic d : model.allDiagnostics()) {
            if (d.code() == ParserCode.SpecInternalError) throw new IllegalStateException(d.format());
        }
        if (model.hasErrors()) return null;
        CodeGenerator.Result result = CodeGenerator.generate(model,
                new CodeGenerator.Options(pkg, s -> s, List.of(), java.util.Set.of(), "Api", true), null);
        return result.hasErrors() ? null : result.files();
    }

    private static List<Finding> compile(List<Path> sources, Path gen, Map<Integer, byte[]> batch, Map<Integer, String> names,
            Path out) throws IOException {
        List<Finding> findings = new ArrayList<>();
        if (sources.isEmpty()) return findings;
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter log = new StringWriter();
        Path classes = Files.createTempDirectory(gen, "classes");
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
            boolean ok = javac.getTask(log, fm, null, List.of("-Xlint:all", "-Werror", "-proc:none", "-d", classes.toString(),
                    "-classpath", classPath()), null, fm.getJavaFileObjectsFromPaths(sources)).call();
            if (!ok) {
                Matcher m = PACKAGE.matcher(log.toString());
                java.util.Set<Integer> bad = new java.util.TreeSet<>();
                while (m.find()) bad.add(Integer.parseInt(m.group(1)));
                for (int i : bad) {
                    if (!batch.containsKey(i)) continue;
                    String first = log.toString().lines().filter(l -> l.contains("fuzz/m" + i + "/")).findFirst().orElse("");
                    findings.add(new Finding("does-not-compile", names.get(i) + " mutant " + i + ": " + first.trim(),
                            save(out, "does-not-compile", i, names.get(i), batch.get(i))));
                }
                if (bad.isEmpty()) findings.add(new Finding("does-not-compile", log.toString().lines().findFirst().orElse(""), null));
            }
        }
        return findings;
    }

    /** The class path generated code compiles against: the test's, also under exec:java, whose loader holds it. */
    private static String classPath() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader instanceof java.net.URLClassLoader u && u.getURLs().length > 0) {
            List<String> entries = new ArrayList<>();
            for (java.net.URL url : u.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                    entries.add(url.getPath());
                }
            }
            return String.join(java.io.File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    private static Path save(Path out, String kind, int i, String name, byte[] mutant) throws IOException {
        Path file = out.resolve(kind + "-" + i + "-" + name);
        Files.write(file, mutant);
        return file;
    }

    /** {@code [mutants] [seed] [folder of seed pages]}; prints the report, exits 1 when anything was found. */
    public static void main(String[] args) throws Exception {
        int mutants = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        Path folder = args.length > 2 ? Path.of(args[2]) : Path.of("src/test/resources/dev/docpoet/fuzz");
        List<Path> seeds = DocPages.under(folder);
        Path out = Path.of("target/fuzz-findings");
        System.out.println("fuzzing " + seeds.size() + " pages under " + folder + " with seed " + seed + " ...");
        Report r = run(seeds, mutants, seed, out, COMMAND_HANG);
        for (Finding f : r.findings()) System.out.println(f.kind() + ": " + f.detail() + (f.reproducer() == null ? "" : " -> " + f.reproducer()));
        System.out.println(r.summary());
        System.exit(r.findings().isEmpty() ? 0 : 1);
    }
}
