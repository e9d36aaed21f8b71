package dev.docpoet.parse.internal.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docpoet.parse.internal.DiagnosticSink;
import dev.docpoet.spec.Component;
import dev.docpoet.spec.JsonValue;
import dev.docpoet.spec.Origin;
import dev.docpoet.spec.ParserCode;
import dev.docpoet.spec.Pointers;
import dev.docpoet.spec.Property;
import dev.docpoet.spec.Schema;
import dev.docpoet.spec.Schema.EnumKind;
import io.swagger.v3.oas.models.OpenAPI;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Turns swagger-parser's schemas into docpoet's: objects, arrays, maps, enums and scalars with required, nullable,
 * default, example and deprecated; {@code allOf} merged; a {@code oneOf}/{@code anyOf} that only adds {@code null}
 * read as nullable; a union of objects read as one record whose fields are optional where a variant lacks them. Each
 * construct it does not model is a diagnostic at its place in the spec file.
 */
final class SchemaReader {
    /** Which side of the wire a schema is read for: readOnly fields leave requests, writeOnly fields leave responses. */
    enum Side {
        REQUEST, RESPONSE, PARAMETER
    }

    /** A schema read: docpoet's schema, whether null is allowed, and the component it came from when it was a ref. */
    record Read(Schema schema, boolean nullable, @Nullable String component) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COMPONENT = "#/components/schemas/";
    /** Past this many components referring to each other, one reads as a JSON object: the reader's stack stays bounded. */
    private static final int MAX_CHAIN = 200;
    /** Past this depth of nested schemas a value reads as a JSON object, as the page reader does. */
    private static final int MAX_DEPTH = 64;


    private final String source;
    private final OpenAPI api;
    private final SideSensitivity sides;
    private final SpecLocations at;
    private final PointerMap pointers;
    private final DiagnosticSink sink;
    private final Set<String> reported = new java.util.HashSet<>();
    /** The field pins of the body being read: its pointer by wire names → the component naming it. */
    private final Map<String, String> fieldNames = new LinkedHashMap<>();
    /** The schemas read as parts of an allOf, whose required lists may name what other parts define. */
    private final Set<io.swagger.v3.oas.models.media.Schema<?>> allOfParts =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Each component read, by key: read once however many places use it. */
    private final Map<String, Read> componentReads = new java.util.HashMap<>();
    /** The keys of the components being read, outermost first: one met again contains itself. */
    private final Set<String> reading = new LinkedHashSet<>();
    private final Map<String, Component> components = new java.util.TreeMap<>();
    private final Map<String, String> componentFieldNames = new java.util.TreeMap<>();
    /** The components referred to while they were read: those that contain themselves. */
    private final Set<String> referenced = new java.util.HashSet<>();

    /** @param source the spec's label, which makes component keys unique in a doc set */
    SchemaReader(String source, OpenAPI api, SpecLocations at, PointerMap pointers, DiagnosticSink sink) {
        this.source = source;
        this.api = api;
        this.sides = new SideSensitivity(api);
        this.at = at;
        this.pointers = pointers;
        this.sink = sink;
    }

    /** Reads a body's or parameter's schema; {@link #fieldNames()} then holds the components its fields name. */
    Read body(io.swagger.v3.oas.models.media.@Nullable Schema<?> s, String pointer, Side side) {
        fieldNames.clear();
        Read r = read(s, pointer, side, "", 0);
        // a union is a field's type; a whole body (or a list of them) that is one reads as one record
        Schema top = r.schema();
        if (top instanceof Schema.UnionSchema u) return new Read(merged(u, pointer), r.nullable(), r.component());
        if (top instanceof Schema.ArraySchema a && a.items() instanceof Schema.UnionSchema u) {
            return new Read(new Schema.ArraySchema(merged(u, pointer), a.itemsNullable()), r.nullable(), r.component());
        }
        if (top instanceof Schema.MapSchema m && m.values() instanceof Schema.UnionSchema u) {
            return new Read(new Schema.MapSchema(merged(u, pointer)), r.nullable(), r.component());
        }
        return r;
    }

