package dev.docpoet.codegen;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;

/**
 * The one place that finishes a top-level generated type, whatever writer made it: {@code @Generated} naming docpoet and
 * the source doc (never a timestamp), {@code @NullMarked}, and the originating element. Nested types get none of these.
 */
final class TopLevelTemplate {
    private final WriterContext context;
    private final String packageName;

    TopLevelTemplate(WriterContext context, String packageName) {
        this.context = context;
        this.packageName = packageName;
    }

    JavaFile file(TypeSpec.Builder type, String sourceLabel) {
        type.addAnnotation(Annotations.generated(context.generator(), sourceLabel)).addAnnotation(Annotations.NULL_MARKED);
        // set while building: TypeSpec.toBuilder() would drop a record's components
        if (context.origin() != null) type.addOriginatingElement(context.origin());
        return JavaFile.builder(packageName, type.build()).skipJavaLangImports(true).indent("    ").build();
    }
}
