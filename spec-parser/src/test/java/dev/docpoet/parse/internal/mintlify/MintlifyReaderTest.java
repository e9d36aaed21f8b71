package dev.docpoet.parse.internal.mintlify;

import static dev.docpoet.parse.Models.enumValues;
import static dev.docpoet.parse.Models.only;
import static dev.docpoet.parse.Models.param;
import static dev.docpoet.parse.Models.prop;
import static dev.docpoet.parse.Models.responseProp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.parse.DocParser;
import dev.docpoet.parse.Models;
import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Dialect;
import dev.docpoet.spec.ParserCode;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.Origin;
import dev.docpoet.spec.Parameter;
import dev.docpoet.spec.ParameterLocation;
import dev.docpoet.spec.Property;
import dev.docpoet.spec.Schema;
import dev.docpoet.spec.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class MintlifyReaderTest {
    private final ApiDocument doc = Models.parseFixture("mintlify/orders.mdx");
    private final Endpoint ep = only(doc);

    @Test
    void frontMatterGivesMethodPathFromFullUrlTitleDescriptionAndAuth() {
        assertEquals(Dialect.MINTLIFY_MDX, doc.dialect());
        assertEquals("POST", ep.method());
        assertEquals("/v3/stores/{storeId}/orders", ep.path());
        assertEquals("Create an order", ep.title());
        assertEquals("Places an order for a basket of items.", ep.description());
        assertEquals(List.of("bearerAuth"), ep.security());
        assertEquals(4, ep.location().line());
        assertTrue(doc.diagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR), doc.diagnostics()::toString);
    }

    @Test
    void anAuthMethodMintlifyDoesNotKnowIsNoSchemeAndSaysSo() {
        ApiDocument verb = DocParser.parse("verb.mdx", "---\ntitle: Get a thing\napi: GET /things\nauthMethod: \"GET\"\n---\n\nText.\n");
        assertEquals(List.of(), only(verb).security());
        var d = verb.diagnostics().stream().filter(x -> x.code() == ParserCode.SpecUnknownAuthMethod).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, d.severity());
        assertEquals(4, ((dev.docpoet.spec.SourceLocation) d.location()).line());
        assertTrue(d.format().contains("`authMethod: GET` is none of Mintlify's auth methods"), d.format());
        ApiDocument key = DocParser.parse("key.mdx", "---\ntitle: Get a thing\napi: GET /things\nauthMethod: key\n---\n\nText.\n");
        assertEquals(List.of("keyAuth"), only(key).security());
    }

    @Test
    void paramFieldsOfEveryLocationWithRequiredDefaultAndDeprecated() {
        Parameter store = param(ep, "storeId");
        assertEquals(ParameterLocation.PATH, store.in());
        assertTrue(store.required());
        assertEquals("The store that takes the order.", store.description());
        assertEquals(14, store.location().line());
        assertEquals(1, store.location().column());

        Parameter dry = param(ep, "dryRun");
        assertEquals(ParameterLocation.QUERY, dry.in());
        assertFalse(dry.required());
        assertInstanceOf(Schema.BooleanSchema.class, dry.schema());
        assertEquals("false", dry.defaultValue().node().asText());

        Parameter key = param(ep, "Idempotency-Key");
        assertEquals(ParameterLocation.HEADER, key.in());
        assertTrue(key.required(), "required={true}");

        Parameter session = param(ep, "session");
        assertEquals(ParameterLocation.COOKIE, session.in());
        assertTrue(session.deprecated());
    }

    @Test
    void bodyParamsNestedByExpandableInsideAccordion() {
        Schema body = ep.requestBody().schema();
        Property items = prop(body, "items");
        assertTrue(items.required());
        Schema.ArraySchema arr = assertInstanceOf(Schema.ArraySchema.class, items.schema());
        assertInstanceOf(Schema.ObjectSchema.class, arr.items());
        assertTrue(prop(body, "items.sku").required());
        assertEquals(1, prop(body, "items.quantity").defaultValue().node().asInt());
        assertInstanceOf(Schema.IntegerSchema.class, prop(body, "items.quantity").schema());
        Property note = prop(body, "note");
        assertTrue(note.nullable(), "string | null");
        assertInstanceOf(Schema.StringSchema.class, note.schema());
    }

    @Test
    void typesAsRealPagesWriteThem() {
        assertEquals(new Schema.ArraySchema(new Schema.StringSchema(null)), responseProp(ep, "200", "tags").schema());
        assertEquals(new Schema.ArraySchema(new Schema.StringSchema(null)), responseProp(ep, "200", "codes").schema());
        assertEquals(List.of("web", "store"), enumValues(responseProp(ep, "200", "channel").schema()), "HTML-escaped literal union");
        assertEquals(List.of("fast", "slow"), enumValues(responseProp(ep, "200", "speed").schema()));
        assertInstanceOf(Schema.ObjectSchema.class, responseProp(ep, "200", "buyer").schema(), "User Object");
        assertTrue(responseProp(ep, "200", "buyer.email").nullable(), "string|null");
    }

    @Test
    void childNamesBareOrDottedNestUnderTheirParent() {
        Schema.ObjectSchema buyer = (Schema.ObjectSchema) responseProp(ep, "200", "buyer").schema();
        assertEquals(List.of("name", "email"), buyer.properties().stream().map(Property::name).toList());
        assertEquals("Their name.", buyer.property("name").description());
        assertEquals("Who bought it.", responseProp(ep, "200", "buyer").description());
    }

    @Test
    void expandableWithoutTitleNestsArrayItems() {
        Property lines = responseProp(ep, "200", "lines");
        Schema.ArraySchema arr = assertInstanceOf(Schema.ArraySchema.class, lines.schema());
        Property lineNo = ((Schema.ObjectSchema) arr.items()).property("lineNo");
        assertTrue(lineNo.required());
        assertEquals(Origin.DOCUMENTED, lineNo.origin());
    }

    @Test
    void enumValuesFromProse() {
        Schema.EnumSchema state = (Schema.EnumSchema) responseProp(ep, "200", "state").schema();
        assertEquals(List.of("placed", "paid", "shipped"), state.values());
        assertFalse(state.open());
        assertEquals(List.of("gold", "silver"), enumValues(responseProp(ep, "200", "tier").schema()));
        assertEquals(List.of("retail", "wholesale"), enumValues(responseProp(ep, "200", "kind").schema()));
        Schema.EnumSchema origin = (Schema.EnumSchema) responseProp(ep, "200", "origin").schema();
        assertEquals(List.of("pos", "app"), origin.values());
        assertTrue(origin.open(), "e.g. gives an open enum");
        assertFalse(Models.diagnostics(doc, ParserCode.InferEnumFromProse).isEmpty());
    }

    @Test
    void examplesFromCodeBlocksInsideComponentsAndCurlIgnored() {
        assertNotNull(ep.requestBody().example());
        assertEquals("A-1", ep.requestBody().example().node().at("/items/0/sku").asText());
        assertEquals("ord_1", Models.response(ep, "200").body().example().node().get("id").asText());
    }

    @Test
    void expressionsAndCardsAreText() {
        Schema.ObjectSchema body = (Schema.ObjectSchema) Models.response(ep, "200").body().schema();
        assertEquals(List.of("id", "tags", "codes", "channel", "speed", "buyer", "state", "tier", "kind", "origin", "lines"),
                body.properties().stream().map(Property::name).toList());
        // the only warnings are the prose enums enumValuesFromProse reads: nothing in a card or an expression is a finding
        assertEquals(List.of("75 InferEnumFromProse", "78 InferEnumFromProse", "81 InferEnumFromProse", "86 InferEnumFromProse"),
                doc.diagnostics().stream().filter(d -> d.severity() != Severity.INFO).map(d -> d.location().line() + " " + d.code().id())
                        .toList(), doc.diagnostics()::toString);
    }

    @Test
    void pageWithoutEndpointGivesInfoAndNoError() {
        ApiDocument config = Models.parseFixture("mintlify/config-reference.mdx");
        assertTrue(config.endpoints().isEmpty());
        assertFalse(config.hasErrors());
        assertEquals(Severity.INFO, Models.single(config, ParserCode.SpecNoEndpoint).severity());
    }

    @Test
    void openapiLineIsRecordedAsSpecReference() {
        ApiDocument ref = Models.parseFixture("mintlify/spec-ref.mdx");
        Endpoint e = only(ref);
        assertEquals("GET", e.method());
        assertEquals("/widgets", e.path());
        assertEquals("widgets.json GET /widgets", e.specReference());
        assertTrue(e.responses().isEmpty());
        assertEquals(3, Models.single(ref, ParserCode.SpecSpecReference).location().line());
    }

    @Test
    void bareApiPathAndRequiredAsString() {
        ApiDocument d = DocParser.parse("t.mdx", """
                ---
                api: get /things/{id}
                ---
                <ParamField path="id" type="int64" required="true">Id</ParamField>
                <ResponseField name="n" type="number">N</ResponseField>
                """);
        Endpoint e = only(d);
        assertEquals("GET", e.method());
        assertEquals("/things/{id}", e.path());
        assertInstanceOf(Schema.IntegerSchema.class, param(e, "id").schema());
        assertInstanceOf(Schema.NumberSchema.class, responseProp(e, "200", "n").schema());
        assertNull(e.title());
    }

    @Test
    void aClosingTagWithASpaceAfterTheSlashClosesAsMdxReadsIt() {
        var doc = DocParser.parse("spaced.mdx", """
                ---
                api: GET /items
                ---
                <ResponseField name="id" type="string" required>
                  The item.
                </ ResponseField>

                <ResponseExample>
                ```json
                {"id": "it_1"}
                ```
                </ ResponseExample>
                """);
        assertTrue(doc.diagnostics().stream().noneMatch(d -> d.severity() == dev.docpoet.spec.Severity.ERROR), doc.diagnostics().toString());
        assertEquals("id", doc.endpoints().get(0).responses().get(0).body().schema() instanceof dev.docpoet.spec.Schema.ObjectSchema o
                ? o.properties().get(0).name() : "no object");
    }

    @Test
    void aNamelessTopLevelFieldIsTheBodyItself() {
        var doc = DocParser.parse("queues.mdx", """
                ---
                api: GET /v2/queues
                ---
                <ResponseField name="" type="Array">
                  <Expandable>
                    <ResponseField name="name" type="string" required>The queue's name.</ResponseField>
                    <ResponseField name="lag" type="integer">Messages waiting.</ResponseField>
                  </Expandable>
                </ResponseField>
                """);
        assertTrue(doc.diagnostics().stream().noneMatch(d -> d.severity() == dev.docpoet.spec.Severity.ERROR), doc.diagnostics().toString());
        var body = assertInstanceOf(dev.docpoet.spec.Schema.ArraySchema.class, doc.endpoints().get(0).responses().get(0).body().schema());
        var item = assertInstanceOf(dev.docpoet.spec.Schema.ObjectSchema.class, body.items());
        assertEquals(java.util.List.of("name", "lag"), item.properties().stream().map(dev.docpoet.spec.Property::name).toList());
        assertTrue(item.properties().get(0).required());
    }

    @Test
    void fieldsInATabTitledWithAStatusOrAsAnErrorDocumentThatResponse() {
        var doc = DocParser.parse("tabs.mdx", """
                ---
                api: GET /stores
                ---
                <Tabs>
                  <Tab title="200">
                    <ResponseField name="name" type="string">The store.</ResponseField>
                  </Tab>
                  <Tab title="404 Not Found">
                    <ResponseField name="reason" type="string">Why.</ResponseField>
                  </Tab>
                  <Tab title="Error response">
                    <ResponseField name="message" type="string">What went wrong.</ResponseField>
                  </Tab>
                </Tabs>
                """);
        var e = doc.endpoints().get(0);
        assertEquals(java.util.List.of("200", "404", "default"), e.responses().stream().map(dev.docpoet.spec.Response::status).toList());
        for (String[] want : new String[][] {{"200", "name"}, {"404", "reason"}, {"default", "message"}}) {
            var body = (dev.docpoet.spec.Schema.ObjectSchema) e.responses().stream().filter(r -> r.status().equals(want[0])).findFirst()
                    .orElseThrow().body().schema();
            assertEquals(java.util.List.of(want[1]), body.properties().stream().map(dev.docpoet.spec.Property::name).toList(), want[0]);
        }
    }

    @Test
    void aJsonBlockInAnAccordionUnderAResponseHeadingIsForTheStatusItsTitleNames() {
        var doc = DocParser.parse("errors.mdx", """
                ---
                api: POST /endpoints
                ---
                <ResponseField name="id" type="string">The endpoint.</ResponseField>

                ## Error Responses

                <AccordionGroup>
                  <Accordion title="400 Bad Request">
                    ```json
                    {"error": "Missing required fields", "required": ["name"]}
                    ```
                  </Accordion>
                  <Accordion title="401 Unauthorized">
                    ```json
                    {"error": "Unauthorized"}
                    ```
                  </Accordion>
                  <Accordion title="When something fails">
                    ```json
                    {"error": "Internal server error"}
                    ```
                  </Accordion>
                </AccordionGroup>
                """);
        var e = doc.endpoints().get(0);
        assertEquals(java.util.List.of("200", "400", "401", "default"), e.responses().stream().map(dev.docpoet.spec.Response::status).toList());
        var bad = (dev.docpoet.spec.Schema.ObjectSchema) e.responses().get(1).body().schema();
        assertEquals(java.util.List.of("error", "required"), bad.properties().stream().map(dev.docpoet.spec.Property::name).toList());
        var said = doc.diagnostics().stream().filter(d -> d.code() == ParserCode.InferResponseExample).map(d -> d.message()).toList();
        assertTrue(said.contains("the JSON block after \"Error Responses\" in \"401 Unauthorized\" is the example of response 401"),
                said::toString);
        // only the block whose title names no status is the default error body, and only it is warned of as such
        var defaults = doc.diagnostics().stream().filter(d -> d.code() == ParserCode.InferErrorExampleDefault).toList();
        assertEquals(1, defaults.size(), defaults::toString);
        assertEquals(21, ((dev.docpoet.spec.SourceLocation) defaults.get(0).location()).line());
    }
}
