package dev.docpoet.codegen;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeName;
import dev.docpoet.codegen.Plans.EnumPlan;
import dev.docpoet.codegen.Plans.RecordPlan;
import dev.docpoet.spec.ApiModel;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
    /** The name in every {@code @Generated}: the same whichever front end ran, so that outputs are identical. */
    public static final String GENERATOR = "dev.docpoet.processor.ApiDocsProcessor";

    /** The generator's version, recorded in fingerprints: a new version regenerates everything. */
    public static final String VERSION = "0.1.0-SNAPSHOT";

    /**
     * What to generate into.
     *
     * @param packageName the package of every generated type
     * @param labels maps a document's source name to the name generated code cites (a path relative to the docs root)
     * @param pins type names the user fixed
     * @param reservedNames simple names already taken in the package (the annotated interface, the user's own types)
     */
    public record Options(String packageName, Function<String, String> labels, List<TypeNamePin> pins, Set<String> reservedNames) {
        public Options {
            pins = List.copyOf(pins);
            reservedNames = Set.copyOf(reservedNames);
        }

        public Options(String packageName, Function<String, String> labels) {
            this(packageName, labels, List.of(), Set.of());
        }
    }

    /**
     * What was generated.
     *
     * @param files the sources, sorted by name; empty when {@link #hasErrors()}
     * @param diagnostics what the generator chose (renames, conflicts) and what it could not do; located in the docs by
     *     their source names, or at a {@link dev.docpoet.spec.JavaLocation} for a pin
     * @param bodyTypes the Java type of every body that has one ({@code com.acme.Ticket}, {@code java.util.List<com.acme.Model>})
     */
    public record Result(List<JavaFile> files, List<Diagnostic> diagnostics, Map<BodyKey, String> bodyTypes) {
        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
        }
    }

    private CodeGenerator() {}

    public static Result generate(ApiModel model, Options options, @Nullable Element origin) {
        ModelPlanner.Plan plan = new ModelPlanner(options).plan(model);
        TopLevelTemplate template = new TopLevelTemplate(new WriterContext(GENERATOR, origin), options.packageName());
        RecordWriter records = new RecordWriter();
        EnumWriter enums = new EnumWriter();
        ValidatorWriter validators = new ValidatorWriter();
        List<JavaFile> files = new ArrayList<>();
        for (RecordPlan r : plan.records()) {
            files.add(template.file(records.write(r), r.sourceLabel()));
            files.add(template.file(validators.write(r), r.sourceLabel()));
        }
        for (EnumPlan e : plan.enums()) files.add(template.file(enums.write(e), e.sourceLabel));
        files.sort(Comparator.comparing(f -> f.typeSpec().name()));
        List<Diagnostic> diagnostics = new ArrayList<>(plan.diagnostics());
        diagnostics.sort(null);
        Map<BodyKey, String> bodyTypes = new LinkedHashMap<>();
        for (Map.Entry<BodyKey, TypeName> e : plan.bodyTypes().entrySet()) bodyTypes.put(e.getKey(), e.getValue().toString());
        Result result = new Result(List.copyOf(files), List.copyOf(diagnostics), Map.copyOf(bodyTypes));
        return result.hasErrors() ? new Result(List.of(), result.diagnostics(), result.bodyTypes()) : result;
    }
}
