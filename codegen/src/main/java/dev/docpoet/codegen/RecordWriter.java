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
        // Jackson reads and writes the fields, never the accessors (a required value's accessor throws when it is
        // missing), and writes no absent value: one runtime annotation says both
        b.addAnnotation(JSON_RECORD);
        CodeBlock.Builder doc = CodeBlock.builder().add("$L\n", DocText.of(plan));
        if (!plan.components().isEmpty()) {
            doc.add("<p>An accessor throws {@link $T} when the JSON had a value of another type than\n"
                    + "documented (kept as read), and a required one's throws {@link IllegalStateException} when the JSON had none.\n\n",
                    UNREADABLE_EXCEPTION);
        }
        MethodSpec.Builder ctor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
        for (ComponentPlan c : plan.components()) {
            ctor.addParameter(parameter(c));
            String cdoc = componentDoc(c);
            doc.add(cdoc.isEmpty() ? "@param $L$L\n" : "@param $L $L\n", c.javaName(), cdoc);
            if (c.container()) {
                boolean map = c.shape() == Shape.MAP;
                String copy = map ? "$T.unmodifiableMap(new $T<>($L))" : "$T.unmodifiableList(new $T<>($L))";
                Class<?> copyType = map ? LinkedHashMap.class : ArrayList.class;
                // a list or map the JSON lacked stays null: a required one for its validator to report, a nullable one to keep
                // null apart from empty, an optional one so that an empty one the JSON had is written back (its accessor
                // hands out an empty one for absent)
                ctor.addStatement("$L = $L == null ? null : " + copy, c.javaName(), c.javaName(), Collections.class, copyType, c.javaName());
            }
        }
        ctor.addParameter(ParameterSpec.builder(EXTRA_TYPE, plan.extraName()).addAnnotation(Annotations.JSON_ANY_GETTER).build());
        for (ComponentPlan c : plan.components()) {
            if (!writesNull(c)) continue;
            // written through the other properties: null where the JSON had it or a caller set it, nothing where it had none
            ctor.addStatement("$L = $T.requiredNullable($L, $L, $L)", plan.extraName(), COMPONENTS, plan.extraName(),
                    Literals.of(c.property().name()), c.javaName());
        }
        doc.add("@param $L undocumented values, and ones kept as read ({@link $T}) or null\n",
                plan.extraName(), UNREADABLE);
        ctor.addStatement("$L = $L == null || $L.isEmpty() ? $T.of() : $T.unmodifiableMap(new $T<>($L))", plan.extraName(), plan.extraName(),
                plan.extraName(), Map.class, Collections.class, LinkedHashMap.class, plan.extraName());
        b.recordConstructor(ctor.build());
        for (ComponentPlan c : plan.components()) {
            if (!(c.value() instanceof Constant k)) continue;
            b.addField(com.palantir.javapoet.FieldSpec.builder(k.typeName(), k.fieldName(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The one value the docs allow for $L{@code $L}.\n", c.shape() == Shape.LIST ? "each item of "
                            : c.shape() == Shape.MAP ? "each value of " : "", Javadocs.escape(c.property().name()))
                    .initializer("$L", k.literal()).build());
        }
        b.addJavadoc(doc.build());
        for (ComponentPlan c : plan.components()) b.addMethod(accessor(plan, c));
        b.addMethod(ValidatorWriter.check(plan));
        if (plan.validates()) b.addMethod(ValidatorWriter.validate());
        b.addMethod(CreatorWriter.fromJson(plan.name()));
        b.addMethod(CreatorWriter.read(plan));
        if (plan.builder()) new BuilderWriter().addTo(b, plan);
        for (RecordPlan nested : plan.nested()) b.addType(write(nested).build());
        for (Plans.UnionPlan union : plan.unions()) b.addType(new UnionWriter(this).write(union));
        for (ClassName sealed : plan.interfaces()) b.addSuperinterface(sealed);
        if (!plan.interfaces().isEmpty() && plan.name().enclosingClassName() == null) {
            // a shared component read as itself, not through a union: Jackson must not look for the union's type id
            b.addAnnotation(AnnotationSpec.builder(UnionWriter.JSON_TYPE_INFO).addMember("use", "$T.Id.NONE", UnionWriter.JSON_TYPE_INFO).build());
        }
        return b;
    }

    private static final TypeName EXTRA_TYPE = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), ClassName.OBJECT);

    /**
     * The accessor of a component: a value the JSON had of another type than documented throws, naming it, and so does
     * a required value the JSON lacked; Jackson reads the fields, so these never get in its way.
     */
    private static MethodSpec accessor(RecordPlan plan, ComponentPlan c) {
        String wire = Javadocs.escape(c.property().name());
        MethodSpec.Builder m = MethodSpec.methodBuilder(c.javaName()).addModifiers(Modifier.PUBLIC);
        String how;
        // what each accessor throws is said once, in the record's Javadoc
        if (c.required()) {
            m.returns(c.type()).addJavadoc("The required {@code $L}.\n", wire);
            how = "required";
        } else {
            m.returns(c.nullableType() ? c.type().annotated(Annotations.nullable()) : c.type());
            m.addJavadoc("The {@code $L}, $L.\n", wire,
                    !c.container() ? "null when absent" : c.nullableType() ? "null when the JSON had null or none (empty only when it had an empty one)"
                            : "empty when absent");
            how = c.nullableType() ? "optional" : c.shape() == Shape.MAP ? "mapOrEmpty" : "listOrEmpty";
        }
        if (c.property().deprecated()) m.addAnnotation(Deprecated.class);
        return m.addStatement("return $T.$L($L, $L, $L, $S)", COMPONENTS, how, c.javaName(), plan.extraName(),
                Literals.of(c.property().name()), plan.name().simpleName()).build();
    }

    private static final ClassName UNREADABLE = ClassName.get("dev.docpoet.runtime", "Unreadable");
    private static final ClassName JSON_RECORD = ClassName.get("dev.docpoet.runtime", "JsonRecord");
    private static final ClassName COMPONENTS = ClassName.get("dev.docpoet.runtime", "Components");
    private static final ClassName UNREADABLE_EXCEPTION = ClassName.get("dev.docpoet.runtime", "UnreadableValueException");

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
        // an optional list or map is null inside when the JSON lacked it; its accessor says empty
        boolean nullable = c.nullableType() || c.container() && c.optional();
        TypeName type = nullable ? c.type().annotated(Annotations.nullable()) : c.type();
        ParameterSpec.Builder p = ParameterSpec.builder(type, c.javaName()).addAnnotation(jsonProperty(c));
        if (dateAsString(c)) p.addAnnotation(JSON_FORMAT_STRING);
        return p.build();
    }

    /**
     * Whether the component is written as {@code null} when it holds none, unless the JSON it was read from lacked it: a
     * required one the docs let be null, so that a record a caller builds sends it. The constructor puts that null among
     * the other properties ({@code Components.requiredNullable}). Any other null is written back only where the JSON had
     * it, and a required value the JSON lacked is left out, not written back as null.
     */
    static boolean writesNull(ComponentPlan c) {
        return c.property().required() && c.property().nullable();
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
