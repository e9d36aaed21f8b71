package dev.docpoet.parse.internal.tables;

import static dev.docpoet.parse.Models.enumValues;
import static dev.docpoet.parse.Models.param;
import static dev.docpoet.parse.Models.prop;
import static dev.docpoet.parse.Models.response;
import static dev.docpoet.parse.Models.responseProp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.parse.DocParser;
import dev.docpoet.parse.ExpectedDiagnostics;
import dev.docpoet.parse.Models;
import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Dialect;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.ParameterLocation;
import dev.docpoet.spec.Property;
import dev.docpoet.spec.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GfmTableReaderTest {
    private static ApiDocument read(String fixture) {
        return DocParser.parse(fixture, Models.resource("tables/" + fixture));
    }

    private static Endpoint endpoint(ApiDocument doc, String method, String path) {
        return doc.endpoints().stream().filter(e -> e.method().equals(method) && e.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + method + " " + path + " in " + doc.endpoints().stream().map(Endpoint::signature).toList()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"slate-kittens.md", "widdershins-pets.md", "widdershins-jobs.md", "swagger2markup-zones.md"})
    void everyFindingIsMarkedAndEveryMarkerMet(String fixture) {
        ApiDocument doc = read(fixture);
        assertEquals(Dialect.GFM_TABLES, doc.dialect());
        ExpectedDiagnostics.check(fixture, Models.resource("tables/" + fixture), doc);
    }

    @Test
    void slateRequestLineGivesPathHostAndPathParameter() {
        ApiDocument doc = read("slate-kittens.md");
        assertEquals(2, doc.endpoints().size());
        Endpoint get = endpoint(doc, "GET", "/v1/kittens/{ID}");
        assertEquals("https://api.example.com", get.baseUrl(), "a full URL's host is the endpoint's base URL");
        assertEquals("Get a Specific Kitten", get.title());
        assertEquals(32, get.location().line());
        assertEquals(ParameterLocation.PATH, param(get, "ID").in());
        assertTrue(param(get, "ID").required());
        assertEquals(ParameterLocation.QUERY, param(get, "include_cats").in());
        assertInstanceOf(Schema.BooleanSchema.class, param(get, "include_cats").schema());
        assertFalse(param(get, "include_cats").required(), "\"No\" in the Required column");
        assertEquals("false", param(get, "include_cats").defaultValue().node().toString());
        assertInstanceOf(Schema.ArraySchema.class, param(get, "fields").schema(), "Array of String");
    }

    @Test
    void slateResponseTableTypesRequiredNullableEnumsAndNesting() {
        Endpoint get = endpoint(read("slate-kittens.md"), "GET", "/v1/kittens/{ID}");
        Property id = responseProp(get, "200", "id");
        assertInstanceOf(Schema.IntegerSchema.class, id.schema());
        assertTrue(id.required());
        assertEquals(53, id.location().line());
        assertInstanceOf(Schema.NumberSchema.class, responseProp(get, "200", "cuteness").schema());
        assertEquals(new Schema.StringSchema("date-time"), responseProp(get, "200", "born_at").schema());
        assertEquals(List.of("persian", "unknown", "siamese"), enumValues(responseProp(get, "200", "breed").schema()));
        assertFalse(responseProp(get, "200", "breed").required());
        assertTrue(responseProp(get, "200", "owner.id").required(), "a dotted name nests");
        assertFalse(responseProp(get, "200", "owner.email").required());
        assertTrue(responseProp(get, "200", "nickname").nullable(), "string¦null");
        assertInstanceOf(Schema.AnySchema.class, responseProp(get, "200", "coat").schema(), "a type docpoet does not know");
        assertEquals(2, response(get, "200").body().example().node().get("id").asInt(), "the captioned JSON is the example");
    }

    @Test
    void slateBodyParametersAndCaptionedExamples() {
        Endpoint post = endpoint(read("slate-kittens.md"), "POST", "/v1/kittens");
        Schema body = post.requestBody().schema();
        assertTrue(prop(body, "name").required());
        assertTrue(prop(body, "vaccinated").required(), "\"Required\" in the Required column");
        assertInstanceOf(Schema.BooleanSchema.class, prop(body, "vaccinated").schema());
        assertEquals(new Schema.ArraySchema(new Schema.StringSchema(null)), prop(body, "tags").schema(), "[string]");
        assertEquals("Tom", post.requestBody().example().node().get("name").asText(), "\"Example request\" is the request's");
        assertEquals(3, response(post, "201").body().example().node().get("id").asInt(), "\"201 Response\" names its status");
        assertInstanceOf(Schema.IntegerSchema.class, responseProp(post, "201", "id").schema(), "inferred from the example");
    }

    @Test
    void widdershinsParametersStatusTableAndLinkedSchemas() {
        ApiDocument doc = read("widdershins-pets.md");
        assertEquals(3, doc.endpoints().size(), doc.endpoints().stream().map(Endpoint::signature).toList().toString());
        Endpoint get = endpoint(doc, "GET", "/pets/{id}");
        assertNull(get.baseUrl(), "the documented `GET /pets/{id}` wins over the http sample's full URL");
        assertEquals("findPetById", get.title());
        assertEquals(ParameterLocation.PATH, param(get, "id").in());
        assertInstanceOf(Schema.IntegerSchema.class, param(get, "id").schema());
        assertEquals(ParameterLocation.HEADER, param(get, "X-Request-Id").in());
        assertInstanceOf(Schema.ArraySchema.class, param(get, "fields").schema(), "array[string]");
        // [Pet](#schemapet) in the status table: the Schemas section's table, one component wherever it is used
        assertEquals(new Schema.RefSchema("widdershins-pets.md#Pet"), response(get, "200").body().schema());
        assertEquals(List.of("widdershins-pets.md#Owner", "widdershins-pets.md#Pet"), List.copyOf(doc.components().keySet()),
                "a scalar schema (xname) is no component");
        Schema pet = doc.components().get("widdershins-pets.md#Pet").schema();
        assertTrue(prop(pet, "name").required());
        assertTrue(prop(pet, "tag").nullable(), "string¦null");
        assertEquals(new Schema.StringSchema("date-time"), prop(pet, "createdAt").schema());
        assertEquals(new Schema.StringSchema(null), prop(pet, "location").schema(), "a scalar schema's *anonymous* row");
        assertEquals(new Schema.RefSchema("widdershins-pets.md#Owner"), prop(pet, "owner").schema(), "a component inside a component");
        assertTrue(prop(doc.components().get("widdershins-pets.md#Owner").schema(), "name").required());
        assertEquals(new Schema.MapSchema(new Schema.StringSchema(null)), prop(pet, "labels").schema(), "additionalProperties");
        assertEquals(List.of("available", "sold"), enumValues(prop(pet, "status").schema()), "the schema's Enumerated Values");
        assertNull(response(get, "404").body(), "None: a status without a body");
    }

    @Test
    void widdershinsAnonymousArrayBodyParameterAndEnumeratedValues() {
        ApiDocument doc = read("widdershins-pets.md");
        Endpoint list = endpoint(doc, "GET", "/pets");
        assertEquals(List.of("available", "sold"), enumValues(param(list, "status").schema()));
        assertEquals(new Schema.ArraySchema(new Schema.RefSchema("widdershins-pets.md#Pet")), response(list, "200").body().schema(),
                "*anonymous* [[Pet](#schemapet)]: a list of Pet, whose fields the » rows only repeat");
        Endpoint add = endpoint(doc, "POST", "/pets");
        Schema request = add.requestBody().schema();
        assertEquals(List.of("name", "tag"), Models.object(request).properties().stream().map(Property::name).toList(),
                "the body row stands for the body; its » rows are its fields");
        assertTrue(prop(request, "name").required());
        assertEquals("dog", add.requestBody().example().node().get("tag").asText(), "\"Body parameter\" is the request's example");
        assertEquals(new Schema.RefSchema("widdershins-pets.md#Pet"), response(add, "201").body().schema());
    }

    @Test
    void swagger2markupTypeColumnSaysWhereAndSchemaSaysWhat() {
        Endpoint get = Models.only(read("swagger2markup-zones.md"));
        assertEquals("/persist/groups/{zone}", get.path());
        assertEquals(ParameterLocation.PATH, param(get, "zone").in());
        assertTrue(param(get, "zone").required(), "<br>*required*");
        assertEquals(ParameterLocation.QUERY, param(get, "pretty").in());
        assertFalse(param(get, "pretty").required());
        assertInstanceOf(Schema.BooleanSchema.class, param(get, "pretty").schema());
        assertEquals(com.fasterxml.jackson.databind.node.BooleanNode.FALSE, param(get, "pretty").defaultValue().node(),
                "`\"false\"` of a boolean: swagger2markup quotes every default");
        assertEquals(new Schema.ArraySchema(new Schema.StringSchema(null)), response(get, "200").body().schema(), "< string > array");
    }

    @Test
    void aPageOfTablesWithoutARequestLineIsNotThisDialect() {
        ApiDocument doc = DocParser.parse("errors.md", """
                # Errors

                | Error Code | Meaning |
                |---|---|
                | 400 | Bad Request |
                """);
        assertEquals(Dialect.PLAIN_MARKDOWN, doc.dialect());
        assertTrue(doc.diagnostics().stream().anyMatch(d -> d.message().contains("none of the formats")), doc.diagnostics().toString());
    }

    @Test
    void hostileTablesEndWithoutError() {
        String row = "|" + "a|".repeat(2000) + "\n";
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i <= 500; i++) deep.append("|").append("»".repeat(i)).append(" f").append(i).append("|object|\n");
        ApiDocument doc = DocParser.parse("wide.md", "`GET /x`\n\n### Query parameters\n\n| Name | Type |\n|---|---|\n" + row.repeat(50)
                + "\n### Response fields\n\n| Name | Type |\n|---|---|\n" + deep);
        assertEquals(Dialect.GFM_TABLES, doc.dialect());
        assertEquals(List.of(dev.docpoet.spec.ParserCode.SpecTooDeep), doc.diagnostics().stream()
                .filter(d -> d.severity() == d.code().severity() && d.code().severity().name().equals("ERROR")).map(d -> d.code()).distinct().toList(),
                "a chain of 500 » rows is cut, with an error; 2000 cells a row are no error");
        // lines that once made heading patterns backtrack: a heading of closing #s, blank lines before no **Description:**
        String hostile = "# " + "# ".repeat(100_000) + "x\n### `a`\n" + " \n".repeat(100_000) + "**Type:** String\n"
                + "\n`GET /y`\n\n| Name | Type |" + " b |".repeat(100_000) + "\n|" + "---|".repeat(100_002) + "\n";
        ApiDocument read = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofMinutes(5),
                () -> DocParser.parse("hostile.md", hostile));
        assertEquals(Dialect.GFM_TABLES, read.dialect(), "GfmTableReader reads it, not the attribute reader");
        assertFalse(read.hasErrors(), read.diagnostics().toString());
    }

    @Test
    @org.junit.jupiter.api.Timeout(120)
    void selfLinkingTableIsReadOnceAndItsCycleReported() {
        String rows = "| a%d | [Foo](#foo) | x |\n";
        StringBuilder t = new StringBuilder("| Name | Type | Description |\n|---|---|---|\n");
        for (int i = 0; i < 6; i++) t.append(rows.formatted(i));
        ApiDocument doc = DocParser.parse("cycle.md", "## Get foo\n\n`GET /foo`\n\n### Response fields\n\n" + t
                + "\n### Foo\n\n" + t);
        assertEquals(Dialect.GFM_TABLES, doc.dialect());
        Endpoint get = endpoint(doc, "GET", "/foo");
        assertInstanceOf(Schema.ObjectSchema.class, responseProp(get, "200", "a0").schema());
        assertTrue(doc.diagnostics().stream().anyMatch(d -> d.code() == dev.docpoet.spec.ParserCode.SpecOpenApiRefCycle
                && d.location() instanceof dev.docpoet.spec.SourceLocation l && l.line() > 0 && d.message().contains("#foo")), doc.diagnostics().toString());
    }

    @Test
    @org.junit.jupiter.api.Timeout(120)
    void linkedTablesThatMultiplyStopAtABudget() {
        StringBuilder page = new StringBuilder("## Get foo\n\n`GET /foo`\n\n### Response fields\n\n");
        for (int level = 0; level < 12; level++) {
            if (level > 0) page.append("\n### T").append(level).append("\n\n");
            page.append("| Name | Type | Description |\n|---|---|---|\n");
            for (int i = 0; i < 6; i++) page.append("| a").append(i).append(" | [T").append(level + 1).append("](#t").append(level + 1).append(") | x |\n");
        }
        ApiDocument doc = DocParser.parse("fan.md", page.toString());
        assertEquals(1, doc.endpoints().size());
        assertTrue(doc.diagnostics().stream().anyMatch(d -> d.code() == dev.docpoet.spec.ParserCode.SpecTooDeep
                && d.message().contains("expand to more than")), doc.diagnostics().toString());
    }

    @Test
    @org.junit.jupiter.api.Timeout(120)
    void aLineOfBackticksIsNoRequestLineAndReadsInLinearTime() {
        String ticks = "`".repeat(150_000);
        ApiDocument doc = DocParser.parse("ticks.md", "`GET /x`\n\n### Query parameters\n\n| Name | Type |\n|---|---|\n| a | string |\n\n"
                + "GET" + ticks + "/y" + ticks + "z\n");
        assertEquals(List.of("GET /x"), doc.endpoints().stream().map(Endpoint::signature).toList());
    }

    @Test
    @org.junit.jupiter.api.Timeout(120)
    void manyRequestLinesFindTheirHeadingsInOnePass() {
        StringBuilder page = new StringBuilder("## Things\n\n");
        for (int i = 0; i < 20_000; i++) page.append("`GET /x").append(i).append("`\n\npara\n\n");
        page.append("### Query parameters\n\n| Name | Type |\n|---|---|\n| a | string |\n");
        ApiDocument doc = DocParser.parse("many.md", page.toString());
        assertEquals(Dialect.GFM_TABLES, doc.dialect());
        assertFalse(doc.endpoints().isEmpty());
    }

    @Test
    @org.junit.jupiter.api.Timeout(120)
    void deeplyBracketedTypeIsUnknownNotAnInternalError() {
        ApiDocument doc = DocParser.parse("brackets.md", "`GET /x`\n\n### Query parameters\n\n| Name | Type |\n|---|---|\n| a | "
                + "[".repeat(20_000) + "string" + "]".repeat(20_000) + " |\n");
        assertTrue(doc.diagnostics().stream().noneMatch(d -> d.code() == dev.docpoet.spec.ParserCode.SpecInternalError), doc.diagnostics().toString());
        assertTrue(doc.diagnostics().stream().anyMatch(d -> d.code() == dev.docpoet.spec.ParserCode.SpecUnknownType), doc.diagnostics().toString());
    }

    @Test
    void aReadmeWithAConfigTableAndAnHttpSampleIsNoEndpointPage() {
        ApiDocument doc = DocParser.parse("README.md", "# Tool\n\n## Configuration\n\n| Name | Type | Description |\n|---|---|---|\n"
                + "| port | integer | The port |\n\n## Health\n\n```http\nGET /healthz\n```\n\nReturns 200.\n");
        assertTrue(doc.dialect() != Dialect.GFM_TABLES, doc.dialect().toString());
        assertTrue(doc.endpoints().isEmpty(), doc.endpoints().toString());
        assertTrue(doc.components().isEmpty(), doc.components().toString());
    }

    @Test
    void aGuideWithABareRequestBlockAndATableElsewhereIsNoEndpointPage() {
        ApiDocument doc = DocParser.parse("guide.mdx", "---\ntitle: Guide\n---\n\n## Who am I\n\n```\nGET /v1/me\n```\n\n"
                + "## Limits\n\n| Name | Type | Description |\n|---|---|---|\n| rate | integer | Calls a minute |\n");
        assertTrue(doc.dialect() != Dialect.GFM_TABLES, doc.dialect().toString());
        assertTrue(doc.endpoints().isEmpty(), doc.endpoints().toString());
    }

    @Test
    void aTableAfterTheEndpointsIsAComponentOnlyUnderSchemas() {
        String endpoint = "## Get pet\n\n`GET /pets`\n\n### Query parameters\n\n| Name | Type |\n|---|---|\n| a | string |\n\n";
        String table = "| Name | Type | Description |\n|---|---|---|\n| port | integer | x |\n";
        ApiDocument other = DocParser.parse("a.md", endpoint + "## Configuration\n\n" + table);
        assertTrue(other.components().isEmpty(), other.components().toString());
        ApiDocument schemas = DocParser.parse("b.md", endpoint + "# Schemas\n\n## Configuration\n\n" + table);
        assertEquals(List.of("Configuration"), schemas.components().values().stream().map(dev.docpoet.spec.Component::name).toList());
    }

    @Test
    void anOptionalColumnSaysOptionalAndNamesKeepTheirUnderscore() {
        ApiDocument doc = DocParser.parse("opt.md", "## Get\n\n`GET /x`\n\n### Query parameters\n\n| Name | Type | Optional |\n|---|---|---|\n"
                + "| a | string | Optional |\n| b | string | No |\n| c | string | Yes |\n\n### Response fields\n\n| Name | Type |\n|---|---|\n"
                + "| `_id` | string |\n| id | integer |\n| *note* | string |\n");
        Endpoint get = endpoint(doc, "GET", "/x");
        assertFalse(param(get, "a").required(), "\"Optional\" in an Optional column");
        assertTrue(param(get, "b").required());
        assertFalse(param(get, "c").required());
        assertInstanceOf(Schema.StringSchema.class, responseProp(get, "200", "_id").schema());
        assertInstanceOf(Schema.IntegerSchema.class, responseProp(get, "200", "id").schema());
        assertInstanceOf(Schema.StringSchema.class, responseProp(get, "200", "note").schema(), "emphasis is no part of a name");
    }

    @Test
    void aBareRuleUnderAPipedLineIsNoTable() {
        assertTrue(dev.docpoet.parse.internal.MarkdownBlocks.read("a | b\n---\n", 0).stream()
                .noneMatch(b -> b instanceof dev.docpoet.parse.internal.MarkdownBlocks.Table));
        assertTrue(dev.docpoet.parse.internal.MarkdownBlocks.read("a | b\n---|---\n", 0).stream()
                .anyMatch(b -> b instanceof dev.docpoet.parse.internal.MarkdownBlocks.Table));
    }

    @Test
    void slateParametersWithoutATypeAreTypedByTheirDefaultAndSaySo() {
        ApiDocument doc = DocParser.parse("slate.md", "## Get All Kittens\n\n### HTTP Request\n\n`GET http://example.com/api/kittens`\n\n"
                + "### Query Parameters\n\nParameter | Default | Description\n--------- | ------- | -----------\n"
                + "include_cats | false | If set to true, the result will also include cats.\n"
                + "limit | | How many kittens. Defaults to 20.\n");
        Endpoint get = endpoint(doc, "GET", "/api/kittens");
        assertInstanceOf(Schema.BooleanSchema.class, param(get, "include_cats").schema());
        assertEquals("false", param(get, "include_cats").defaultValue().node().toString());
        assertInstanceOf(Schema.IntegerSchema.class, param(get, "limit").schema());
        assertEquals("20", param(get, "limit").defaultValue().node().toString(), "\"Defaults to 20.\"");
        assertEquals(2, doc.diagnostics().stream().filter(d -> d.code() == dev.docpoet.spec.ParserCode.InferTypeFromExample
                && d.message().contains("from its default")).count(), doc.diagnostics().toString());
    }

    /** Asserts a diagnostic of {@code code} on the line of the page that contains {@code onLine}. */
    static void assertReported(ApiDocument doc, String text, dev.docpoet.spec.ParserCode code, String onLine) {
        int line = 1 + (int) text.substring(0, text.indexOf(onLine)).chars().filter(c -> c == '\n').count();
        assertTrue(doc.diagnostics().stream().anyMatch(d -> d.code() == code && d.location() instanceof dev.docpoet.spec.SourceLocation l
                && l.line() == line), code + " on line " + line + " in " + doc.diagnostics());
    }

    @Test
    void duplicateRowsBadJsonAndMissingNameCellsAreReportedWhereTheyAre() {
        String text = "## Get\n\n`POST /x`\n\n### Query parameters\n\n| Name | Type |\n|---|---|\n| a | string |\n| a | integer |\n\n"
                + "### Body parameters\n\n| Type | Name |\n|---|---|\n| string |\n\n### Response\n\n```json\n{\"a\": }\n```\n";
        ApiDocument doc = DocParser.parse("diag.md", text);
        assertEquals(Dialect.GFM_TABLES, doc.dialect());
        assertReported(doc, text, dev.docpoet.spec.ParserCode.LintDuplicateField, "| a | integer |");
        assertReported(doc, text, dev.docpoet.spec.ParserCode.SpecIncompleteField, "| string |\n\n");
        assertReported(doc, text, dev.docpoet.spec.ParserCode.SpecBadExampleJson, "{\"a\": }");
    }

    @Test
    void widdershinsResponseHeadersAreHeadersNotBodyFields() {
        ApiDocument doc = DocParser.parse("hdr.md", "## listPets\n\n`GET /pets`\n\n### Parameters\n\n|Name|In|Type|Required|Description|\n"
                + "|---|---|---|---|---|\n|limit|query|integer|false|How many|\n\n### Responses\n\n|Status|Meaning|Description|Schema|\n"
                + "|---|---|---|---|\n|200|OK|A page|Inline|\n\n### Response Schema\n\n|Name|Type|Required|Description|\n|---|---|---|---|\n"
                + "|id|integer|true|none|\n\n### Response Headers\n\n|Status|Header|Type|Format|Description|\n|---|---|---|---|---|\n"
                + "|200|X-Rate-Limit|integer|int32|Calls an hour|\n");
        Endpoint get = endpoint(doc, "GET", "/pets");
        assertEquals(List.of("X-Rate-Limit"), response(get, "200").headers());
        Schema.ObjectSchema body = (Schema.ObjectSchema) response(get, "200").body().schema();
        assertEquals(List.of("id"), body.properties().stream().map(Property::name).toList());
    }

    @Test
    void namesWithAnEmptyPartAreReportedNotFields() {
        String text = "## Get\n\n`GET /x`\n\n### Response fields\n\n| Name | Type |\n|---|---|\n| `[]` | string |\n| . | string |\n| ok | string |\n";
        ApiDocument doc = DocParser.parse("empty.md", text);
        Schema.ObjectSchema body = (Schema.ObjectSchema) response(endpoint(doc, "GET", "/x"), "200").body().schema();
        assertEquals(List.of("ok"), body.properties().stream().map(Property::name).toList());
        assertReported(doc, text, dev.docpoet.spec.ParserCode.SpecIncompleteField, "| `[]` |");
        assertReported(doc, text, dev.docpoet.spec.ParserCode.SpecIncompleteField, "| . |");
    }

    @Test
    void widdershinsDescriptionHeadingsAboveTheOperationKeepItsTables() {
        ApiDocument doc = read("widdershins-jobs.md");
        Endpoint post = endpoint(doc, "POST", "/jobs");
        // `# Create` and `# Customize` come from the operation's description, above its `## post_job`: its own
        // Parameters and Responses still follow, so they are its tables, not the end of its section
        assertEquals(new Schema.RefSchema("widdershins-jobs.md#Job"), response(post, "201").body().schema());
        assertEquals(new Schema.RefSchema("widdershins-jobs.md#JobRequest"), post.requestBody().schema());
        assertNull(response(post, "400").body());
        assertEquals(List.of("GET /jobs/{job_id}", "POST /jobs"), doc.endpoints().stream().map(Endpoint::signature).sorted().toList());
    }

    @Test
    void widdershinsArrayMapAndAnonymousChainSchemasKeepTheirShape() {
        ApiDocument doc = read("widdershins-jobs.md");
        Schema job = doc.components().get("widdershins-jobs.md#Job").schema();
        assertEquals(new Schema.ArraySchema(new Schema.RefSchema("widdershins-jobs.md#Artifacts")), prop(job, "artifacts").schema(),
                "its schema's example is an array of the table's objects");
        assertEquals(new Schema.MapSchema(new Schema.RefSchema("widdershins-jobs.md#ConnectionInfo")), prop(job, "connection_info").schema(),
                "a lone **additionalProperties** row: a map of its type, not a field of that name");
        assertEquals(new Schema.ArraySchema(new Schema.StringSchema(null)), prop(job, "failed").schema(),
                "*anonymous* [[ComponentId]] whose own *anonymous* row is a string");
        assertEquals(new Schema.StringSchema(null), prop(job, "session").schema(), "oneOf's first table, through SessionName");
        assertEquals(new Schema.ArraySchema(new Schema.RefSchema("widdershins-jobs.md#Link")), prop(job, "links").schema(),
                "LinkList, one *anonymous* [[Link]] row: a list of Link");
        assertEquals(List.of("widdershins-jobs.md#Artifacts", "widdershins-jobs.md#ConnectionInfo", "widdershins-jobs.md#Job",
                "widdershins-jobs.md#JobRequest", "widdershins-jobs.md#Link"), List.copyOf(doc.components().keySet()),
                "the map, the list and the scalars are no components");
        String text = Models.resource("tables/widdershins-jobs.md");
        assertReported(doc, text, dev.docpoet.spec.ParserCode.InferArrayBody, "```json\n[");
    }

    @Test
    void anUnclosedFenceIsReportedWhereItOpens() {
        String text = "## Get\n\n`GET /x`\n\n### Query parameters\n\n| Name | Type |\n|---|---|\n| a | string |\n\n"
                + "### Response\n\n```json\n{\"a\": 1}\n\n### Errors\n\n| Name | Type |\n|---|---|\n| code | string |\n";
        ApiDocument doc = DocParser.parse("open.md", text);
        assertEquals(Dialect.GFM_TABLES, doc.dialect());
        assertReported(doc, text, dev.docpoet.spec.ParserCode.SpecUnclosedFence, "```json");
        assertTrue(doc.diagnostics().stream().anyMatch(d -> d.message().equals("code block is never closed; the rest of the page is read"
                + " as its code") && d.location() instanceof dev.docpoet.spec.SourceLocation l && l.column() == 1), doc.diagnostics().toString());
    }

    @Test
    void theRowsUnderADuplicateRowStayWithIt() {
        String text = "## getThing\n\n`GET /things`\n\n### Response Schema\n\n|Name|Type|Required|Description|\n|---|---|---|---|\n"
                + "|» owner|object|false|none|\n|»» name|string|false|none|\n|» owner|object|false|none|\n|»» age|integer|false|none|\n"
                + "|» id|string|false|none|\n";
        ApiDocument doc = DocParser.parse("dup.md", text);
        Schema body = response(endpoint(doc, "GET", "/things"), "200").body().schema();
        assertEquals(List.of("owner", "id"), Models.object(body).properties().stream().map(Property::name).toList(),
                "`age` belongs to the second `owner`, not to the body");
        assertEquals(List.of("name"), Models.object(prop(body, "owner").schema()).properties().stream().map(Property::name).toList(),
                "the first `owner` is kept, with its own rows");
        assertReported(doc, text, dev.docpoet.spec.ParserCode.LintDuplicateField, "|» owner|object|false|none|\n|»» age");
    }

    @Test
    void anErrorExampleWithoutAStatusIsTheDefaultBodyNotTheSuccessOnes() {
        String text = "# Skills – List\n\n## Endpoint\n\n```\nGET /api/v1/skills\n```\n\n## Query Parameters\n\n| Parameter | Type | Required | Description |\n"
                + "|---|---|---|---|\n| page | integer | No | The page |\n\n### Response example\n\n```json\n{\"data\": [{\"id\": 1}]}\n```\n\n"
                + "Standard error responses:\n\n```json\n{\"message\": \"Unauthenticated.\"}\n```\n";
        ApiDocument doc = DocParser.parse("skills.md", text);
        Endpoint get = endpoint(doc, "GET", "/api/v1/skills");
        assertEquals(List.of("data"), Models.object(response(get, "200").body().schema()).properties().stream().map(Property::name).toList(),
                "the error's `message` is no field of the success body");
        assertEquals("Unauthenticated.", response(get, "default").body().example().node().get("message").asText());
        assertReported(doc, text, dev.docpoet.spec.ParserCode.InferErrorExampleDefault, "```json\n{\"message\"");
    }

    @Test
    void aNamedEnvelopeRowOverNestedRowsIsAFieldOfTheBody() {
        String text = "## getThing\n\n`GET /things/{id}`\n\n### Response fields\n\n| Name | Type | Description |\n|---|---|---|\n"
                + "| data | object | The thing |\n| » id | string | Its id |\n| » name | string | Its name |\n";
        ApiDocument doc = DocParser.parse("envelope.md", text);
        Schema body = response(endpoint(doc, "GET", "/things/{id}"), "200").body().schema();
        assertEquals(List.of("data"), Models.object(body).properties().stream().map(Property::name).toList(),
                "`data` is a field the body has, not the body");
        assertEquals(List.of("id", "name"), Models.object(prop(body, "data").schema()).properties().stream().map(Property::name).toList());
    }

    @Test
    void aSiblingSectionAfterTheEndpointIsNotReadIntoIt() {
        ApiDocument doc = DocParser.parse("jobs.md", """
                ## List jobs

                `GET /jobs`

                ### Query parameters

                | Name | Type | Description |
                |---|---|---|
                | status | string | Only jobs in this state. |

                ## Pagination

                ### Query parameters

                | Name | Type | Description |
                |---|---|---|
                | cursor | string | Where the page starts. |
                """);
        Endpoint list = endpoint(doc, "GET", "/jobs");
        assertEquals(List.of("status"), list.parameters().stream().map(dev.docpoet.spec.Parameter::name).toList());
    }

    @Test
    void manyHeadingsInAnEndpointReadInLinearTime() {
        StringBuilder page = new StringBuilder("## op\n\n`GET /x`\n\n### Query Parameters\n\n| Name | Type | Description |\n"
                + "|---|---|---|\n| p | string | P. |\n\n");
        for (int i = 0; i < 60_000; i++) page.append("# a\n");
        page.append("### Parameters\n\n| Name | Type | Description |\n|---|---|---|\n| q | string | Q. |\n");
        ApiDocument doc = assertTimeoutPreemptively(java.time.Duration.ofMinutes(2), () -> DocParser.parse("many.md", page.toString()));
        assertEquals(List.of("p"), endpoint(doc, "GET", "/x").parameters().stream().map(dev.docpoet.spec.Parameter::name).toList(),
                "a heading as high as the endpoint's after its own section ends it");
    }

    @Test
    void aSuccessExampleWhoseCaptionSaysFailuresIsNoErrorExample() {
        ApiDocument doc = DocParser.parse("failures.md", """
                ## Recent failures

                `GET /webhooks/{id}/failures`

                ### Response fields

                | Name | Type | Description |
                |---|---|---|
                | at | string | When it failed. |
                | status | integer | The status it got. |

                > Returns the recent failures:

                ```json
                [{"at": "2026-01-02T03:04:05Z", "status": 500}]
                ```
                """);
        Endpoint get = endpoint(doc, "GET", "/webhooks/{id}/failures");
        assertTrue(get.responses().stream().noneMatch(r -> r.status().equals("default")), get.responses().toString());
        assertTrue(doc.diagnostics().stream().noneMatch(d -> String.valueOf(d.code()).contains("InferErrorExampleDefault")), doc.diagnostics().toString());
    }
}
