package dev.docpoet.codegen;

import com.palantir.javapoet.ClassName;
import dev.docpoet.codegen.Plans.ComponentPlan;
import dev.docpoet.codegen.Plans.EnumPlan;
import dev.docpoet.codegen.Plans.RecordPlan;
import dev.docpoet.codegen.Plans.Shape;
import dev.docpoet.codegen.Plans.UnionPlan;
import dev.docpoet.spec.Property;
import dev.docpoet.spec.SourceLocation;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A record while it is planned: everything but the names of the enums it uses, which are known only once every record
 * has claimed its names (records win a name over enums). {@link #freeze} makes the immutable {@link RecordPlan}; no
 * writer ever sees a draft.
 */
final class RecordDraft {
    final ClassName name;
    private final Plans.RecordDoc doc;
    private final SourceLocation location;
    private final String sourceLabel;
    private final String extraName;
    private final List<ClassName> interfaces = new ArrayList<>();
    private final boolean builder;
    private final List<ComponentDraft> components = new ArrayList<>();
    private final List<RecordDraft> nested = new ArrayList<>();
    private final List<UnionDraft> unions = new ArrayList<>();

    RecordDraft(ClassName name, Plans.RecordDoc doc, SourceLocation location, String sourceLabel, String extraName, List<ClassName> interfaces,
            boolean builder) {
        this.builder = builder;
        this.name = name;
        this.doc = doc;
        this.location = location;
        this.sourceLabel = sourceLabel;
        this.extraName = extraName;
        this.interfaces.addAll(interfaces);
    }

    void add(ComponentDraft c) {
        components.add(c);
    }

    /** Makes the record a variant of a union planned after it: a shared component that several unions list. */
    void implement(ClassName sealed) {
        if (!interfaces.contains(sealed)) interfaces.add(sealed);
    }

    void nest(RecordDraft r) {
        nested.add(r);
    }

    void nest(UnionDraft u) {
        unions.add(u);
    }

    /** What a component's value is while planned. */
    sealed interface Value {}

    /** A value whose type is already decided: a scalar or a constant. */
    record Ready(Plans.ValueType type) implements Value {}

    /** A record nested for the value. */
    record Nested(RecordDraft record) implements Value {}

    /** A union nested for the value. */
    record OfUnion(UnionDraft union) implements Value {}

    /** An enum class, named later. */
    record OfEnum(EnumPlanner.Use use) implements Value {}

    record ComponentDraft(Property property, String javaName, boolean nullableType, Value value, Shape shape, @Nullable String format) {}

    record UnionDraft(ClassName name, Plans.FieldDoc doc, String discriminator, List<VariantDraft> variants, ClassName unknown) {}

    /** @param record the record nested for the variant; null when it is a shared component's, {@code name} */
    record VariantDraft(String value, ClassName name, @Nullable RecordDraft record) {}

    /**
     * The plan of this record and everything nested in it.
     *
     * @param enums the plan of each enum use, once every enum is named
     * @param validates whether the record gets {@code validate()} (a top-level one; nested ones never)
     */
    RecordPlan freeze(Function<EnumPlanner.Use, EnumPlan> enums, boolean validates) {
        return new Freezer(enums).record(this, validates);
    }

    /** Freezes each draft once: a nested record is both a component's type and a member of its record. */
    private static final class Freezer {
        private final Function<EnumPlanner.Use, EnumPlan> enums;
        private final Map<RecordDraft, RecordPlan> records = new IdentityHashMap<>();
        private final Map<UnionDraft, UnionPlan> unions = new IdentityHashMap<>();

        Freezer(Function<EnumPlanner.Use, EnumPlan> enums) {
            this.enums = enums;
        }

        RecordPlan record(RecordDraft d, boolean validates) {
            RecordPlan done = records.get(d);
            if (done != null) return done;
            List<ComponentPlan> components = new ArrayList<>();
            for (ComponentDraft c : d.components) {
                components.add(new ComponentPlan(c.property(), c.javaName(), c.nullableType(), value(c.value()), c.shape(), c.format()));
            }
            RecordPlan plan = new RecordPlan(d.name, d.doc, d.location, d.sourceLabel, d.extraName, components,
                    d.nested.stream().map(r -> record(r, false)).toList(), d.unions.stream().map(this::union).toList(), d.interfaces, validates, d.builder);
            records.put(d, plan);
            return plan;
        }

        private Plans.ValueType value(Value v) {
            if (v instanceof Ready r) return r.type();
            if (v instanceof Nested n) return new Plans.RecordRef(record(n.record(), false).name());
            if (v instanceof OfUnion u) return new Plans.UnionRef(union(u.union()));
            return new Plans.EnumRef(enums.apply(((OfEnum) v).use()));
        }

        private UnionPlan union(UnionDraft u) {
            UnionPlan done = unions.get(u);
            if (done != null) return done;
            UnionPlan plan = new UnionPlan(u.name(), u.doc(), u.discriminator(),
                    u.variants().stream().map(v -> new UnionPlan.Variant(v.value(), v.name(), v.record() == null ? null : record(v.record(), false))).toList(), u.unknown());
            unions.put(u, plan);
            return plan;
        }
    }
}
