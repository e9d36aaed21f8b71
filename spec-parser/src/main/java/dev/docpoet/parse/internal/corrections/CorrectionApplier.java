package dev.docpoet.parse.internal.corrections;

import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.ApiModel;
import dev.docpoet.spec.Body;
import dev.docpoet.spec.Component;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.Parameter;
import dev.docpoet.spec.ParserCode;
import dev.docpoet.spec.Property;
import dev.docpoet.spec.Response;
import dev.docpoet.spec.Schema;
import dev.docpoet.spec.SourceLocation;
import dev.docpoet.spec.Suggestions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Applies corrections on top of what the docs say. Each finds its endpoint (by method and path, whatever the path
 * parameters are called), then its parameter, or its body and the field at its dotted path (through lists, maps,
 * union variants and shared components: correcting a component's field corrects it everywhere the component is used),
 * and sets what it says. One that finds nothing is a {@code SpecCorrectionUnused} warning; each value the docs already
 * give is a {@code SpecCorrectionRedundant} warning, at its line, so that a stale correction is noticed and removed.
 */
public final class CorrectionApplier {
    /** The corrected documents, in the order given, and what the corrections found. */
    public record Result(List<ApiDocument> documents, List<Diagnostic> diagnostics) {}

    private final List<ApiDocument> docs;
    private final List<Diagnostic> found = new ArrayList<>();
    /** The names at the level a field path stopped being found, for "did you mean". */
    private final Set<String> missedAmong = new LinkedHashSet<>();
    private String missed = "";

    private CorrectionApplier(List<ApiDocument> docs) {
        this.docs = new ArrayList<>(docs);
    }

    public static Result apply(List<ApiDocument> documents, List<Correction> corrections) {
        CorrectionApplier a = new CorrectionApplier(documents);
        for (Correction c : corrections) a.one(c);
        return new Result(a.docs, a.found);
    }

    private void one(Correction c) {
        int di = -1;
        int ei = -1;
        List<String> signatures = new ArrayList<>();
        for (int d = 0; d < docs.size() && di < 0; d++) {
            List<Endpoint> es = docs.get(d).endpoints();
            for (int e = 0; e < es.size(); e++) {
                Endpoint ep = es.get(e);
                signatures.add(ep.method().toUpperCase(java.util.Locale.ROOT) + " " + ep.path());
                if (ep.method().equalsIgnoreCase(c.method()) && ApiModel.normalizedPath(ep.path()).equals(ApiModel.normalizedPath(c.path()))) {
                    di = d;
                    ei = e;
                    break;
                }
            }
        }
        if (di < 0) {
            String near = Suggestions.closest(c.method() + " " + c.path(), signatures);
            unused(c.endpointAt(), "no endpoint " + c.method() + " " + c.path() + " in the docs this file corrects"
                    + (near == null ? "" : " (did you mean " + near + "?)"));
            return;
        }
        Endpoint e = docs.get(di).endpoints().get(ei);
        Endpoint fixed = c.parameter() != null ? parameter(e, c) : body(e, c, di);
        if (fixed == null) return;
        ApiDocument d = docs.get(di);
        List<Endpoint> es = new ArrayList<>(d.endpoints());
        es.set(ei, fixed);
        docs.set(di, new ApiDocument(d.source(), d.dialect(), d.title(), es, d.diagnostics(), d.securitySchemes(), d.typeNames(), d.components(),
                d.servers()));
    }

    private @Nullable Endpoint parameter(Endpoint e, Correction c) {
        List<Parameter> ps = new ArrayList<>(e.parameters());
        for (int i = 0; i < ps.size(); i++) {
            Parameter p = ps.get(i);
            if (!p.name().equals(c.parameter())) continue;
            String what = "parameter `" + p.name() + "`";
            Flags f = flags(new Flags(p.required(), p.nullable(), p.name()), c.changes(), what);
            boolean required = f.required();
            boolean nullable = f.nullable();
            String name = f.name();
            Schema schema = schema(p.schema(), c.changes(), what);
            ps.set(i, new Parameter(name, p.in(), schema, required, nullable, p.description(), p.defaultValue(), p.example(), p.deprecated(),
                    p.style(), p.explode(), p.location()));
            return new Endpoint(e.method(), e.path(), e.baseUrl(), e.title(), e.description(), e.version(), e.security(), ps, e.requestBody(),
                    e.responses(), e.specReference(), e.location(), e.deprecated());
        }
        String near = Suggestions.closest(c.parameter(), e.parameters().stream().map(Parameter::name).toList());
        unused(c.parameterAt(), e.method().toUpperCase(java.util.Locale.ROOT) + " " + e.path() + " has no parameter `" + c.parameter() + "`"
                + (near == null ? "" : " (did you mean `" + near + "`?)"));
        return null;
    }

    private @Nullable Endpoint body(Endpoint e, Correction c, int doc) {
        String sig = e.method().toUpperCase(java.util.Locale.ROOT) + " " + e.path();
        Body body = null;
        int response = -1;
        if ("request".equals(c.body())) {
            body = e.requestBody();
        } else {
            for (int i = 0; i < e.responses().size() && body == null; i++) {
                Response r = e.responses().get(i);
                if (r.body() == null) continue;
                if (c.body() == null ? r.isSuccess() : r.status().equalsIgnoreCase(c.body())) {
                    body = r.body();
                    response = i;
                }
            }
        }
        if (body == null || body.schema() == null) {
            String which = "request".equals(c.body()) ? "request body" : c.body() == null ? "success response body" : c.body() + " response body";
            unused(c.bodyAt() != null ? c.bodyAt() : c.endpointAt(), sig + " documents no " + which);
            return null;
        }
        Schema fixed;
        if (c.field().isEmpty()) {
            fixed = schema(body.schema(), c.changes(), "the body");
        } else {
            missedAmong.clear();
            missed = "";
            fixed = walk(body.schema(), c, 0, doc, new HashSet<>());
            if (fixed == null) {
                String near = Suggestions.closest(missed, missedAmong);
                unused(c.fieldAt(), sig + " " + (response < 0 ? "request" : e.responses().get(response).status()) + " has no field `"
                        + String.join(".", c.field()) + "`" + (near == null ? "" : " (did you mean `" + near + "` for `" + missed + "`?)"));
                return null;
            }
        }
        Body b = body.with(fixed, body.example(), body.location());
        Body request = e.requestBody();
        List<Response> responses = new ArrayList<>(e.responses());
        if (response < 0) {
            request = b;
        } else {
            Response r = responses.get(response);
            responses.set(response, new Response(r.status(), b, r.location(), r.headers()));
        }
        return new Endpoint(e.method(), e.path(), e.baseUrl(), e.title(), e.description(), e.version(), e.security(), e.parameters(), request,
                responses, e.specReference(), e.location(), e.deprecated());
    }

    /** {@code s} with the field at {@code c.field()[i…]} corrected; null when there is no such field. */
    private @Nullable Schema walk(Schema s, Correction c, int i, int doc, Set<String> visiting) {
        if (s instanceof Schema.ArraySchema a) {
            Schema in = walk(a.items(), c, i, doc, visiting);
            return in == null ? null : new Schema.ArraySchema(in, a.itemsNullable());
        }
        if (s instanceof Schema.MapSchema m) {
            Schema in = walk(m.values(), c, i, doc, visiting);
            return in == null ? null : new Schema.MapSchema(in);
        }
        if (s instanceof Schema.RefSchema r) {
            Component comp = component(r.key(), doc);
            if (comp == null || !visiting.add(r.key())) return null;
            Schema in = walk(comp.schema(), c, i, doc, visiting);
            if (in == null) return null;
            replace(new Component(comp.key(), comp.name(), comp.requestSide(), in, comp.descriptionMarkdown(), comp.location()));
            return r;
        }
        if (s instanceof Schema.UnionSchema u) {
            List<Schema.UnionSchema.Variant> vs = new ArrayList<>();
            boolean any = false;
            for (Schema.UnionSchema.Variant v : u.variants()) {
                Schema in = walk(v.schema(), c, i, doc, visiting);
                if (in instanceof Schema.ObjectSchema o) {
                    vs.add(new Schema.UnionSchema.Variant(v.value(), v.name(), o, v.component()));
                    any = true;
                } else {
                    vs.add(v);
                }
            }
            return any ? new Schema.UnionSchema(u.discriminator(), vs) : null;
        }
        if (!(s instanceof Schema.ObjectSchema o)) return null;
        String name = c.field().get(i);
        Property p = o.property(name);
        if (p == null) {
            missed = name;
            o.properties().forEach(q -> missedAmong.add(q.name()));
            return null;
        }
        Property fixed;
        if (i == c.field().size() - 1) {
            fixed = property(p, c.changes());
        } else {
            Schema in = walk(p.schema(), c, i + 1, doc, visiting);
            if (in == null) return null;
            fixed = p.withSchema(in, p.nullable());
        }
        List<Property> ps = new ArrayList<>(o.properties());
        ps.set(ps.indexOf(p), fixed);
        return new Schema.ObjectSchema(ps);
    }

    /** What a parameter or field is: required, nullable, its wire name. */
    private record Flags(boolean required, boolean nullable, String name) {}

    /** The flags after the changes that set them; a change to what already holds is reported as redundant. */
    private Flags flags(Flags f, List<Correction.Change> changes, String what) {
        boolean required = f.required();
        boolean nullable = f.nullable();
        String name = f.name();
        for (Correction.Change ch : changes) {
            if (ch instanceof Correction.SetRequired r) {
                if (r.value() == required) redundant(r.at(), what + " is already " + (required ? "required" : "optional"));
                required = r.value();
            } else if (ch instanceof Correction.SetNullable n) {
                if (n.value() == nullable) redundant(n.at(), what + " is already " + (nullable ? "nullable" : "not nullable"));
                nullable = n.value();
            } else if (ch instanceof Correction.SetName n) {
                if (n.value().equals(name)) redundant(n.at(), what + " is already called so");
                name = n.value();
            }
        }
        return new Flags(required, nullable, name);
    }

    private Property property(Property p, List<Correction.Change> changes) {
        String what = "`" + p.name() + "`";
        Flags f = flags(new Flags(p.required(), p.nullable(), p.name()), changes, what);
        boolean required = f.required();
        boolean nullable = f.nullable();
        String name = f.name();
        Schema schema = schema(p.schema(), changes, what);
        return new Property(name, schema, required, nullable, p.description(), p.descriptionMarkdown(), p.defaultValue(), p.example(),
                p.deprecated(), p.origin(), p.nullInExample(), p.location());
    }

    /** The type, enum and map changes applied to a value (to a list's items). */
    private Schema schema(Schema s, List<Correction.Change> changes, String what) {
        if (s instanceof Schema.ArraySchema a) return new Schema.ArraySchema(schema(a.items(), changes, what + "'s items"), a.itemsNullable());
        Correction.SetType type = null;
        Correction.SetEnum values = null;
        Correction.SetMap map = null;
        for (Correction.Change ch : changes) {
            if (ch instanceof Correction.SetType t) type = t;
            else if (ch instanceof Correction.SetEnum e) values = e;
            else if (ch instanceof Correction.SetMap m) map = m;
        }
        Schema cur = s;
        if (map != null && map.value()) {
            Schema inner;
            if (cur instanceof Schema.MapSchema m) {
                redundant(map.at(), what + " is already a map");
                inner = m.values();
            } else {
                inner = new Schema.AnySchema();
            }
            inner = typed(inner, type, values, what + "'s values");
            return new Schema.MapSchema(inner);
        }
        if (map != null) {
            if (cur instanceof Schema.MapSchema) cur = new Schema.ObjectSchema(List.of());
            else redundant(map.at(), what + " is already no map");
        }
        return typed(cur, type, values, what);
    }

    private Schema typed(Schema cur, Correction.@Nullable SetType type, Correction.@Nullable SetEnum values, String what) {
        if (type != null) {
            boolean same = type.schema() instanceof Schema.ObjectSchema ? cur instanceof Schema.ObjectSchema : type.schema().equals(cur);
            if (same) redundant(type.at(), what + " is already of type " + type.shown());
            else cur = type.schema();
        }
        if (values != null) {
            Schema.EnumKind kind = cur instanceof Schema.IntegerSchema ? Schema.EnumKind.INTEGER : cur instanceof Schema.NumberSchema
                    ? Schema.EnumKind.NUMBER : cur instanceof Schema.EnumSchema e ? e.kind() : Schema.EnumKind.STRING;
            if (cur instanceof Schema.EnumSchema e && new HashSet<>(e.values()).equals(new HashSet<>(values.values()))) {
                redundant(values.at(), what + " already has exactly these values");
            } else {
                cur = new Schema.EnumSchema(kind, values.values(), cur instanceof Schema.EnumSchema e && e.open());
            }
        }
        return cur;
    }

    private @Nullable Component component(String key, int doc) {
        Component c = docs.get(doc).components().get(key);
        if (c != null) return c;
        for (ApiDocument d : docs) if (d.components().containsKey(key)) return d.components().get(key);
        return null;
    }

    private void replace(Component comp) {
        for (int i = 0; i < docs.size(); i++) {
            ApiDocument d = docs.get(i);
            if (!d.components().containsKey(comp.key())) continue;
            Map<String, Component> cs = new TreeMap<>(d.components());
            cs.put(comp.key(), comp);
            docs.set(i, new ApiDocument(d.source(), d.dialect(), d.title(), d.endpoints(), d.diagnostics(), d.securitySchemes(), d.typeNames(), cs,
                    d.servers()));
        }
    }

    private void unused(@Nullable SourceLocation at, String message) {
        found.add(new Diagnostic(ParserCode.SpecCorrectionUnused, message, at, "fix the correction, or remove it if the docs changed"));
    }

    private void redundant(SourceLocation at, String message) {
        found.add(new Diagnostic(ParserCode.SpecCorrectionRedundant, "the docs now agree: " + message, at, "remove this line from the corrections"));
    }
}
