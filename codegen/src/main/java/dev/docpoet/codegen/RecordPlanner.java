package dev.docpoet.codegen;

import com.palantir.javapoet.ClassName;
import dev.docpoet.codegen.Plans.Shape;
import dev.docpoet.codegen.RecordDraft.ComponentDraft;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.Property;
import dev.docpoet.spec.Schema;
import dev.docpoet.spec.SourceLocation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Plans one record and what its fields need: a Java name per component, a record nested for each object field, a union
 * for each discriminated field, an enum claim for each enum field, a constant for a one-value field. Keeps every
 * generated class within what javac and file systems take (nesting depth, file name length, constructor size).
 */
final class RecordPlanner {
    /** Nesting deeper than this becomes {@code Map<String, Object>}: class file names have a length limit. */
    static final int MAX_NESTING = 24;
    /**
     * The longest binary name a record may have ({@code Outer$Inner}), in UTF-8 bytes: its builder's class file,
     * {@code Outer$Inner$Builder.class}, must stay under the 255 bytes most file systems allow.
     */
    static final int BINARY_NAME_BUDGET = 220;
    /** The most components a record gets: a constructor takes at most 255 parameters, one is additionalProperties. */
    static final int MAX_COMPONENTS = 250;
    /** The longest enum value (UTF-8 bytes) that becomes a constant. */
    static final int MAX_ENUM_VALUE_BYTES = 1024;
    /** The most values an enum class gets: its lookup switch and constants must fit a class file's 64 KiB methods. */
    static final int MAX_ENUM_VALUES = 500;
    static final int MIN_NESTED_NAME = 12;

    private final Function<String, String> label;
    private final NameSources names;
    private final EnumPlanner enums;
    private final UnionPlanner unions;
    private final List<Diagnostic> diagnostics;
    private final Map<String, ClassName> components;
    private final Set<String> topLevelNames;
    private final Map<ClassName, List<ClassName>> implemented = new LinkedHashMap<>();

    /**
     * @param components the record of each shared component, by key
     * @param topLevelNames the simple names of every top-level record
     */
    RecordPlanner(Function<String, String> label, NameSources names, EnumPlanner enums, Map<String, ClassName> components,
            Set<String> topLevelNames, List<Diagnostic> diagnostics) {
        this.label = label;
        this.components = Map.copyOf(components);
        this.topLevelNames = Set.copyOf(topLevelNames);
        this.names = names;
        this.enums = enums;
        this.diagnostics = diagnostics;
        this.unions = new UnionPlanner(this, names);
    }

    /** The record of a shared component, by key; null when it has none (not an object with fields). */
    @org.jspecify.annotations.Nullable ClassName shared(String key) {
        return components.get(key);
    }

    /** The simple names of every top-level record. */
    Set<String> topLevelNames() {
        return topLevelNames;
    }

    /** Notes that a shared component's record is a variant of {@code sealed}; see {@link #interfacesOf}. */
    void implement(ClassName record, ClassName sealed) {
        List<ClassName> list = implemented.computeIfAbsent(record, k -> new ArrayList<>());
        if (!list.contains(sealed)) list.add(sealed);
    }

    /** The unions a shared component's record is a variant of, in the order they were planned. */
    List<ClassName> interfacesOf(ClassName record) {
        return implemented.getOrDefault(record, List.of());
    }

