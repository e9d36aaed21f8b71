package dev.docpoet.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.DiagnosticCode;
import dev.docpoet.spec.ParserCode;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.Parameter;
import dev.docpoet.spec.Property;
import dev.docpoet.spec.Response;
import dev.docpoet.spec.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test helpers that navigate the model by the paths a doc writes ({@code source.author.type}). */
public final class Models {
    private Models() {}

    public static String resource(String name) {
        try (InputStream in = Models.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) throw new IllegalArgumentException("no fixture " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ApiDocument parseFixture(String name) {
        return DocParser.parse(name, resource(name));
    }

    public static Endpoint only(ApiDocument doc) {
        assertEquals(1, doc.endpoints().size(), () -> "endpoints of " + doc.source() + ": " + doc.diagnostics());
        return doc.endpoints().get(0);
    }

    public static Parameter param(Endpoint e, String name) {
        return e.parameters().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no parameter " + name + " in " + e.parameters()));
    }

    public static Response response(Endpoint e, String status) {
        return e.responses().stream().filter(r -> r.status().equals(status)).findFirst()
                .orElseThrow(() -> new AssertionError("no response " + status));
    }

    public static Schema.ObjectSchema object(Schema s) {
        if (s instanceof Schema.ObjectSchema o) return o;
        if (s instanceof Schema.ArraySchema a && a.items() instanceof Schema.ObjectSchema o) return o;
        throw new AssertionError("not an object or array of objects: " + s);
    }

    /** A property by dotted path from a body schema; array levels are stepped through to their items. */
    public static Property prop(Schema body, String path) {
        Schema.ObjectSchema at = object(body);
        Property p = null;
        for (String seg : path.split("\\.")) {
            if (p != null) at = object(p.schema());
            p = at.property(seg);
            if (p == null) fail("no property " + seg + " of " + path + " in " + at.properties().stream().map(Property::name).toList());
        }
        assertNotNull(p);
        return p;
    }

    public static Property responseProp(Endpoint e, String status, String path) {
        return prop(response(e, status).body().schema(), path);
    }

    public static List<Diagnostic> diagnostics(ApiDocument doc, DiagnosticCode code) {
        return doc.diagnostics().stream().filter(d -> d.code() == code).toList();
    }

    public static Diagnostic single(ApiDocument doc, DiagnosticCode code) {
        List<Diagnostic> found = diagnostics(doc, code);
        assertEquals(1, found.size(), () -> code + " in " + doc.diagnostics());
        return found.get(0);
    }

    public static List<String> enumValues(Schema s) {
        if (s instanceof Schema.EnumSchema e) return e.values();
        throw new AssertionError("not an enum: " + s);
    }
}
