package dev.docpoet.parse.internal.gitbook;

import static dev.docpoet.parse.Models.param;
import static dev.docpoet.parse.Models.prop;
import static dev.docpoet.parse.Models.response;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.parse.DocParser;
import dev.docpoet.parse.ExpectedDiagnostics;
import dev.docpoet.parse.Models;
import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Dialect;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.ParameterLocation;
import dev.docpoet.spec.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

class GitBookReaderTest {
    private static ApiDocument fixture(String name) {
        String text = Models.resource("gitbook/" + name);
        ApiDocument doc = DocParser.parse("gitbook/" + name, text);
        ExpectedDiagnostics.check(name, text, doc);
        return doc;
    }

    private final ApiDocument doc = fixture("shipments.md");

    @Test
    void eachSwaggerBlockIsAnEndpointWithItsHostAndSummary() {
        assertEquals(Dialect.GITBOOK_MARKDOWN, doc.dialect());
        assertEquals(List.of("GET /shipments/{shipmentId}", "POST /shipments"), doc.endpoints().stream().map(Endpoint::signature).toList(),
                "a path without its slash gets one; a block inside a code fence is not read");
        Endpoint get = doc.endpoints().get(0);
        assertEquals("https://{region}.api.example.com/v2", get.baseUrl(), "a <placeholder> host is a host variable");
        assertEquals("Get a shipment", get.title());
        assertEquals("Returns one shipment with its parcels.", get.description());
        assertEquals(7, get.location().line(), "the block's line");
        assertEquals("Shipments", doc.title());
    }

    @Test
    void parametersKeepTheirPlaceTypeAndRequired() {
        Endpoint get = doc.endpoints().get(0);
        assertEquals(ParameterLocation.PATH, param(get, "shipmentId").in());
        assertEquals(new Schema.StringSchema(null), param(get, "shipmentId").schema());
        assertTrue(param(get, "shipmentId").required());
        assertInstanceOf(Schema.ArraySchema.class, param(get, "expand").schema());
        assertFalse(param(get, "expand").required());
        assertEquals(new Schema.NumberSchema(), param(get, "ratio").schema(), "`float in the range (0, 1]` reads as its first word");
        assertEquals(new Schema.StringSchema(null), param(get, "X-Tenant").schema(), "a value where the type goes leaves a header a string");
        assertEquals(ParameterLocation.HEADER, param(get, "X-Tenant").in());
        assertEquals("The shipment's id.", param(get, "shipmentId").description());
    }

    @Test
    void bodyParametersAreRequestFieldsNestedByTheirDottedNames() {
        Endpoint post = doc.endpoints().get(1);
        Schema body = post.requestBody().schema();
        assertTrue(prop(body, "carrier").required());
        assertEquals(new Schema.StringSchema(null), prop(body, "destination.city").schema());
        assertTrue(prop(body, "destination.city").required());
        assertEquals(new Schema.BooleanSchema(), prop(body, "insured").schema());
        assertEquals("Notes without an end tag: read up to the next tag.", prop(body, "notes").description());
        assertEquals(List.of("201"), post.responses().stream().map(r -> r.status()).toList());
    }

    @Test
    void responseExamplesWithCommentsAndEllipsesAreEvidence() {
        Endpoint get = doc.endpoints().get(0);
        Schema ok = response(get, "200").body().schema();
        assertEquals(new Schema.NumberSchema(), prop(ok, "weight").schema());
        Schema.ArraySchema parcels = assertInstanceOf(Schema.ArraySchema.class, prop(ok, "parcels").schema(),
                "the `...` standing for more parcels is passed over");
        assertEquals(List.of("id", "label"), Models.object(parcels.items()).properties().stream().map(p -> p.name()).toList());
        assertEquals(new Schema.StringSchema("date-time"), prop(ok, "createdAt").schema());
        assertEquals(new Schema.StringSchema(null), prop(response(get, "404").body().schema(), "error").schema());
    }

    @Test
    void brokenBlocksAreLocatedAndTheRestIsRead() {
        ApiDocument broken = fixture("broken.md");
        assertEquals(List.of("DELETE /things/{id}"), broken.endpoints().stream().map(Endpoint::signature).toList());
    }

    @Test
    void aBodyParameterWithoutANameIsTheBodyAsAWhole() {
        ApiDocument d = DocParser.parse("save.md", """
                {% swagger method="post" path="/users" %}
                {% swagger-parameter in="body" name="" type="object" %}
                The user to save.
                {% endswagger-parameter %}
                {% endswagger %}
                """);
        assertFalse(d.hasErrors(), d.diagnostics()::toString);
        assertEquals("application/json", Models.only(d).requestBody().contentType());
    }

    @Test
    void manyResponsesReadInOnePass() {
        String page = "{% swagger method=\"get\" path=\"/x\" %}\n"
                + "{% swagger-response status=\"200: OK\" %}\n```json\n{\"a\": 1}\n```\n{% endswagger-response %}\n".repeat(5_000)
                + "{% endswagger %}\n";
        ApiDocument d = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofMinutes(5),
                () -> DocParser.parse("many.md", page));
        assertEquals(new Schema.IntegerSchema(), prop(response(Models.only(d), "200").body().schema(), "a").schema());
        assertTrue(Models.diagnostics(d, dev.docpoet.spec.ParserCode.SpecInternalError).isEmpty());
    }
}
