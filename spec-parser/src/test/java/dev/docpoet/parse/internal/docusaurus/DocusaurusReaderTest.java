package dev.docpoet.parse.internal.docusaurus;

import static dev.docpoet.parse.Models.param;
import static dev.docpoet.parse.Models.prop;
import static dev.docpoet.parse.Models.response;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.parse.DocParser;
import dev.docpoet.parse.Models;
import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.Dialect;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.ParameterLocation;
import dev.docpoet.spec.ParserCode;
import dev.docpoet.spec.Schema;
import dev.docpoet.spec.Severity;
import dev.docpoet.spec.SourceLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocusaurusReaderTest {
    private static ApiDocument parse(String name) {
        return DocParser.parse("docusaurus/" + name, Models.resource("docusaurus/" + name));
    }

    @Test
    void theCompressedOperationInApiIsReadBackExactly() {
        ApiDocument doc = parse("get-pet-by-id.api.mdx");
        assertEquals(Dialect.DOCUSAURUS_OPENAPI, doc.dialect(), "api: is an encoded operation here, not Mintlify's endpoint line");
        Endpoint e = Models.only(doc);
        assertEquals("GET /pet/{petId}", e.signature());
        assertEquals("https://petstore.example.com/v3", e.baseUrl());
        assertEquals(new Schema.IntegerSchema(), param(e, "petId").schema());
        assertTrue(param(e, "petId").required());
        assertEquals(ParameterLocation.QUERY, param(e, "fields").in());
        Schema ok = response(e, "200").body().schema();
        assertTrue(prop(ok, "name").required());
        assertFalse(prop(ok, "id").required());
        assertTrue(prop(ok, "status").nullable(), "OpenAPI 3.0's nullable: true");
        assertEquals(List.of("available", "pending", "sold"), Models.enumValues(prop(ok, "status").schema()));
        assertInstanceOf(Schema.ArraySchema.class, prop(ok, "tags").schema());
        assertEquals(List.of("api_key"), e.security());
        assertEquals(List.of("api_key"), doc.securitySchemes().stream().map(s -> s.id()).toList());
        assertEquals(new SourceLocation("docusaurus/get-pet-by-id.api.mdx", 8, 1), e.location(), "the api: line");
        assertEquals(new SourceLocation("docusaurus/get-pet-by-id.api.mdx", 8, 1), prop(ok, "name").location());
        assertFalse(doc.hasErrors(), doc.diagnostics()::toString);
        assertEquals(List.of(), doc.diagnostics().stream().filter(d -> d.severity() != Severity.INFO).toList());
    }

    @Test
    void anUncompressedOperationReadsToo() {
        Endpoint e = Models.only(parse("delete-pet.api.mdx"));
        assertEquals("DELETE /pet/{petId}", e.signature());
        assertNotNull(response(e, "204"));
    }

    @Test
    void theComponentsPropsAreReadWithExactPlaces() {
        ApiDocument doc = parse("place-order.api.mdx");
        assertEquals(Dialect.DOCUSAURUS_OPENAPI, doc.dialect());
        Endpoint e = Models.only(doc);
        assertEquals("POST /store/order", e.signature());
        assertEquals("Place an order", e.title());
        assertEquals(ParameterLocation.HEADER, param(e, "X-Request-Id").in());
        Schema request = e.requestBody().schema();
        assertTrue(prop(request, "petId").required());
        assertEquals(new Schema.StringSchema("date-time"), prop(request, "shipDate").schema());
        assertEquals(44, prop(request, "petId").location().line(), "a prop's JSON stands where it is on the page");
        assertTrue(prop(request, "petId").location().column() > 70, prop(request, "petId").location()::toString);
        Schema ok = response(e, "200").body().schema();
        assertEquals(List.of("placed", "approved", "delivered"), Models.enumValues(prop(ok, "status").schema()));
        assertNotNull(response(e, "200").body().example(), "the response's own example");
        // the spec reader's findings are on the prop's line too
        Diagnostic typo = doc.diagnostics().stream().filter(d -> d.message().contains("stirng")).findFirst().orElseThrow(
                () -> new AssertionError(doc.diagnostics().toString()));
        assertEquals(new SourceLocation("docusaurus/place-order.api.mdx", 52, 544), typo.location(), "at its property's key, in the prop");
    }

    @Test
    void anOperationThatDoesNotDecodeIsALocatedError() {
        ApiDocument doc = parse("broken.api.mdx");
        assertEquals(Dialect.DOCUSAURUS_OPENAPI, doc.dialect());
        Diagnostic d = Models.single(doc, ParserCode.SpecBadEmbeddedOperation);
        assertEquals(4, ((SourceLocation) d.location()).line(), d::format);
        assertTrue(d.message().contains("does not read: it is not base64"), d::format);
        assertEquals(List.of(), doc.endpoints());
    }
}
