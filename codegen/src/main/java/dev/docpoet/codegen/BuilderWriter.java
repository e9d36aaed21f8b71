package dev.docpoet.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.docpoet.codegen.Plans.ComponentPlan;
import dev.docpoet.codegen.Plans.RecordPlan;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Adds {@code builder()}, {@code toBuilder()} and a nested {@code Builder} to a record with optional components, so that
 * nobody writes {@code new QueryRequest(list, 2, true, null, null, null, Map.of())}. Unset optional components stay
 * absent; required ones are checked at {@code build()}, with a message naming the component and its setter.
 */
final class BuilderWriter {
    static final String BUILDER = "Builder";

    void addTo(TypeSpec.Builder record, RecordPlan plan) {
        ClassName builder = plan.name().nestedClass(BUILDER);
        record.addMethod(MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(builder)
                .addJavadoc("A builder with nothing set yet.\n").addStatement("return new $T()", builder).build());
        record.addMethod(MethodSpec.methodBuilder("toBuilder").addModifiers(Modifier.PUBLIC).returns(builder)
                .addJavadoc("A builder holding this record's values, to make a changed copy.\n")
                .addStatement("return new $T(this)", builder).build());

        TypeSpec.Builder b = TypeSpec.classBuilder(builder).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Builds a {@link $T}; {@link #build()} checks that every required value is set.\n", plan.name());
        // the values are kept in one array, in component order: a field, a copy line and a longer setter per component
        // would double the builder's size for no function
        String values = plan.extraName().equals("components") ? "componentValues" : "components";
        b.addField(FieldSpec.builder(ArrayTypeName.of(ClassName.OBJECT.annotated(Annotations.nullable())), values, Modifier.PRIVATE, Modifier.FINAL)
                .build());
        MethodSpec.Builder empty = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addStatement("$L = new $T[$L]", values, Object.class, plan.components().size());
        MethodSpec.Builder copy = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(plan.name(), "from");
        CodeBlock.Builder fromRecord = CodeBlock.builder();
        CodeBlock.Builder args = CodeBlock.builder();
        MethodSpec.Builder build = MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(plan.name())
                .addJavadoc("The record.\n\n@throws IllegalStateException if a required value is not set\n");
        boolean unchecked = false;
        for (int i = 0; i < plan.components().size(); i++) {
            ComponentPlan c = plan.components().get(i);
            String n = c.javaName();
            // a required discriminator starts out as its one value; an optional one is sent only when the caller sets it
            if (c.value() instanceof Plans.Constant k && c.required() && !c.container()) {
                empty.addStatement("$L[$L] = $T.$L", values, i, plan.name(), k.fieldName());
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
            if (c.required()) {
                build.addStatement("$T.set($L[$L], $L, $L, $S)", Annotations.REQUIRED, values, i, plan.extraName(),
                        Literals.of(c.property().name()), n);
            }
            TypeName raw = c.type().withoutAnnotations();
            unchecked |= raw instanceof ParameterizedTypeName;
            // a cast to Object would be a redundant one -Xlint:cast warns of
            if (raw.equals(ClassName.OBJECT)) args.add("$L[$L],$W", values, i);
            else args.add("($T) $L[$L],$W", raw, values, i);
        }
        copy.addStatement("$L = new $T[] {$L}", values, Object.class, fromRecord.build());
        TypeName extra = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                ClassName.OBJECT.annotated(Annotations.nullable()));
        String extraName = plan.extraName();
        b.addField(FieldSpec.builder(extra, extraName, Modifier.PRIVATE, Modifier.FINAL)
                .initializer("new $T<>()", LinkedHashMap.class).build());
        copy.addStatement("this.$L.putAll(from.$L)", extraName, extraName);
        String put = "put" + JavaNames.capitalize(JavaNames.singular(extraName));
        b.addMethod(MethodSpec.methodBuilder(put).addModifiers(Modifier.PUBLIC).returns(builder)
                .addParameter(String.class, "name").addParameter(ClassName.OBJECT.annotated(Annotations.nullable()), "value")
                .addJavadoc("Adds a property the docs do not document; it is written as given.\n")
                .addStatement("$L.put(name, value)", extraName).addStatement("return this").build());
        b.addMethod(empty.build());
        b.addMethod(copy.build());
        b.addMethod(MethodSpec.methodBuilder("given").addModifiers(Modifier.PRIVATE).returns(builder)
                .addParameter(int.class, "index").addParameter(String.class, "wireName")
                .addParameter(ClassName.OBJECT.annotated(Annotations.nullable()), "value")
                .addStatement("$L[index] = value", values)
                // a value kept as read because it was of another type gives way to the one set
                .addStatement("$L.remove(wireName)", extraName)
                .addStatement("return this").build());
        args.add("$L", extraName);
        if (unchecked) build.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build());
        b.addMethod(build.addStatement("return new $T($L)", plan.name(), args.build()).build());
        record.addType(b.build());
    }
}
