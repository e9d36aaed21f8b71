package dev.docpoet.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.docpoet.codegen.Plans.BodyPlan;
import dev.docpoet.codegen.Plans.EnumPlan;
import dev.docpoet.codegen.Plans.RecordPlan;
import dev.docpoet.codegen.TopLevelNames.Claim;
import dev.docpoet.spec.ApiModel;
import dev.docpoet.spec.Component;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.Schema;
import dev.docpoet.spec.Shapes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Decides every generated type and name before any code is written, in order: each body claims a top-level name
 * ({@link TypeNaming}; bodies that get the same name and have the same shape are one record), records are planned
 * ({@link RecordPlanner}), enums get their names after records, which win a name over them ({@link EnumPlanner}), and
 * the drafts are frozen into plans. All top-level names come from one allocator ({@link TopLevelNames}), so that adding
 * or removing a page never renames another endpoint's types, and input order never matters.
 */
final class ModelPlanner {
    private static final ClassName LIST = ClassName.get("java.util", "List");
    private static final ClassName MAP = ClassName.get("java.util", "Map");

    /**
     * The plan for one doc set.
     *
     * @param bodies the Java type of every body that has one, by {@link BodyKey}
     */
    record Plan(List<RecordPlan> records, List<EnumPlan> enums, Map<BodyKey, BodyPlan> bodies, List<Diagnostic> diagnostics,
            List<FormPlanner.Form> forms) {
        Plan {
            forms = List.copyOf(forms);
            records = List.copyOf(records);
            enums = List.copyOf(enums);
            bodies = Map.copyOf(bodies);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private final CodeGenerator.Options options;

    ModelPlanner(CodeGenerator.Options options) {
        this.options = options;
    }

    Plan plan(ApiModel model) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        NameSources sources = new NameSources(options.pins(), model.typeNames(), diagnostics);
        EnumPlanner enums = new EnumPlanner(options.packageName(), options.labels(), sources);
        List<BodyUse> uses = new ArrayList<>();
        for (Endpoint e : model.endpoints()) uses.addAll(BodyUse.of(e));
        uses.sort(Comparator.comparing(BodyUse::key));

        // top-level record names: a spec's shared components, then bodies
        Map<Component, Claim> shared = new LinkedHashMap<>();
        for (Component c : model.components().values()) {
            if (c.schema() instanceof Schema.ObjectSchema) shared.put(c, ComponentNames.claim(c, model.components(), sources));
            else if (c.schema() instanceof Schema.EnumSchema) enums.component(c);
        }
        Map<BodyUse, Claim> claims = new LinkedHashMap<>();
        for (BodyUse u : uses) claims.put(u, claim(u, sources));
        FormPlanner forms = new FormPlanner(options.labels(), sources, diagnostics);
        TopLevelNames names = new TopLevelNames(reserved(), diagnostics);
        List<Claim> records = new ArrayList<>(shared.values());
        records.addAll(claims.values());
        records.addAll(forms.claims(model));
        names.allocate(records);
        Map<String, ClassName> componentClasses = new TreeMap<>();
        shared.forEach((c, claim) -> componentClasses.put(c.key(), ClassName.get(options.packageName(), claim.name())));
        Set<String> componentNames = new HashSet<>();
        shared.values().forEach(claim -> componentNames.add(claim.name()));
        Set<String> recordNames = new HashSet<>();
        records.forEach(claim -> recordNames.add(claim.name()));
        RecordPlanner planner = new RecordPlanner(options.labels(), sources, enums, componentClasses, recordNames, diagnostics);
        Map<String, List<BodyUse>> byName = new TreeMap<>();
        for (BodyUse u : uses) byName.computeIfAbsent(claims.get(u).name(), k -> new ArrayList<>()).add(u);

        // what a client sends: request bodies, and the components they use (each then gets a builder)
        List<Schema> requests = new ArrayList<>();
        for (Endpoint e : model.endpoints()) if (e.requestBody() != null && e.requestBody().schema() != null) requests.add(e.requestBody().schema());
        Set<String> sent = dev.docpoet.spec.SchemaRefs.reachableFrom(requests, model.components()).keySet();

        // records, nested records, and the enums their fields use
        Map<String, RecordDraft> drafts = new LinkedHashMap<>();
        for (Map.Entry<Component, Claim> e : shared.entrySet()) {
            Component c = e.getKey();
            String name = e.getValue().name();
            if (drafts.containsKey(name)) continue;
            Set<String> nested = new HashSet<>();
            int enumsBefore = enums.count();
            String label = options.labels().apply(c.location().file());
            drafts.put(name, planner.record(ClassName.get(options.packageName(), name), (Schema.ObjectSchema) c.schema(),
                    new Plans.ComponentDoc(c.name(), c.descriptionMarkdown(), label, c.location()), c.location(), label,
                    new RecordPlanner.Place(List.of(name), 0, FieldKeys.of(c), nested, sent.contains(c.key())), List.of()));
            enums.block(enumsBefore, nested);
        }
        for (Map.Entry<String, List<BodyUse>> e : byName.entrySet()) {
            // a body of a component's shape that got its name is that component's record
            if (componentNames.contains(e.getKey())) continue;
            BodyUse first = e.getValue().get(0);
            ClassName name = ClassName.get(options.packageName(), e.getKey());
            Set<String> nested = new HashSet<>();
            int enumsBefore = enums.count();
            drafts.put(e.getKey(), planner.record(name, first.object(), new Plans.BodiesDoc(e.getValue()), first.body().location(),
                    options.labels().apply(first.body().location().file()),
                    new RecordPlanner.Place(List.of(e.getKey()), 0, FieldKeys.of(first), nested,
                            e.getValue().stream().anyMatch(u -> u.role() == TypeNaming.Role.REQUEST)), List.of()));
            enums.block(enumsBefore, nested);
        }

        // enum names: after records, which win a name over them
        List<Claim> all = new ArrayList<>(records);
        all.addAll(enums.claims());
        names.allocate(all);
        names.report(all);
        Map<EnumPlanner.Use, EnumPlan> enumPlans = enums.plans();
        sources.reportUnused();

        List<RecordPlan> plans = new ArrayList<>();
        Map<BodyKey, BodyPlan> bodies = new TreeMap<>();
        // a shared component that unions list as a variant implements them all, whichever record was planned first
        drafts.values().forEach(d -> planner.interfacesOf(d.name).forEach(d::implement));
        for (Map.Entry<String, RecordDraft> d : drafts.entrySet()) {
            RecordPlan plan = d.getValue().freeze(enumPlans::get, options.validators());
            ClassName validator = options.validators() ? plan.name() : null;
            plans.add(plan);
            for (BodyUse u : byName.getOrDefault(d.getKey(), List.of())) {
                bodies.put(u.bodyKey(), body(plan.name(), validator, u.array(), u.map()));
            }
        }
        // bodies that are a shared component, or a list or map of one
        for (Endpoint e : model.endpoints()) {
            for (BodyUse.Shared s : BodyUse.shared(e)) {
                ClassName type = componentClasses.get(s.ref().key());
                if (type == null) continue;
                bodies.put(s.key(), body(type, options.validators() ? type : null, s.array(), s.map()));
            }
        }
        // form bodies: their records go out with the client that sends them (they name its Upload)
        List<FormPlanner.Form> formPlans = options.client() != null ? forms.plans(options.packageName(), componentClasses) : List.of();
        if (options.client() != null) {
            forms.names().forEach((e, n) -> bodies.put(new BodyKey(e.method(), e.path(), null), new BodyPlan(ClassName.get(options.packageName(), n), null)));
        }
        // uses that got one name share one plan: each enum once, by name
        Map<String, EnumPlan> enumsByName = new TreeMap<>();
        enumPlans.values().forEach(p -> enumsByName.putIfAbsent(p.name().simpleName(), p));
        return new Plan(plans, List.copyOf(enumsByName.values()), bodies, diagnostics, formPlans);
    }

    /** The Java type of a body of records: one, a list or a map of them. A map body's values are not checked one by one. */
    private static BodyPlan body(ClassName record, @Nullable ClassName validator, boolean array, boolean map) {
        TypeName type = map ? ParameterizedTypeName.get(MAP, ClassName.get(String.class), record)
                : array ? ParameterizedTypeName.get(LIST, record) : record;
        return new BodyPlan(type, map ? null : validator);
    }

    /** A body's claim on a top-level name: the pinned name, else the source's, else the names its use asks for. */
    private static Claim claim(BodyUse u, NameSources sources) {
        TypeNamePin pin = sources.pin(u.pinKey());
        String status = u.status() == null ? "" : u.status();
        List<String> candidates = pin != null ? List.of(pin.name())
                : sources.sourceFirst(u.pinKey(), TypeNaming.candidates(u.endpoint(), u.role(), status,
                        JavaNames.upperCamel(TypeNaming.statusPhrase(status)), u.array()));
        return new Claim(u.key(), candidates, Shapes.key(u.object()), TopLevelNames.Kind.RECORD, pin != null, u.body().location(), Set.of());
    }

    /** The names no body or enum may take: Java's and the runtime's, the user's, and the client's and its companion's. */
    private Set<String> reserved() {
        Set<String> r = new HashSet<>(JavaNames.RESERVED_SIMPLE_NAMES);
        r.addAll(options.reservedNames());
        if (options.client() != null) {
            r.add(CodeGenerator.clientName(options.packageName(), options.client()).simpleName());
            r.add(CodeGenerator.companionName(options.packageName(), options.client()).simpleName());
        }
        return r;
    }
}
