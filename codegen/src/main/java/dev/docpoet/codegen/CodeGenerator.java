package dev.docpoet.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeName;
import dev.docpoet.codegen.GeneratedFile.Kind;
import dev.docpoet.codegen.Plans.EnumPlan;
import dev.docpoet.codegen.Plans.RecordPlan;
import dev.docpoet.spec.ApiModel;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.Element;
import org.jspecify.annotations.Nullable;

/**
 * The generator every front end calls (javac processor, CLI, Maven plugin): a doc set's model in, Java files out,
 * identical for identical docs whatever their order.
 */
public final class CodeGenerator {
    /**
     * The name in every {@code @Generated}: the same whichever front end ran, so that outputs are identical. It names
     * the processor's class, which codegen cannot see; a processor test keeps the two equal.
     */
    public static final String GENERATOR = "dev.docpoet.processor.ApiDocsProcessor";

    /** The generator's version, recorded in fingerprints: a new version regenerates everything. */
    public static final String VERSION = version();

    /** The version Maven wrote into {@code version.properties} when it built this module. */
    private static String version() {
        java.util.Properties p = new java.util.Properties();
        try (java.io.InputStream in = CodeGenerator.class.getResourceAsStream("version.properties")) {
            if (in != null) p.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("docpoet's own jar cannot be read", e);
        }
        String v = p.getProperty("version", "");
        if (v.isEmpty() || v.startsWith("$")) throw new IllegalStateException("docpoet was built without its version.properties");
        return v;
    }

    /**
     * What to generate into.
     *
     * @param packageName the package of every generated type
     * @param labels maps a document's source name to the name generated code cites (a path relative to the docs root)
     * @param pins type names the user fixed
     * @param reservedNames simple names already taken in the package (the annotated interface, the user's own types)
     * @param client the name clients are named after ({@code Helpdesk} gives {@code HelpdeskClient}), when a client is
     *     wanted; null for models only
     * @param companion whether to write the companion interface ({@code HelpdeskEndpoints}) and a client implementing
     *     it now; false when the user's interface declares methods, which are bound later ({@link #boundClient})
     * @param validators whether top-level records get {@code validate()} (the records' own checks stay either way)
     */
    public record Options(String packageName, Function<String, String> labels, List<TypeNamePin> pins, Set<String> reservedNames,
            @Nullable String client, boolean companion, boolean validators) {
        public Options {
            pins = List.copyOf(pins);
            reservedNames = Set.copyOf(reservedNames);
        }

        public Options(String packageName, Function<String, String> labels, List<TypeNamePin> pins, Set<String> reservedNames,
                @Nullable String client, boolean companion) {
            this(packageName, labels, pins, reservedNames, client, companion, true);
        }

        public Options(String packageName, Function<String, String> labels, List<TypeNamePin> pins, Set<String> reservedNames) {
            this(packageName, labels, pins, reservedNames, null, false);
        }

        public Options(String packageName, Function<String, String> labels) {
            this(packageName, labels, List.of(), Set.of());
        }
    }

    /** {@code HelpdeskClient}: the client class of the docs named {@code base}. */
    public static ClassName clientName(String packageName, String base) {
        return ClassName.get(packageName, base + "Client");
    }

    /** {@code HelpdeskEndpoints}: the companion interface, one method per documented endpoint. */
    public static ClassName companionName(String packageName, String base) {
        return ClassName.get(packageName, base + "Endpoints");
    }

