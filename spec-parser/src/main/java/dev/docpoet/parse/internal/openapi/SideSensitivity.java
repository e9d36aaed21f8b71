package dev.docpoet.parse.internal.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Tells which component schemas read differently in requests and in responses: those with a readOnly or writeOnly
 * field, in themselves or in a component they use. Those get a type per side; all others one type for both.
 */
final class SideSensitivity {
    private static final String COMPONENT = "#/components/schemas/";

    private final OpenAPI api;
    private @Nullable Set<String> differ;

    SideSensitivity(OpenAPI api) {
        this.api = api;
    }

    /** Whether the component {@code name} has fields that only one side of the wire carries. */
    boolean differ(String name) {
        if (differ == null) differ = compute();
        return differ.contains(name);
    }

    /** The components with a sided field of their own, and every component that uses one of them: one pass over the graph. */
    private Set<String> compute() {
        Map<String, Schema> all = api.getComponents() == null || api.getComponents().getSchemas() == null ? Map.of()
                : api.getComponents().getSchemas();
        Map<String, Set<String>> usedBy = new HashMap<>();
        Deque<String> todo = new ArrayDeque<>();
        Set<String> out = new HashSet<>();
        for (Map.Entry<String, Schema> e : all.entrySet()) {
            Set<String> refs = new HashSet<>();
            if (scan(e.getValue(), refs, 0)) {
                out.add(e.getKey());
                todo.add(e.getKey());
            }
            for (String r : refs) usedBy.computeIfAbsent(r, k -> new HashSet<>()).add(e.getKey());
        }
        while (!todo.isEmpty()) {
            for (String user : usedBy.getOrDefault(todo.poll(), Set.of())) {
                if (out.add(user)) todo.add(user);
            }
        }
        return out;
    }

    /** Whether a schema has a sided field of its own (not through a ref); collects the components it refers to. */
    private boolean scan(@Nullable Schema<?> s, Set<String> refs, int depth) {
        if (s == null || depth > 64) return false;
        if (s.get$ref() != null) {
            if (s.get$ref().startsWith(COMPONENT)) refs.add(s.get$ref().substring(COMPONENT.length()));
            return false;
        }
        boolean sided = false;
        if (s.getProperties() != null) {
            for (Schema<?> p : s.getProperties().values()) {
                if (p == null) continue;
                Schema<?> own = p.get$ref() != null && p.get$ref().startsWith(COMPONENT) ? target(p.get$ref().substring(COMPONENT.length())) : p;
                sided |= sided(p) || sided(own);
                sided |= scan(p, refs, depth + 1);
            }
        }
        sided |= scan(s.getItems(), refs, depth + 1);
        if (s.getAdditionalProperties() instanceof Schema<?> values) sided |= scan(values, refs, depth + 1);
        for (List<Schema> parts : java.util.Arrays.asList(s.getAllOf(), s.getOneOf(), s.getAnyOf())) {
            if (parts == null) continue;
            for (Schema<?> part : parts) sided |= scan(part, refs, depth + 1);
        }
        return sided;
    }

    private static boolean sided(@Nullable Schema<?> s) {
        return s != null && (Boolean.TRUE.equals(s.getReadOnly()) || Boolean.TRUE.equals(s.getWriteOnly()));
    }

    private @Nullable Schema<?> target(String name) {
        return api.getComponents() == null || api.getComponents().getSchemas() == null ? null : api.getComponents().getSchemas().get(name);
    }
}
