package dev.docpoet.parse.internal.redocly;

import static dev.docpoet.parse.Models.enumValues;
import static dev.docpoet.parse.Models.only;
import static dev.docpoet.parse.Models.param;
import static dev.docpoet.parse.Models.prop;
import static dev.docpoet.parse.Models.response;
import static dev.docpoet.parse.Models.responseProp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.openapi.OpenApiExporter;
import dev.docpoet.parse.DocParser;
import dev.docpoet.parse.Models;
import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Dialect;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.ParameterLocation;
import dev.docpoet.spec.Property;
import dev.docpoet.spec.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedoclyReaderTest {
    private static final String PAGE = Models.resource("redocly/update-shipment.md");
    private final ApiDocument doc = DocParser.parse("update-shipment.md", PAGE);
    private final Endpoint ep = only(doc);

    @Test
    void endpointVersionSecurityAndTitle() {
        assertEquals(Dialect.REDOCLY_MARKDOWN, doc.dialect());
        assertEquals("PATCH", ep.method());
        assertEquals("/logistics/v2/shipments/{shipmentId}", ep.path());
        assertEquals("2.4", ep.version());
        assertEquals(List.of("TokenAuth", "SessionCookie"), ep.security());
        assertEquals("Update a shipment", ep.title());
        assertEquals("Changes the carrier or the destination of a shipment that has not left yet.", ep.description(),
                "the H1 is the title, not the start of the description");
        assertEquals(9, ep.location().line());
        assertFalse(doc.hasErrors(), doc.diagnostics()::toString);
    }

    @Test
    void theTitleStopsBeforeRequiredScopesCollapsedOrNot() {
        Endpoint collapsed = only(DocParser.parse("del.md", "# Delete a self-service amendment Required Scopes: `customers:write` "
                + "Endpoint: DELETE /customers/{customerId}/amendments/{amendmentId} ## Response 204 fields (application/json):"));
        assertEquals("Delete a self-service amendment", collapsed.title());
        assertEquals("Required Scopes: `customers:write`", collapsed.description());
        Endpoint lines = only(DocParser.parse("list.md", """
                # List invoices

                Required Scopes: `invoices:read`

                Returns the invoices of the account.

                Endpoint: GET /invoices

                ## Response 200 fields (application/json):

                  - `id` (string, required)
                    Invoice id
                """));
        assertEquals("List invoices", lines.title());
        assertEquals("Required Scopes: `invoices:read` Returns the invoices of the account.", lines.description());
    }

    @Test
    void parametersOfEverySection() {
        assertEquals(ParameterLocation.HEADER, param(ep, "X-Tenant").in());
        assertTrue(param(ep, "X-Tenant").required());
        assertEquals("acme", param(ep, "X-Tenant").example().node().asText());
        assertEquals(15, param(ep, "X-Tenant").location().line());
        assertEquals(5, param(ep, "X-Tenant").location().column());
        assertEquals(ParameterLocation.PATH, param(ep, "shipmentId").in());
        assertEquals(ParameterLocation.QUERY, param(ep, "notify").in());
        assertInstanceOf(Schema.BooleanSchema.class, param(ep, "notify").schema());
        assertEquals(ParameterLocation.QUERY, param(ep, "filter.kind").in(), "parameter names are taken whole");
        assertEquals(ParameterLocation.COOKIE, param(ep, "trace").in());
    }

    @Test
    void requestFieldsWithMediaTypeNestingAndUnions() {
        assertEquals("application/merge-patch+json", ep.requestBody().contentType());
        Schema body = ep.requestBody().schema();
        assertEquals(List.of("dhl", "ups", "fedex"), enumValues(prop(body, "carrier").schema()));
        assertInstanceOf(Schema.ArraySchema.class, prop(body, "destination.lines").schema());
        Property country = prop(body, "destination.country");
        assertTrue(country.required());
        assertTrue(country.nullable(), "string,null, required");
        assertEquals("DE", country.example().node().asText());
    }

    @Test
    void responseFieldsNestArrayItemsWithoutBrackets() {
        Property barcode = responseProp(ep, "200", "parcels.barcode");
        assertTrue(barcode.required());
        assertEquals("0042", barcode.example().node().asText(), "string examples stay strings");
        Property dims = responseProp(ep, "200", "parcels.dimensions");
        assertTrue(dims.nullable(), "object,null");
        assertInstanceOf(Schema.IntegerSchema.class, responseProp(ep, "200", "parcels.dimensions.depthCm").schema());
        assertEquals(12.5, responseProp(ep, "200", "weightKg").example().node().asDouble());
    }

    @Test
    void typeUnionsAnyAndDuplicatedUnions() {
        assertInstanceOf(Schema.AnySchema.class, responseProp(ep, "200", "labels").schema(), "object,array");
        Property attributes = responseProp(ep, "200", "attributes");
        assertInstanceOf(Schema.AnySchema.class, attributes.schema());
        assertTrue(attributes.example().node().get("fragile").asBoolean(), "object examples are JSON");
        Property retries = responseProp(ep, "200", "retries");
        assertInstanceOf(Schema.IntegerSchema.class, retries.schema());
        assertTrue(retries.nullable());
        assertTrue(responseProp(ep, "200", "tracking").nullable());
        assertInstanceOf(Schema.StringSchema.class, responseProp(ep, "200", "tracking").schema());
    }

    @Test
    void enumsOfNumbersAndPossibleValues() {
        Schema.EnumSchema priority = (Schema.EnumSchema) responseProp(ep, "200", "priority").schema();
        assertEquals(Schema.EnumKind.INTEGER, priority.kind());
        assertEquals(List.of("1", "2", "3"), priority.values());
        Schema.EnumSchema status = (Schema.EnumSchema) responseProp(ep, "404", "error.status").schema();
        assertEquals(Schema.EnumKind.NUMBER, status.kind());
        assertEquals(List.of("404"), status.values());
        assertEquals(List.of("SHIPMENT_GONE", "SHIPMENT_UNKNOWN"), enumValues(responseProp(ep, "404", "error.detail").schema()));
    }

    @Test
    void responsesForAnyMediaTypeDefaultAndWithoutFields() {
        assertEquals(List.of("200", "204", "404", "default"), ep.responses().stream().map(r -> r.status()).toList());
        assertEquals("application/problem+json", response(ep, "404").body().contentType());
        assertNull(response(ep, "204").body(), "a section with no fields and no media type has no body");
        assertTrue(responseProp(ep, "default", "message").required());
    }

    @Test
    void collapsedLayoutGivesTheSameModel() {
        String collapsed = PAGE.replaceAll("\\s+", " ");
        ApiDocument flat = DocParser.parse("update-shipment.md", collapsed);
        assertEquals(1, flat.endpoints().size());
        assertEquals(OpenApiExporter.toJson(List.of(doc)), OpenApiExporter.toJson(List.of(flat)));
        assertEquals(1, only(flat).location().line());
    }

    @Test
    void anEndpointLineInACodeBlockIsAnExampleNotThePagesEndpoint() {
        var guide = DocParser.parse("bolt.mdx", """
                ---
                title: Use it from Bolt
                ---
                Paste this prompt:

                ```text
                Endpoint: POST /mails/send
                ```
                """);
        assertTrue(guide.endpoints().isEmpty(), guide.endpoints().toString());
        var page = DocParser.parse("send.md", """
                # Send a mail

                ```text
                Endpoint: POST /not/this
                ```

                Endpoint: POST /mails/send
                ## Response 200 fields (application/json):
                  - `id` (string, required)
                """);
        assertEquals("POST /mails/send", only(page).signature());
    }
}
