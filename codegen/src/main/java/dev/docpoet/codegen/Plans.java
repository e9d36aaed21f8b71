package dev.docpoet.codegen;

import com.palantir.javapoet.ClassName;
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

    /** A record: its name, its components and the records nested in it. */
    static final class RecordPlan {
        final ClassName name;
        final String description;
        final SourceLocation location;
        final String sourceLabel;
        final List<ComponentPlan> components = new ArrayList<>();
        final List<RecordPlan> nested = new ArrayList<>();
        String extraName = "additionalProperties";

        RecordPlan(ClassName name, String description, SourceLocation location, String sourceLabel) {
            this.name = name;
            this.description = description;
            this.location = location;
            this.sourceLabel = sourceLabel;
        }
    }

    /**
     * One component of a record.
     *
     * @param record the record of the value (or of list items), when it is one
     * @param enumPlan the enum of the value (or of list items), when it is one
     * @param list whether the value is a list (of {@code record}, {@code enumPlan} or a plain type)
     */
    record ComponentPlan(
            Property property,
            String javaName,
            TypeName type,
            boolean nullableType,
            @Nullable RecordPlan record,
            @Nullable EnumPlan enumPlan,
            boolean list,
            @Nullable String format,
            String sourceLabel) {

        boolean required() {
            return property.required() && !property.nullable();
        }

        /** Whether the validator reports values outside the documented set (closed enums only). */
        boolean enumClosed() {
            Schema s = property.schema() instanceof Schema.ArraySchema a ? a.items() : property.schema();
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
