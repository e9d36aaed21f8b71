package dev.docpoet.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.docpoet.spec.Property;
import dev.docpoet.spec.Schema;
import dev.docpoet.spec.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the planner decided, type by type, for the writers to turn into code. */
final class Plans {
    private Plans() {}

    /**
     * A record: its name, its components and the records nested in it.
     *
     * @param javadoc the type's Javadoc, already escaped
     * @param extraName the component that keeps undocumented properties
     */
    record RecordPlan(ClassName name, String javadoc, SourceLocation location, String sourceLabel, String extraName,
            List<ComponentPlan> components, List<RecordPlan> nested, List<UnionPlan> unions, List<ClassName> interfaces) {
        RecordPlan(ClassName name, String javadoc, SourceLocation location, String sourceLabel, String extraName) {
            this(name, javadoc, location, sourceLabel, extraName, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }
    }

    /**
     * A sealed interface for a field that is one of several objects told apart by a discriminator: a record per variant
     * nested in it, and a class for a variant the docs do not describe (a newer API's), so that one never fails a read.
     *
     * @param unknown the class of undocumented variants
     */
    record UnionPlan(ClassName name, String javadoc, String discriminator, List<Variant> variants, ClassName unknown) {
        /** One documented variant: the discriminator's value that selects it, and its record. */
        record Variant(String value, RecordPlan record) {}
    }

    /** An enum a component uses; its plan (and so its name) is known only once every enum has been named. */
    static final class EnumUse {
        final TopLevelNames.Claim claim;
        final Schema.EnumSchema schema;
        final Property property;
        @Nullable EnumPlan plan;

        EnumUse(TopLevelNames.Claim claim, Schema.EnumSchema schema, Property property) {
            this.claim = claim;
            this.schema = schema;
            this.property = property;
        }
    }

    /**
     * One component of a record.
     *
     * @param record the record of the value (or of list items), when it is one
     * @param enumUse the enum of the value (or of list items), when it is one
     * @param scalar the type of the value (or of list items) when it is neither
     * @param list whether the value is a list
     * @param map whether the value is a map from strings (then the record, enum or scalar is its values')
     * @param union the sealed interface of the value (or of list items), when it is one of several objects
     * @param constant for a single-value enum (a discriminator such as {@code object: "conversation"}): the one value,
     *     kept in a constant of the record rather than an enum class, and checked by the validator
     */
    record ComponentPlan(Property property, String javaName, boolean nullableType, @Nullable RecordPlan record,
            @Nullable EnumUse enumUse, TypeName scalar, boolean list, boolean map, @Nullable String format,
            @Nullable Constant constant, @Nullable UnionPlan union) {

        /** The one allowed value of a component, as a static final field of its record. */
        record Constant(ClassName owner, String fieldName, String value, TypeName type) {
            /** The value as a Java literal. */
            String literal() {
                if (type.equals(ClassName.get(String.class))) return Literals.of(value).toString();
                if (type.equals(ClassName.get(Long.class))) return value + "L";
                return "new java.math.BigDecimal(\"" + value + "\")";
            }
        }

        /** Whether a caller may leave the value out (the docs make it optional or nullable). */
        boolean optional() {
            return !property.required() || property.nullable();
        }

        /** A list or a map: copied, never null when optional. */
        boolean container() {
            return list || map;
        }

        @Nullable EnumPlan enumPlan() {
            return enumUse == null ? null : enumUse.plan;
        }

        TypeName elementType() {
            if (record != null) return record.name();
            if (union != null) return union.name();
            EnumPlan e = enumPlan();
            return e != null ? e.name : scalar;
        }

        TypeName type() {
            return withElement(elementType());
        }

        /** This component's shape (a value, a list, a map) around another element type. */
        TypeName withElement(TypeName element) {
            if (map) return ParameterizedTypeName.get(ClassName.get(java.util.Map.class), ClassName.get(String.class), element);
            if (!list) return element;
            boolean nullItems = property.schema() instanceof Schema.ArraySchema a && a.itemsNullable();
            return ParameterizedTypeName.get(ClassName.get(List.class), nullItems ? element.annotated(Annotations.nullable()) : element);
        }

        boolean required() {
            return property.required() && !property.nullable();
        }

        /** Whether the validator reports values outside the documented set (closed enums only). */
        boolean enumClosed() {
            Schema s = property.schema() instanceof Schema.ArraySchema a ? a.items()
                    : property.schema() instanceof Schema.MapSchema m ? m.values() : property.schema();
            return s instanceof Schema.EnumSchema e && !e.open();
        }
    }

    /** An open enum: a value class with a constant per documented value and a {@code Known} Java enum. */
    static final class EnumPlan {
        final ClassName name;
        final Schema.EnumSchema schema;
        final List<String> constants;
        final String catchAll;
        final TypeName wireType;
        final String description;
        final SourceLocation location;
        final String sourceLabel;

        EnumPlan(ClassName name, Schema.EnumSchema schema, List<String> constants, String catchAll, TypeName wireType,
                String description, SourceLocation location, String sourceLabel) {
            this.name = name;
            this.schema = schema;
            this.constants = constants;
            this.catchAll = catchAll;
            this.wireType = wireType;
            this.description = description;
            this.location = location;
            this.sourceLabel = sourceLabel;
        }

        boolean numeric() {
            return schema.kind() != Schema.EnumKind.STRING;
        }
    }
}
