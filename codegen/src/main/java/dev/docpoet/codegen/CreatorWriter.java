package dev.docpoet.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.docpoet.codegen.Plans.ComponentPlan;
import dev.docpoet.codegen.Plans.Constant;
import dev.docpoet.codegen.Plans.EnumRef;
import dev.docpoet.codegen.Plans.RecordPlan;
import dev.docpoet.codegen.Plans.RecordRef;
import dev.docpoet.codegen.Plans.Scalar;
import dev.docpoet.codegen.Plans.UnionPlan;
import dev.docpoet.codegen.Plans.UnionRef;
import dev.docpoet.codegen.Plans.ValueType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes how a record reads its JSON: Jackson hands the object over untyped ({@code fromJson}, a delegating creator),
 * and {@code read} takes each documented property through the runtime's readers, so that a value of another type
 * than documented reads as absent and is kept as read, instead of failing the whole body. Only Jackson's annotations
 * are involved, so any Jackson 2 or 3 mapper reads generated records the same way.
 */
final class CreatorWriter {
    static final ClassName FIELDS_READER = ClassName.get("dev.docpoet.runtime", "FieldsReader");
    static final ClassName VALUE_READERS = ClassName.get("dev.docpoet.runtime", "ValueReaders");
    static final TypeName JSON_OBJECT = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
            ClassName.OBJECT.annotated(Annotations.nullable()));
    private static final AnnotationSpec DELEGATING = AnnotationSpec.builder(Annotations.JSON_CREATOR)
            .addMember("mode", "$T.Mode.DELEGATING", Annotations.JSON_CREATOR).build();

    private CreatorWriter() {}

    /** The creator Jackson calls with the JSON object. */
    static MethodSpec fromJson(ClassName type) {
        return MethodSpec.methodBuilder("fromJson").addModifiers(Modifier.STATIC).returns(type).addAnnotation(DELEGATING)
                .addJavadoc("Reads the record from a JSON object; for Jackson.\n")
                .addParameter(JSON_OBJECT, "json").addStatement("return read(json, $S)", "").build();
    }

    /** Reads each documented property; what is left, and what did not read, goes to the record's other properties. */
    static MethodSpec read(RecordPlan plan) {
        CodeBlock.Builder args = CodeBlock.builder();
        for (ComponentPlan c : plan.components()) {
            // a null the JSON had is kept among the other properties, unless the component writes null itself
            String get = RecordWriter.writesNull(c) ? "getRequiredNullable" : "get";
            args.add("\nr.$L($L, $L),", get, Literals.of(c.property().name()), reader(c));
        }
        args.add("\nr.rest()");
        return MethodSpec.methodBuilder("read").addModifiers(Modifier.STATIC).returns(plan.name())
                .addParameter(JSON_OBJECT, "json").addParameter(String.class, "at")
                .addStatement("$T r = new $T(json, at)", FIELDS_READER, FIELDS_READER)
                .addStatement("return new $T($L)", plan.name(), args.build()).build();
    }

    /** A union picks its variant by the discriminator's value; any other value reads as the unknown variant. */
    static MethodSpec read(UnionPlan u) {
        CodeBlock.Builder cases = CodeBlock.builder();
        for (UnionPlan.Variant v : u.variants()) {
            cases.add("case $L -> $T.read(json, at);\n", Literals.of(v.value()), v.name());
        }
        cases.add("default -> $T.read(json);\n", u.unknown());
        // public, as every static method of an interface that is not private; records of the package call it
        return MethodSpec.methodBuilder("read").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(u.name())
                .addJavadoc("Reads the variant the JSON object's {@code $L} names, or {@link $T}; for the records that hold one.\n",
                        Javadocs.escape(u.discriminator()), u.unknown())
                .addParameter(JSON_OBJECT, "json").addParameter(String.class, "at")
                .addStatement("Object tag = json.get($L)", Literals.of(u.discriminator()))
                .addCode("return switch (tag instanceof String s ? s : String.valueOf(tag)) {\n$>$L$<};\n", cases.build()).build();
    }

    /** The reader of a component: its value's reader, in a list or a map reader as its shape says. */
    private static CodeBlock reader(ComponentPlan c) {
        CodeBlock one = value(c.value());
        return switch (c.shape()) {
            case ONE -> one;
            case LIST -> CodeBlock.of("$T.list($L)", VALUE_READERS, one);
            case MAP -> CodeBlock.of("$T.map($L)", VALUE_READERS, one);
        };
    }

    private static CodeBlock value(ValueType v) {
        if (v instanceof RecordRef r) return CodeBlock.of("$T.record($T::read)", VALUE_READERS, r.name());
        if (v instanceof UnionRef u) return CodeBlock.of("$T.record($T::read)", VALUE_READERS, u.union().name());
        if (v instanceof EnumRef e) {
            TypeName wire = e.plan().wireType();
            String how = wire.equals(TypeName.LONG) ? "whole" : wire.equals(TypeName.DOUBLE) ? "fraction"
                    : wire.equals(TypeMapper.BIG_INTEGER) ? "bigWhole" : "text";
            return CodeBlock.of("$T.$L($T::of)", VALUE_READERS, how, e.plan().name());
        }
        if (v instanceof Constant k) return scalar(k.typeName());
        if (v instanceof Scalar s) return scalar(s.typeName());
        throw new IllegalStateException("no reader for " + v);
    }

    private static CodeBlock scalar(TypeName annotated) {
        TypeName t = annotated.withoutAnnotations();
        if (t instanceof ParameterizedTypeName p) {
            ClassName raw = p.rawType();
            TypeName last = p.typeArguments().get(p.typeArguments().size() - 1);
            if (raw.equals(ClassName.get(List.class))) return CodeBlock.of("$T.list($L)", VALUE_READERS, scalar(last));
            if (raw.equals(ClassName.get(Map.class))) {
                return last.withoutAnnotations().equals(ClassName.OBJECT) ? constant("OBJECT")
                        : CodeBlock.of("$T.map($L)", VALUE_READERS, scalar(last));
            }
        }
        if (t.equals(ClassName.get(String.class))) return constant("STRING");
        if (t.equals(ClassName.get(Long.class))) return constant("LONG");
        if (t.equals(TypeMapper.BIG_INTEGER)) return constant("BIG_INTEGER");
        if (t.equals(ClassName.get(BigDecimal.class))) return constant("DECIMAL");
        if (t.equals(ClassName.get(Boolean.class))) return constant("BOOLEAN");
        if (t.equals(ClassName.get(OffsetDateTime.class))) return constant("DATE_TIME");
        if (t.equals(ClassName.get(LocalDate.class))) return constant("DATE");
        if (t.equals(ClassName.OBJECT)) return constant("ANY");
        throw new IllegalStateException("no reader for " + t);
    }

    private static CodeBlock constant(String name) {
        return CodeBlock.of("$T.$L", VALUE_READERS, name);
    }
}
