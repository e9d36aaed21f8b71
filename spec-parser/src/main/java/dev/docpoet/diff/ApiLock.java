package dev.docpoet.diff;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.docpoet.spec.ApiModel;
import dev.docpoet.spec.BaseUrls;
import dev.docpoet.spec.Body;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.Parameter;
import dev.docpoet.spec.Property;
import dev.docpoet.spec.Response;
import dev.docpoet.spec.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * An API's contract as data, without prose, examples or locations: the client's base URL, endpoints, the base URL each
 * one's calls go to, their parameters and bodies, each field's type, required, nullable and enum values. Written as
 * {@code docpoet.lock.json}, meant to be committed, so that a build can tell when the docs change the contract. Keys
 * are sorted: the same docs give the same bytes.
 *
 * <p>The base URLs came later than the format's version: a lock without them (written before) is still this format,
 * and {@link ApiDiff} compares no hosts with it rather than report every host as new.
 */
public final class ApiLock {
    /** The format's name and version, in every lock file. */
    public static final String FORMAT = "docpoet-lock/2";
    /** The format before shared components: every use of a component written out in full. Still read. */
    static final String FORMAT_1 = "docpoet-lock/1";

    /** The field of the client's base URL (at the top) and of where an endpoint's calls go (in each endpoint). */
    static final String BASE_URL = "baseUrl";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    /**
     * Jackson's default indenter ends lines with the system's separator: the lock, and the hash of it a sources lock
     * keeps, would differ between Windows and the rest. Arrays keep Jackson's one-line layout, which has no line end.
     */
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));

    private final ObjectNode root;

    private ApiLock(ObjectNode root) {
        this.root = root;
    }

    /** The contract of {@code model}. */
    public static ApiLock of(ApiModel model) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        // written even when empty: its presence says the lock records hosts at all
        String base = BaseUrls.clientDefault(model);
        root.put(BASE_URL, base);
        ObjectNode endpoints = root.putObject("endpoints");
        Map<String, Endpoint> sorted = new TreeMap<>();
        for (Endpoint e : model.endpoints()) sorted.put(key(e), e);
        sorted.forEach((k, e) -> endpoints.set(k, endpoint(e, BaseUrls.of(e, base))));
        // each shared component once; its uses refer to it by key
        if (!model.components().isEmpty()) {
            ObjectNode components = root.putObject("components");
            model.components().forEach((key, c) -> {
                ObjectNode n = schema(c.schema(), true, false);
                n.remove("required");
                n.remove("nullable");
                components.set(key, n);
            });
        }
        return new ApiLock(root);
    }

    /** {@code GET /tickets/{}}: parameter names left out, as they do not change the contract. */
    static String key(Endpoint e) {
        return e.method().toUpperCase(Locale.ROOT) + " " + ApiModel.normalizedPath(e.path());
    }

    /**
     * Reads a lock file.
     *
     * @throws IOException if it is not JSON, or not a docpoet lock of this format (the message says which)
     */
    public static ApiLock read(byte[] bytes) throws IOException {
        JsonNode node = JSON.readTree(bytes);
        String format = node == null ? "" : node.path("format").asText();
        if (node == null || !node.isObject() || !FORMAT.equals(format) && !FORMAT_1.equals(format)) {
            throw new IOException("not a docpoet lock file (its \"format\" is not \"" + FORMAT + "\")");
        }
        return new ApiLock((ObjectNode) node);
    }

    /** Whether {@code bytes} look like a lock file rather than a doc page. */
    public static boolean looksLikeLock(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.UTF_8);
        return head.stripLeading().startsWith("{") && (head.contains(FORMAT) || head.contains(FORMAT_1));
    }

    public byte[] toJson() {
        try {
            return (JSON.writer(PRINTER).writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    JsonNode endpoints() {
        return root.path("endpoints");
    }

    /** The shared components by key; empty in a lock of the first format, which wrote each use out. */
    JsonNode components() {
        return root.path("components");
    }

    /**
     * The client's base URL, or null in a lock written before hosts were recorded (then no host is compared).
     */
    @org.jspecify.annotations.Nullable String baseUrl() {
        JsonNode n = root.get(BASE_URL);
        return n == null || !n.isTextual() ? null : n.asText();
    }

    /** @param host where its calls go: the base URL its docs give, else the client's; empty for none */
    private static ObjectNode endpoint(Endpoint e, String host) {
        ObjectNode n = JSON.createObjectNode();
        n.put("path", e.path());
        // the effective host, not only the endpoint's own: a call that moves with the client's base URL moves too
        if (!host.isEmpty()) n.put(BASE_URL, host);
        ObjectNode params = n.putObject("parameters");
        e.parameters().stream().sorted(Comparator.comparing((Parameter p) -> p.in().wireName() + " " + p.name().toLowerCase(Locale.ROOT)))
                .forEach(p -> {
                    ObjectNode pn = schema(p.schema(), p.required(), p.nullable());
                    params.set(p.in().wireName() + " " + (p.in() == dev.docpoet.spec.ParameterLocation.HEADER
                            ? p.name().toLowerCase(Locale.ROOT) : p.name()), pn);
                });
        if (e.requestBody() != null) n.set("request", body(e.requestBody()));
        ObjectNode responses = n.putObject("responses");
        Map<String, Response> byStatus = new TreeMap<>();
        for (Response r : e.responses()) byStatus.putIfAbsent(r.status(), r);
        byStatus.forEach((status, r) -> responses.set(status, r.body() == null ? JSON.createObjectNode() : body(r.body())));
        return n;
    }

    private static ObjectNode body(Body b) {
        ObjectNode n = b.schema() == null ? JSON.createObjectNode().put("type", "any") : schema(b.schema(), true, false);
        n.remove("required");
        n.remove("nullable");
        return n;
    }

    private static ObjectNode schema(Schema s, boolean required, boolean nullable) {
        // a union's contract, for a client: the fields of every variant, required where all require them
        if (s instanceof Schema.UnionSchema u) s = u.merged();
        ObjectNode n = JSON.createObjectNode();
        n.put("required", required).put("nullable", nullable);
        if (s instanceof Schema.RefSchema r) {
            n.put("type", "object");
            n.put("$ref", r.key());
        } else if (s instanceof Schema.ObjectSchema o) {
            n.put("type", "object");
            ObjectNode props = n.putObject("properties");
            Map<String, Property> byName = new TreeMap<>();
            for (Property p : o.properties()) byName.putIfAbsent(p.name(), p);
            byName.forEach((name, p) -> props.set(name, schema(p.schema(), p.required(), p.nullable())));
        } else if (s instanceof Schema.ArraySchema a) {
            n.put("type", "array");
            ObjectNode items = schema(a.items(), true, a.itemsNullable());
            items.remove("required");
            n.set("items", items);
        } else if (s instanceof Schema.MapSchema m) {
            n.put("type", "map");
            ObjectNode values = schema(m.values(), true, false);
            values.remove("required");
            values.remove("nullable");
            n.set("values", values);
        } else if (s instanceof Schema.StringSchema str) {
            n.put("type", "string");
            if (str.format() != null) n.put("format", str.format());
        } else if (s instanceof Schema.EnumSchema en) {
            n.put("type", en.kind().name().toLowerCase(Locale.ROOT));
            ArrayNode values = n.putArray("enum");
            en.values().stream().sorted().forEach(values::add);
            n.put("open", en.open());
        } else {
            n.put("type", s instanceof Schema.IntegerSchema ? "integer" : s instanceof Schema.NumberSchema ? "number"
                    : s instanceof Schema.BooleanSchema ? "boolean" : "any");
        }
        return n;
    }
}
