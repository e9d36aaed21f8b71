package dev.docpoet.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.docpoet.codegen.Plans.ComponentPlan;
import dev.docpoet.codegen.Plans.EnumPlan;
import dev.docpoet.codegen.Plans.RecordPlan;
import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Body;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.DiagnosticCode;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.Property;
import dev.docpoet.spec.Response;
import dev.docpoet.spec.Schema;
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
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Decides every generated type and name before any code is written: one record per distinct top-level body (request,
 * success response, error response; identical shapes share one type), one enum per distinct value set, records
 * nested in their parents, and a unique readable Java name for every wire name. Renames are reported as infos.
 */
final class ModelPlanner {
    /** Nesting deeper than this becomes {@code Map<String, Object>}: class file names have a length limit. */
    static final int MAX_NESTING = 24;

    private static final Set<String> GENERIC = Set.of("type", "status", "state", "kind", "code", "category", "mode",
            "level", "role", "format", "source", "object", "value", "name", "action", "reason", "method", "scope",
            "stage", "phase", "priority", "tier", "unit", "result", "direction", "order", "sort", "visibility");
    private static final Pattern VERSION_SEGMENT = Pattern.compile("(?i)v\\d+(?:\\.\\d+)*(?:alpha\\d*|beta\\d*)?|\\d{4}-\\d{2}-\\d{2}.*");
    private static final ClassName LIST = ClassName.get("java.util", "List");
    private static final ClassName MAP = ClassName.get("java.util", "Map");

    /** The plan for one set of docs. */
    record Plan(List<RecordPlan> records, List<EnumPlan> enums, List<Diagnostic> diagnostics) {}

    private final String pkg;
    private final Function<String, String> label;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final NameScope topScope = new NameScope(JavaNames.JAVA_LANG);
    private final Set<String> topNames = new HashSet<>();
    private final Map<String, EnumPlan> enumsByKey = new LinkedHashMap<>();

    ModelPlanner(String pkg, Function<String, String> label) {
        this.pkg = pkg;
        this.label = label;
    }

    /** One body that becomes (or shares) a top-level record. */
    private record Use(ApiDocument doc, Endpoint endpoint, @Nullable String status, Body body) {
        boolean request() {
            return status == null;
        }

        boolean error() {
            return status != null && !status.startsWith("2") && !status.startsWith("1") && !status.startsWith("3");
        }
    }

    private static final class Top {
        final Schema.ObjectSchema schema;
        final List<Use> uses = new ArrayList<>();
        @Nullable String name;

        Top(Schema.ObjectSchema schema) {
            this.schema = schema;
        }
    }

    Plan plan(List<ApiDocument> docs) {
        Map<String, Top> tops = new LinkedHashMap<>();
        List<ApiDocument> sorted = docs.stream().sorted(Comparator.comparing(ApiDocument::source)).toList();
        for (ApiDocument doc : sorted) {
            for (Endpoint e : doc.endpoints()) {
                if (e.requestBody() != null) collect(tops, new Use(doc, e, null, e.requestBody()));
                for (Response r : e.responses()) {
                    if (r.body() != null) collect(tops, new Use(doc, e, r.status(), r.body()));
                }
            }
        }
        for (Top t : tops.values()) t.name = nameTop(t);
        for (Top t : tops.values()) collectEnums(t.schema, t.name, 0);
        List<RecordPlan> records = new ArrayList<>();
        for (Top t : tops.values()) {
            Use first = t.uses.get(0);
            String description = topDescription(t);
            records.add(record(ClassName.get(pkg, t.name), t.schema, description, first.body().location(),
                    label.apply(first.doc().source()), List.of(t.name), 0));
        }
        return new Plan(records, List.copyOf(enumsByKey.values()), diagnostics);
    }

    private void collect(Map<String, Top> tops, Use use) {
        Schema.ObjectSchema object = objectOf(use.body().schema());
        if (object == null || object.properties().isEmpty()) return;
        tops.computeIfAbsent(Shapes.key(object), k -> new Top(object)).uses.add(use);
    }

    /** The object a body carries: the body itself, or the items of a top-level array. */
    private static Schema.@Nullable ObjectSchema objectOf(@Nullable Schema s) {
        if (s instanceof Schema.ObjectSchema o) return o;
        if (s instanceof Schema.ArraySchema a && a.items() instanceof Schema.ObjectSchema o) return o;
        return null;
    }

