package dev.docpoet.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The files a spec's {@code $ref}s name ({@code schemas/ticket.yaml#/Ticket} → {@code schemas/ticket.yaml}), relative to
 * the spec, and the remote ones apart: the parser refuses those, so fetching them would give nothing.
 */
final class SpecRefs {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** @param relative the file parts of the relative refs; @param remote the absolute ones, never fetched */
    record Refs(Set<String> relative, Set<String> remote) {}

    private SpecRefs() {}

    /** The refs of a JSON or YAML file; none when it does not read (the parser says why, at its place). */
    static Refs of(String name, byte[] bytes) {
        Set<String> relative = new TreeSet<>();
        Set<String> remote = new TreeSet<>();
        try {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
                LoadSettings settings = LoadSettings.builder().setAllowDuplicateKeys(true).setMaxAliasesForCollections(50)
                        .setCodePointLimit(64 * 1024 * 1024).build();
                for (Object doc : new Load(settings).loadAllFromString(PageText.text(bytes))) walk(doc, relative, remote);
            } else {
                walk(JSON.readTree(bytes), relative, remote);
            }
        } catch (RuntimeException | java.io.IOException e) {
            return new Refs(Set.of(), Set.of());
        }
        return new Refs(relative, remote);
    }

    private static void walk(Object node, Set<String> relative, Set<String> remote) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if ("$ref".equals(e.getKey()) && e.getValue() instanceof String ref) add(ref, relative, remote);
                else walk(e.getValue(), relative, remote);
            }
        } else if (node instanceof List<?> list) {
            for (Object o : list) walk(o, relative, remote);
        }
    }

    private static void walk(JsonNode node, Set<String> relative, Set<String> remote) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equals("$ref") && e.getValue().isTextual()) add(e.getValue().asText(), relative, remote);
                else walk(e.getValue(), relative, remote);
            }
        } else if (node.isArray()) {
            for (JsonNode n : node) walk(n, relative, remote);
        }
    }

    private static void add(String ref, Set<String> relative, Set<String> remote) {
        String file = ref.contains("#") ? ref.substring(0, ref.indexOf('#')) : ref;
        if (file.isBlank()) return;
        if (file.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) remote.add(ref);
        else relative.add(file);
    }
}
