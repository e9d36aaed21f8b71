package dev.docpoet.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.ApiModel;
import dev.docpoet.spec.Body;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.Parameter;
import dev.docpoet.spec.Property;
import dev.docpoet.spec.Response;
import dev.docpoet.spec.Schema;
import dev.docpoet.spec.SecurityScheme;
import dev.docpoet.spec.Server;
import dev.docpoet.spec.Statuses;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Writes one OpenAPI 3.1 document for the endpoints of any number of pages: inline schemas and a spec's shared
 * components, {@code required}
 * arrays, nullable as a type array, enums, {@code date-time} formats, the doc's examples and security schemes.
 * Deterministic: paths and schemes are sorted; fields keep doc order.
 */
public final class OpenApiExporter {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private OpenApiExporter() {}

    public static String toJson(List<ApiDocument> docs) {
        return toJson(ApiModel.of(docs), Map.of());
    }

    /**
     * The document as JSON text.
     *
     * @param javaTypes the Java type reading each body, by {@code METHOD /path STATUS|request}, exported as
     *     {@code x-docpoet-java-type}
     */
    public static String toJson(ApiModel model, Map<String, String> javaTypes) {
        try {
            return MAPPER.writeValueAsString(export(model, javaTypes)) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    public static ObjectNode export(List<ApiDocument> docs) {
        return export(ApiModel.of(docs), Map.of());
    }

    public static ObjectNode export(ApiModel model, Map<String, String> javaTypes) {
        ObjectNode root = F.objectNode();
        root.put("openapi", "3.1.0");
        ObjectNode info = root.putObject("info");
        List<ApiDocument> docs = model.documents();
        String title = docs.size() == 1 && docs.get(0).title() != null ? docs.get(0).title() : "API read from docs by docpoet";
        info.put("title", title);
        info.put("version", model.version() == null ? "unversioned" : model.version());
        if (!model.servers().isEmpty()) {
            ArrayNode servers = root.putArray("servers");
            for (Server sv : model.servers()) {
                ObjectNode n = servers.addObject().put("url", sv.url());
                if (!sv.variables().isEmpty()) {
                    ObjectNode vars = n.putObject("variables");
                    sv.variables().forEach(v -> vars.putObject(v).put("default", v));
                }
            }
        }
        Map<String, Map<String, Endpoint>> paths = new TreeMap<>();
        for (Endpoint e : model.endpoints()) paths.computeIfAbsent(e.path(), p -> new TreeMap<>()).put(e.method().toLowerCase(Locale.ROOT), e);
        ObjectNode pathsNode = root.putObject("paths");
        for (Map.Entry<String, Map<String, Endpoint>> p : paths.entrySet()) {
            ObjectNode item = pathsNode.putObject(p.getKey());
            for (Map.Entry<String, Endpoint> op : p.getValue().entrySet()) item.set(op.getKey(), operation(op.getValue(), javaTypes));
        }
        ObjectNode components = F.objectNode();
        for (dev.docpoet.spec.Component c : model.components().values()) {
            // an enum component is written where it is used
            if (c.schema() instanceof Schema.EnumSchema) continue;
            ObjectNode schemas = components.has("schemas") ? (ObjectNode) components.get("schemas") : components.putObject("schemas");
            if (schemas.has(exportName(c.key()))) continue;
            ObjectNode n = schema(c.schema(), false);
            if (!c.descriptionMarkdown().isEmpty()) n.put("description", c.descriptionMarkdown());
            schemas.set(exportName(c.key()), n);
        }
        if (!model.securitySchemes().isEmpty()) {
            ObjectNode sec = components.putObject("securitySchemes");
            model.securitySchemes().forEach(s -> sec.set(s.id(), securityScheme(s)));
        }
        if (!components.isEmpty()) root.set("components", components);
        return root;
    }

    private static ObjectNode operation(Endpoint e, Map<String, String> javaTypes) {
        ObjectNode op = F.objectNode();
        if (e.title() != null) op.put("summary", e.title());
        if (e.description() != null) op.put("description", e.description());
        if (e.deprecated()) op.put("deprecated", true);
        if (!e.parameters().isEmpty()) {
            ArrayNode params = op.putArray("parameters");
            for (Parameter p : e.parameters()) params.add(parameter(p));
        }
        if (e.requestBody() != null) {
            ObjectNode rb = op.putObject("requestBody");
            rb.set("content", content(e.requestBody(), javaTypes.get(e.signature() + " request")));
            if (e.requestBody().schema() instanceof Schema.ObjectSchema o && o.properties().stream().anyMatch(Property::required)) {
                rb.put("required", true);
            }
        }
        ObjectNode responses = op.putObject("responses");
        if (e.responses().isEmpty()) responses.putObject("default").put("description", "not documented");
        for (Response r : e.responses()) {
            ObjectNode rn = responses.putObject(r.status());
            rn.put("description", description(r.status()));
            if (!r.headers().isEmpty()) {
                // the model keeps a header's name only: a string is what every header value is on the wire
                ObjectNode headers = rn.putObject("headers");
                for (String h : r.headers()) headers.putObject(h).putObject("schema").put("type", "string");
            }
            if (r.body() != null && !r.body().contentType().isEmpty()) {
                rn.set("content", content(r.body(), javaTypes.get(e.signature() + " " + r.status())));
            }
        }
        if (!e.security().isEmpty()) {
            ArrayNode sec = op.putArray("security");
            for (String s : e.security()) sec.addObject().putArray(s);
        }
        if (e.specReference() != null) op.put("x-docpoet-spec-reference", e.specReference());
        return op;
    }

    /** OpenAPI requires a description on every response, and the docs give none of their own: the reason phrase. */
    private static String description(String status) {
        if (status.equals("default")) return "Any other status";
        String phrase = Statuses.phrase(status);
        return phrase != null ? phrase : "Response " + status;
    }

    private static ObjectNode parameter(Parameter p) {
        ObjectNode n = F.objectNode();
        n.put("name", p.name());
        n.put("in", p.in().wireName());
        if (!p.description().isEmpty()) n.put("description", p.description());
        if (p.required()) n.put("required", true);
        if (p.deprecated()) n.put("deprecated", true);
        if (p.schema() instanceof Schema.ArraySchema && p.in() == dev.docpoet.spec.ParameterLocation.QUERY && !p.explode()) {
            n.put("style", p.style()).put("explode", false);
        }
        ObjectNode schema = schema(p.schema(), p.nullable());
        if (p.defaultValue() != null) schema.set("default", p.defaultValue().node());
        n.set("schema", schema);
        if (p.example() != null) n.set("example", p.example().node());
        return n;
    }

    private static ObjectNode content(Body b, @Nullable String javaType) {
        ObjectNode content = F.objectNode();
        ObjectNode media = content.putObject(b.contentType());
        if (b.schema() != null) media.set("schema", schema(b.schema(), false));
        if (javaType != null) media.put("x-docpoet-java-type", javaType);
        if (b.example() != null) media.set("example", b.example().node());
        if (!b.partContentTypes().isEmpty()) {
            ObjectNode encoding = media.putObject("encoding");
            b.partContentTypes().forEach((field, type) -> encoding.putObject(field).put("contentType", type));
        }
        return content;
    }

    /**
     * The name a component has under {@code components/schemas}: the spec's own, with {@code _request} for the request
     * side of one whose readOnly or writeOnly fields make the sides differ.
     */
    static String exportName(String key) {
        String shown = dev.docpoet.spec.Component.shownName(key);
        return shown.endsWith(")") ? shown.substring(0, shown.indexOf(' ')) + "_request" : shown;
    }

    /** The JSON Schema of a model schema; nullable types become type arrays ({@code ["string","null"]}). */
    public static ObjectNode schema(Schema s, boolean nullable) {
        if (s instanceof Schema.RefSchema r) {
            ObjectNode ref = F.objectNode().put("$ref", "#/components/schemas/" + dev.docpoet.spec.Pointers.escape(exportName(r.key())));
            if (!nullable) return ref;
            ObjectNode n = F.objectNode();
            n.putArray("oneOf").add(ref).addObject().put("type", "null");
            return n;
        }
        if (s instanceof Schema.UnionSchema u) {
            ObjectNode n = F.objectNode();
            ArrayNode variants = n.putArray("oneOf");
            ObjectNode mapping = F.objectNode();
            for (Schema.UnionSchema.Variant v : u.variants()) {
                ObjectNode one = schema(v.schema(), false);
                one.put("title", v.name());
                variants.add(one);
                mapping.put(v.value(), v.name());
            }
            if (nullable) variants.addObject().put("type", "null");
            n.putObject("discriminator").put("propertyName", u.discriminator()).set("x-docpoet-variants", mapping);
            return n;
        }
        ObjectNode n = F.objectNode();
        String type = s.jsonType();
        if (!type.equals("any")) {
            if (nullable) {
                n.putArray("type").add(type).add("null");
            } else {
                n.put("type", type);
            }
        }
        if (s instanceof Schema.StringSchema str && str.format() != null) n.put("format", str.format());
        if (s instanceof Schema.EnumSchema e) {
            ArrayNode values = F.arrayNode();
            for (String v : e.values()) values.add(enumValue(e, v));
            if (e.open()) {
                n.set("examples", values);
                n.set("x-docpoet-known-values", values.deepCopy());
            } else {
                if (nullable) values.addNull();
                n.set("enum", values);
            }
        }
        if (s instanceof Schema.AnySchema any && !any.oneOf().isEmpty()) {
            ArrayNode variants = n.putArray("oneOf");
            for (Schema v : any.oneOf()) variants.add(schema(v, false));
            if (nullable) variants.addObject().put("type", "null");
        }
        if (s instanceof Schema.ArraySchema a) n.set("items", schema(a.items(), a.itemsNullable()));
        if (s instanceof Schema.MapSchema m) n.set("additionalProperties", schema(m.values(), false));
        if (s instanceof Schema.ObjectSchema o) {
            ObjectNode props = n.putObject("properties");
            ArrayNode required = F.arrayNode();
            for (Property p : o.properties()) {
                props.set(p.name(), property(p));
                if (p.required()) required.add(p.name());
            }
            if (!required.isEmpty()) n.set("required", required);
        }
        return n;
    }

    private static ObjectNode property(Property p) {
        ObjectNode n = schema(p.schema(), p.nullable());
        if (!p.description().isEmpty()) n.put("description", p.description());
        if (p.defaultValue() != null) n.set("default", p.defaultValue().node());
        if (p.deprecated()) n.put("deprecated", true);
        if (p.example() != null) n.putArray("examples").add(p.example().node());
        if (p.origin().inferred()) n.put("x-docpoet-inferred", p.origin() == dev.docpoet.spec.Origin.INFERRED_FROM_EXAMPLE ? "example" : "prose");
        return n;
    }

    private static JsonNode enumValue(Schema.EnumSchema e, String v) {
        if (e.kind() == Schema.EnumKind.STRING) return F.textNode(v);
        try {
            BigDecimal d = new BigDecimal(v);
            return d.scale() <= 0 ? F.numberNode(d.toBigInteger()) : F.numberNode(d);
        } catch (NumberFormatException ex) {
            return F.textNode(v);
        }
    }

    private static ObjectNode securityScheme(SecurityScheme s) {
        ObjectNode n = F.objectNode();
        n.put("type", s.type());
        if (s.isClientCredentials()) {
            ObjectNode flow = n.putObject("flows").putObject("clientCredentials").put("tokenUrl", s.tokenUrl());
            ObjectNode scopes = flow.putObject("scopes");
            // the model keeps the scopes' names only; OpenAPI wants a description for each
            s.scopes().forEach(scope -> scopes.put(scope, ""));
            return n;
        }
        if (s.scheme() != null) n.put("scheme", s.scheme());
        if (s.in() != null) n.put("in", s.in().wireName());
        if (s.parameterName() != null) n.put("name", s.parameterName());
        if (s.inferred()) n.put("x-docpoet-inferred", "from the scheme's name");
        return n;
    }
}
