package dev.docpoet.spec;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** The components a schema or an endpoint refers to, directly or through other components. */
public final class SchemaRefs {
    private SchemaRefs() {}

    /** The components {@code endpoints} use, and those they use in turn, by key; keys {@code components} lacks are left out. */
    public static SortedMap<String, Component> reachable(Collection<Endpoint> endpoints, Map<String, Component> components) {
        java.util.List<Schema> roots = new java.util.ArrayList<>();
        for (Endpoint e : endpoints) {
            for (Parameter p : e.parameters()) roots.add(p.schema());
            if (e.requestBody() != null && e.requestBody().schema() != null) roots.add(e.requestBody().schema());
            for (Response r : e.responses()) if (r.body() != null && r.body().schema() != null) roots.add(r.body().schema());
        }
        return reachableFrom(roots, components);
    }

    /** The components {@code roots} refer to, and those they refer to in turn, by key; keys {@code components} lacks are left out. */
    public static SortedMap<String, Component> reachableFrom(Collection<Schema> roots, Map<String, Component> components) {
        SortedMap<String, Component> out = new TreeMap<>();
        Deque<String> todo = new ArrayDeque<>();
        for (Schema s : roots) keys(s, todo);
        while (!todo.isEmpty()) {
            String key = todo.poll();
            Component c = components.get(key);
            if (c == null || out.containsKey(key)) continue;
            out.put(key, c);
            keys(c.schema(), todo);
        }
        return out;
    }

    /** Adds the key of every reference in {@code s}, not looking into the components they name. */
    static void keys(Schema s, Deque<String> into) {
        if (s instanceof Schema.RefSchema r) {
            into.add(r.key());
        } else if (s instanceof Schema.ObjectSchema o) {
            for (Property p : o.properties()) keys(p.schema(), into);
        } else if (s instanceof Schema.ArraySchema a) {
            keys(a.items(), into);
        } else if (s instanceof Schema.MapSchema m) {
            keys(m.values(), into);
        } else if (s instanceof Schema.UnionSchema u) {
            for (Schema.UnionSchema.Variant v : u.variants()) {
                // a variant that is a shared component is that component's record
                if (v.component() != null) into.add(v.component());
                keys(v.schema(), into);
            }
        } else if (s instanceof Schema.AnySchema any) {
            for (Schema v : any.oneOf()) keys(v, into);
        }
    }
}
