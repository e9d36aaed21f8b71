package dev.docpoet.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.docpoet.codegen.Plans.ComponentPlan;
import dev.docpoet.codegen.Plans.RecordPlan;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Adds {@code builder()}, {@code toBuilder()} and a nested {@code Builder} to a record with optional components, so that
 * nobody writes {@code new QueryRequest(list, 2, true, null, null, null, Map.of())}. Unset optional components stay
 * absent; required ones are checked at {@code build()}, with a message naming the component and its setter.
 */
final class BuilderWriter {
    static final String BUILDER = "Builder";
    private static final ClassName RECORD_BUILDER = ClassName.get("dev.docpoet.runtime", "RecordBuilder");

    void addTo(TypeSpec.Builder record, RecordPlan plan) {
        ClassName builder = plan.name().nestedClass(BUILDER);
        record.addMethod(MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(builder)
                .addJavadoc("A builder with nothing set yet.\n").addStatement("return new $T()", builder).build());
        record.addMethod(MethodSpec.methodBuilder("toBuilder").addModifiers(Modifier.PUBLIC).returns(builder)
                .addJavadoc("A builder holding this record's values, to make a changed copy.\n")
                .addStatement("return new $T(this)", builder).build());

        TypeSpec.Builder b = TypeSpec.classBuilder(builder).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(RECORD_BUILDER, builder))
                .addJavadoc("Builds a {@link $T}; {@link #build()} checks that every required value is set.\n", plan.name());
        // the values are kept in the runtime's array, in component order: a field, a copy line and a longer setter per
        // component would double the builder's size for no function
        MethodSpec.Builder empty = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addStatement("super($L)", plan.components().size());
        CodeBlock.Builder fromRecord = CodeBlock.builder();
        CodeBlock.Builder args = CodeBlock.builder();
        MethodSpec.Builder build = MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(plan.name())
                .addJavadoc("The record; {@link IllegalStateException} if a required value is not set.\n");
        boolean unchecked = false;
        for (int i = 0; i < plan.components().size(); i++) {
            ComponentPlan c = plan.components().get(i);
            String n = c.javaName();
            // a required discriminator starts out as its one value; an optional one is sent only when the caller sets it
            if (c.value() instanceof Plans.Constant k && c.required() && !c.container()) {
                empty.addStatement("values[$L] = $T.$L", i, plan.name(), k.fieldName());
            }
            fromRecord.add(i == 0 ? "from.$L" : ",$Wfrom.$L", n);
            TypeName param = c.optional() ? c.type().annotated(Annotations.nullable()) : c.type();
            MethodSpec.Builder setter = MethodSpec.methodBuilder(n).addModifiers(Modifier.PUBLIC).returns(builder)
                    .addParameter(param, n);
            String doc = Javadocs.markdown(c.property().descriptionMarkdown());
            if (!doc.isEmpty()) setter.addJavadoc("$L\n", doc);
            if (c.property().deprecated()) setter.addAnnotation(Deprecated.class);
            CodeBlock value = c.optional() ? CodeBlock.of("$L", n) : CodeBlock.of("$T.requireNonNull($L, $S)", Objects.class, n, n);
            b.addMethod(setter.addStatement("return given($L, $L, $L)", i, Literals.of(c.property().name()), value).build());
            if (c.required()) build.addStatement("require($L, $L, $S)", i, Literals.of(c.property().name()), n);
            TypeName raw = c.type().withoutAnnotations();
            unchecked |= raw instanceof ParameterizedTypeName;
            // a cast to Object would be a redundant one -Xlint:cast warns of
            if (raw.equals(ClassName.OBJECT)) args.add("values[$L],$W", i);
            else args.add("($T) values[$L],$W", raw, i);
        }
        MethodSpec copy = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(plan.name(), "from")
                .addStatement("super(new $T[] {$L},$Wfrom.$L)", Object.class, fromRecord.build(), plan.extraName()).build();
        b.addMethod(empty.build());
        b.addMethod(copy);
        args.add("properties");
        if (unchecked) build.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build());
        b.addMethod(build.addStatement("return new $T($L)", plan.name(), args.build()).build());
        record.addType(b.build());
    }
}
