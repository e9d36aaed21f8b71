package dev.docpoet.parse.internal.readme;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the operation a ReadMe API page names ({@code api: {file: openapi.json, operationId: getPet}}) in its spec: by
 * its {@code operationId}, or, for an operation without one, by the id ReadMe makes up for it ({@code get_pets-petid}:
 * the method, an underscore, the path in lower case with every run of other characters a hyphen).
 */
final class OperationIds {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    /** The method and path of an operation. */
    record Operation(String method, String path) {}

    private OperationIds() {}

    /** A spec's operations by id, and by the id ReadMe makes up for those without one (first in the spec's order). */
    private record Index(Map<String, Operation> byId, Map<String, Operation> byMadeUp) {}

    /**
     * The specs indexed last, by their text: the API pages of one doc set name the same spec, which was read again for
     * each page. A few, so that a build with several doc sets still reads each once; parsing is counted for the test.
     */
    private static final Map<String, Index> INDEXED = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(8, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Index> eldest) {
            return size() > 4;
        }
    });
    static final java.util.concurrent.atomic.AtomicInteger PARSES = new java.util.concurrent.atomic.AtomicInteger();

    /** The operation {@code id} names in the spec's text (JSON or YAML), or null. */
    static @Nullable Operation find(String specText, String id) {
        Index index = INDEXED.get(specText);
        if (index == null) {
            index = index(specText);
            INDEXED.put(specText, index);
        }
        Operation op = index.byId().get(id);
        return op != null ? op : index.byMadeUp().get(id.toLowerCase(Locale.ROOT));
    }

    private static Index index(String specText) {
        PARSES.incrementAndGet();
        Map<String, Operation> byId = new java.util.HashMap<>();
        Map<String, Operation> byMadeUp = new java.util.HashMap<>();
        JsonNode spec = read(specText);
        if (spec == null) return new Index(byId, byMadeUp);
        for (Iterator<Map.Entry<String, JsonNode>> ps = spec.path("paths").fields(); ps.hasNext(); ) {
            Map.Entry<String, JsonNode> p = ps.next();
            for (Iterator<Map.Entry<String, JsonNode>> ms = p.getValue().fields(); ms.hasNext(); ) {
                Map.Entry<String, JsonNode> m = ms.next();
                if (!METHODS.contains(m.getKey().toLowerCase(Locale.ROOT))) continue;
                Operation op = new Operation(m.getKey().toUpperCase(Locale.ROOT), p.getKey());
                String given = m.getValue().path("operationId").asText(null);
                if (given != null) {
                    byId.putIfAbsent(given, op);
                } else if (!m.getValue().has("operationId")) {
                    byMadeUp.putIfAbsent(madeUp(m.getKey(), p.getKey()).toLowerCase(Locale.ROOT), op);
                }
            }
        }
        return new Index(Map.copyOf(byId), Map.copyOf(byMadeUp));
    }

    static String madeUp(String method, String path) {
        String slug = path.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return method.toLowerCase(Locale.ROOT) + "_" + slug;
    }

    private static @Nullable JsonNode read(String text) {
        try {
            String t = text.strip();
            if (t.startsWith("{")) return JSON.readTree(t);
            Object loaded = new org.snakeyaml.engine.v2.api.Load(org.snakeyaml.engine.v2.api.LoadSettings.builder()
                    .setMaxAliasesForCollections(50).build()).loadFromString(text);
            return loaded instanceof Map<?, ?> ? JSON.valueToTree(loaded) : null;
        } catch (java.io.IOException | RuntimeException e) {
            // a spec that does not read names no operation; StubResolver says what is wrong with it
            return null;
        }
    }
}
