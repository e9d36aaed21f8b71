package dev.docpoet.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docpoet.parse.DocParser;
import dev.docpoet.parse.Models;
import dev.docpoet.spec.ApiDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiExporterTest {
    private final ApiDocument shipment = DocParser.parse("s.md", Models.resource("redocly/update-shipment.md"));
    private final ApiDocument orders = Models.parseFixture("mintlify/orders.mdx");

    private JsonNode export() throws Exception {
        return new ObjectMapper().readTree(OpenApiExporter.toJson(List.of(shipment, orders)));
    }

    @Test
    void documentShapeParametersAndSecurity() throws Exception {
        JsonNode api = export();
        assertEquals("3.1.0", api.get("openapi").asText());
        JsonNode op = api.at("/paths/~1logistics~1v2~1shipments~1{shipmentId}/patch");
        assertEquals("Update a shipment", op.get("summary").asText());
        assertEquals("X-Tenant", op.at("/parameters/0/name").asText());
        assertEquals("header", op.at("/parameters/0/in").asText());
        assertTrue(op.at("/parameters/0/required").asBoolean());
        assertEquals("acme", op.at("/parameters/0/example").asText());
        assertEquals("TokenAuth", op.at("/security/0").fieldNames().next());
        assertEquals("bearer", api.at("/components/securitySchemes/TokenAuth/scheme").asText());
        assertEquals("cookie", api.at("/components/securitySchemes/SessionCookie/in").asText());
        assertTrue(api.at("/paths/~1v3~1stores~1{storeId}~1orders/post").isObject());
    }

    @Test
    void schemasWithRequiredNullableEnumAndFormats() throws Exception {
        JsonNode op = export().at("/paths/~1logistics~1v2~1shipments~1{shipmentId}/patch");
        JsonNode req = op.at("/requestBody/content/application~1merge-patch+json/schema");
        assertEquals("[\"string\",\"null\"]", req.at("/properties/destination/properties/country/type").toString());
        assertEquals("[\"lines\",\"country\"]", req.at("/properties/destination/required").toString());
        assertEquals("[\"dhl\",\"ups\",\"fedex\"]", req.at("/properties/carrier/enum").toString());
        JsonNode notFound = op.at("/responses/404/content/application~1problem+json/schema/properties/error/properties/status");
        assertEquals("number", notFound.get("type").asText());
        assertEquals("[404]", notFound.get("enum").toString());
        JsonNode ok = op.at("/responses/200/content/application~1json/schema");
        assertEquals("array", ok.at("/properties/parcels/type").asText());
        assertEquals("[\"barcode\"]", ok.at("/properties/parcels/items/required").toString());
        assertFalse(ok.at("/properties/attributes").has("type"), "any has no type");
        assertEquals("No Content", op.at("/responses/204/description").asText());
        assertFalse(op.at("/responses/204").has("content"));
    }

    @Test
    void examplesOpenEnumsAndInferredMarks() throws Exception {
        JsonNode op = export().at("/paths/~1v3~1stores~1{storeId}~1orders/post");
        assertEquals("ord_1", op.at("/responses/200/content/application~1json/example/id").asText());
        JsonNode origin = op.at("/responses/200/content/application~1json/schema/properties/origin");
        assertFalse(origin.has("enum"), "open enums accept other values");
        assertEquals("[\"pos\",\"app\"]", origin.get("x-docpoet-known-values").toString());
        ApiDocument inferred = Models.parseFixture("mintlify/example-only.mdx");
        JsonNode at = new ObjectMapper().readTree(OpenApiExporter.toJson(List.of(inferred)))
                .at("/paths/~1ledger~1{id}/get/responses/200/content/application~1json/schema/properties/entries/items/properties/at");
        assertEquals("date-time", at.get("format").asText());
        assertEquals("example", at.get("x-docpoet-inferred").asText());
    }

    @Test
    void exportIsDeterministic() {
        assertEquals(OpenApiExporter.toJson(List.of(shipment, orders)), OpenApiExporter.toJson(List.of(orders, shipment)));
    }

    @Test
    void aSpecsSharedComponentsAreExportedOnceAndReferenced() throws Exception {
        String spec = """
                openapi: 3.0.3
                info: {title: Shop, version: "1"}
                paths:
                  /pets:
                    get:
                      responses:
                        "200":
                          description: ok
                          content:
                            application/json:
                              schema: {type: array, items: {$ref: "#/components/schemas/Pet"}}
                components:
                  schemas:
                    Pet:
                      type: object
                      description: A pet.
                      properties:
                        name: {type: string}
                        parent: {$ref: "#/components/schemas/Pet"}
                """;
        ApiDocument doc = dev.docpoet.parse.DocParser.parse("api.yaml", spec.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        JsonNode root = new ObjectMapper().readTree(OpenApiExporter.toJson(List.of(doc)));
        assertEquals("#/components/schemas/Pet",
                root.at("/paths/~1pets/get/responses/200/content/application~1json/schema/items/$ref").asText());
        JsonNode pet = root.at("/components/schemas/Pet");
        assertEquals("A pet.", pet.get("description").asText());
        assertEquals("#/components/schemas/Pet", pet.at("/properties/parent/$ref").asText(), "a component that contains itself");
    }

    @Test
    void documentedResponseHeadersAreExportedByName() throws Exception {
        String spec = """
                openapi: 3.0.3
                info: {title: Hub, version: "1"}
                paths:
                  /repos:
                    get:
                      responses:
                        "200":
                          description: Repos.
                          headers:
                            Link: {schema: {type: string}, description: The next page.}
                          content:
                            application/json:
                              schema: {type: array, items: {type: string}}
                """;
        JsonNode ok = new ObjectMapper().readTree(OpenApiExporter.toJson(List.of(DocParser.parse("hub.yaml", spec.getBytes(
                java.nio.charset.StandardCharsets.UTF_8))))).at("/paths/~1repos/get/responses/200");
        assertEquals("{\"Link\":{\"schema\":{\"type\":\"string\"}}}", ok.get("headers").toString(), "the name, as a string");
    }
}
