package dev.docpoet.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.docpoet.codegen.Plans.ComponentPlan;
import dev.docpoet.codegen.Plans.EnumPlan;
import dev.docpoet.codegen.Plans.EnumUse;
import dev.docpoet.codegen.Plans.RecordPlan;
import dev.docpoet.codegen.Plans.UnionPlan;
import dev.docpoet.codegen.TopLevelNames.Claim;
import dev.docpoet.spec.ApiModel;
import dev.docpoet.spec.Body;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.Property;
import dev.docpoet.spec.Response;
import dev.docpoet.spec.Schema;
import dev.docpoet.spec.Shapes;
import dev.docpoet.spec.SourceLocation;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import javax.lang.model.SourceVersion;
import org.jspecify.annotations.Nullable;

/**
 * Decides every generated type and name before any code is written. Each request or response body is a record named
 * after its own endpoint and role ({@link TypeNaming}); bodies that get the same name and have the same shape are one
 * record. Each enum is named after its own field. All top-level names come from one allocator ({@link TopLevelNames}),
 * so that adding or removing a page never renames another endpoint's types, and input order never matters.
 */
final class ModelPlanner {
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
    private static final int MIN_NESTED_NAME = 12;

    private static int binaryLength(ClassName name) {
        return String.join("$", name.simpleNames()).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    private static final Set<String> GENERIC = Set.of("type", "status", "state", "kind", "code", "category", "mode",
            "level", "role", "format", "source", "object", "value", "name", "action", "reason", "method", "scope",
            "stage", "phase", "priority", "tier", "unit", "result", "direction", "order", "sort", "visibility");
    private static final ClassName LIST = ClassName.get("java.util", "List");
    private static final ClassName MAP = ClassName.get("java.util", "Map");

    /**
     * The plan for one doc set.
     *
     * @param bodyTypes the Java type of every body that has one, by {@link BodyKey}
     */
    record Plan(List<RecordPlan> records, List<EnumPlan> enums, Map<BodyKey, TypeName> bodyTypes, List<Diagnostic> diagnostics) {}

    private final CodeGenerator.Options options;
    private final Function<String, String> label;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<String, TypeNamePin> pins = new TreeMap<>();
    private final Set<String> usedPins = new HashSet<>();
    /** Names the docs' sources give bodies and fields (a spec's component schemas), keyed as pins are. */
    private Map<String, String> sourceNames = Map.of();
    private final List<EnumUse> enumUses = new ArrayList<>();

    ModelPlanner(CodeGenerator.Options options) {
        this.options = options;
        this.label = options.labels();
    }

    /**
     * One body that becomes (or shares) a top-level record.
     *
     * @param array whether the body is a container of the record: a list, or a map when {@code map}
     */
    private record Use(Endpoint endpoint, @Nullable String status, TypeNaming.Role role, Body body, Schema.ObjectSchema object,
            boolean array, boolean map) {
        String key() {
            return endpoint.signature() + " " + (status == null ? "request" : status);
        }

        String pinKey() {
            return TypeNamePin.key(endpoint.method(), endpoint.path(), status == null ? "request" : status);
        }

        BodyKey bodyKey() {
            return new BodyKey(endpoint.method(), endpoint.path(), status);
        }
    }

    Plan plan(ApiModel model) {
        readPins();
        sourceNames = model.typeNames();
        List<Use> uses = new ArrayList<>();
        for (Endpoint e : model.endpoints()) collectUses(e, uses);
        uses.sort(Comparator.comparing(Use::key));

        // top-level record names
        Map<Use, Claim> claims = new LinkedHashMap<>();
        for (Use u : uses) {
            TypeNamePin pin = pin(u.pinKey());
            List<String> candidates = pin != null ? List.of(pin.name())
                    : sourceNamed(u.pinKey(), TypeNaming.candidates(u.endpoint(), u.role(), u.status() == null ? "" : u.status(),
                            JavaNames.upperCamel(StatusPhrases.of(u.status() == null ? "" : u.status())), u.array()));
            claims.put(u, new Claim(u.key(), candidates, Shapes.key(u.object()), TopLevelNames.Kind.RECORD, pin != null,
                    u.body().location(), Set.of()));
        }
        TopLevelNames names = new TopLevelNames(reserved(), diagnostics);
        names.allocate(new ArrayList<>(claims.values()));
        Map<String, List<Use>> byName = new TreeMap<>();
        for (Use u : uses) byName.computeIfAbsent(claims.get(u).name(), k -> new ArrayList<>()).add(u);

        // records, nested records, and the enums their fields use
        List<RecordPlan> records = new ArrayList<>();
        Map<BodyKey, TypeName> bodyTypes = new TreeMap<>();
        for (Map.Entry<String, List<Use>> e : byName.entrySet()) {
            Use first = e.getValue().get(0);
            ClassName name = ClassName.get(options.packageName(), e.getKey());
            Set<String> nested = new HashSet<>();
            int enumsBefore = enumUses.size();
            records.add(record(name, first.object(), topJavadoc(e.getValue()), first.body().location(),
                    label.apply(first.body().location().file()), List.of(e.getKey()), 0,
                    new Keys(first.key(), first.pinKey()), nested));
            // an enum used in this file must not take the name of a record nested in it (the nested one would hide it)
            for (EnumUse u : enumUses.subList(enumsBefore, enumUses.size())) u.claim.blocked.addAll(nested);
            for (Use u : e.getValue()) {
                bodyTypes.put(u.bodyKey(), u.map() ? ParameterizedTypeName.get(MAP, ClassName.get(String.class), name)
                        : u.array() ? ParameterizedTypeName.get(LIST, name) : name);
            }
        }

        // enum names: after records, which win a name over them
        List<Claim> all = new ArrayList<>(claims.values());
        enumUses.forEach(u -> all.add(u.claim));
        names.allocate(all);
        names.report(all);
        Map<String, EnumPlan> enums = new TreeMap<>();
        for (EnumUse u : enumUses.stream().sorted(Comparator.comparing(u -> u.claim.key)).toList()) {
            u.plan = enums.computeIfAbsent(u.claim.name(), n -> enumPlan(n, u));
        }
        for (TypeNamePin p : pins.values()) {
            if (!usedPins.contains(p.key())) {
                diagnostics.add(new Diagnostic(GeneratorCode.GenPinUnused, "the type name pinned for `" + p.of()
                        + "` matches no body or field of the docs", p.at(), "write it as METHOD /path STATUS|request [/field/…]"));
            }
        }
        return new Plan(records, List.copyOf(enums.values()), bodyTypes, diagnostics);
    }

    private void readPins() {
        for (TypeNamePin p : options.pins()) {
            String key = p.key();
            if (key == null) {
                diagnostics.add(new Diagnostic(GeneratorCode.GenPinInvalid, "`" + p.of() + "` does not name a body",
                        p.at(), "write METHOD /path STATUS, METHOD /path request, or either followed by /field/…"));
            } else if (!SourceVersion.isIdentifier(p.name()) || SourceVersion.isKeyword(p.name())) {
                diagnostics.add(new Diagnostic(GeneratorCode.GenPinInvalid, "`" + p.name() + "` is not a Java type name",
                        p.at(), "pin a name such as Ticket"));
            } else if (pins.putIfAbsent(key, p) != null) {
                diagnostics.add(new Diagnostic(GeneratorCode.GenPinInvalid, "`" + p.of() + "` is pinned twice", p.at(), "keep one pin"));
            }
        }
    }

    /** The name the docs' source gives what a key names (a spec's component schema), when it is a usable Java name. */
    private @Nullable String sourceName(String key) {
        String name = sourceNames.get(key.strip());
        if (name == null) return null;
        String java = JavaNames.upperCamel(name);
        return java.isEmpty() || !javax.lang.model.SourceVersion.isName(java) || JavaNames.RESERVED_SIMPLE_NAMES.contains(java) ? null
                : JavaNames.shortened(java, JavaNames.MAX_TYPE_NAME);
    }

    /** The candidates a body's record is named from, the source's own name first. */
    private List<String> sourceNamed(String key, List<String> candidates) {
        String named = sourceName(key);
        if (named == null || candidates.contains(named)) return candidates;
        List<String> out = new ArrayList<>();
        out.add(named);
        out.addAll(candidates);
        return out;
    }

    private @Nullable TypeNamePin pin(String key) {
        TypeNamePin p = pins.get(key);
        if (p != null) usedPins.add(key);
        return p;
    }

    private Set<String> reserved() {
        Set<String> r = new HashSet<>(JavaNames.RESERVED_SIMPLE_NAMES);
        r.addAll(options.reservedNames());
        return r;
    }

    private static void collectUses(Endpoint e, List<Use> out) {
        if (e.requestBody() != null) add(e, null, TypeNaming.Role.REQUEST, e.requestBody(), out);
        boolean firstSuccess = true;
        for (Response r : e.responses()) {
            if (r.body() == null || objectOf(r.body().schema()) == null) continue;
            TypeNaming.Role role;
            if (r.isError()) {
                role = TypeNaming.Role.ERROR;
            } else if (r.isSuccess() && firstSuccess) {
                role = TypeNaming.Role.SUCCESS;
                firstSuccess = false;
            } else {
                role = TypeNaming.Role.OTHER_SUCCESS;
            }
            add(e, r.status(), role, r.body(), out);
        }
    }

    private static void add(Endpoint e, @Nullable String status, TypeNaming.Role role, Body body, List<Use> out) {
        Schema.ObjectSchema object = objectOf(body.schema());
        if (object == null) return;
        out.add(new Use(e, status, role, body, object, body.schema() instanceof Schema.ArraySchema || body.schema() instanceof Schema.MapSchema,
                body.schema() instanceof Schema.MapSchema));
    }

    /** The object a body carries: the body itself, or the items of a top-level array or map; null without properties. */
    private static Schema.@Nullable ObjectSchema objectOf(@Nullable Schema s) {
        Schema.ObjectSchema o = s instanceof Schema.ObjectSchema os ? os
                : s instanceof Schema.ArraySchema a && a.items() instanceof Schema.ObjectSchema items ? items
                : s instanceof Schema.MapSchema m && m.values() instanceof Schema.ObjectSchema values ? values : null;
        return o == null || o.properties().isEmpty() ? null : o;
    }

    /** "Body of a 200 response to {@code GET /x} (Title)." for each use, one paragraph each, then the source. */
    private String topJavadoc(List<Use> uses) {
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        for (Use u : uses) {
            if (shown == 8) {
                sb.append("<p>And ").append(uses.size() - 8).append(" more bodies of the same shape.\n\n");
                break;
            }
            if (shown > 0) sb.append("<p>Also the ");
            String code = "{@code " + Javadocs.escape(u.endpoint().signature()) + "}";
            String what = u.status() == null ? "body of a " + code + " request"
                    : "body of " + (u.array() ? "each item of " : "") + "a " + u.status() + " response to " + code;
            sb.append(shown == 0 ? Character.toUpperCase(what.charAt(0)) + what.substring(1) : what);
            String title = u.endpoint().title();
            if (title != null && !title.isBlank()) sb.append(" (").append(Javadocs.markdown(title.strip())).append(')');
            sb.append(".\n\n");
            shown++;
        }
        Use first = uses.get(0);
        // the body's own file: a page that points at a spec has its fields from the spec
        sb.append("<p>").append(Javadocs.source(label.apply(first.body().location().file()), first.body().location())).append('\n');
        return sb.toString();
    }

    /** Where a field sits, by its wire names: for messages ({@code GET /a/{id} 200 /x/y}) and for pins. */
    private record Keys(String display, String pin, String pointer) {
        Keys(String display, String pin) {
            this(display, pin, "");
        }

        Keys field(String wireName) {
            return new Keys(display, pin, pointer + "/" + wireName);
        }

        String displayKey() {
            return display + " " + pointer;
        }

        String pinKey() {
            return pin + " " + pointer;
        }
    }

    // ---- records

    private RecordPlan record(ClassName name, Schema.ObjectSchema documented, String javadoc, SourceLocation at,
            String sourceLabel, List<String> enclosing, int depth, Keys keys, Set<String> nestedNames) {
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
        boolean builder = schema.properties().stream().anyMatch(p -> !p.required() || p.nullable());
        if (builder) {
            // the record's builder methods (BuilderWriter)
            members.take("builder");
            members.take("toBuilder");
        }
        Map<Property, String> javaNames = new LinkedHashMap<>();
        // exact names first, so that `id` keeps its name and `_id` yields
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
        String extraName = members.allocate("additionalProperties", "extraProperties", "unknownProperties");
        RecordPlan plan = new RecordPlan(name, javadoc, at, sourceLabel, extraName);
        Set<String> reserved = new HashSet<>(JavaNames.RESERVED_SIMPLE_NAMES);
        reserved.addAll(enclosing);
        if (builder) reserved.add(BuilderWriter.BUILDER);
        NameScope nestedScope = new NameScope(reserved);
        NameScope constants = new NameScope(Set.of());
        for (Property p : schema.properties()) {
            plan.components().add(component(plan, p, javaNames.get(p), nestedScope, enclosing, depth, sourceLabel,
                    keys.field(p.name()), nestedNames, constants));
        }
        return plan;
    }

    private ComponentPlan component(RecordPlan parent, Property p, String javaName, NameScope nestedScope,
            List<String> enclosing, int depth, String sourceLabel, Keys keys, Set<String> nestedNames, NameScope constants) {
        Schema s = p.schema();
        boolean list = s instanceof Schema.ArraySchema;
        boolean map = s instanceof Schema.MapSchema;
        Schema element = list ? ((Schema.ArraySchema) s).items() : map ? ((Schema.MapSchema) s).values() : s;
        RecordPlan nested = null;
        EnumUse enumUse = null;
        ComponentPlan.Constant constant = null;
        TypeName scalar = ClassName.OBJECT;
        String format = element instanceof Schema.StringSchema str ? str.format() : null;
        int room = BINARY_NAME_BUDGET - binaryLength(parent.name());
        UnionPlan union = null;
        if (element instanceof Schema.UnionSchema u && !(depth + 1 < MAX_NESTING && room >= 3 * MIN_NESTED_NAME)) {
            // no room for an interface and its records: the one record of every variant's fields
            element = u.merged();
        }
        if (element instanceof Schema.UnionSchema u) {
            union = union(parent, p, u, nestedScope, enclosing, depth, sourceLabel, keys, nestedNames, room);
        } else if (element instanceof Schema.ObjectSchema o && !o.properties().isEmpty() && depth < MAX_NESTING && room >= MIN_NESTED_NAME) {
            TypeNamePin pin = pin(keys.pinKey());
            // a nested class's file is Outer$Inner$….class: its name is shortened to what the file system's limit leaves
            String hint = JavaNames.shortened(typeHint(p), Math.min(JavaNames.MAX_TYPE_NAME, room - 4));
            String named = sourceName(keys.pinKey());
            String nestedName = pin != null ? pinnedNested(nestedScope, pin)
                    : named != null ? nestedScope.allocate(JavaNames.shortened(named, Math.min(JavaNames.MAX_TYPE_NAME, room - 4)), hint,
                            hint + "Info", hint + "Item")
                            : nestedScope.allocate(hint, hint + "Info", hint + "Item");
            nestedNames.add(nestedName);
            List<String> inner = new ArrayList<>(enclosing);
            inner.add(nestedName);
            nested = record(parent.name().nestedClass(nestedName), o, Javadocs.block(p.descriptionMarkdown(), label.apply(p.location().file()),
                    p.location()).toString(),
                    p.location(), sourceLabel, inner, depth + 1, keys, nestedNames);
            parent.nested().add(nested);
        } else if (element instanceof Schema.ObjectSchema o && !o.properties().isEmpty()) {
            diagnostics.add(new Diagnostic(GeneratorCode.GenTooDeep, "`" + p.name() + "` is nested " + (depth < MAX_NESTING
                    ? "so deep that its class's file name would pass the file system's limit" : "more than " + MAX_NESTING + " objects deep")
                    + "; it is a Map<String, Object> in Java", p.location(), "flatten the doc's nesting"));
            scalar = ParameterizedTypeName.get(MAP, ClassName.get(String.class), ClassName.OBJECT);
        } else if (element instanceof Schema.EnumSchema e && (e.values().size() > MAX_ENUM_VALUES || e.values().stream()
                .anyMatch(v -> v.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_ENUM_VALUE_BYTES))) {
            // a class file holds a string constant of at most 65,535 bytes, and a method of at most 64 KiB of code
            diagnostics.add(new Diagnostic(GeneratorCode.GenEnumTooLarge, "the enum of `" + p.name() + "` has "
                    + (e.values().size() > MAX_ENUM_VALUES ? e.values().size() + " values, more than " + MAX_ENUM_VALUES
                            : "a value longer than " + MAX_ENUM_VALUE_BYTES + " bytes") + "; the field is a plain "
                    + (e.kind() == Schema.EnumKind.STRING ? "String" : "number") + " in Java and its values are not checked",
                    p.location(), "check the Enum: line of the doc"));
            scalar = valueType(e.kind());
        } else if (element instanceof Schema.EnumSchema e && e.values().size() == 1 && !e.open() && !list && !map
                && constantType(e) != null) {
            // a discriminator: one constant and a validator rule, not a whole enum class
            constant = new ComponentPlan.Constant(parent.name(), constants.allocate(JavaNames.constant(javaName)), e.values().get(0),
                    constantType(e));
            scalar = constant.type();
        } else if (element instanceof Schema.EnumSchema e) {
            enumUse = enumUse(e, p, enclosing, keys);
        } else {
            scalar = scalar(element);
        }
        // a list or map the docs let a caller leave out is never null (absent or null reads as empty): no @Nullable
        boolean nullableType = !list && !map && (!p.required() || p.nullable());
        return new ComponentPlan(p, javaName, nullableType, nested, enumUse, scalar, list, map, format, constant, union);
    }

    /**
     * A sealed interface nested in the record that holds the field, named as a nested record would be, with a record per
     * variant nested in it (named by the source, a spec's component, else by the discriminator's value) and a class for
     * the variants the docs do not describe.
     */
    private UnionPlan union(RecordPlan parent, Property p, Schema.UnionSchema u, NameScope nestedScope, List<String> enclosing, int depth,
            String sourceLabel, Keys keys, Set<String> nestedNames, int room) {
        int limit = Math.min(JavaNames.MAX_TYPE_NAME, (room - 4) / 2);
        String hint = JavaNames.shortened(typeHint(p), limit);
        String named = sourceName(keys.pinKey());
        String unionName = named != null ? nestedScope.allocate(JavaNames.shortened(named, limit), hint, hint + "Variant")
                : nestedScope.allocate(hint, hint + "Variant", hint + "Info");
        nestedNames.add(unionName);
        ClassName name = parent.name().nestedClass(unionName);
        // a nested type may not share its enclosing type's name
        NameScope variants = new NameScope(Set.of(unionName, parent.name().simpleName()));
        List<UnionPlan.Variant> planned = new ArrayList<>();
        for (Schema.UnionSchema.Variant v : u.variants()) {
            String byName = JavaNames.shortened(JavaNames.upperCamel(v.name()), limit);
            String byValue = JavaNames.shortened(JavaNames.upperCamel(v.value()), limit);
            String variantName = variants.allocate(byName.isEmpty() ? "Variant" : byName, byValue.isEmpty() ? "Variant" : byValue + "Variant");
            List<String> inner = new ArrayList<>(enclosing);
            inner.add(unionName);
            inner.add(variantName);
            String doc = "The {@code " + Javadocs.escape(v.value()) + "} variant of {@link " + unionName + "}: {@code "
                    + Javadocs.escape(u.discriminator()) + "} is {@code " + Javadocs.escape(v.value()) + "}.";
            RecordPlan r = record(name.nestedClass(variantName), v.schema(), doc, p.location(), sourceLabel, inner, depth + 2, keys, nestedNames);
            r.interfaces().add(name);
            planned.add(new UnionPlan.Variant(v.value(), r));
        }
        String unknown = variants.allocate("Unknown", "UnknownVariant", "Undocumented");
        UnionPlan plan = new UnionPlan(name, Javadocs.block(p.descriptionMarkdown(), label.apply(p.location().file()), p.location()).toString(),
                u.discriminator(), planned, name.nestedClass(unknown));
        parent.unions().add(plan);
        return plan;
    }

    private String pinnedNested(NameScope scope, TypeNamePin pin) {
        if (scope.isFree(pin.name())) {
            scope.take(pin.name());
            return pin.name();
        }
        diagnostics.add(new Diagnostic(GeneratorCode.GenPinInvalid, "the name `" + pin.name() + "` pinned for " + pin.of()
                + " is taken in its record", pin.at(), "pin another name"));
        return scope.allocate(pin.name());
    }

    /**
     * The name a property's nested record wants: {@code source} → Source, {@code conversationParts} → ConversationPart,
     * a map {@code pricing} → PricingValue.
     */
    private static String typeHint(Property p) {
        if (p.schema() instanceof Schema.MapSchema) return JavaNames.upperCamel(p.name()) + "Value";
        return p.schema() instanceof Schema.ArraySchema ? JavaNames.itemTypeName(p.name()) : JavaNames.upperCamel(p.name());
    }

    /** The plain Java type of an enum's values, where no enum class stands for them: String, Long or BigDecimal. */
    static TypeName valueType(Schema.EnumKind kind) {
        return switch (kind) {
            case STRING -> ClassName.get(String.class);
            case INTEGER -> ClassName.get(Long.class);
            case NUMBER -> ClassName.get(java.math.BigDecimal.class);
        };
    }

    /** The Java type of a value that is neither a record nor an enum. */
    static TypeName scalar(Schema s) {
        if (s instanceof Schema.StringSchema str) {
            if ("date-time".equals(str.format())) return ClassName.get(OffsetDateTime.class);
            if ("date".equals(str.format())) return ClassName.get(LocalDate.class);
            return ClassName.get(String.class);
        }
        if (s instanceof Schema.IntegerSchema) return ClassName.get(Long.class);
        // BigDecimal keeps a number exactly as the JSON wrote it (2 stays 2, 0.00025 stays 0.00025); Double would not
        if (s instanceof Schema.NumberSchema) return ClassName.get(java.math.BigDecimal.class);
        if (s instanceof Schema.BooleanSchema) return ClassName.get(Boolean.class);
        if (s instanceof Schema.ObjectSchema) return ParameterizedTypeName.get(MAP, ClassName.get(String.class), ClassName.OBJECT);
        if (s instanceof Schema.ArraySchema a) return ParameterizedTypeName.get(LIST, scalar(a.items()));
        if (s instanceof Schema.MapSchema m) return ParameterizedTypeName.get(MAP, ClassName.get(String.class), scalar(m.values()));
        return ClassName.OBJECT;
    }

    /** The Java type of a single-value enum's constant; null for a value that fits none (a number too large). */
    private static @Nullable TypeName constantType(Schema.EnumSchema e) {
        String v = e.values().get(0);
        return switch (e.kind()) {
            case STRING -> ClassName.get(String.class);
            case INTEGER, NUMBER -> v.matches("-?\\d{1,18}") ? ClassName.get(Long.class)
                    : v.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?") ? ClassName.get(java.math.BigDecimal.class) : null;
        };
    }

    // ---- enums

    /**
     * An enum field asks for its own name: the field's ({@code Channel}), or with its record's for generic words
     * ({@code TicketStatus}); then ever longer ones through the enclosing records.
     */
    private EnumUse enumUse(Schema.EnumSchema e, Property p, List<String> enclosing, Keys keys) {
        String prop = p.schema() instanceof Schema.ArraySchema || p.schema() instanceof Schema.MapSchema
                ? JavaNames.upperCamel(JavaNames.singular(p.name())) : JavaNames.upperCamel(p.name());
        List<String> candidates = new ArrayList<>();
        TypeNamePin pin = pin(keys.pinKey());
        if (pin != null) {
            candidates.add(pin.name());
        } else {
            String named = sourceName(keys.pinKey());
            if (named != null) candidates.add(named);
            boolean generic = GENERIC.contains(p.name().toLowerCase(Locale.ROOT)) || JavaNames.RESERVED_SIMPLE_NAMES.contains(prop);
            if (!generic) candidates.add(prop);
            StringBuilder qualified = new StringBuilder(prop);
            for (int i = enclosing.size() - 1; i >= 0; i--) {
                String outer = enclosing.get(i);
                if (!qualified.toString().startsWith(outer)) qualified.insert(0, outer);
                if (!candidates.contains(qualified.toString())) candidates.add(qualified.toString());
            }
            if (candidates.isEmpty() || generic && !candidates.contains(prop)) candidates.add(prop);
            candidates.add(prop + "Type");
        }
        Claim claim = new Claim(keys.displayKey(), candidates, Shapes.enumKey(e), TopLevelNames.Kind.ENUM, pin != null,
                p.location(), new HashSet<>());
        EnumUse use = new EnumUse(claim, e, p);
        enumUses.add(use);
        return use;
    }

    private EnumPlan enumPlan(String name, EnumUse u) {
        Schema.EnumSchema e = u.schema;
        NameScope constants = new NameScope(Set.of());
        List<String> names = new ArrayList<>();
        for (String v : e.values()) {
            String c = JavaNames.constant(v);
            String allocated = c;
            for (int i = 2; !constants.isFree(allocated); i++) allocated = c + "_" + i;
            constants.take(allocated);
            names.add(allocated);
        }
        String catchAll = constants.allocate("UNKNOWN", "UNRECOGNIZED");
        TypeName wire = switch (e.kind()) {
            case STRING -> ClassName.get(String.class);
            case INTEGER -> TypeName.LONG;
            case NUMBER -> e.values().stream().allMatch(v -> v.matches("-?\\d+")) ? TypeName.LONG : TypeName.DOUBLE;
        };
        return new EnumPlan(ClassName.get(options.packageName(), name), e, names, catchAll, wire, u.property.descriptionMarkdown(),
                u.property.location(), label.apply(u.property.location().file()));
    }
}