    private Schema.ObjectSchema merged(Schema.UnionSchema u, String pointer) {
        report(ParserCode.SpecOpenApiApproximated, pointer, "a body that is one of " + u.variants().size() + " schemas (discriminator `"
                + u.discriminator() + "`) reads as one record with the fields of all of them; a field's union is a sealed interface", null);
        return u.merged();
    }

    Map<String, String> fieldNames() {
        return Map.copyOf(fieldNames);
    }

    private Read read(io.swagger.v3.oas.models.media.@Nullable Schema<?> s, String pointer, Side side,
            String wirePath, int depth) {
        if (s == null) return new Read(new Schema.AnySchema(), false, null);
        if (depth > MAX_DEPTH) {
            report(ParserCode.SpecOpenApiApproximated, pointer, "schemas nested deeper than " + MAX_DEPTH + " levels read as a JSON object here",
                    "flatten the schema");
            return new Read(new Schema.MapSchema(new Schema.AnySchema()), false, null);
        }
        if (s.get$ref() != null) {
            String ref = s.get$ref();
            boolean nullableSibling = Boolean.TRUE.equals(s.getNullable());
            if (!ref.startsWith(COMPONENT)) {
                report(ParserCode.SpecOpenApiDegraded, pointer, "a $ref to `" + ref + "`, which is not a component schema; the value reads as any"
                        + " JSON value", "point it at a schema under #/components/schemas");
                return new Read(new Schema.AnySchema(), nullableSibling, null);
            }
            String name = ref.substring(COMPONENT.length());
            io.swagger.v3.oas.models.media.Schema<?> target = componentOf(ref);
            if (target == null) {
                report(ParserCode.SpecOpenApiDegraded, pointer, "$ref `" + ref + "` names no schema of the spec; the value reads as any JSON value",
                        "define it under components/schemas");
                return new Read(new Schema.AnySchema(), nullableSibling, null);
            }
            Read inner = component(name, target, side, pointer);
            return new Read(inner.schema(), inner.nullable() || nullableSibling, name);
        }
        unmodeled(s, pointer);
        boolean nullable = Boolean.TRUE.equals(s.getNullable()) || s.getTypes() != null && s.getTypes().contains("null");
        if (s.getAllOf() != null && !s.getAllOf().isEmpty()) return allOf(s, pointer, side, wirePath, depth, nullable);
        List<io.swagger.v3.oas.models.media.Schema> union = s.getOneOf() != null ? s.getOneOf() : s.getAnyOf();
        if (union != null && !union.isEmpty() && (s.getProperties() == null || s.getProperties().isEmpty())) {
            return union(s, union, pointer, side, wirePath, depth, nullable);
        }
        if (union != null && !union.isEmpty()) {
            // properties with a oneOf beside them: the oneOf only says which of them go together
            report(ParserCode.SpecOpenApiUnmodeled, pointer + "/" + (s.getOneOf() != null ? "oneOf" : "anyOf"),
                    (s.getOneOf() != null ? "oneOf" : "anyOf") + " beside properties is not modeled: the fields are read, not which go together", null);
        }

        String type = type(s, pointer);
        List<?> values = s.getEnum() == null ? null : enumValues(s.getEnum(), pointer);
        if (values == null && s.getConst() != null) values = java.util.Collections.singletonList(s.getConst());
        if (values != null && !values.isEmpty() && (type == null || !type.equals("object") && !type.equals("array") && !type.equals("boolean"))) {
            return new Read(enumOf(values, type, pointer), nullable || values.stream().anyMatch(java.util.Objects::isNull), null);
        }
        if (type == null) {
            if (s.getProperties() != null || s.getAdditionalProperties() != null) type = "object";
            else if (s.getItems() != null) type = "array";
            else return new Read(new Schema.AnySchema(), nullable, null);
        }
        return switch (type) {
            case "object" -> new Read(object(s, pointer, side, wirePath, depth), nullable, null);
            case "array" -> {
                Read items = read(s.getItems(), pointer + "/items", side, wirePath, depth + 1);
                if (items.component() != null && named(items.schema())) fieldNames.put(wirePath, items.component());
                yield new Read(new Schema.ArraySchema(items.schema(), items.nullable()), nullable, null);
            }
            // OpenAPI 3.1 writes a file as a string with a contentMediaType (3.0: format: binary)
            case "string" -> new Read(new Schema.StringSchema(s.getFormat() == null && s.getContentMediaType() != null ? "binary"
                    : s.getFormat()), nullable, null);
            case "integer" -> new Read(new Schema.IntegerSchema(), nullable, null);
            case "number" -> new Read(new Schema.NumberSchema(), nullable, null);
            case "boolean" -> new Read(new Schema.BooleanSchema(), nullable, null);
            // several types: reported where they were read
            case "any" -> new Read(new Schema.AnySchema(), nullable, null);
            // JSON Schema's null type, which OpenAPI 3.1 allows; a 3.0 spec that writes it means the same
            case "null" -> {
                String version = api.getOpenapi() == null ? "3.0" : api.getOpenapi();
                if (!version.startsWith("3.1")) {
                    report(ParserCode.SpecOpenApiDegraded, pointer, "type `null` is OpenAPI 3.1's (JSON Schema's), not " + version
                            + "'s; the value reads as one that is always null", "write `nullable: true` on the schema it belongs to");
                }
                yield new Read(new Schema.AnySchema(), true, null);
            }
            default -> {
                String meant = TYPE_ALIASES.get(type.toLowerCase(java.util.Locale.ROOT));
                report(ParserCode.SpecOpenApiDegraded, pointer, "type `" + type + "` is not a JSON Schema type; the value reads as any JSON value",
                        meant != null ? "did you mean `" + meant + "`?" : "use string, number, integer, boolean, array, object or null");
                yield new Read(new Schema.AnySchema(), nullable, null);
            }
        };
    }

