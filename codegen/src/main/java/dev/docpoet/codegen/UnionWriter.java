package dev.docpoet.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.docpoet.codegen.Plans.UnionPlan;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes a sealed interface for a union: Jackson picks the variant record by the discriminator's value (the property
 * stays a field of the record), and a value the docs do not list reads into the {@code Unknown} class, fields kept.
 */
final class UnionWriter {
    static final ClassName JSON_TYPE_INFO = ClassName.get(Annotations.JACKSON, "JsonTypeInfo");
    private static final ClassName JSON_SUB_TYPES = ClassName.get(Annotations.JACKSON, "JsonSubTypes");
    private static final TypeName PROPERTIES = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), ClassName.OBJECT);

    private final RecordWriter records;

    UnionWriter(RecordWriter records) {
        this.records = records;
    }

    TypeSpec write(UnionPlan u) {
        TypeSpec.Builder b = TypeSpec.interfaceBuilder(u.name()).addModifiers(Modifier.PUBLIC, Modifier.SEALED);
        String javadoc = DocText.field(u.doc());
        String described = javadoc.isBlank() ? "" : javadoc + "\n\n<p>";
        b.addJavadoc("$LOne of $L objects, told apart by {@code $L}; a value the docs do not list reads as {@link $L}.\n", described,
                u.variants().size(), Javadocs.escape(u.discriminator()), u.unknown().simpleName());
        b.addAnnotation(AnnotationSpec.builder(JSON_TYPE_INFO)
                .addMember("use", "$T.Id.NAME", JSON_TYPE_INFO)
                .addMember("include", "$T.As.EXISTING_PROPERTY", JSON_TYPE_INFO)
                .addMember("property", "$L", Literals.of(u.discriminator()))
                .addMember("visible", "true")
                .addMember("defaultImpl", "$T.class", u.unknown()).build());
        CodeBlock.Builder subtypes = CodeBlock.builder().add("{");
        for (int i = 0; i < u.variants().size(); i++) {
            UnionPlan.Variant v = u.variants().get(i);
            subtypes.add(i == 0 ? "\n" : ",\n").add("@$T.Type(value = $T.class, name = $L)", JSON_SUB_TYPES, v.name(),
                    Literals.of(v.value()));
        }
        b.addAnnotation(AnnotationSpec.builder(JSON_SUB_TYPES).addMember("value", subtypes.add("\n}").build()).build());
        for (UnionPlan.Variant v : u.variants()) {
            b.addPermittedSubclass(v.name());
            // members of an interface are public and static; JavaPoet wants it said
            if (v.nested() != null) b.addType(records.write(v.nested()).addModifiers(Modifier.STATIC).build());
        }
        b.addPermittedSubclass(u.unknown());
        b.addType(unknown(u));
        b.addMethod(CreatorWriter.read(u));
        return b.build();
    }

    /** The class of the variants the docs do not describe: every property kept, in order, and written back as read. */
    private static TypeSpec unknown(UnionPlan u) {
        return TypeSpec.classBuilder(u.unknown()).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL).addSuperinterface(u.name())
                .addJavadoc("A variant the docs do not describe (a newer API's, say): its properties as read, so that nothing is lost.\n")
                .addField(FieldSpec.builder(PROPERTIES, "properties", Modifier.PRIVATE, Modifier.FINAL)
                        .initializer("new $T<>()", LinkedHashMap.class).build())
                .addMethod(MethodSpec.methodBuilder("read").addModifiers(Modifier.STATIC).returns(u.unknown())
                        .addParameter(CreatorWriter.JSON_OBJECT, "json")
                        .addStatement("$T u = new $T()", u.unknown(), u.unknown())
                        .addStatement("u.properties.putAll(json)").addStatement("return u").build())
                .addMethod(MethodSpec.methodBuilder("set").addAnnotation(Annotations.JSON_ANY_SETTER)
                        .addParameter(String.class, "name").addParameter(ClassName.OBJECT.annotated(Annotations.nullable()), "value")
                        .addStatement("properties.put(name, value)").build())
                .addMethod(MethodSpec.methodBuilder("properties").addModifiers(Modifier.PUBLIC).addAnnotation(Annotations.JSON_ANY_GETTER)
                        .returns(PROPERTIES).addJavadoc("The variant's properties, its {@code $L} among them.\n", Javadocs.escape(u.discriminator()))
                        .addStatement("return $T.unmodifiableMap(properties)", Collections.class).build())
                .addMethod(MethodSpec.methodBuilder("equals").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                        .returns(boolean.class).addParameter(ClassName.OBJECT.annotated(Annotations.nullable()), "o")
                        .addStatement("return o instanceof $T other && properties.equals(other.properties)", u.unknown()).build())
                .addMethod(MethodSpec.methodBuilder("hashCode").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                        .returns(int.class).addStatement("return $T.hash(properties)", Objects.class).build())
                .addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                        .returns(String.class).addStatement("return $S + properties", u.unknown().simpleName()).build())
                .build();
    }
}
