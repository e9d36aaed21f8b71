package dev.docpoet.parse.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docpoet.spec.Body;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.JsonValue;
import dev.docpoet.spec.Parameter;
import dev.docpoet.spec.ParameterLocation;
import dev.docpoet.spec.Property;
import dev.docpoet.spec.Response;
import dev.docpoet.spec.Schema;
import dev.docpoet.spec.Schema.EnumKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Turns completed drafts into the immutable spec model. */
public final class DraftFreezer {
    private static final java.util.regex.Pattern COMMA_SEPARATED = java.util.regex.Pattern.compile("(?i)comma[- ]separated|separated by commas");

    private DraftFreezer() {}

    static Endpoint endpoint(EndpointDraft d) {
        List<Parameter> params = new ArrayList<>();
        for (EndpointDraft.Param p : d.params) {
            FieldNode n = p.node();
            boolean form = p.in() == ParameterLocation.QUERY || p.in() == ParameterLocation.COOKIE;
            boolean commaSeparated = COMMA_SEPARATED.matcher(n.description).find();
            params.add(new Parameter(n.name, p.in(), schema(n, 0), n.required || p.in() == ParameterLocation.PATH,
                    n.nullable, n.description, json(n.defaultValue), json(n.example), n.deprecated,
                    form ? "form" : "simple", form && !commaSeparated, n.location));
        }
        List<Response> responses = new ArrayList<>();
        java.util.Set<String> statuses = new java.util.TreeSet<>(EndpointDraft::compareStatus);
        statuses.addAll(d.responses.keySet());
        statuses.addAll(d.responseHeaders.keySet());
        for (String status : statuses) {
            BodyDraft b = d.responses.get(status);
            EndpointDraft.ResponseHeaders h = d.responseHeaders.get(status);
            // a status the page gives headers only for is documented without a body
            responses.add(new Response(status, b == null ? null : body(b), b != null ? b.location : h.location(),
                    h == null ? List.of() : h.names()));
        }
        return new Endpoint(d.method, d.path, d.baseUrl, d.title, d.description, d.version, d.security, params,
                d.request == null ? null : body(d.request), responses, d.specReference, d.location, d.deprecated);
    }

    private static @Nullable Body body(BodyDraft b) {
        JsonValue example = b.example == null ? null : JsonValue.of(b.example.root());
        if (!b.hasShape()) {
            return b.contentType.isEmpty() ? null : new Body(b.contentType, null, null, b.location, java.util.Map.of(), b.streamEnd);
        }
        Schema schema = b.root.entity != null ? schema(b.root, 0)
                : b.root.kind == Kind.ARRAY ? schema(b.root, 0) : new Schema.ObjectSchema(properties(b.root, 0));
        return new Body(b.contentType, schema, example, b.location, java.util.Map.of(), b.streamEnd);
    }

    private static @Nullable JsonValue json(@Nullable JsonNode n) {
        return n == null ? null : JsonValue.of(n);
    }

    private static List<Property> properties(FieldNode parent, int depth) {
        List<Property> out = new ArrayList<>();
        for (FieldNode c : parent.children.values()) {
            out.add(new Property(c.name, schema(c, depth + 1), c.required, c.nullable, c.description,
                    c.descriptionMarkdown.isEmpty() ? c.description : c.descriptionMarkdown, json(c.defaultValue),
                    json(c.example), c.deprecated, c.origin, c.nullInExample, c.location));
        }
        return out;
    }

    /** An entity's fields, as the component's object schema. */
    static Schema.ObjectSchema entity(BodyDraft b) {
        return new Schema.ObjectSchema(properties(b.root, 0));
    }

    /** The key a field that is another entity refers to until {@code EntityResolver} finds that entity's component. */
    public static final String ENTITY_PREFIX = "entity:";

    static Schema schema(FieldNode n, int depth) {
        if (depth > FieldTree.MAX_DEPTH) return new Schema.AnySchema();
        if (n.entity != null) {
            // "=KEY": a component of the page itself, known already; else a reference the doc set resolves
            Schema ref = new Schema.RefSchema(n.entity.startsWith("=") ? n.entity.substring(1) : ENTITY_PREFIX + n.entity);
            return n.kind == Kind.ARRAY ? new Schema.ArraySchema(ref, n.itemsNullable) : ref;
        }
        if (!n.enumValues.isEmpty() && n.kind != Kind.ARRAY && n.kind != Kind.OBJECT) {
            return new Schema.EnumSchema(enumKind(n), n.enumValues, n.enumOpen);
        }
        if (n.kind == Kind.ARRAY) {
            Schema items;
            if (!n.children.isEmpty()) {
                items = new Schema.ObjectSchema(properties(n, depth));
            } else if (!n.enumValues.isEmpty()) {
                items = new Schema.EnumSchema(n.enumKind == null ? EnumKind.STRING : n.enumKind, n.enumValues, n.enumOpen);
            } else {
                items = scalar(n.itemKind, null);
            }
            return new Schema.ArraySchema(items, n.itemsNullable);
        }
        if (n.map) {
            FieldNode value = n.children.get(FieldNode.MAP_VALUE);
            return new Schema.MapSchema(value == null ? new Schema.AnySchema() : schema(value, depth + 1));
        }
        if (!n.children.isEmpty() || n.kind == Kind.OBJECT) {
            return new Schema.ObjectSchema(properties(n, depth));
        }
        return scalar(n.kind, n.format);
    }

    private static EnumKind enumKind(FieldNode n) {
        // a number type with values that are not numbers (read from prose, say) is a string enum: the values are the evidence
        if (n.kind == Kind.INTEGER && n.enumValues.stream().allMatch(v -> v.matches("-?\\d+"))) return EnumKind.INTEGER;
        if (n.kind == Kind.NUMBER && n.enumValues.stream().allMatch(v -> v.matches("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?"))) {
            return EnumKind.NUMBER;
        }
        if (n.kind == Kind.INTEGER || n.kind == Kind.NUMBER) return EnumKind.STRING;
        if (n.kind == Kind.STRING) return EnumKind.STRING;
        return n.enumKind == null ? EnumKind.STRING : n.enumKind;
    }

    private static Schema scalar(Kind kind, @Nullable String format) {
        return switch (kind) {
            case STRING -> new Schema.StringSchema(format);
            case INTEGER -> new Schema.IntegerSchema();
            case NUMBER -> new Schema.NumberSchema();
            case BOOLEAN -> new Schema.BooleanSchema();
            case OBJECT -> new Schema.ObjectSchema(List.of());
            case ARRAY -> new Schema.ArraySchema(new Schema.AnySchema());
            case ANY, UNSPECIFIED -> new Schema.AnySchema();
        };
    }
}