    /**
     * A component schema, read once per side: an object with properties is a {@link Schema.RefSchema} to it, anything
     * else (a scalar, an array, a map, a union) its schema itself. A component that contains itself is a reference to
     * itself where it is an object.
     */
    private Read component(String name, io.swagger.v3.oas.models.media.Schema<?> target, Side side, String pointer) {
        boolean request = side != Side.RESPONSE && sides.differ(name);
        String key = Component.key(source, name, request);
        Read done = componentReads.get(key);
        if (done == null && reading.contains(key)) {
            if (objectLike(target)) {
                referenced.add(key);
                return new Read(new Schema.RefSchema(key), false, name);
            }
            report(ParserCode.SpecOpenApiRefCycle, pointer, "schema `" + name + "` contains itself (" + String.join(" → ", readingNames()) + " → "
                    + name + "); the repeat reads as a JSON object", null);
            return new Read(new Schema.MapSchema(new Schema.AnySchema()), true, null);
        }
        if (done == null && reading.size() >= MAX_CHAIN) {
            report(ParserCode.SpecOpenApiApproximated, pointer, "components referring to components more than " + MAX_CHAIN
                    + " deep; this one reads as a JSON object here", "flatten the chain of references");
            return new Read(new Schema.MapSchema(new Schema.AnySchema()), false, null);
        }
        if (done == null) {
            // a component's fields are named for the component, wherever it is used
            Map<String, String> outer = new LinkedHashMap<>(fieldNames);
            fieldNames.clear();
            reading.add(key);
            String at = pointers.component(name);
            // a request side leaves readOnly fields out, whether a request body or a parameter uses it
            done = read(target, at, request ? Side.REQUEST : side, "", 0);
            reading.remove(key);
            componentReads.put(key, done);
            for (Map.Entry<String, String> f : fieldNames.entrySet()) {
                if (!f.getKey().isEmpty()) componentFieldNames.putIfAbsent(Component.pinKey(key) + " " + f.getKey(), f.getValue());
            }
            fieldNames.clear();
            fieldNames.putAll(outer);
            // (a component that contains itself was referred to before it was read: it is a component whatever it reads as)
            if (shared(done.schema()) || done.schema() instanceof Schema.EnumSchema || referenced.contains(key)) {
                components.put(key, new Component(key, name, request, done.schema(), target.getDescription() == null ? "" : target.getDescription(),
                        this.at.at(pointers.of(at))));
            }
        }
        return shared(done.schema()) ? new Read(new Schema.RefSchema(key), done.nullable(), name) : new Read(done.schema(), done.nullable(), name);
    }

