package dev.docpoet.codegen;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.docpoet.codegen.Plans.EnumPlan;
import dev.docpoet.codegen.Plans.RecordPlan;
import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.lang.model.element.Element;
import org.jspecify.annotations.Nullable;

/**
 * The generator every front end calls (javac processor, CLI, Maven plugin): docs in, Java files out, identical
 * for identical docs.
 */
public final class CodeGenerator {
    /** The name in every {@code @Generated}: the same whichever front end ran, so that outputs are identical. */
    public static final String GENERATOR = "dev.docpoet.processor.ApiDocsProcessor";

    /**
     * What to generate into.
     *
     * @param packageName the package of every generated type
     * @param labels maps a document's source name to the name generated code cites (a path relative to the docs root)
     */
    public record Options(String packageName, Function<String, String> labels) {}

    /**
     * The generated files, and the infos and warnings about names and types the generator chose (located in the docs
     * by their source names, like the parser's diagnostics; labels appear only in generated code).
     */
    public record Result(List<JavaFile> files, List<Diagnostic> diagnostics) {}

    private CodeGenerator() {}

    public static Result generate(List<ApiDocument> docs, Options options, @Nullable Element origin) {
        ModelPlanner.Plan plan = new ModelPlanner(options.packageName(), options.labels()).plan(docs);
        // Originating elements are set while building: TypeSpec.toBuilder() would drop a record's components.
        WriterContext context = new WriterContext(GENERATOR, origin);
        RecordWriter records = new RecordWriter(context);
        EnumWriter enums = new EnumWriter(context);
        ValidatorWriter validators = new ValidatorWriter(context);
        List<TypeSpec> types = new ArrayList<>();
        for (RecordPlan r : plan.records()) {
            types.add(records.write(r, true));
            types.add(validators.write(r));
        }
        for (EnumPlan e : plan.enums()) types.add(enums.write(e));
        List<JavaFile> files = new ArrayList<>();
        for (TypeSpec t : types) {
            files.add(JavaFile.builder(options.packageName(), t).skipJavaLangImports(true).indent("    ").build());
        }
        files.sort((a, b) -> a.typeSpec().name().compareTo(b.typeSpec().name()));
        return new Result(List.copyOf(files), plan.diagnostics());
    }
}