    /**
     * What was generated.
     *
     * @param files the sources, each with its kind, sorted by name; empty when {@link #hasErrors()}
     * @param diagnostics what the generator chose (renames, conflicts) and what it could not do; located in the docs by
     *     their source names, or at a {@link dev.docpoet.spec.JavaLocation} for a pin
     * @param bodyTypes the Java type of every body that has one ({@code com.acme.Ticket}, {@code java.util.List<com.acme.Model>})
     * @param operations every endpoint as a client method, for binding the user's methods to
     */
    public record Result(List<GeneratedFile> files, List<Diagnostic> diagnostics, Map<BodyKey, TypeName> bodyTypes, List<Operation> operations) {
        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
        }
    }

    private CodeGenerator() {}

    public static Result generate(ApiModel model, Options options, @Nullable Element origin) {
        ModelPlanner.Plan plan = new ModelPlanner(options).plan(model);
        TopLevelTemplate template = new TopLevelTemplate(new WriterContext(GENERATOR, origin), options.packageName());
        try (Renderer files = new Renderer()) {
            return generate(model, options, plan, template, files);
        }
    }

    private static Result generate(ApiModel model, Options options, ModelPlanner.Plan plan, TopLevelTemplate template, Renderer files) {
        RecordWriter records = new RecordWriter();
        EnumWriter enums = new EnumWriter();
        for (RecordPlan r : plan.records()) files.add(Kind.MODEL, template.file(records.write(r), r.sourceLabel()));
        for (EnumPlan e : plan.enums()) files.add(Kind.ENUM, template.file(enums.write(e), e.sourceLabel()));
        FormWriter forms = new FormWriter();
        for (FormPlanner.Form f : plan.forms()) files.add(Kind.MODEL, template.file(forms.write(f), f.label()));
        // what the client adds names only what the models left free: it never renames a model
        NameScope topLevel = new NameScope(JavaNames.RESERVED_SIMPLE_NAMES);
        options.reservedNames().forEach(topLevel::take);
        files.names().forEach(topLevel::take);
        ParameterEnums parameterEnums = options.client() == null ? null
                : new ParameterEnums(options.packageName(), options.labels(), plan.enums(), topLevel);
        PagingPlanner paging = new PagingPlanner(plan.records());
        ClientPlanner clients = new ClientPlanner(plan.bodies(), parameterEnums, paging);
        List<Operation> operations = clients.operations(model);
        if (parameterEnums != null) {
            for (EnumPlan e : parameterEnums.planned()) files.add(Kind.ENUM, template.file(enums.write(e), e.sourceLabel()));
        }
        if (options.client() != null && options.companion() && !operations.isEmpty()) {
            ClassName client = clientName(options.packageName(), options.client());
            ClassName companion = companionName(options.packageName(), options.client());
            topLevel.take(client.simpleName());
            topLevel.take(companion.simpleName());
            ResourceGroups.Group root = ResourceGroups.plan(operations, options.packageName(), options.client(), topLevel);
            ClientWriter writer = new ClientWriter();
            String label = clientLabel(model, options);
            files.add(Kind.COMPANION, template.file(writer.companion(companion, client, options.client(), root), label));
            files.add(Kind.CLIENT, template.file(writer.client(client, companion, options.client(),
                    ClientWriter.bindings(root), clients.defaults(model), root.children(), root.members()), label));
            GroupWriter groups = new GroupWriter();
            ParamsWriter params = new ParamsWriter();
            for (ResourceGroups.Group g : root.all()) {
                if (g.name() != null) {
                    files.add(Kind.GROUP, template.file(groups.write(g, options.client()), groupLabel(g, options)));
                }
                for (ResourceGroups.Member m : g.members()) {
                    if (m.params() == null) continue;
                    files.add(Kind.PARAMS, template.file(params.write(m),
                            options.labels().apply(m.op().endpoint().location().file())));
                }
            }
        }
        List<GeneratedFile> sources = new ArrayList<>(files.finish());
        sources.sort(Comparator.comparing(GeneratedFile::simpleName));
        List<Diagnostic> diagnostics = new ArrayList<>(plan.diagnostics());
        if (options.client() != null) {
            // the …AutoPaging methods are the companion's and its groups': a user's own interface gets none
            if (options.companion()) diagnostics.addAll(paging.diagnostics());
            diagnostics.addAll(clients.unnamedKeys(model));
            diagnostics.addAll(MediaPlanner.diagnostics(model));
        }
        diagnostics.sort(null);
        Map<BodyKey, TypeName> bodyTypes = new java.util.TreeMap<>();
        plan.bodies().forEach((k, b) -> bodyTypes.put(k, b.type()));
        Result result = new Result(List.copyOf(sources), List.copyOf(diagnostics), Map.copyOf(bodyTypes), operations);
        return result.hasErrors() ? new Result(List.of(), result.diagnostics(), result.bodyTypes(), List.of()) : result;
    }

    /**
     * The client class for methods the user declared on {@code implemented}, each bound to an operation of
     * {@link Result#operations()}.
     */
    public static JavaFile boundClient(ApiModel model, Options options, ClassName implemented, List<ClientBinding> bindings,
            @Nullable Element origin) {
        String base = options.client() != null ? options.client() : implemented.simpleName();
        TopLevelTemplate template = new TopLevelTemplate(new WriterContext(GENERATOR, origin), options.packageName());
        ClientPlanner clients = new ClientPlanner(Map.of());
        return template.file(new ClientWriter().client(clientName(options.packageName(), base), implemented, base, bindings,
                clients.defaults(model), List.of()), clientLabel(model, options));
    }

    /** The docs a group cites: the first page of its endpoints and the groups below it, and how many more. */
    private static String groupLabel(ResourceGroups.Group g, Options options) {
        List<String> sources = g.all().stream().flatMap(x -> x.members().stream())
                .map(m -> options.labels().apply(m.op().endpoint().location().file())).distinct().sorted().toList();
        if (sources.isEmpty()) return "no pages";
        return sources.get(0) + (sources.size() > 1 ? " and " + (sources.size() - 1) + " more" : "");
    }

    /** The docs a client cites: the first page's name, and how many more. */
    private static String clientLabel(ApiModel model, Options options) {
        List<String> sources = model.endpoints().stream().map(e -> options.labels().apply(e.location().file())).distinct().sorted().toList();
        if (sources.isEmpty()) return "no pages";
        return sources.get(0) + (sources.size() > 1 ? " and " + (sources.size() - 1) + " more" : "");
    }
}
