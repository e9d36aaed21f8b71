package dev.docpoet.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.docpoet.codegen.Plans.ComponentPlan;
import dev.docpoet.codegen.Plans.Constant;
import dev.docpoet.codegen.Plans.RecordPlan;
import dev.docpoet.codegen.Plans.Scalar;
import dev.docpoet.codegen.Plans.Shape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes a record for a planned object: {@code @JsonProperty} wire names, {@code @Nullable} where the doc allows
 * absence, lists that are never null when optional, and unknown properties kept in a map so nothing is lost.
 */
final class RecordWriter {
    /** The top-level record, for {@link TopLevelTemplate} to finish. */
    TypeSpec.Builder write(RecordPlan plan) {
        TypeSpec.Builder b = TypeSpec.recordBuilder(plan.name()).addModifiers(Modifier.PUBLIC);
        b.addAnnotation(Annotations.include("NON_NULL"));
        // Jackson reads and writes the fields, never the accessors: a required value's accessor throws when it is missing
        b.addAnnotation(AnnotationSpec.builder(Annotations.JSON_AUTO_DETECT)
                .addMember("fieldVisibility", "$T.Visibility.ANY", Annotations.JSON_AUTO_DETECT)
                .addMember("getterVisibility", "$T.Visibility.NONE", Annotations.JSON_AUTO_DETECT)
                .addMember("isGetterVisibility", "$T.Visibility.NONE", Annotations.JSON_AUTO_DETECT).build());
        CodeBlock.Builder doc = CodeBlock.builder().add("$L\n", DocText.of(plan));
        MethodSpec.Builder ctor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
        for (ComponentPlan c : plan.components()) {
            ctor.addParameter(parameter(c));
            String cdoc = componentDoc(c);
            doc.add(cdoc.isEmpty() ? "@param $L$L\n" : "@param $L $L\n", c.javaName(), cdoc);
            if (c.container()) {
                boolean map = c.shape() == Shape.MAP;
                String copy = map ? "$T.unmodifiableMap(new $T<>($L))" : "$T.unmodifiableList(new $T<>($L))";
                Class<?> copyType = map ? LinkedHashMap.class : ArrayList.class;
                if (c.required()) {
                    // a required list or map stays null when absent, so that its validator can report it
                    ctor.addStatement("$L = $L == null ? null : " + copy, c.javaName(), c.javaName(), Collections.class, copyType, c.javaName());
                } else {
                    ctor.addStatement("$L = $L == null ? $T.of() : " + copy, c.javaName(), c.javaName(), map ? Map.class : List.class,
                            Collections.class, copyType, c.javaName());
                }
            }
        }
        ctor.addParameter(ParameterSpec.builder(EXTRA_TYPE, plan.extraName())
                .addAnnotation(Annotations.JSON_ANY_SETTER).addAnnotation(Annotations.JSON_ANY_GETTER).build());
        doc.add("@param $L properties the doc does not document, kept so that nothing is lost\n", plan.extraName());
        ctor.addStatement("$L = $L == null ? $T.of() : $T.unmodifiableMap(new $T<>($L))", plan.extraName(), plan.extraName(),
                Map.class, Collections.class, LinkedHashMap.class, plan.extraName());
        b.recordConstructor(ctor.build());
        for (ComponentPlan c : plan.components()) {
            if (!(c.value() instanceof Constant k)) continue;
            b.addField(com.palantir.javapoet.FieldSpec.builder(k.typeName(), k.fieldName(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The one value the docs allow for {@code $L}.\n", Javadocs.escape(c.property().name()))
                    .initializer("$L", k.literal()).build());
        }
        b.addJavadoc(doc.build());
        for (ComponentPlan c : plan.components()) {
            if (c.required()) {
                MethodSpec.Builder m = MethodSpec.methodBuilder(c.javaName()).addModifiers(Modifier.PUBLIC).returns(c.type())
                        .addJavadoc("The required {@code $L}; an {@link IllegalStateException} if the JSON had none (the validator reports it).\n",
                                Javadocs.escape(c.property().name()))
                        .addStatement("return $T.of($L, $L, $S)", Annotations.REQUIRED, c.javaName(), Literals.of(c.property().name()),
                                plan.name().simpleName());
                if (c.property().deprecated()) m.addAnnotation(Deprecated.class);
                b.addMethod(m.build());
            } else if (c.property().deprecated()) {
                // on the accessor, not the component: javac warns that @Deprecated on a record component's parameter has no effect
                b.addMethod(MethodSpec.methodBuilder(c.javaName()).addModifiers(Modifier.PUBLIC).addAnnotation(Deprecated.class)
                        .returns(c.nullableType() ? c.type().annotated(Annotations.nullable()) : c.type())
                        .addJavadoc("The {@code $L} the docs mark deprecated.\n", Javadocs.escape(c.property().name()))
                        .addStatement("return $L", c.javaName()).build());
            }
        }
        b.addMethod(ValidatorWriter.check(plan));
        if (plan.components().stream().anyMatch(RecordWriter::whole)) b.addMethod(fromJson(plan));
        if (plan.hasOptional()) new BuilderWriter().addTo(b, plan);
        for (RecordPlan nested : plan.nested()) b.addType(write(nested).build());
        for (Plans.UnionPlan union : plan.unions()) b.addType(new UnionWriter(this).write(union));
        for (ClassName sealed : plan.interfaces()) b.addSuperinterface(sealed);
        return b;
    }

    private static final ClassName LONG = ClassName.get(Long.class);
    private static final TypeName EXTRA_TYPE = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), ClassName.OBJECT);

