package dev.docpoet.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.docpoet.spec.Property;
import dev.docpoet.spec.Schema;
import dev.docpoet.spec.SourceLocation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the planners decided, type by type: immutable and complete before any writer sees it. Plans carry facts (names,
 * shapes, where the docs say what); the writers turn them into code and prose ({@link DocText}).
 */
final class Plans {
    private Plans() {}

    /**
     * A record: its name, its components and the types nested in it.
     *
     * @param doc what its Javadoc tells
     * @param extraName the component that keeps undocumented properties
     * @param interfaces the sealed interfaces it is a variant of
     * @param validates whether it has {@code validate()}: a top-level record, when validation is generated
     * @param builder whether it gets {@code builder()}: a caller may leave a component out, or a client sends it
     */
    record RecordPlan(ClassName name, RecordDoc doc, SourceLocation location, String sourceLabel, String extraName,
            List<ComponentPlan> components, List<RecordPlan> nested, List<UnionPlan> unions, List<ClassName> interfaces,
            boolean validates, boolean builder) {
        RecordPlan {
            components = List.copyOf(components);
            nested = List.copyOf(nested);
            unions = List.copyOf(unions);
            interfaces = List.copyOf(interfaces);
        }

    }

    /** What a record's Javadoc tells: where its fields come from. */
    sealed interface RecordDoc {}

    /**
     * A top-level record: the bodies it reads, and the file its fields come from (a page that points at a spec has its
     * fields from the spec).
     */
    record BodiesDoc(List<BodyUse> uses) implements RecordDoc {
        BodiesDoc {
            uses = List.copyOf(uses);
        }
    }

    /** The record of a spec's shared component: its name and description. */
    record ComponentDoc(String name, String descriptionMarkdown, String sourceLabel, SourceLocation location) implements RecordDoc {}

    /** A record nested for a field: the field's description. */
    record FieldDoc(String descriptionMarkdown, String sourceLabel, SourceLocation location) implements RecordDoc {}

    /** The record of one variant of a union: the discriminator's value that selects it. */
    record VariantDoc(String value, String discriminator, String unionName) implements RecordDoc {}

    /**
     * A sealed interface for a field that is one of several objects told apart by a discriminator: a record per variant
     * nested in it, and a class for a variant the docs do not describe (a newer API's), so that one never fails a read.
     *
     * @param doc the field's description
     * @param unknown the class of undocumented variants
     */
    record UnionPlan(ClassName name, FieldDoc doc, String discriminator, List<Variant> variants, ClassName unknown) {
        UnionPlan {
            variants = List.copyOf(variants);
        }

        /**
         * One documented variant: the discriminator's value that selects it, and its record.
         *
         * @param nested the record written inside the interface; null when the variant is a shared component's record
         */
        record Variant(String value, ClassName name, @Nullable RecordPlan nested) {}
    }

    /** Whether a component holds one value, a list of them, or a map from strings to them. */
    enum Shape {
        ONE, LIST, MAP
    }

    /** What a component's value (or each of its list items or map values) is. */
    sealed interface ValueType {
        /** The Java type of one value. */
        TypeName typeName();
    }

    /** A value of a plain Java type: String, Long, BigDecimal, a date, a map of any JSON… */
    record Scalar(TypeName typeName) implements ValueType {}

    /** A value that is a generated record: nested in the record that uses it, or a shared component's. */
    record RecordRef(ClassName name) implements ValueType {
        @Override
        public TypeName typeName() {
            return name;
        }
    }

    /** A value that is one of a generated union's records. */
    record UnionRef(UnionPlan union) implements ValueType {
        @Override
        public TypeName typeName() {
            return union.name();
        }
    }

    /** A value that is a generated open enum. */
    record EnumRef(EnumPlan plan) implements ValueType {
        @Override
        public TypeName typeName() {
            return plan.name();
        }
    }

    /**
     * The one allowed value of a component (a discriminator such as {@code object: "conversation"}), kept in a static
     * final field of its record rather than an enum class, and checked by the validator.
     */
    record Constant(ClassName owner, String fieldName, String value, TypeName typeName) implements ValueType {
        /** The value as a Java expression. */
        CodeBlock literal() {
            if (typeName.equals(ClassName.get(String.class))) return Literals.of(value);
            if (typeName.equals(ClassName.get(Long.class))) return CodeBlock.of("$LL", value);
            return CodeBlock.of("new $T($S)", typeName, value);
        }
    }

    /**
     * One component of a record.
     *
     * @param nullableType whether the Java type is {@code @Nullable}: an optional or nullable value, or a nullable list or
     *     map (null when the JSON had null or none, empty only when it had an empty one); an optional list or map that
     *     may not be null is never null (absent reads as empty)
     * @param format the string format the validator checks, if any
     */
    record ComponentPlan(Property property, String javaName, boolean nullableType, ValueType value, Shape shape, @Nullable String format) {

        /** Whether a caller may leave the value out (the docs make it optional or nullable). */
        boolean optional() {
            return !property.required() || property.nullable();
        }

        boolean required() {
            return property.required() && !property.nullable();
        }

        /** A list or a map: copied, never null when optional unless the docs let it be null. */
        boolean container() {
            return shape != Shape.ONE;
        }

        /** The Java type of the component. */
        TypeName type() {
            return withElement(value.typeName());
        }

        /** This component's shape (a value, a list, a map) around another element type. */
        TypeName withElement(TypeName element) {
            return switch (shape) {
                case ONE -> element;
                case MAP -> ParameterizedTypeName.get(ClassName.get(java.util.Map.class), ClassName.get(String.class), element);
                case LIST -> {
                    boolean nullItems = property.schema() instanceof Schema.ArraySchema a && a.itemsNullable();
                    yield ParameterizedTypeName.get(ClassName.get(List.class), nullItems ? element.annotated(Annotations.nullable()) : element);
                }
            };
        }

        /** Whether the validator reports values outside the documented set (closed enums only). */
        boolean enumClosed() {
            Schema s = property.schema() instanceof Schema.ArraySchema a ? a.items()
                    : property.schema() instanceof Schema.MapSchema m ? m.values() : property.schema();
            return s instanceof Schema.EnumSchema e && !e.open();
        }
    }

    /**
     * An open enum: a value class with a constant per documented value and a {@code Known} Java enum.
     *
     * @param constants the constant of each documented value, in the schema's order
     * @param catchAll the {@code Known} constant of undocumented values
     * @param wireType how the values travel: {@code String}, {@code long}, {@code BigInteger} (a whole number past a
     *     long's range) or {@code double}
     */
    record EnumPlan(ClassName name, Schema.EnumSchema schema, List<String> constants, String catchAll, TypeName wireType,
            String description, SourceLocation location, String sourceLabel) {
        EnumPlan {
            constants = List.copyOf(constants);
        }

        boolean numeric() {
            return schema.kind() != Schema.EnumKind.STRING;
        }
    }

    /**
     * The Java type that reads one body, and the record whose {@code validate()} checks it.
     *
     * @param validator the body's record (its items' for a list) when it has {@code validate()}; null otherwise
     */
    record BodyPlan(TypeName type, @Nullable ClassName validator) {}
}
