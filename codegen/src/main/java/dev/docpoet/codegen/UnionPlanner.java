package dev.docpoet.codegen;

import com.palantir.javapoet.ClassName;
import dev.docpoet.spec.Property;
import dev.docpoet.spec.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Plans a field that is one of several objects told apart by a discriminator: a sealed interface nested in the record
 * that holds the field, named as a nested record would be, with a record per variant nested in it (named by the
 * source, else by the discriminator's value) and a class for the variants the docs do not describe. A variant that is a
 * spec's shared component is that component's one record, which then implements the interface.
 */
final class UnionPlanner {
    private final RecordPlanner records;
    private final NameSources names;

    UnionPlanner(RecordPlanner records, NameSources names) {
        this.records = records;
        this.names = names;
    }

    /**
     * @param scope the names nested in {@code parent}
     * @param keys the field's keys
     * @param room how many bytes of binary name are left under the parent
     */
    RecordDraft.UnionDraft union(RecordDraft parent, Property p, Schema.UnionSchema u, NameScope scope, RecordPlanner.Place place,
            FieldKeys keys, String sourceLabel, int room) {
        int limit = Math.min(JavaNames.MAX_TYPE_NAME, (room - 4) / 2);
        String hint = JavaNames.shortened(RecordPlanner.typeHint(p), limit);
        String named = names.sourceName(keys.pinKey());
        String unionName = named != null ? scope.allocate(JavaNames.shortened(named, limit), hint, hint + "Variant")
                : scope.allocate(hint, hint + "Variant", hint + "Info");
        place.nestedNames().add(unionName);
        ClassName name = parent.name.nestedClass(unionName);
        // a nested type may not share its enclosing type's name; and where a shared record implements the interface, it
        // inherits the interface's member types, which would shadow the package's top-level types of the same names in
        // that record's own file: the members then take names no top-level record has
        Set<String> reserved = new java.util.HashSet<>(Set.of(unionName, parent.name.simpleName()));
        boolean anyShared = u.variants().stream().anyMatch(v -> v.component() != null && records.shared(v.component()) != null);
        if (anyShared) reserved.addAll(records.topLevelNames());
        NameScope variants = new NameScope(reserved);
        List<RecordDraft.VariantDraft> planned = new ArrayList<>();
        for (Schema.UnionSchema.Variant v : u.variants()) {
            ClassName shared = v.component() == null ? null : records.shared(v.component());
            if (shared != null) {
                records.implement(shared, name);
                planned.add(new RecordDraft.VariantDraft(v.value(), shared, null));
                continue;
            }
            String byName = JavaNames.shortened(JavaNames.upperCamel(v.name()), limit);
            String byValue = JavaNames.shortened(JavaNames.upperCamel(v.value()), limit);
            String variantName = variants.allocate(byName.isEmpty() ? "Variant" : byName, byValue.isEmpty() ? "Variant" : byValue + "Variant");
            RecordDraft r = records.record(name.nestedClass(variantName), v.schema(), new Plans.VariantDoc(v.value(), u.discriminator(), unionName),
                    p.location(), sourceLabel, place.inner(unionName, 0, keys).inner(variantName, 2, keys), List.of(name));
            planned.add(new RecordDraft.VariantDraft(v.value(), r.name, r));
        }
        String unknown = variants.allocate("Unknown", "UnknownVariant", "Undocumented");
        return new RecordDraft.UnionDraft(name, records.fieldDoc(p), u.discriminator(), planned, name.nestedClass(unknown));
    }
}