    /** A whole-number component read exactly: a Long, or a list or map of them. */
    private static boolean whole(ComponentPlan c) {
        return c.value() instanceof Scalar s && s.typeName().withoutAnnotations().equals(LONG);
    }

    /**
     * The creator Jackson uses when a record has whole-number components: it reads them as decimals and refuses a
     * fraction (Jackson would truncate it), then calls the canonical constructor.
     */
    private static MethodSpec fromJson(RecordPlan plan) {
        MethodSpec.Builder m = MethodSpec.methodBuilder("fromJson").addModifiers(Modifier.STATIC).returns(plan.name())
                .addAnnotation(Annotations.JSON_CREATOR)
                .addJavadoc("Reads the record from JSON, refusing a fraction where the docs say integer; for Jackson.\n");
        CodeBlock.Builder args = CodeBlock.builder();
        for (ComponentPlan c : plan.components()) {
            // a whole-number component is read as decimals, so that a fraction is refused rather than cut
            TypeName type = whole(c) ? c.withElement(ClassName.get(java.math.BigDecimal.class)) : c.type();
            ParameterSpec.Builder p = ParameterSpec.builder(type.annotated(Annotations.nullable()), c.javaName())
                    .addAnnotation(jsonProperty(c));
            if (dateAsString(c)) p.addAnnotation(JSON_FORMAT_STRING);
            m.addParameter(p.build());
            if (whole(c)) {
                String method = switch (c.shape()) {
                    case MAP -> "wholeValues";
                    case LIST -> "wholes";
                    case ONE -> "whole";
                };
                args.add("$T.$L($L, $L, $S), ", Annotations.NUMBERS, method, c.javaName(), Literals.of(c.property().name()), plan.name().simpleName());
            } else {
                args.add("$L, ", c.javaName());
            }
        }
        m.addParameter(ParameterSpec.builder(EXTRA_TYPE.annotated(Annotations.nullable()), plan.extraName())
                .addAnnotation(Annotations.JSON_ANY_SETTER).build());
        args.add("$L", plan.extraName());
        return m.addStatement("return new $T($L)", plan.name(), args.build()).build();
    }

    /** What the doc says of a component, then only the facts its type does not show. */
    private static String componentDoc(ComponentPlan c) {
        StringBuilder sb = new StringBuilder(Javadocs.markdown(c.property().descriptionMarkdown()));
        List<String> facts = new ArrayList<>();
        if (c.property().required() && c.property().nullable()) facts.add("required, may be null");
        if (c.property().deprecated()) facts.add("deprecated");
        if (c.property().defaultValue() != null) facts.add("default {@code " + Javadocs.escape(c.property().defaultValue().toJson()) + "}");
        if (c.property().origin().inferred()) {
            facts.add(c.property().origin() == dev.docpoet.spec.Origin.INFERRED_FROM_EXAMPLE ? "inferred from the example" : "inferred from prose");
        }
        if (!facts.isEmpty()) sb.append(sb.length() == 0 ? "" : " ").append('(').append(String.join("; ", facts)).append(')');
        return sb.toString();
    }

    private static ParameterSpec parameter(ComponentPlan c) {
        TypeName type = c.nullableType() ? c.type().annotated(Annotations.nullable()) : c.type();
        ParameterSpec.Builder p = ParameterSpec.builder(type, c.javaName()).addAnnotation(jsonProperty(c));
        // null is written only where the docs let it be a value: a required nullable component, or one the docs' example
        // shows as null (the API sends null); a required value the JSON lacked is left out, not written back as null
        if (c.property().required() && c.property().nullable() || !c.container() && c.property().nullInExample()) {
            p.addAnnotation(Annotations.include("ALWAYS"));
        } else if (c.container() && !c.property().required()) {
            // an optional list or map reads as empty when absent, and is left out again when empty
            p.addAnnotation(Annotations.include("NON_EMPTY"));
        }
        if (dateAsString(c)) p.addAnnotation(JSON_FORMAT_STRING);
        return p.build();
    }

    private static final AnnotationSpec JSON_FORMAT_STRING = AnnotationSpec.builder(Annotations.JSON_FORMAT)
            .addMember("shape", "$T.Shape.STRING", Annotations.JSON_FORMAT).build();

    private static AnnotationSpec jsonProperty(ComponentPlan c) {
        return AnnotationSpec.builder(Annotations.JSON_PROPERTY).addMember("value", "$L", Literals.of(c.property().name())).build();
    }

    /** A date or date-time, written back as ISO-8601 text. */
    private static boolean dateAsString(ComponentPlan c) {
        return !c.container() && ("date-time".equals(c.format()) || "date".equals(c.format()));
    }
}