    /** Reads every component no operation used, so that each becomes a type too. */
    void unusedComponents() {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) return;
        for (Map.Entry<String, io.swagger.v3.oas.models.media.Schema> e : new java.util.TreeMap<>(api.getComponents().getSchemas()).entrySet()) {
            if (e.getValue() == null || componentReads.containsKey(Component.key(source, e.getKey(), false))
                    || componentReads.containsKey(Component.key(source, e.getKey(), true))) {
                continue;
            }
            fieldNames.clear();
            component(e.getKey(), e.getValue(), Side.RESPONSE, pointers.component(e.getKey()));
        }
        fieldNames.clear();
    }

    /** The components read so far that are types of their own, by key. */
    Map<String, Component> components() {
        return Map.copyOf(components);
    }

    /** The names the spec gives types inside components, keyed as {@code component KEY /field/…}. */
    Map<String, String> componentFieldNames() {
        return Map.copyOf(componentFieldNames);
    }

    /** Whether a component schema is shared by reference: an object with fields, which is a record of its own. */
    private static boolean shared(Schema s) {
        return s instanceof Schema.ObjectSchema o && !o.properties().isEmpty();
    }

    /** Whether a schema will read as an object with fields: what a component that contains itself may refer to. */
    private static boolean objectLike(io.swagger.v3.oas.models.media.Schema<?> s) {
        return s.getProperties() != null && !s.getProperties().isEmpty() || s.getAllOf() != null && !s.getAllOf().isEmpty();
    }

    private List<String> readingNames() {
        return reading.stream().map(Component::shownName).toList();
    }

    /**
     * A read whose schema is a component's object, as the object itself: what allOf merges and a union's variants are. A
     * component that is still being read (one that contains itself) reads as a JSON object.
     */
    private Read resolved(Read r) {
        if (!(r.schema() instanceof Schema.RefSchema ref)) return r;
        Read done = componentReads.get(ref.key());
        return done != null ? new Read(done.schema(), r.nullable(), r.component()) : new Read(new Schema.MapSchema(new Schema.AnySchema()), true, null);
    }

    /** What a type that JSON Schema does not have probably means: only suggested, never assumed. */
    private static final Map<String, String> TYPE_ALIASES = Map.ofEntries(Map.entry("int", "integer"), Map.entry("long", "integer"),
            Map.entry("int32", "integer"), Map.entry("int64", "integer"), Map.entry("float", "number"), Map.entry("double", "number"),
            Map.entry("decimal", "number"), Map.entry("bool", "boolean"), Map.entry("str", "string"), Map.entry("text", "string"),
            Map.entry("date", "string"), Map.entry("datetime", "string"), Map.entry("list", "array"), Map.entry("map", "object"),
            Map.entry("dict", "object"), Map.entry("file", "string"));

    /** Whether a schema becomes a type of its own, which a component's name can name. */
    private static boolean named(Schema s) {
        return s instanceof Schema.ObjectSchema || s instanceof Schema.EnumSchema || s instanceof Schema.UnionSchema;
    }

    /** The one JSON type of a schema, without {@code null}; several read as any value, with a diagnostic. */
    private @Nullable String type(io.swagger.v3.oas.models.media.Schema<?> s, String pointer) {
        if (s.getTypes() != null && !s.getTypes().isEmpty()) {
            Set<String> types = new TreeSet<>(s.getTypes());
            types.remove("null");
            if (types.size() == 1) return types.iterator().next();
            if (types.isEmpty()) return null;
            report(ParserCode.SpecOpenApiApproximated, pointer, "a value of types " + types + " reads as any JSON value", null);
            return "any";
        }
        return s.getType();
    }

    private Schema object(io.swagger.v3.oas.models.media.Schema<?> s, String pointer, Side side,
            String wirePath, int depth) {
        List<Property> props = new ArrayList<>();
        Set<String> required = s.getRequired() == null ? Set.of() : new LinkedHashSet<>(s.getRequired());
        Map<String, io.swagger.v3.oas.models.media.Schema> properties = s.getProperties() == null ? Map.of() : s.getProperties();
        for (Map.Entry<String, io.swagger.v3.oas.models.media.Schema> e : properties.entrySet()) {
            io.swagger.v3.oas.models.media.Schema<?> p = e.getValue();
            String name = e.getKey();
            String ptr = pointer + "/properties/" + Pointers.escape(name);
            io.swagger.v3.oas.models.media.Schema<?> own = p;
            if (p != null && p.get$ref() != null) {
                io.swagger.v3.oas.models.media.Schema<?> target = componentOf(p.get$ref());
                if (target != null) own = target;
            }
            if (own != null && side == Side.REQUEST && Boolean.TRUE.equals(own.getReadOnly())) continue;
            if (own != null && side == Side.RESPONSE && Boolean.TRUE.equals(own.getWriteOnly())) continue;
            String childPath = wirePath + "/" + name;
            Read r = read(p, ptr, side, childPath, depth + 1);
            if (r.component() != null && named(r.schema())) {
                fieldNames.put(childPath, r.component());
            }
            String description = p == null || p.getDescription() == null ? own == null || own.getDescription() == null ? "" : own.getDescription()
                    : p.getDescription();
            props.add(new Property(name, r.schema(), required.contains(name), r.nullable(), description.replaceAll("\\s+", " ").trim(),
                    description, value(first(p, own, x -> x.getDefault())), value(example(p, own)),
                    Boolean.TRUE.equals(p != null && p.getDeprecated() != null ? p.getDeprecated() : own == null ? null : own.getDeprecated()),
                    Origin.DOCUMENTED, false, at.at(pointers.of(ptr))));
        }
        for (String r : required) {
            if (!properties.containsKey(r) && s.getAdditionalProperties() == null && !allOfParts.contains(s)) {
                report(ParserCode.SpecOpenApiUnmodeled, pointer + "/required", "`" + r + "` is required but not among the properties; it is not a field",
                        "add it under properties");
            }
        }
        Object extra = s.getAdditionalProperties();
        if (props.isEmpty() && properties.isEmpty() && !(extra instanceof Boolean b && !b)) {
            // an object without properties is a map: of its additionalProperties' schema, or of any value
            return new Schema.MapSchema(extra instanceof io.swagger.v3.oas.models.media.Schema<?> v
                    ? read(v, pointer + "/additionalProperties", side, wirePath, depth + 1).schema() : new Schema.AnySchema());
        }
        return new Schema.ObjectSchema(props);
    }

    private Read allOf(io.swagger.v3.oas.models.media.Schema<?> s, String pointer, Side side, String wirePath,
            int depth, boolean nullable) {
        List<io.swagger.v3.oas.models.media.Schema> parts = new ArrayList<>(s.getAllOf());
        boolean own = s.getProperties() != null && !s.getProperties().isEmpty();
        if (parts.size() == 1 && !own) {
            Read only = read(parts.get(0), pointer + "/allOf/0", side, wirePath, depth + 1);
            return new Read(only.schema(), only.nullable() || nullable, only.component());
        }
        Map<String, Property> merged = new LinkedHashMap<>();
        Set<String> requiredByParts = new LinkedHashSet<>();
        for (int i = 0; i < parts.size(); i++) {
            io.swagger.v3.oas.models.media.Schema<?> part = parts.get(i);
            io.swagger.v3.oas.models.media.Schema<?> resolved = part != null && part.get$ref() != null ? componentOf(part.get$ref()) : part;
            // a part may require what another part defines: that is allOf's meaning, not a mistake
            if (resolved != null && resolved.getRequired() != null) requiredByParts.addAll(resolved.getRequired());
            allOfParts.add(resolved);
            Read r = resolved(read(part, pointer + "/allOf/" + i, side, wirePath, depth + 1));
            if (r.schema() instanceof Schema.ObjectSchema o) {
                for (Property p : o.properties()) merged.merge(p.name(), p, SchemaReader::stricter);
            } else if (!(r.schema() instanceof Schema.AnySchema) && !(r.schema() instanceof Schema.MapSchema)) {
                report(ParserCode.SpecOpenApiApproximated, pointer + "/allOf/" + i, "allOf of an object and a " + r.schema().jsonType()
                        + " reads the object only", null);
            }
        }
        if (own) {
            io.swagger.v3.oas.models.media.Schema<?> copy = new io.swagger.v3.oas.models.media.Schema<>();
            copy.setProperties(s.getProperties());
            copy.setRequired(s.getRequired());
            if (object(copy, pointer, side, wirePath, depth) instanceof Schema.ObjectSchema o) {
                for (Property p : o.properties()) merged.merge(p.name(), p, SchemaReader::stricter);
            }
        }
        if (s.getRequired() != null) requiredByParts.addAll(s.getRequired());
        for (String r : requiredByParts) merged.computeIfPresent(r, (k, p) -> p.withRequired(true));
        return new Read(new Schema.ObjectSchema(new ArrayList<>(merged.values())), nullable, null);
    }

    private Read union(io.swagger.v3.oas.models.media.Schema<?> s, List<io.swagger.v3.oas.models.media.Schema> variants, String pointer,
            Side side, String wirePath, int depth, boolean nullable) {
        String kind = s.getOneOf() != null ? "oneOf" : "anyOf";
        List<Read> reads = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            io.swagger.v3.oas.models.media.Schema<?> v = variants.get(i);
            if (isNull(v)) {
                nullable = true;
                continue;
            }
            reads.add(read(v, pointer + "/" + kind + "/" + i, side, wirePath, depth + 1));
        }
        if (reads.size() == 1) return new Read(reads.get(0).schema(), reads.get(0).nullable() || nullable, reads.get(0).component());
        if (reads.isEmpty()) return new Read(new Schema.AnySchema(), true, null);
        // variants are told apart by their fields: a component's object itself
        List<Read> refs = reads;
        reads = reads.stream().map(this::resolved).toList();
        Schema.UnionSchema sealed = sealed(s, refs, reads, pointer + "/" + kind);
        if (sealed != null) return new Read(sealed, nullable, null);
        if (reads.stream().allMatch(r -> r.schema() instanceof Schema.ObjectSchema || r.schema() instanceof Schema.MapSchema)) {
            // one record holding every variant's fields: a field is required only where every variant requires it; a
            // free-form variant adds none (the record keeps the fields it does not know)
            List<Read> objects = reads.stream().filter(r -> r.schema() instanceof Schema.ObjectSchema).toList();
            if (objects.isEmpty()) return new Read(new Schema.MapSchema(new Schema.AnySchema()), nullable, null);
            if (objects.size() == 1 && reads.size() == 1) return objects.get(0);
            Schema.ObjectSchema merged = Schema.UnionSchema.mergedFields(objects.stream().map(r -> (Schema.ObjectSchema) r.schema()).toList(),
                    reads.size());
            String disc = s.getDiscriminator() == null ? null : s.getDiscriminator().getPropertyName();
            report(ParserCode.SpecOpenApiApproximated, pointer + "/" + kind, kind + " of " + reads.size() + " object schemas"
                    + (disc != null ? " (discriminator `" + disc + "`)" : "") + " reads as one record with the fields of all of them, "
                    + "optional where a variant lacks them", null);
            return new Read(merged, nullable, null);
        }
        if (reads.stream().allMatch(r -> r.schema() instanceof Schema.EnumSchema e && e.kind() == EnumKind.STRING
                || r.schema() instanceof Schema.StringSchema)) {
            if (reads.stream().allMatch(r -> r.schema() instanceof Schema.EnumSchema)) {
                List<String> all = new ArrayList<>();
                for (Read r : reads) for (String v : ((Schema.EnumSchema) r.schema()).values()) if (!all.contains(v)) all.add(v);
                return new Read(new Schema.EnumSchema(EnumKind.STRING, all, false), nullable, null);
            }
            return new Read(new Schema.StringSchema(null), nullable, null);
        }
        report(ParserCode.SpecOpenApiApproximated, pointer + "/" + kind, kind + " of " + describe(reads) + " reads as any JSON value", null);
        return new Read(new Schema.AnySchema(refs.stream().map(Read::schema).toList()), nullable, null);
    }

    /**
     * A union with a discriminator whose every variant is an object with a value of its own: a sealed interface. The
     * value comes from the discriminator's mapping, else from the variant's one-value enum for the property, else (as
     * OpenAPI says) from the component's name. Null when a variant has none, or two share one.
     */
    private Schema.@Nullable UnionSchema sealed(io.swagger.v3.oas.models.media.Schema<?> s, List<Read> refs, List<Read> reads, String pointer) {
        if (s.getDiscriminator() == null || s.getDiscriminator().getPropertyName() == null) return null;
        String property = s.getDiscriminator().getPropertyName();
        Map<String, String> valueByComponent = new LinkedHashMap<>();
        if (s.getDiscriminator().getMapping() != null) {
            s.getDiscriminator().getMapping().forEach((value, ref) -> valueByComponent.putIfAbsent(ref.substring(ref.lastIndexOf('/') + 1), value));
        }
        List<Schema.UnionSchema.Variant> out = new ArrayList<>();
        Set<String> values = new java.util.HashSet<>();
        Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < reads.size(); i++) {
            Read r = reads.get(i);
            if (!(r.schema() instanceof Schema.ObjectSchema o)) return null;
            Property disc = o.property(property);
            String value = r.component() != null ? valueByComponent.get(r.component()) : null;
            if (value == null && disc != null && disc.schema() instanceof Schema.EnumSchema e && e.values().size() == 1) value = e.values().get(0);
            if (value == null) value = r.component();
            if (value == null || disc == null || !values.add(value)) {
                report(ParserCode.SpecOpenApiApproximated, pointer, "a variant of the union on `" + property + "` has no value of its own for it,"
                        + " or shares one", "give each variant a one-value enum for `" + property + "`, or a discriminator mapping");
                return null;
            }
            String name = r.component() != null ? r.component() : value;
            if (!names.add(name)) return null;
            // a shared component stays one type: the union's variant is that record
            String component = refs.get(i).schema() instanceof Schema.RefSchema ref ? ref.key() : null;
            out.add(new Schema.UnionSchema.Variant(value, name, o, component));
        }
        return new Schema.UnionSchema(property, out);
    }

    private static String describe(List<Read> reads) {
        List<String> types = new ArrayList<>();
        for (Read r : reads) types.add(r.schema().jsonType());
        return String.join(", ", types);
    }

    private static boolean isNull(io.swagger.v3.oas.models.media.Schema<?> v) {
        if (v == null) return false;
        if ("null".equals(v.getType())) return true;
        return v.getTypes() != null && v.getTypes().size() == 1 && v.getTypes().contains("null");
    }

    /**
     * An enum's values as the file writes them: swagger-parser's integer schema reads an integer past a long's range
     * ({@code 18446744073709551615}) as null, which is not the null the spec would allow.
     */
    private List<?> enumValues(List<?> values, String pointer) {
        if (!values.contains(null)) return values;
        List<Object> out = new ArrayList<>(values);
        for (int i = 0; i < out.size(); i++) {
            String big = out.get(i) == null ? at.bigInteger(pointers.of(pointer + "/enum/" + i)) : null;
            if (big != null) out.set(i, new java.math.BigInteger(big));
        }
        return out;
    }

    private Schema enumOf(List<?> values, @Nullable String type, String pointer) {
        EnumKind kind = "integer".equals(type) ? EnumKind.INTEGER : "number".equals(type) ? EnumKind.NUMBER : EnumKind.STRING;
        if (type == null && values.stream().allMatch(v -> v == null || v instanceof Number)) {
            kind = values.stream().allMatch(v -> v == null || v instanceof Integer || v instanceof Long || v instanceof java.math.BigInteger)
                    ? EnumKind.INTEGER : EnumKind.NUMBER;
        }
        List<String> out = new ArrayList<>();
        for (Object v : values) {
            if (v == null) continue;
            String text = v instanceof BigDecimal d ? d.toPlainString() : v instanceof JsonNode n ? n.asText() : String.valueOf(v);
            if (!out.contains(text)) out.add(text);
        }
        if (out.isEmpty()) return new Schema.AnySchema();
        return new Schema.EnumSchema(kind, out, false);
    }

    /** Reports each constraint and keyword docpoet does not model, once per place. */
    private void unmodeled(io.swagger.v3.oas.models.media.Schema<?> s, String pointer) {
        List<String> found = new ArrayList<>();
        if (s.getNot() != null) found.add("not");
        if (s.getPattern() != null) found.add("pattern");
        if (s.getMinLength() != null) found.add("minLength");
        if (s.getMaxLength() != null) found.add("maxLength");
        if (s.getMinimum() != null) found.add("minimum");
        if (s.getMaximum() != null) found.add("maximum");
        if (s.getExclusiveMinimumValue() != null || Boolean.TRUE.equals(s.getExclusiveMinimum())) found.add("exclusiveMinimum");
        if (s.getExclusiveMaximumValue() != null || Boolean.TRUE.equals(s.getExclusiveMaximum())) found.add("exclusiveMaximum");
        if (s.getMultipleOf() != null) found.add("multipleOf");
        if (s.getMinItems() != null) found.add("minItems");
        if (s.getMaxItems() != null) found.add("maxItems");
        if (Boolean.TRUE.equals(s.getUniqueItems())) found.add("uniqueItems");
        if (s.getMinProperties() != null) found.add("minProperties");
        if (s.getMaxProperties() != null) found.add("maxProperties");
        if (s.getPatternProperties() != null) found.add("patternProperties");
        if (s.getPrefixItems() != null) found.add("prefixItems");
        if (s.getContains() != null) found.add("contains");
        if (s.getIf() != null) found.add("if/then/else");
        if (s.getDependentSchemas() != null) found.add("dependentSchemas");
        if (s.getDependentRequired() != null) found.add("dependentRequired");
        if (s.getXml() != null) found.add("xml");
        if (found.isEmpty()) return;
        report(ParserCode.SpecOpenApiUnmodeled, pointer, String.join(", ", found) + (found.size() == 1 ? " is" : " are")
                + " not modeled: the generated types and validators do not check " + (found.size() == 1 ? "it" : "them"), null);
    }

    private io.swagger.v3.oas.models.media.@Nullable Schema<?> componentOf(String ref) {
        if (!ref.startsWith(COMPONENT) || api.getComponents() == null || api.getComponents().getSchemas() == null) return null;
        return api.getComponents().getSchemas().get(ref.substring(COMPONENT.length()));
    }

    private static @Nullable Object example(io.swagger.v3.oas.models.media.@Nullable Schema<?> p, io.swagger.v3.oas.models.media.@Nullable Schema<?> own) {
        for (io.swagger.v3.oas.models.media.Schema<?> s : java.util.Arrays.asList(p, own)) {
            if (s == null) continue;
            if (s.getExample() != null) return s.getExample();
            if (s.getExamples() != null && !s.getExamples().isEmpty()) return s.getExamples().get(0);
        }
        return null;
    }

    private static @Nullable Object first(io.swagger.v3.oas.models.media.@Nullable Schema<?> p, io.swagger.v3.oas.models.media.@Nullable Schema<?> own,
            java.util.function.Function<io.swagger.v3.oas.models.media.Schema<?>, Object> get) {
        if (p != null && get.apply(p) != null) return get.apply(p);
        return own == null ? null : get.apply(own);
    }

    static @Nullable JsonValue value(@Nullable Object v) {
        if (v == null) return null;
        try {
            return JsonValue.of(v instanceof JsonNode n ? n : JSON.valueToTree(v));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Property stricter(Property a, Property b) {
        return b.withRequired(a.required() || b.required());
    }

    private void report(ParserCode code, String pointer, String message, @Nullable String hint) {
        String key = code + pointer + message;
        if (reported.add(key)) sink.report(code, at.at(pointers.of(pointer)), message, hint);
    }
}