    private String nameTop(Top t) {
        Use first = t.uses.get(0);
        String base = baseName(first.endpoint());
        String verb = verb(first.endpoint().method());
        String action = actionName(first.endpoint());
        String[] candidates;
        if (action != null && !first.error()) {
            candidates = first.request() ? new String[] {action + "Request"} : new String[] {action + "Response", action + "Result"};
        } else if (first.request()) {
            candidates = new String[] {verb + base + "Request", base + "Request"};
        } else if (first.error()) {
            long statuses = t.uses.stream().map(Use::status).distinct().count();
            String phrase = JavaNames.upperCamel(StatusPhrases.of(first.status()));
            String error = phrase.endsWith("Error") ? phrase : phrase + "Error";
            candidates = statuses > 1 ? new String[] {"ApiError", "ErrorBody", error} : new String[] {error, base + error};
        } else {
            candidates = new String[] {base, verb + base + "Response", base + "Response"};
        }
        String name = topScope.allocate(candidates);
        topNames.add(name);
        if (!name.equals(candidates[0])) {
            String why = JavaNames.JAVA_LANG.contains(candidates[0]) ? candidates[0] + " would hide a type of java.lang or of docpoet"
                    : candidates[0] + " is taken by another type";
            diagnostics.add(new Diagnostic(DiagnosticCode.GenTypeName, "type for " + describe(first) + " is named " + name
                    + " because " + why, first.body().location(), null));
        }
        return name;
    }

    private static String describe(Use u) {
        return (u.request() ? "the request body" : "response " + u.status()) + " of " + u.endpoint().signature();
    }

    /** {@code GET /v2/conversations/{id}} → Conversation; {@code GET /models} → ModelList; {@code GET /search} → SearchResponse. */
    static String baseName(Endpoint e) {
        String last = null;
        boolean endsWithParam = false;
        for (String s : segments(e)) {
            endsWithParam = isParam(s);
            if (!endsWithParam) last = s;
        }
        if (last == null) return "Root";
        String single = JavaNames.singular(last);
        String method = e.method().toUpperCase(Locale.ROOT);
        if (endsWithParam || method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
            return JavaNames.upperCamel(single);
        }
        return single.equals(last) ? JavaNames.upperCamel(last) + "Response" : JavaNames.upperCamel(single) + "List";
    }

    /**
     * {@code POST /orders/{orderId}/cancel} is an action on an order: CancelOrder. Null when the path is not of that
     * shape (a POST whose last literal follows a parameter).
     */
    static @Nullable String actionName(Endpoint e) {
        if (!e.method().equalsIgnoreCase("POST")) return null;
        List<String> segs = segments(e);
        int n = segs.size();
        if (n < 3 || isParam(segs.get(n - 1)) || !isParam(segs.get(n - 2)) || isParam(segs.get(n - 3))) return null;
        return JavaNames.upperCamel(segs.get(n - 1)) + JavaNames.upperCamel(JavaNames.singular(segs.get(n - 3)));
    }

    /** The path's segments that can name something: no empty ones, no versions ({@code v2}, {@code 2024-01-01}). */
    private static List<String> segments(Endpoint e) {
        List<String> out = new ArrayList<>();
        for (String s : e.path().split("/")) {
            if (!s.isEmpty() && !VERSION_SEGMENT.matcher(s).matches()) out.add(s);
        }
        return out;
    }

    private static boolean isParam(String seg) {
        return seg.startsWith("{") || seg.startsWith(":");
    }

    private static String verb(String method) {
        return switch (method.toUpperCase(Locale.ROOT)) {
            case "GET" -> "Get";
            case "POST" -> "Create";
            case "PUT" -> "Replace";
            case "PATCH" -> "Update";
            case "DELETE" -> "Delete";
            default -> JavaNames.upperCamel(method);
        };
    }

    private String topDescription(Top t) {
        StringBuilder sb = new StringBuilder();
        Use first = t.uses.get(0);
        String title = first.endpoint().title();
        if (title != null) sb.append(title).append(title.matches(".*[.!?]$") ? "" : ".").append("\n\n");
        sb.append("The ");
        List<String> uses = t.uses.stream().map(ModelPlanner::describe).distinct().toList();
        sb.append(String.join(", ", uses.subList(0, Math.min(uses.size(), 8))));
        if (uses.size() > 8) sb.append(" and ").append(uses.size() - 8).append(" more");
        sb.append('.');
        return sb.toString();
    }

    // ---- enums

    private void collectEnums(Schema.ObjectSchema o, String parentName, int depth) {
        if (depth > MAX_NESTING) return;
        for (Property p : o.properties()) {
            Schema s = p.schema() instanceof Schema.ArraySchema a ? a.items() : p.schema();
            if (s instanceof Schema.EnumSchema e) {
                enumFor(e, p, parentName);
            } else if (s instanceof Schema.ObjectSchema child) {
                collectEnums(child, typeHint(p), depth + 1);
            }
        }
    }

    private EnumPlan enumFor(Schema.EnumSchema e, Property p, String parentName) {
        String key = Shapes.enumKey(e);
        EnumPlan existing = enumsByKey.get(key);
        if (existing != null) return existing;
        String prop = p.schema() instanceof Schema.ArraySchema ? JavaNames.upperCamel(JavaNames.singular(p.name())) : JavaNames.upperCamel(p.name());
        String qualified = prop.startsWith(parentName) ? prop : parentName + prop;
        boolean generic = GENERIC.contains(p.name().toLowerCase(Locale.ROOT)) || JavaNames.JAVA_LANG.contains(prop);
        String[] candidates = generic ? new String[] {qualified, prop, prop + "Type"} : new String[] {prop, qualified, prop + "Type"};
        String name = topScope.allocate(candidates);
        topNames.add(name);
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
        EnumPlan plan = new EnumPlan(ClassName.get(pkg, name), e, names, catchAll, wire, p.description(), p.location(),
                label.apply(p.location().file()));
        enumsByKey.put(key, plan);
        return plan;
    }

