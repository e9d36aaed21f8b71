package dev.docpoet.parse;

import static dev.docpoet.parse.Models.param;
import static dev.docpoet.parse.Models.prop;
import static dev.docpoet.parse.Models.response;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Dialect;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.ParameterLocation;
import dev.docpoet.spec.ParserCode;
import dev.docpoet.spec.Schema;
import dev.docpoet.spec.SourceLocation;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pages Fern and Scalar write with Mintlify's tags: JSX attribute values, attributes of their own, fields in accordions
 * and tabs, and fragments included with {@code <Snippet file="…"/>}, read from the docs folder.
 */
class FernPagesTest {
    private static Path docs() {
        try {
            return Path.of(FernPagesTest.class.getResource("/fern/docs/pages/create-call.mdx").toURI()).getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiDocument page() throws IOException {
        DocSetReader.Result r = DocSetReader.read(DocSet.read(docs(), "pages/create-call.mdx").sources());
        ApiDocument doc = r.documents().get(0);
        ExpectedDiagnostics.check("create-call.mdx", Files.readString(docs().resolve("pages/create-call.mdx")), doc);
        return doc;
    }

    @Test
    void theEndpointComesFromFernsEndpointComponent() throws IOException {
        ApiDocument doc = page();
        assertEquals(Dialect.MINTLIFY_MDX, doc.dialect());
        Endpoint e = Models.only(doc);
        assertEquals("POST /v1/calls", e.signature(), "the first endpoint component is the page's; others show related examples");
        assertEquals("https://api.example.com", e.baseUrl());
        assertEquals("Create a call", e.title());
    }

    @Test
    void jsxValuesAndUnknownAttributesReadAsMintlifysOwn() throws IOException {
        Endpoint e = Models.only(page());
        Schema body = e.requestBody().schema();
        assertTrue(prop(body, "phone_number").required(), "required={true}");
        assertTrue(prop(body, "phone_number").nullable(), "string | null");
        assertFalse(prop(body, "metadata").required(), "required={false}");
        assertEquals("600", prop(body, "max_duration").defaultValue().toString(), "default={600}, with toc beside it");
        assertEquals(new Schema.ArraySchema(new Schema.StringSchema(null)), prop(body, "tags").schema());
        assertInstanceOf(Schema.AnySchema.class, prop(body, "metadata").schema(), "dict | str: an object or a string");
    }

    @Test
    void snippetsAreReadWhereTheyAreIncludedAndLocatedInTheirOwnFile() throws IOException {
        ApiDocument doc = page();
        Endpoint e = Models.only(doc);
        assertEquals(ParameterLocation.PATH, param(e, "assistant_id").in());
        assertEquals(new SourceLocation("snippets/path-assistant-id.mdx", 1, 1), param(e, "assistant_id").location(),
                "a snippet's field is located in the snippet, named as the page is");
        Schema ok = response(e, "200").body().schema();
        assertEquals(List.of("queued", "ringing", "ended"), Models.enumValues(prop(ok, "status").schema()),
                "a snippet inside a tab documents that tab's response");
        assertEquals("snippets/call-status.mdx", prop(ok, "status").location().file());
        assertTrue(prop(ok, "call.id").required());
        assertTrue(prop(ok, "call.duration").nullable(), "fields inside <Expandable defaultOpen>");
        assertEquals("<Snippet> includes `not-there.mdx`, which is no file of the docs folder; what it holds is not read",
                Models.single(doc, ParserCode.SpecSnippetMissing).message());
    }

    @Test
    void aPageReadFromTextAloneSaysItsSnippetIsMissing() {
        ApiDocument doc = DocParser.parse("create-call.mdx", "---\napi: GET /x\n---\n<Snippet file=\"fields.mdx\" />\n");
        assertEquals(new SourceLocation("create-call.mdx", 4, 1), Models.single(doc, ParserCode.SpecSnippetMissing).location());
    }
}