    static int binaryLength(ClassName name) {
        return String.join("$", name.simpleNames()).getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * Where a record sits and what it must not be named: its place, the simple names of it and its enclosing records
     * (outermost first), how deep it is nested, the names nested anywhere in its top-level record so far, and whether
     * a client sends it (in a request body), so that it gets a builder even when every field is required.
     */
    record Place(List<String> enclosing, int depth, FieldKeys keys, Set<String> nestedNames, boolean sent) {
        Place inner(String name, int deeper, FieldKeys at) {
            List<String> inner = new ArrayList<>(enclosing);
            inner.add(name);
            return new Place(inner, depth + deeper, at, nestedNames, sent);
        }
    }

    /**
     * @param interfaces the sealed interfaces the record is a variant of
     */
    RecordDraft record(ClassName name, Schema.ObjectSchema documented, Plans.RecordDoc doc, SourceLocation at, String sourceLabel,
            Place place, List<ClassName> interfaces) {
        Schema.ObjectSchema schema = documented;
        if (documented.properties().size() > MAX_COMPONENTS) {
            // a record's canonical constructor takes at most 255 parameters; the rest are kept, untyped
            List<Property> kept = documented.properties().subList(0, MAX_COMPONENTS);
            Property first = documented.properties().get(MAX_COMPONENTS);
            diagnostics.add(new Diagnostic(GeneratorCode.GenTooManyFields, name.simpleName() + " documents "
                    + documented.properties().size() + " fields, more than the " + MAX_COMPONENTS + " a Java record can hold; `"
                    + first.name() + "` and the " + (documented.properties().size() - MAX_COMPONENTS - 1)
                    + " after it are read into additionalProperties, untyped", first.location(), "split the object in the docs"));
            schema = new Schema.ObjectSchema(kept);
        }
        NameScope members = new NameScope(Set.of());
        // what a client sends is built with a builder even when all is required: an optional field the docs add later
        // then changes no call site (a record's constructor lists every component)
        boolean builder = !schema.properties().isEmpty() && place.sent() || schema.properties().stream().anyMatch(p -> !p.required() || p.nullable());
        if (builder) {
            // the record's builder methods (BuilderWriter)
            members.take("builder");
            members.take("toBuilder");
        }
        // a top-level record's validate() (ValidatorWriter), whether or not it is written, so that names never depend on it
        if (place.depth() == 0) members.take("validate");
        Map<Property, String> javaNames = memberNames(schema, members);
        String extraName = members.allocate("additionalProperties", "extraProperties", "unknownProperties");
        RecordDraft draft = new RecordDraft(name, doc, at, sourceLabel, extraName, interfaces, builder);
        Set<String> reserved = new HashSet<>(JavaNames.RESERVED_SIMPLE_NAMES);
        reserved.addAll(place.enclosing());
        if (builder) reserved.add(BuilderWriter.BUILDER);
        NameScope nestedScope = new NameScope(reserved);
        NameScope constants = new NameScope(Set.of());
        for (Property p : schema.properties()) {
            draft.add(component(draft, p, javaNames.get(p), nestedScope, place, sourceLabel, constants));
        }
        return draft;
    }

    /** A Java name per component: exact names first, so that {@code id} keeps its name and {@code _id} yields. */
    private Map<Property, String> memberNames(Schema.ObjectSchema schema, NameScope members) {
        Map<Property, String> javaNames = new LinkedHashMap<>();
        for (Property p : schema.properties()) {
            String m = JavaNames.member(p.name());
            if (m.equals(p.name()) && members.isFree(m)) {
                members.take(m);
                javaNames.put(p, m);
            }
        }
        for (Property p : schema.properties()) {
            if (javaNames.containsKey(p)) continue;
            String obvious = JavaNames.member(p.name());
            String m = p.name().startsWith("_") ? members.allocate(obvious, "underscore" + JavaNames.capitalize(obvious))
                    : members.allocate(obvious);
            javaNames.put(p, m);
            boolean plainCamel = m.equals(JavaNames.lowerCamel(p.name())) && !p.name().isEmpty() && Character.isLetter(p.name().codePointAt(0));
            if (!plainCamel) {
                diagnostics.add(new Diagnostic(GeneratorCode.GenJavaName, "`" + p.name() + "` is `" + m + "` in Java"
                        + (obvious.equals(m) ? "" : " (`" + obvious + "` is taken)"), p.location(), null));
            }
        }
        return javaNames;
    }

    private ComponentDraft component(RecordDraft parent, Property p, String javaName, NameScope nestedScope, Place place,
            String sourceLabel, NameScope constants) {
        Schema s = p.schema();
        Shape shape = s instanceof Schema.ArraySchema ? Shape.LIST : s instanceof Schema.MapSchema ? Shape.MAP : Shape.ONE;
        Schema element = s instanceof Schema.ArraySchema a ? a.items() : s instanceof Schema.MapSchema m ? m.values() : s;
        FieldKeys keys = place.keys().field(p.name());
        String format = element instanceof Schema.StringSchema str ? str.format() : null;
        int room = BINARY_NAME_BUDGET - binaryLength(parent.name);
        int depth = place.depth();
        if (element instanceof Schema.UnionSchema u && !(depth + 1 < MAX_NESTING && room >= 3 * MIN_NESTED_NAME)) {
            // no room for an interface and its records: the one record of every variant's fields
            element = u.merged();
        }
        RecordDraft.Value value;
        if (element instanceof Schema.RefSchema ref) {
            ClassName shared = components.get(ref.key());
            value = new RecordDraft.Ready(shared != null ? new Plans.RecordRef(shared) : new Plans.Scalar(TypeMapper.anyObject()));
        } else if (element instanceof Schema.UnionSchema u) {
            RecordDraft.UnionDraft union = unions.union(parent, p, u, nestedScope, place, keys, sourceLabel, room);
            parent.nest(union);
            value = new RecordDraft.OfUnion(union);
        } else if (element instanceof Schema.ObjectSchema o && !o.properties().isEmpty() && depth < MAX_NESTING && room >= MIN_NESTED_NAME) {
            String nestedName = nestedName(p, nestedScope, keys, room);
            place.nestedNames().add(nestedName);
            RecordDraft nested = record(parent.name.nestedClass(nestedName), o, fieldDoc(p), p.location(), sourceLabel,
                    place.inner(nestedName, 1, keys), List.of());
            parent.nest(nested);
            value = new RecordDraft.Nested(nested);
        } else if (element instanceof Schema.ObjectSchema o && !o.properties().isEmpty()) {
            diagnostics.add(new Diagnostic(GeneratorCode.GenTooDeep, "`" + p.name() + "` is nested " + (depth < MAX_NESTING
                    ? "so deep that its class's file name would pass the file system's limit" : "more than " + MAX_NESTING + " objects deep")
                    + "; it is a Map<String, Object> in Java", p.location(), "flatten the doc's nesting"));
            value = new RecordDraft.Ready(new Plans.Scalar(TypeMapper.anyObject()));
        } else if (element instanceof Schema.EnumSchema e && tooLarge(e)) {
            // a class file holds a string constant of at most 65,535 bytes, and a method of at most 64 KiB of code
            diagnostics.add(new Diagnostic(GeneratorCode.GenEnumTooLarge, "the enum of `" + p.name() + "` has "
                    + (e.values().size() > MAX_ENUM_VALUES ? e.values().size() + " values, more than " + MAX_ENUM_VALUES
                            : "a value longer than " + MAX_ENUM_VALUE_BYTES + " bytes") + "; the field is a plain "
                    + (e.kind() == Schema.EnumKind.STRING ? "String" : "number") + " in Java and its values are not checked",
                    p.location(), "check the Enum: line of the doc"));
            value = new RecordDraft.Ready(new Plans.Scalar(TypeMapper.plainValue(e)));
        } else if (element instanceof Schema.EnumSchema e && e.values().size() == 1 && !e.open() && TypeMapper.constant(e) != null) {
            // a discriminator (or a list or map of the one value): one constant and a validator rule, not a whole enum class
            value = new RecordDraft.Ready(new Plans.Constant(parent.name, constants.allocate(JavaNames.constant(javaName)), e.values().get(0),
                    TypeMapper.constant(e)));
        } else if (element instanceof Schema.EnumSchema e) {
            value = new RecordDraft.OfEnum(enums.use(e, p, place.enclosing(), keys));
        } else {
            value = new RecordDraft.Ready(new Plans.Scalar(TypeMapper.scalar(element)));
        }
        // an optional list or map is never null (absent reads as empty); a nullable one keeps null apart from empty
        boolean nullableType = shape == Shape.ONE && !p.required() || p.nullable();
        return new ComponentDraft(p, javaName, nullableType, value, shape, format);
    }

    /** The name of a record nested for a field: pinned, else the source's, else from the field's name. */
    private String nestedName(Property p, NameScope scope, FieldKeys keys, int room) {
        TypeNamePin pin = names.pin(keys.pinKey());
        // a nested class's file is Outer$Inner$….class: its name is shortened to what the file system's limit leaves
        String hint = JavaNames.shortened(typeHint(p), Math.min(JavaNames.MAX_TYPE_NAME, room - 4));
        if (pin != null) return names.takeNested(scope, pin);
        String named = names.sourceName(keys.pinKey());
        return named != null ? scope.allocate(JavaNames.shortened(named, Math.min(JavaNames.MAX_TYPE_NAME, room - 4)), hint,
                hint + "Info", hint + "Item")
                : scope.allocate(hint, hint + "Info", hint + "Item");
    }

    private static boolean tooLarge(Schema.EnumSchema e) {
        return e.values().size() > MAX_ENUM_VALUES
                || e.values().stream().anyMatch(v -> v.getBytes(StandardCharsets.UTF_8).length > MAX_ENUM_VALUE_BYTES);
    }

    /** What the Javadoc of a type nested for a field tells: the field's description. */
    Plans.FieldDoc fieldDoc(Property p) {
        return new Plans.FieldDoc(p.descriptionMarkdown(), label.apply(p.location().file()), p.location());
    }

    /**
     * The name a property's nested type wants: {@code source} → Source, {@code conversationParts} → ConversationPart,
     * a map {@code pricing} → PricingValue.
     */
    static String typeHint(Property p) {
        if (p.schema() instanceof Schema.MapSchema) return JavaNames.upperCamel(p.name()) + "Value";
        return p.schema() instanceof Schema.ArraySchema ? JavaNames.itemTypeName(p.name()) : JavaNames.upperCamel(p.name());
    }
}
