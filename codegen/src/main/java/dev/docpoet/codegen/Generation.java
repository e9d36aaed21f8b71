package dev.docpoet.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.docpoet.parse.DocSetReader;
import dev.docpoet.parse.DocSource;
import dev.docpoet.parse.YieldCheck;
import dev.docpoet.spec.ApiModel;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.Severity;
import dev.docpoet.spec.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import javax.lang.model.element.Element;
import org.jspecify.annotations.Nullable;

/**
 * One run of docpoet, the same for every front end (javac processor, CLI, Maven plugin): a doc set and settings in;
 * the model, every diagnostic, the files with their kinds and the fingerprint out. A front end only finds the docs,
 * reports and writes.
 */
public final class Generation {
    private Generation() {}

    /**
     * What the user asks for, whichever front end they ask through.
     *
     * @param packageName the package of every generated type
     * @param pins type names the user fixed
     * @param client the name clients are named after ({@code Helpdesk} gives {@code HelpdeskClient}); null for models only
     * @param companion whether the companion interface ({@code HelpdeskEndpoints}) and a client implementing it are
     *     written now; false when the user's interface declares methods, bound later
     * @param validators whether top-level records get {@code validate()}
     */
    public record Settings(String packageName, List<TypeNamePin> pins, @Nullable String client, boolean companion, boolean validators) {
        public Settings {
            pins = List.copyOf(pins);
        }

        /** Models, validators and, with {@code client}, the companion interface and its client. */
        public static Settings of(String packageName, List<TypeNamePin> pins, @Nullable String client) {
            return new Settings(packageName, pins, client, client != null, true);
        }

        /** What a fingerprint records of these settings: changing any of them generates again. */
        public Map<String, String> fingerprintOptions() {
            Map<String, String> o = new TreeMap<>();
            o.put("package", packageName);
            o.put("client", client == null ? "" : client);
            o.put("companion", Boolean.toString(companion));
            o.put("validators", Boolean.toString(validators));
            o.put("typeNames", String.join("\n", pins.stream().map(p -> p.of() + "=" + p.name()).toList()));
            return o;
        }

        /**
         * Who a run's fingerprint belongs to: the {@code @ApiDocs} interface the settings stand for ({@code client} in
         * the package), else the package.
         */
        public String owner() {
            return client == null ? packageName : packageName + "." + client;
        }
    }

    /**
     * One run.
     *
     * @param sources the doc pages and specs requested, each labelled by its path relative to its docs root
     * @param naming the name diagnostics give a source: its label, or the path the user typed
     * @param taken simple names the user's own types take in the package (the CLI and the plugin name the interface a
     *     client stands for)
     * @param owner who the fingerprint belongs to: the {@code @ApiDocs} interface, or {@link Settings#owner()}
     * @param requested the paths the user asked for, as the fingerprint records them
     * @param origin the element generated types originate from (incremental builds); null outside javac
     */
    public record Request(List<DocSource> sources, Function<DocSource, String> naming, Settings settings, Set<String> taken,
            String owner, List<Fingerprint.Requested> requested, @Nullable Element origin) {
        public Request {
            sources = List.copyOf(sources);
            taken = Set.copyOf(taken);
            requested = List.copyOf(requested);
        }
    }

    /**
     * What a run gives.
     *
     * @param diagnostics the docs' diagnostics (with a warning for each requested path that yields nothing), then the
     *     generator's (none when the docs have errors)
     * @param files what to write, sorted by name; empty when {@link #hasErrors()}
     * @param operations every endpoint as a client method, for binding the user's methods to
     * @param bodyTypes the Java type of every body that has one
     * @param options what the model was generated with, for a client bound later ({@link CodeGenerator#boundClient})
     * @param fingerprint what was read and written, for the next build to compare with
     */
    public record Outcome(ApiModel model, List<Diagnostic> diagnostics, List<GeneratedFile> files, List<Operation> operations,
            Map<BodyKey, TypeName> bodyTypes, CodeGenerator.Options options, Fingerprint fingerprint) {
        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
        }

