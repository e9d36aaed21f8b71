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

    /** The operation {@code id} names in the spec's text (JSON or YAML), or null. */
    static @Nullable Operation find(String specText, String id) {
        JsonNode spec = read(specText);
        if (spec == null) return null;
        Operation fallback = null;
        for (Iterator<Map.Entry<String, JsonNode>> ps = spec.path("paths").fields(); ps.hasNext(); ) {
            Map.Entry<String, JsonNode> p = ps.next();
            for (Iterator<Map.Entry<String, JsonNode>> ms = p.getValue().fields(); ms.hasNext(); ) {
                Map.Entry<String, JsonNode> m = ms.next();
                if (!METHODS.contains(m.getKey().toLowerCase(Locale.ROOT))) continue;
                Operation op = new Operation(m.getKey().toUpperCase(Locale.ROOT), p.getKey());
                if (id.equals(m.getValue().path("operationId").asText(null))) return op;
                if (fallback == null && !m.getValue().has("operationId") && id.equalsIgnoreCase(madeUp(m.getKey(), p.getKey()))) fallback = op;
            }
        }
        return fallback;
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
