package dev.docpoet.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.docpoet.codegen.FormPlanner.Field;
import dev.docpoet.codegen.FormPlanner.Form;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes the record of a form request body: one component per field (an optional one {@code @Nullable}), the required
 * ones checked when it is made, lists copied, and a builder. It has no JSON annotations: the client sends it field by
 * field ({@code Call.field}), a file as a part of its own.
 */
final class FormWriter {
    private static final ClassName LIST = ClassName.get(List.class);

    TypeSpec.Builder write(Form form) {
        ClassName name = form.name();
        ClassName builder = name.nestedClass(BuilderWriter.BUILDER);
        CodeBlock.Builder doc = CodeBlock.builder().add("The {@code $L} body of {@code $L}: its fields, a file as an {@link $T}, sent\n"
                + "field by field by the client.\n\n", Javadocs.escape(form.body().contentType()), Javadocs.escape(form.endpoint().signature()),
                MediaPlanner.UPLOAD);
        MethodSpec.Builder ctor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
        TypeSpec.Builder b = TypeSpec.classBuilder(builder).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Builds a {@link $T}; {@link #build()} checks that every required field is set.\n", name);
        b.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        MethodSpec.Builder build = MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(name)
                .addJavadoc("The form.\n\n@throws IllegalStateException if a required field is not set\n");
        CodeBlock.Builder args = CodeBlock.builder();
        CodeBlock.Builder params = CodeBlock.builder();
        for (Field f : form.fields()) {
            String n = f.javaName();
            boolean required = f.property().required();
            ParameterSpec.Builder component = ParameterSpec.builder(required ? f.type() : f.type().annotated(Annotations.nullable()), n);
            if (f.property().deprecated()) component.addAnnotation(Deprecated.class);
            ctor.addParameter(component.build());
            if (required) ctor.addStatement("$T.requireNonNull($L, $S)", Objects.class, n, "`" + f.property().name() + "` is required");
            if (f.type() instanceof ParameterizedTypeName p && p.rawType().equals(LIST)) {
                ctor.addStatement(required ? "$L = $T.copyOf($L)" : "$L = $L == null ? null : $T.copyOf($L)",
                        required ? new Object[] {n, List.class, n} : new Object[] {n, n, List.class, n});
            }
            params.add("@param $L $L\n", n, text(f));

            b.addField(FieldSpec.builder(f.type().annotated(Annotations.nullable()), n, Modifier.PRIVATE).build());
            MethodSpec.Builder setter = MethodSpec.methodBuilder(n).addModifiers(Modifier.PUBLIC).returns(builder)
                    .addParameter(required ? f.type() : f.type().annotated(Annotations.nullable()), n)
                    .addJavadoc("$L\n", text(f));
            if (f.property().deprecated()) setter.addAnnotation(Deprecated.class);
            b.addMethod(setter.addStatement("this.$L = $L", n, n).addStatement("return this").build());
            if (required) {
                build.beginControlFlow("if ($L == null)", n)
                        .addStatement("throw new $T($S)", IllegalStateException.class, "`" + f.property().name() + "` is required: set it with "
                                + n + "(…)")
                        .endControlFlow();
            }
            args.add(args.isEmpty() ? "$L" : ", $L", n);
        }
        b.addMethod(build.addStatement("return new $T($L)", name, args.build()).build());
        doc.add("<p>$L\n\n", Javadocs.source(form.label(), form.body().location())).add(params.build());
        return TypeSpec.recordBuilder(name).addModifiers(Modifier.PUBLIC).recordConstructor(ctor.build()).addJavadoc(doc.build())
                .addMethod(MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(builder)
                        .addJavadoc("A builder with nothing set yet.\n").addStatement("return new $T()", builder).build())
                .addType(b.build());
    }

    /** What a field's Javadoc says: its description, else its name; a file's documented content type. */
    private static String text(Field f) {
        String d = Javadocs.markdown(f.property().descriptionMarkdown());
        boolean list = f.type() instanceof ParameterizedTypeName;
        String out = !d.isEmpty() ? d : "the {@code " + Javadocs.escape(f.property().name()) + "} " + (f.file() ? list ? "files" : "file" : "field");
        if (f.partType() == null) return out;
        return out + (out.endsWith(".") ? " " : "; ") + "the docs give its content type as {@code " + Javadocs.escape(f.partType()) + "}";
    }
}