        /** The files of the given kinds. */
        public List<GeneratedFile> files(Set<GeneratedFile.Kind> kinds) {
            return files.stream().filter(f -> kinds.contains(f.kind())).toList();
        }
    }

    /** The warnings for the requested paths that yield no endpoint, with why ({@link YieldCheck}). */
    private static List<Diagnostic> yieldsNothing(Request request, DocSetReader.Result read) {
        return YieldCheck.check(request.requested().stream().map(r -> new YieldCheck.Request(r.path(), r.root(), r.folder())).toList(),
                request.sources(), read.documents(), request.naming());
    }

    public static Outcome run(Request request) {
        try {
            return generate(request);
        } catch (OutOfMemoryError e) {
            // what was read is garbage once the stack is unwound: there is room again to say what was too big
            return outOfMemory(request, e.getMessage());
        }
    }

    /** One error that says the heap was too small for these docs and how to give it more: never a stack trace. */
    private static Outcome outOfMemory(Request request, @Nullable String what) {
        Settings s = request.settings();
        long total = 0;
        DocSource largest = null;
        for (DocSource source : request.sources()) {
            total += source.bytes().length;
            if (largest == null || source.bytes().length > largest.bytes().length) largest = source;
        }
        String file = largest == null ? request.owner() : request.naming().apply(largest);
        long heap = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        Diagnostic d = new Diagnostic(GeneratorCode.GenOutOfMemory, "docpoet ran out of memory (" + (what == null ? "" : what + "; ")
                + "a Java heap of at most " + heap + " MiB) reading and generating " + (request.sources().size() == 1 ? "this file (" + mib(total) + ")"
                        : request.sources().size() + " doc files of " + mib(total) + (largest == null ? "" : ", the largest this one ("
                                + mib(largest.bytes().length) + ")"))
                + "; nothing was generated", new SourceLocation(file, 1, 1),
                "give the JVM a larger heap: java -Xmx1g -jar …, JAVA_TOOL_OPTIONS=-Xmx1g for ./docpoet, MAVEN_OPTS=-Xmx1g for Maven,"
                        + " javac -J-Xmx1g for javac itself");
        CodeGenerator.Options options = new CodeGenerator.Options(s.packageName(), name -> name, s.pins(), request.taken(), s.client(),
                s.companion(), s.validators());
        Fingerprint fingerprint = new Fingerprint(request.owner(), Fingerprint.GENERATOR, s.fingerprintOptions(), request.requested(),
                Map.of(), List.of());
        return new Outcome(ApiModel.of(List.of()), List.of(d), List.of(), List.of(), Map.of(), options, fingerprint);
    }

    private static String mib(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }

    private static Outcome generate(Request request) {
        Settings s = request.settings();
        // one read for every path: a page may point at a spec another path names
        DocSetReader.Result read = DocSetReader.read(request.sources(), request.naming());
        Map<String, String> hashes = new TreeMap<>();
        for (DocSource source : request.sources()) hashes.put(source.label(), Fingerprint.sha256(source.bytes()));
        read.specFiles().forEach((label, bytes) -> hashes.put(label, Fingerprint.sha256(bytes)));
        ApiModel model = ApiModel.of(read.documents());
        Map<String, String> labels = read.labels();
        CodeGenerator.Options options = new CodeGenerator.Options(s.packageName(), name -> labels.getOrDefault(name, name), s.pins(),
                request.taken(), s.client(), s.companion(), s.validators());
        List<Diagnostic> diagnostics = new ArrayList<>(model.allDiagnostics());
        // a requested file or folder that yields nothing is said, never a silent run with nothing written
        diagnostics.addAll(yieldsNothing(request, read));
        diagnostics.sort(null);
        CodeGenerator.Result result = model.hasErrors() ? new CodeGenerator.Result(List.of(), List.of(), Map.of(), List.of())
                : CodeGenerator.generate(model, options, request.origin());
        diagnostics.addAll(result.diagnostics());
        List<String> outputs = new ArrayList<>(result.files().stream().map(GeneratedFile::outputPath).toList());
        if (s.client() != null && !s.companion() && !result.hasErrors()) {
            // the client of the user's methods is written once they resolve; listed now, as the fingerprint is written now
            ClassName client = CodeGenerator.clientName(s.packageName(), s.client());
            outputs.add(Fingerprint.outputPath(client.packageName(), client.simpleName()));
        }
        Fingerprint fingerprint = new Fingerprint(request.owner(), Fingerprint.GENERATOR, s.fingerprintOptions(),
                request.requested(), hashes, outputs);
        return new Outcome(model, List.copyOf(diagnostics), result.files(), result.operations(), result.bodyTypes(), options, fingerprint);
    }
}
