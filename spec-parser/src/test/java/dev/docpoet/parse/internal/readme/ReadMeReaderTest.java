package dev.docpoet.parse.internal.readme;

import static dev.docpoet.parse.Models.param;
import static dev.docpoet.parse.Models.prop;
import static dev.docpoet.parse.Models.response;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
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

class ReadMeReaderTest {
    private static final String PAGE = Models.resource("readme/campaigns.md");
    private final ApiDocument doc = DocParser.parse("readme/campaigns.md", PAGE);

    @Test
    void markersMet() {
        ExpectedDiagnostics.check("campaigns.md", PAGE, doc);
    }

    @Test
    void anApiHeaderWithAMethodAndAMethodLineAreEndpoints() {
        assertEquals(Dialect.README_MARKDOWN, doc.dialect());
        assertEquals(List.of("GET /v2/campaigns/{status}", "POST /v2/campaigns"), doc.endpoints().stream().map(Endpoint::signature).toList(),
                "Express's :status is the template's {status}");
        Endpoint get = doc.endpoints().get(0);
        assertEquals("Campaigns by status", get.title());
        assertEquals("Returns the campaigns of the account that have a status.", get.description());
        assertEquals(7, get.location().line());
    }

    @Test
    void columnsAreReadByTheirHeadersInAnyLanguage() {
        Endpoint get = doc.endpoints().get(0);
        assertEquals(ParameterLocation.PATH, param(get, "status").in(), "the heading says where the table's parameters go");
        assertTrue(param(get, "status").required(), "Obligatorio: Sí");
        assertEquals("One of `sent`, `draft`, `outbox`.", param(get, "status").description());
        assertEquals(ParameterLocation.QUERY, param(get, "limit").in());
        assertEquals(new Schema.IntegerSchema(), param(get, "limit").schema(), "markdown around the name and type is passed over");
        assertEquals("100", param(get, "limit").defaultValue().toString());
        assertNull(param(get, "order").defaultValue(), "an empty cell gives no default");
    }

    @Test
    void responseTablesNestByDottedNamesAndReadRequiredOptionalColumns() {
        Endpoint get = doc.endpoints().get(0);
        Schema.ArraySchema body = assertInstanceOf(Schema.ArraySchema.class, response(get, "200").body().schema(),
                "the example shows a list of the documented objects");
        Schema item = body.items();
        assertTrue(prop(item, "id").required());
        assertFalse(prop(item, "name").required());
        assertEquals(new Schema.IntegerSchema(), prop(item, "opened.count").schema());
        assertTrue(prop(item, "opened.count").required());
        assertEquals(new Schema.NumberSchema(), prop(item, "opened.rate").schema());
        assertEquals(new Schema.StringSchema("date-time"), prop(item, "date_send").schema(), "`String (date-time)` reads as its first word, with its format");
    }

    @Test
    void requestTablesAndOtherTablesAfterAMethodLine() {
        Endpoint post = doc.endpoints().get(1);
        Schema body = post.requestBody().schema();
        assertTrue(prop(body, "subject").required());
        Schema.ArraySchema groups = assertInstanceOf(Schema.ArraySchema.class, prop(body, "groups").schema());
        assertEquals(new Schema.IntegerSchema(), groups.items());
        assertFalse(prop(body, "groups").required());
        assertEquals(List.of(), doc.endpoints().get(0).responses().stream().filter(r -> r.status().equals("404")).toList(),
                "a table of error codes documents no fields");
    }

    @Test
    void manyUnclosedBlocksAreEachAWarningAndNoInternalError() {
        String page = "[block:api-header]\n{\"type\": \"get\", \"title\": \"/x\"}\n[/block]\n"
                + "[block:code]\n{\"codes\": [{\"code\": \"{}\", \"name\": \"200\"}\n".repeat(20_000);
        ApiDocument d = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofMinutes(5),
                () -> DocParser.parse("many.md", page));
        assertFalse(Models.diagnostics(d, dev.docpoet.spec.ParserCode.SpecBadBlock).isEmpty(),
                "each block is never closed (the sink keeps the first of many alike)");
        assertTrue(Models.diagnostics(d, dev.docpoet.spec.ParserCode.SpecInternalError).isEmpty());
    }
}
