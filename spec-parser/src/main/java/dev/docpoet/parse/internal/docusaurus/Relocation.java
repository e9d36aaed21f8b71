package dev.docpoet.parse.internal.docusaurus;

import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Body;
import dev.docpoet.spec.Component;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.Dialect;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.Location;
import dev.docpoet.spec.Parameter;
import dev.docpoet.spec.Property;
import dev.docpoet.spec.Response;
import dev.docpoet.spec.Schema;
import dev.docpoet.spec.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Moves everything a spec read of an operation points at, from the spec text docpoet put together, back onto the page
 * the operation came from: every endpoint, parameter, body, property, component and diagnostic.
 */
final class Relocation {
    private final UnaryOperator<SourceLocation> map;

    Relocation(UnaryOperator<SourceLocation> map) {
        this.map = map;
    }

    ApiDocument document(ApiDocument d, String source, Dialect dialect, @Nullable String title) {
        List<Endpoint> endpoints = d.endpoints().stream().map(this::endpoint).toList();
        List<Diagnostic> diagnostics = d.diagnostics().stream().map(this::diagnostic).toList();
        Map<String, Component> components = new TreeMap<>();
        d.components().forEach((k, c) -> components.put(k, new Component(c.key(), c.name(), c.requestSide(), schema(c.schema()),
                c.descriptionMarkdown(), map.apply(c.location()))));
        return new ApiDocument(source, dialect, title, endpoints, diagnostics, d.securitySchemes(), d.typeNames(), components, d.servers());
    }

    private Diagnostic diagnostic(Diagnostic d) {
        Location at = d.location() instanceof SourceLocation s ? map.apply(s) : d.location();
        return new Diagnostic(d.code(), d.message(), at, d.hint());
    }

    private Endpoint endpoint(Endpoint e) {
        List<Parameter> params = e.parameters().stream().map(p -> new Parameter(p.name(), p.in(), schema(p.schema()), p.required(),
                p.nullable(), p.description(), p.defaultValue(), p.example(), p.deprecated(), p.style(), p.explode(),
                map.apply(p.location()))).toList();
        List<Response> responses = new ArrayList<>();
        for (Response r : e.responses()) responses.add(new Response(r.status(), body(r.body()), map.apply(r.location()), r.headers()));
        return new Endpoint(e.method(), e.path(), e.baseUrl(), e.title(), e.description(), e.version(), e.security(), params,
                body(e.requestBody()), responses, e.specReference(), map.apply(e.location()), e.deprecated());
    }

    private @Nullable Body body(@Nullable Body b) {
        if (b == null) return null;
        return new Body(b.contentType(), b.schema() == null ? null : schema(b.schema()), b.example(), map.apply(b.location()),
                b.partContentTypes(), b.streamEnd());
    }

    private Schema schema(Schema s) {
        if (s instanceof Schema.ObjectSchema o) return object(o);
        if (s instanceof Schema.ArraySchema a) return new Schema.ArraySchema(schema(a.items()), a.itemsNullable());
        if (s instanceof Schema.MapSchema m) return new Schema.MapSchema(schema(m.values()));
        if (s instanceof Schema.AnySchema any) return new Schema.AnySchema(any.oneOf().stream().map(this::schema).toList());
        if (s instanceof Schema.UnionSchema u) {
            return new Schema.UnionSchema(u.discriminator(), u.variants().stream()
                    .map(v -> new Schema.UnionSchema.Variant(v.value(), v.name(), object(v.schema()), v.component())).toList());
        }
        return s;
    }

    private Schema.ObjectSchema object(Schema.ObjectSchema o) {
        return new Schema.ObjectSchema(o.properties().stream().map(p -> new Property(p.name(), schema(p.schema()), p.required(),
                p.nullable(), p.description(), p.descriptionMarkdown(), p.defaultValue(), p.example(), p.deprecated(), p.origin(),
                p.nullInExample(), map.apply(p.location()))).toList());
    }
}
