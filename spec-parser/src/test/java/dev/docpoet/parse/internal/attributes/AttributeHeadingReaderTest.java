package dev.docpoet.parse.internal.attributes;

import static dev.docpoet.parse.Models.enumValues;
import static dev.docpoet.parse.Models.param;
import static dev.docpoet.parse.Models.prop;
import static dev.docpoet.parse.Models.response;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.parse.DocSetReader;
import dev.docpoet.parse.DocSource;
import dev.docpoet.parse.ExpectedDiagnostics;
import dev.docpoet.parse.Models;
import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Component;
import dev.docpoet.spec.Dialect;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.ParameterLocation;
import dev.docpoet.spec.Property;
import dev.docpoet.spec.Schema;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributeHeadingReaderTest {
    private static final String ENTITY = "attributes/entities/Ticket.md";
    private static final String METHODS = "attributes/methods/tickets.md";
    private final List<ApiDocument> docs = DocSetReader.read(List.of(source(ENTITY), source(METHODS))).documents();
    private final ApiDocument entityPage = docs.get(0);
    private final ApiDocument methodPage = docs.get(1);

    private static DocSource source(String fixture) {
        return new DocSource(fixture.substring("attributes/".length()), null, Models.resource(fixture).getBytes(StandardCharsets.UTF_8));
    }

    private Schema ticket() {
        return entityPage.components().get("entities/Ticket.md#Ticket").schema();
    }

    @Test
    void everyFindingIsMarkedAndEveryMarkerMet() {
        assertEquals(Dialect.ATTRIBUTE_HEADINGS, entityPage.dialect());
        assertEquals(Dialect.ATTRIBUTE_HEADINGS, methodPage.dialect());
        ExpectedDiagnostics.check(ENTITY, Models.resource(ENTITY), entityPage);
        ExpectedDiagnostics.check(METHODS, Models.resource(METHODS), methodPage);
    }

    @Test
    void anEntityPageIsComponentsOnePerEntitySection() {
        assertEquals(List.of("entities/Ticket.md#AdminTicket", "entities/Ticket.md#Comment", "entities/Ticket.md#Ticket"),
                List.copyOf(entityPage.components().keySet()), "Admin::Ticket, named by its heading, reached by its anchor");
        assertTrue(entityPage.endpoints().isEmpty());
        Component ticket = entityPage.components().get("entities/Ticket.md#Ticket");
        assertEquals("Ticket", ticket.name());
    }

    @Test
    void typesRequiredNullableAndEnums() {
        Property id = prop(ticket(), "id");
        assertEquals(new Schema.StringSchema(null), id.schema(), "String (cast from an integer, …)");
        assertTrue(id.required(), "an attribute without {{%optional%}} is always there");
        assertEquals(25, id.location().line());
        assertEquals(5, id.location().column());
        assertEquals(List.of("open", "closed"), enumValues(prop(ticket(), "status").schema()), "`value` = meaning lines");
        assertEquals(new Schema.StringSchema("date-time"), prop(ticket(), "created_at").schema(), "String (ISO 8601 Datetime)");
        assertEquals(new Schema.ArraySchema(new Schema.StringSchema(null)), prop(ticket(), "tags").schema(), "Array of String");
        assertTrue(prop(ticket(), "assignee").nullable(), "{{<nullable>}} String or null");
        assertInstanceOf(Schema.NumberSchema.class, prop(ticket(), "score").schema(), "Float");
        assertFalse(prop(ticket(), "legacy_flag").required());
        assertTrue(prop(ticket(), "legacy_flag").deprecated());
        assertInstanceOf(Schema.AnySchema.class, prop(ticket(), "mystery").schema(), "no **Type:** line");
    }

    @Test
    void bracketedNamesNest() {
        assertTrue(prop(ticket(), "requester.name").required());
        assertFalse(prop(ticket(), "requester.email").required(), "{{%optional%}} in the heading");
        assertInstanceOf(Schema.ArraySchema.class, prop(ticket(), "history").schema());
        assertEquals(new Schema.StringSchema(null), prop(ticket(), "history.day").schema(), "history[][day]: the items' field; a UNIX timestamp string");
        assertInstanceOf(Schema.IntegerSchema.class, prop(ticket(), "history.events").schema());
    }

    @Test
    void entitiesReferToEntitiesAcrossSectionsAndPages() {
        assertEquals(new Schema.ArraySchema(new Schema.RefSchema("entities/Ticket.md#Comment")), prop(ticket(), "comments").schema(),
                "Array of [Comment](#Comment): the section's entity");
        Schema comment = entityPage.components().get("entities/Ticket.md#Comment").schema();
        assertInstanceOf(Schema.AnySchema.class, prop(comment, "author").schema(), "an entity page that is not among the docs");
    }

    @Test
    void aSectionWhoseExampleShowsThePageEntitysFieldsExtendsIt() {
        Schema admin = entityPage.components().get("entities/Ticket.md#AdminTicket").schema();
        assertTrue(prop(admin, "subject").required(), "Ticket's fields, which its example shows");
        assertTrue(prop(admin, "internal_note").required(), "and its own");
        assertTrue(Models.object(admin).property("id") != null && Models.object(ticket()).property("internal_note") == null,
                "each has its own copy");
    }

    @Test
    void methodPagesReturnTheEntityOfAnotherPage() {
        assertEquals(3, methodPage.endpoints().size());
        Endpoint get = methodPage.endpoints().get(0);
        assertEquals("GET", get.method());
        assertEquals("/api/v1/tickets/{id}", get.path(), ":id is a path parameter");
        assertEquals("View a ticket", get.title());
        assertEquals(ParameterLocation.PATH, param(get, "id").in());
        assertTrue(param(get, "id").required());
        assertEquals(List.of("bearerAuth"), get.security(), "the Authorization header is the endpoint's auth, not a parameter");
        assertEquals(new Schema.RefSchema("entities/Ticket.md#Ticket"), response(get, "200").body().schema());
        assertEquals("closed", response(get, "200").body().example().node().get("status").asText());
        assertTrue(response(get, "404").body().schema() instanceof Schema.ObjectSchema o && o.property("error") != null,
                "an error example without fields: inferred");
        Endpoint list = methodPage.endpoints().get(1);
        assertEquals(new Schema.ArraySchema(new Schema.RefSchema("entities/Ticket.md#Ticket")), response(list, "200").body().schema(),
                "Array of [Ticket]");
        assertInstanceOf(Schema.IntegerSchema.class, param(list, "limit").schema());
        assertEquals(ParameterLocation.QUERY, param(list, "status").in());
        Endpoint create = methodPage.endpoints().get(2);
        assertEquals("application/x-www-form-urlencoded", create.requestBody().contentType());
        assertTrue(prop(create.requestBody().schema(), "subject").required());
        assertInstanceOf(Schema.ArraySchema.class, prop(create.requestBody().schema(), "tags[]").schema(), "a form key is taken whole");
    }

    @Test
    void aMethodPageAloneSaysItsEntityIsMissing() {
        ApiDocument alone = DocSetReader.read(List.of(source(METHODS))).documents().get(0);
        assertTrue(alone.diagnostics().stream().anyMatch(d -> d.code() == dev.docpoet.spec.ParserCode.SpecEntityUnresolved
                && d.location().line() == 14), alone.diagnostics().toString());
    }

    @Test
    @org.junit.jupiter.api.Timeout(120)
    void aTypeLineOfSpacesReadsInLinearTime() {
        String page = "## Attributes\n\n### `a`\n\n**Description:** x\\\n**Type:** String" + " ".repeat(300_000) + "x\n\n"
                + "### `b`\n\n**Description:** y\\\n**Type:** Integer\n";
        ApiDocument doc = dev.docpoet.parse.DocParser.parse("entities/Spaces.md", page);
        assertEquals(Dialect.ATTRIBUTE_HEADINGS, doc.dialect());
        assertFalse(doc.hasErrors(), doc.diagnostics().toString());
        assertTrue(doc.components().values().stream().anyMatch(c -> c.schema() instanceof Schema.ObjectSchema o
                && o.properties().stream().anyMatch(p -> p.name().equals("b") && p.schema() instanceof Schema.IntegerSchema)),
                doc.components().toString());
    }

    @Test
    @org.junit.jupiter.api.Timeout(120)
    void manyRequestLinesFindTheirHeadingsInOnePass() {
        StringBuilder page = new StringBuilder("## Attributes\n\n### `a`\n\n**Description:** x\n\n**Type:** String\n\n");
        page.append("## Get it\n\n**Returns:** String\n\n");
        for (int i = 0; i < 20_000; i++) page.append("`GET /x").append(i).append("`\n\npara\n\n");
        ApiDocument doc = dev.docpoet.parse.DocParser.parse("methods/many.md", page.toString());
        assertEquals(Dialect.ATTRIBUTE_HEADINGS, doc.dialect());
        assertEquals(20_000, doc.endpoints().size());
    }

    @Test
    void aChangelogWithCodeHeadingsAndOneTypeLineIsNoAttributePage() {
        ApiDocument doc = dev.docpoet.parse.DocParser.parse("CHANGELOG.md", "# Changes\n\n### `createUser`\n\nAdded.\n\n"
                + "### `deleteUser`\n\nRemoved.\n\n**Type:** breaking\n\n```\n### `x`\n**Type:** String\n```\n");
        assertTrue(doc.dialect() != Dialect.ATTRIBUTE_HEADINGS, doc.dialect().toString());
        assertTrue(doc.components().isEmpty(), doc.components().toString());
    }

    @Test
    void nonNullIsNotNullable() {
        ApiDocument doc = dev.docpoet.parse.DocParser.parse("entities/N.md", "## Attributes\n\n### `a`\n\n**Description:** x\\\n"
                + "**Type:** String (non-null)\n\n### `b`\n\n**Description:** y\\\n**Type:** String or null\n");
        Schema.ObjectSchema o = (Schema.ObjectSchema) doc.components().values().iterator().next().schema();
        assertFalse(o.properties().stream().filter(p -> p.name().equals("a")).findFirst().orElseThrow().nullable());
        assertTrue(o.properties().stream().filter(p -> p.name().equals("b")).findFirst().orElseThrow().nullable());
    }

    private static DocSource page(String label, String text) {
        return new DocSource(label, null, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String account(String field) {
        return "## Attributes\n\n### `" + field + "`\n\n**Description:** x\\\n**Type:** String\n\n### `other`\n\n**Description:** y\\\n**Type:** String\n";
    }

    private static String method(String ref) {
        return "## View {#get}\n\n```http\nGET /api/v1/x HTTP/1.1\n```\n\nShows.\n\n**Returns:** [Account](" + ref + ")\n";
    }

    @Test
    void anEntityLinkResolvesInItsOwnDocSetAndAWrongAnchorIsReported() {
        List<ApiDocument> read = DocSetReader.read(List.of(page("a/entities/Account.md", account("from_a")),
                page("b/entities/Account.md", account("from_b")), page("b/methods/x.md", method("../entities/Account#nope")))).documents();
        ApiDocument m = read.get(2);
        Schema.RefSchema ref = (Schema.RefSchema) response(m.endpoints().get(0), "200").body().schema();
        assertTrue(ref.key().startsWith("b/entities/Account.md"), ref.key());
        assertTrue(m.diagnostics().stream().anyMatch(d -> d.code() == dev.docpoet.spec.ParserCode.SpecEntityUnresolved
                && d.message().contains("#nope") && d.location() instanceof dev.docpoet.spec.SourceLocation l && l.line() > 0),
                m.diagnostics().toString());
    }

    @Test
    void unknownTypesAndBadExamplesAreReportedWhereTheyAre() {
        String entity = "## Attributes\n\n### `a`\n\n**Description:** x\\\n**Type:** rgb\n\n### `b`\n\n**Description:** y\\\n**Type:** String\n";
        ApiDocument e = dev.docpoet.parse.DocParser.parse("entities/U.md", entity);
        assertReported(e, entity, dev.docpoet.spec.ParserCode.SpecUnknownType, "**Type:** rgb");
        String methods = "## View {#get}\n\n```http\nGET /api/v1/x HTTP/1.1\n```\n\nShows.\n\n**Returns:** String\n\n#### Response\n\n```json\n{\"a\": }\n```\n";
        ApiDocument m = dev.docpoet.parse.DocParser.parse("methods/u.md", methods);
        assertEquals(Dialect.ATTRIBUTE_HEADINGS, m.dialect());
        assertReported(m, methods, dev.docpoet.spec.ParserCode.SpecBadExampleJson, "{\"a\": }");
    }

    private static void assertReported(ApiDocument doc, String text, dev.docpoet.spec.ParserCode code, String onLine) {
        int line = 1 + (int) text.substring(0, text.indexOf(onLine)).chars().filter(c -> c == '\n').count();
        assertTrue(doc.diagnostics().stream().anyMatch(d -> d.code() == code && d.location() instanceof dev.docpoet.spec.SourceLocation l
                && l.line() == line), code + " on line " + line + " in " + doc.diagnostics());
    }

    @Test
    void siteAbsoluteEntityLinksResolveAndOnesToNoEntityAreReportedWhereTheyAre() {
        String entity = account("id") + "\n### `owner`\n\n**Description:** z\\\n**Type:** [Missing](/entities/Missing)\n";
        String methods = "## View {#get}\n\n```http\nGET /api/v1/x HTTP/1.1\n```\n\nShows.\n\n**Returns:** [Account](/entities/Account)\n\n"
                + "## Gone {#gone}\n\n```http\nGET /api/v1/y HTTP/1.1\n```\n\nShows.\n\n**Returns:** [Gone](/entities/Gone)\n";
        List<ApiDocument> read = DocSetReader.read(List.of(page("entities/Account.md", entity), page("methods/x.md", methods))).documents();
        ApiDocument m = read.get(1);
        Endpoint view = m.endpoints().stream().filter(e -> e.path().equals("/api/v1/x")).findFirst().orElseThrow();
        Schema.RefSchema ref = (Schema.RefSchema) response(view, "200").body().schema();
        assertTrue(ref.key().startsWith("entities/Account.md"), ref.key());
        // a link the docs have no entity for is said where it is written, not dropped
        assertReported(m, methods, dev.docpoet.spec.ParserCode.SpecEntityUnresolved, "**Returns:** [Gone]");
        assertTrue(m.diagnostics().stream().anyMatch(d -> d.message().startsWith("`/entities/Gone` names no entity")), m.diagnostics().toString());
        ApiDocument e = read.get(0);
        assertReported(e, entity, dev.docpoet.spec.ParserCode.SpecEntityUnresolved, "### `owner`");
    }

    @Test
    void anUnclosedFenceOnAMethodPageIsReportedWhereItOpens() {
        String methods = "## View {#get}\n\n```http\nGET /api/v1/x HTTP/1.1\n```\n\nShows.\n\n**Returns:** String\n\n#### Response\n\n"
                + "~~~json\n{\"a\": 1}\n";
        ApiDocument m = dev.docpoet.parse.DocParser.parse("methods/open.md", methods);
        assertEquals(Dialect.ATTRIBUTE_HEADINGS, m.dialect());
        assertReported(m, methods, dev.docpoet.spec.ParserCode.SpecUnclosedFence, "~~~json");
        assertTrue(m.diagnostics().stream().anyMatch(d -> d.hint() != null && d.hint().contains("~~~")), m.diagnostics().toString());
    }
}
