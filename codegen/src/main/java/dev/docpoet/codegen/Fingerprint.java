package dev.docpoet.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What one generation read and wrote, so that a build can tell when to generate again and what to delete: the paths
 * requested (a folder's new files count), where they resolved, the generator's version and options, each doc's
 * SHA-256, and every output file. Written as JSON by every front end; read by the build plugins. One per generation
 * owner (an {@code @ApiDocs} interface's FQN, or a CLI/plugin output package).
 *
 * @param requested each path as the user wrote it, with the root folder it resolved under (absent for a jar entry)
 * @param docs label → SHA-256 of every doc read
 * @param outputs every file written, relative to the output root ({@code com/acme/Ticket.java}), sorted
 */
public record Fingerprint(String owner, String generator, Map<String, String> options, List<Requested> requested,
        Map<String, String> docs, List<String> outputs) {
    /** The version of this format: a reader that meets another one regenerates. */
    public static final int FORMAT = 1;

    /** What fingerprints name as their generator: a fingerprint of another version is generated again. */
    public static final String GENERATOR = "docpoet " + CodeGenerator.VERSION;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One requested doc path and where it was found. */
    public record Requested(String path, @Nullable String root, boolean folder) {}

    public Fingerprint {
        options = new TreeMap<>(options);
        requested = List.copyOf(requested);
        docs = new TreeMap<>(docs);
        outputs = outputs.stream().sorted().toList();
    }

    /** The file name a fingerprint of {@code owner} is written under: one per owner, so owners never collide. */
    public static String fileName(String owner) {
        return owner + ".docpoet-fingerprint.json";
    }

    /** An output as fingerprints list it: {@code com/acme/Ticket.java}, relative to the output root. */
    public static String outputPath(String packageName, String simpleName) {
        return (packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/") + simpleName + ".java";
    }

    /**
     * The hashes of the pages now, with those of the other files the previous run read (the spec files pages pointed
     * at), read again from the first root that has them; a file that is gone is left out, so the two differ. This lets
     * a build tell, without parsing, that a spec a page points at has changed.
     */
    public static Map<String, String> docsNow(Map<String, String> pages, @Nullable Fingerprint previous, List<java.nio.file.Path> roots) {
        Map<String, String> now = new java.util.TreeMap<>(pages);
        if (previous == null) return now;
        for (String label : previous.docs().keySet()) {
            if (now.containsKey(label)) continue;
            for (java.nio.file.Path root : roots) {
                java.nio.file.Path file = root.resolve(label).normalize();
                if (!file.startsWith(root.normalize()) || !java.nio.file.Files.isRegularFile(file)) continue;
                try {
                    now.put(label, sha256(java.nio.file.Files.readAllBytes(file)));
                } catch (java.io.IOException e) {
                    // unreadable now: left out, so the docs count as changed and the next read says why
                }
                break;
            }
        }
        return now;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public byte[] toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("owner", owner);
        root.put("generator", generator);
        ObjectNode opts = root.putObject("options");
        options.forEach(opts::put);
        ArrayNode req = root.putArray("requested");
        for (Requested r : requested) {
            ObjectNode n = req.addObject().put("path", r.path()).put("folder", r.folder());
            if (r.root() != null) n.put("root", r.root());
        }
        ObjectNode d = root.putObject("docs");
        docs.forEach(d::put);
        ArrayNode out = root.putArray("outputs");
        outputs.forEach(out::add);
        try {
            return (JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** Reads a fingerprint; null when the bytes are not one of this format (a reader then regenerates everything). */
    public static @Nullable Fingerprint read(byte[] bytes) {
        try {
            JsonNode root = JSON.readTree(bytes);
            if (root == null || root.path("format").asInt() != FORMAT) return null;
            Map<String, String> options = new TreeMap<>();
            root.path("options").properties().forEach(e -> options.put(e.getKey(), e.getValue().asText()));
            List<Requested> requested = new ArrayList<>();
            for (JsonNode r : root.path("requested")) {
                requested.add(new Requested(r.path("path").asText(), r.hasNonNull("root") ? r.get("root").asText() : null,
                        r.path("folder").asBoolean()));
            }
            Map<String, String> docs = new TreeMap<>();
            root.path("docs").properties().forEach(e -> docs.put(e.getKey(), e.getValue().asText()));
            List<String> outputs = new ArrayList<>();
            root.path("outputs").forEach(o -> outputs.add(o.asText()));
            return new Fingerprint(root.path("owner").asText(), root.path("generator").asText(), options, requested, docs, outputs);
        } catch (IOException e) {
            return null;
        }
    }
}
