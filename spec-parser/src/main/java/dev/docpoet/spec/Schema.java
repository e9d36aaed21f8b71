package dev.docpoet.spec;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The shape of a JSON value as a doc page describes it. */
public sealed interface Schema {

    /** A JSON object with its properties in doc order. */
    record ObjectSchema(List<Property> properties) implements Schema {
        public ObjectSchema {
            properties = List.copyOf(properties);
        }

        public @Nullable Property property(String name) {
            for (Property p : properties) {
                if (p.name().equals(name)) return p;
            }
            return null;
        }
    }

    /**
     * A JSON array of one item schema.
     *
     * @param itemsNullable whether an item may be {@code null} ("Array elements can be null", or a null in the example)
     */
    record ArraySchema(Schema items, boolean itemsNullable) implements Schema {
        public ArraySchema(Schema items) {
            this(items, false);
        }
    }

    /**
     * A JSON object that is one of several object schemas, told apart by a discriminator property (OpenAPI's
     * {@code oneOf} with a {@code discriminator}): a sealed interface of records in Java.
     *
     * @param discriminator the property whose value names the variant ({@code kind})
     */
    record UnionSchema(String discriminator, List<Variant> variants) implements Schema {
        public UnionSchema {
            variants = List.copyOf(variants);
        }

        /**
         * One variant.
         *
         * @param value the discriminator's value that selects it ({@code circle})
         * @param name the name the source gives it ({@code Circle}, a spec's component)
         * @param schema its fields
         * @param component the key of the shared component it is ({@link Component#key}), whose one type it then is; null
         *     for a variant written out in place
         */
        public record Variant(String value, String name, ObjectSchema schema, @Nullable String component) {
            public Variant(String value, String name, ObjectSchema schema) {
                this(value, name, schema, null);
            }
        }

        /** The one record a reader without unions takes instead: every variant's fields, required where all require them. */
        public ObjectSchema merged() {
            return mergedFields(variants.stream().map(Variant::schema).toList(), variants.size());
        }

        /**
         * One record with the fields of several objects, each field where it first appears, required only where all
         * {@code of} variants of a union require it (a variant that is not among {@code objects}, a free-form one, requires
         * none), and taking every value the variants allow: nullable where one lets it be null, and an enum with each
         * variant's values (a discriminator is a one-value enum in each variant: {@code track}, {@code episode}).
         */
        public static ObjectSchema mergedFields(List<ObjectSchema> objects, int of) {
            java.util.Map<String, Property> merged = new java.util.LinkedHashMap<>();
            java.util.Map<String, Integer> requiredIn = new java.util.HashMap<>();
            for (ObjectSchema o : objects) {
                for (Property p : o.properties()) {
                    merged.merge(p.name(), p, UnionSchema::widened);
                    if (p.required()) requiredIn.merge(p.name(), 1, Integer::sum);
                }
            }
            List<Property> out = new java.util.ArrayList<>();
            for (Property p : merged.values()) out.add(p.withRequired(requiredIn.getOrDefault(p.name(), 0) == of));
            return new ObjectSchema(out);
        }

        /**
         * A field two variants have: the first's, taking the second's values too where both are enums of one kind, or one
         * is an enum and the other the plain type of its values; other differences keep the first's type.
         */
        private static Property widened(Property first, Property next) {
            Schema a = first.schema();
            Schema b = next.schema();
            Schema schema = a;
            if (a instanceof EnumSchema ea && b instanceof EnumSchema eb && ea.kind() == eb.kind()) {
                List<String> values = new java.util.ArrayList<>(ea.values());
                for (String v : eb.values()) if (!values.contains(v)) values.add(v);
                schema = new EnumSchema(ea.kind(), values, ea.open() || eb.open());
            } else if (a instanceof EnumSchema ea && plainOf(ea.kind(), b)) {
                schema = b;
            } else if (b instanceof EnumSchema eb && plainOf(eb.kind(), a)) {
                schema = a;
            }
            return first.withSchema(schema, first.nullable() || next.nullable());
        }

        private static boolean plainOf(EnumKind kind, Schema s) {
            return switch (kind) {
                case STRING -> s instanceof StringSchema str && str.format() == null;
                case INTEGER -> s instanceof IntegerSchema;
                case NUMBER -> s instanceof NumberSchema;
            };
        }
    }

    /**
     * A value of a named, shared schema: a spec's component ({@code $ref: '#/components/schemas/Pet'}), read once and
     * kept in {@link ApiModel#components()}, so that every use is one type.
     *
     * @param key the component's key in {@link ApiModel#components()}
     */
    record RefSchema(String key) implements Schema {}

    /** A JSON object used as a map: any keys ("Map of model id to pricing", {@code {model-id}}), values of one schema. */
    record MapSchema(Schema values) implements Schema {}

    /** A JSON string; {@code format} is an OpenAPI format such as {@code date-time}, {@code email}, {@code uri}. */
    record StringSchema(@Nullable String format) implements Schema {}

    record IntegerSchema() implements Schema {}

    record NumberSchema() implements Schema {}

    record BooleanSchema() implements Schema {}

    /**
     * A closed or open set of literal values. Values are kept as written (numbers as their literal text);
     * an open enum documents known values while allowing others ("e.g.").
     */
    record EnumSchema(EnumKind kind, List<String> values, boolean open) implements Schema {
        public EnumSchema {
            values = List.copyOf(values);
        }
    }

    /**
     * Anything: the doc gives no usable type.
     *
     * @param oneOf when a spec says the value is one of several schemas that docpoet reads as no one type (a string or
     *     an object, say): those schemas, kept so that an export says what the spec said
     */
    record AnySchema(List<Schema> oneOf) implements Schema {
        public AnySchema {
            oneOf = List.copyOf(oneOf);
        }

        public AnySchema() {
            this(List.of());
        }
    }

    /** The JSON type of an enum's values. */
    enum EnumKind {
        STRING, INTEGER, NUMBER
    }

    /** The JSON type name of this schema, as OpenAPI writes it ({@code any} for {@link AnySchema}). */
    default String jsonType() {
        if (this instanceof ObjectSchema || this instanceof MapSchema || this instanceof UnionSchema || this instanceof RefSchema) {
            return "object";
        }
        if (this instanceof ArraySchema) return "array";
        if (this instanceof StringSchema) return "string";
        if (this instanceof IntegerSchema) return "integer";
        if (this instanceof NumberSchema) return "number";
        if (this instanceof BooleanSchema) return "boolean";
        if (this instanceof EnumSchema e) {
            return e.kind() == EnumKind.STRING ? "string" : e.kind() == EnumKind.INTEGER ? "integer" : "number";
        }
        return "any";
    }
}
