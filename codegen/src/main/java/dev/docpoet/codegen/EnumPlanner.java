package dev.docpoet.codegen;

import com.palantir.javapoet.ClassName;
import dev.docpoet.codegen.Plans.EnumPlan;
import dev.docpoet.codegen.TopLevelNames.Claim;
import dev.docpoet.spec.Property;
import dev.docpoet.spec.Schema;
import dev.docpoet.spec.Shapes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Plans the open enums fields use: each enum field claims a top-level name of its own ({@code Channel}, or with its
 * record's for generic words, {@code TicketStatus}), enums of the same values share a class, and each documented
 * value gets a constant.
 */
final class EnumPlanner {
    /** Field names too generic to name an enum alone. */
    static final Set<String> GENERIC = Set.of("type", "status", "state", "kind", "code", "category", "mode",
            "level", "role", "format", "source", "object", "value", "name", "action", "reason", "method", "scope",
            "stage", "phase", "priority", "tier", "unit", "result", "direction", "order", "sort", "visibility");

    /** An enum a component uses, waiting for its name. */
    static final class Use {
        final Claim claim;
        final Schema.EnumSchema schema;
        final Property property;

        private Use(Claim claim, Schema.EnumSchema schema, Property property) {
            this.claim = claim;
            this.schema = schema;
            this.property = property;
        }
    }

    private final String packageName;
    private final Function<String, String> label;
    private final NameSources names;
    private final List<Use> uses = new ArrayList<>();

    EnumPlanner(String packageName, Function<String, String> label, NameSources names) {
        this.packageName = packageName;
        this.label = label;
        this.names = names;
    }

    /**
     * The enum of a field: it asks for its own name, then ever longer ones through the enclosing records
     * ({@code enclosing}, outermost first).
     */
    Use use(Schema.EnumSchema e, Property p, List<String> enclosing, FieldKeys keys) {
        String prop = p.schema() instanceof Schema.ArraySchema || p.schema() instanceof Schema.MapSchema
                ? JavaNames.upperCamel(JavaNames.singular(p.name())) : JavaNames.upperCamel(p.name());
        List<String> candidates = new ArrayList<>();
        TypeNamePin pin = names.pin(keys.pinKey());
        if (pin != null) {
            candidates.add(pin.name());
        } else {
            String named = names.sourceName(keys.pinKey());
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
            // the field's whole place is its own: the name of last resort before a number
            String whole = qualified + "Enum";
            if (!candidates.contains(whole)) candidates.add(whole);
        }
        Claim claim = new Claim(keys.displayKey(), candidates, Shapes.enumKey(e), TopLevelNames.Kind.ENUM, pin != null,
                p.location(), new HashSet<>());
        Use use = new Use(claim, e, p);
        uses.add(use);
        return use;
    }

    /**
     * The enum of a spec's enum component: named after it, and one class with every field that uses it (those ask for
     * its name first, with the same values).
     */
    void component(dev.docpoet.spec.Component c) {
        Schema.EnumSchema e = (Schema.EnumSchema) c.schema();
        String name = NameSources.javaName(c.name());
        if (name == null) return;
        Property p = new Property(c.name(), e, true, false, "", c.descriptionMarkdown(), null, null, false, dev.docpoet.spec.Origin.DOCUMENTED,
                false, c.location());
        uses.add(new Use(new Claim(dev.docpoet.spec.Component.pinKey(c.key()), List.of(name, name + "Type"), Shapes.enumKey(e), TopLevelNames.Kind.ENUM, false,
                c.location(), new HashSet<>(), true), e, p));
    }

    /** How many enum uses were planned so far. */
    int count() {
        return uses.size();
    }

    /** An enum used inside a record may not take the name of a type nested in it: the nested one would hide it. */
    void block(int from, Set<String> nestedNames) {
        for (Use u : uses.subList(from, uses.size())) u.claim.blocked.addAll(nestedNames);
    }

    /** The claims of every enum use, for the allocator. */
    List<Claim> claims() {
        return uses.stream().map(u -> u.claim).toList();
    }

    /** The plan of every use, once the allocator named them: uses that got one name share one enum. */
    Map<Use, EnumPlan> plans() {
        Map<Use, EnumPlan> out = new IdentityHashMap<>();
        Map<String, EnumPlan> byName = new TreeMap<>();
        for (Use u : uses.stream().sorted(Comparator.comparing(u -> u.claim.key)).toList()) {
            out.put(u, byName.computeIfAbsent(u.claim.name(), n -> plan(n, u)));
        }
        return out;
    }

    private EnumPlan plan(String name, Use u) {
        return plan(ClassName.get(packageName, name), u.schema, u.property.descriptionMarkdown(), u.property.location(),
                label.apply(u.property.location().file()));
    }

    /** The plan of an enum class named {@code name}: a constant per documented value, and the catch-all's name. */
    static EnumPlan plan(ClassName name, Schema.EnumSchema e, String description, dev.docpoet.spec.SourceLocation at, String sourceLabel) {
        NameScope constants = new NameScope(Set.of());
        List<String> names = new ArrayList<>();
        for (String v : e.values()) names.add(constants.allocateNumbered(JavaNames.constant(v), "_"));
        String catchAll = constants.allocate("UNKNOWN", "UNRECOGNIZED");
        return new EnumPlan(name, e, names, catchAll, TypeMapper.enumWire(e), description, at, sourceLabel);
    }
}