    // ---- records

    private RecordPlan record(ClassName name, Schema.ObjectSchema schema, String description, SourceLocation at,
            String sourceLabel, List<String> enclosing, int depth) {
        RecordPlan plan = new RecordPlan(name, description, at, sourceLabel);
        Set<String> reserved = new HashSet<>(JavaNames.JAVA_LANG);
        reserved.addAll(topNames);
        reserved.addAll(enclosing);
        NameScope nestedScope = new NameScope(reserved);
        NameScope members = new NameScope(Set.of());
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
            boolean plainCamel = m.equals(JavaNames.lowerCamel(p.name())) && Character.isLetter(p.name().codePointAt(0));
            if (!plainCamel) {
                diagnostics.add(new Diagnostic(DiagnosticCode.GenJavaName, "`" + p.name() + "` is `" + m + "` in Java"
                        + (obvious.equals(m) ? "" : " (`" + obvious + "` is taken)"), p.location(), null));
            }
        }
        plan.extraName = members.allocate("additionalProperties", "extraProperties", "unknownProperties");
        for (Property p : schema.properties()) {
            plan.components.add(component(plan, p, javaNames.get(p), nestedScope, enclosing, depth, sourceLabel));
        }
        return plan;
    }

    private ComponentPlan component(RecordPlan parent, Property p, String javaName, NameScope nestedScope,
            List<String> enclosing, int depth, String sourceLabel) {
        Schema s = p.schema();
        boolean list = s instanceof Schema.ArraySchema;
        Schema element = list ? ((Schema.ArraySchema) s).items() : s;
        RecordPlan nested = null;
        EnumPlan enumPlan = null;
        TypeName elementType;
        String format = element instanceof Schema.StringSchema str ? str.format() : null;
        if (element instanceof Schema.ObjectSchema o && !o.properties().isEmpty() && depth < MAX_NESTING) {
            String hint = typeHint(p);
            String nestedName = nestedScope.allocate(hint, hint + "Info", hint + "Item");
            List<String> inner = new ArrayList<>(enclosing);
            inner.add(nestedName);
            nested = record(parent.name.nestedClass(nestedName), o, p.description(), p.location(), sourceLabel, inner, depth + 1);
            parent.nested.add(nested);
            elementType = nested.name;
        } else if (element instanceof Schema.ObjectSchema o && !o.properties().isEmpty()) {
            diagnostics.add(new Diagnostic(DiagnosticCode.GenTooDeep, "`" + p.name() + "` is nested more than " + MAX_NESTING
                    + " objects deep; it is a Map<String, Object> in Java", p.location(), "flatten the doc's nesting"));
            elementType = ParameterizedTypeName.get(MAP, ClassName.get(String.class), ClassName.OBJECT);
        } else if (element instanceof Schema.EnumSchema e) {
            enumPlan = enumsByKey.get(Shapes.enumKey(e));
            if (enumPlan == null) enumPlan = enumFor(e, p, parent.name.simpleName());
            elementType = enumPlan.name;
        } else {
            elementType = scalar(element);
        }
        TypeName type = list ? ParameterizedTypeName.get(LIST, elementType) : elementType;
        return new ComponentPlan(p, javaName, type, !p.required() || p.nullable(), nested, enumPlan, list, format, sourceLabel);
    }

    /** The name a property's nested record wants: {@code source} → Source, {@code conversationParts} → ConversationPart. */
    private static String typeHint(Property p) {
        return p.schema() instanceof Schema.ArraySchema ? JavaNames.itemTypeName(p.name()) : JavaNames.upperCamel(p.name());
    }

    private static TypeName scalar(Schema s) {
        if (s instanceof Schema.StringSchema str) {
            if ("date-time".equals(str.format())) return ClassName.get(OffsetDateTime.class);
            if ("date".equals(str.format())) return ClassName.get(LocalDate.class);
            return ClassName.get(String.class);
        }
        if (s instanceof Schema.IntegerSchema) return ClassName.get(Long.class);
        if (s instanceof Schema.NumberSchema) return ClassName.get(Double.class);
        if (s instanceof Schema.BooleanSchema) return ClassName.get(Boolean.class);
        if (s instanceof Schema.ObjectSchema) return ParameterizedTypeName.get(MAP, ClassName.get(String.class), ClassName.OBJECT);
        if (s instanceof Schema.ArraySchema a) return ParameterizedTypeName.get(LIST, scalar(a.items()));
        return ClassName.OBJECT;
    }
}
