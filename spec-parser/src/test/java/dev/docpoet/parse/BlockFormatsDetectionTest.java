package dev.docpoet.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Dialect;
import dev.docpoet.spec.Endpoint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which format a page is read as when it shows another format's markers as a sample, in code. */
class BlockFormatsDetectionTest {
    @Test
    void aMintlifyPageWithAGitBookSampleInAnIndentedFenceIsMintlifys() {
        String page = "---\napi: 'GET /x'\n---\n\n<Tabs>\n  <Tab title=\"GitBook\">\n    ```\n    {% swagger method=\"get\" path=\"/y\" %}\n"
                + "    ```\n  </Tab>\n</Tabs>\n\n<ParamField query=\"q\" type=\"string\">Q</ParamField>\n";
        ApiDocument doc = DocParser.parse("page.mdx", page);
        assertEquals(Dialect.MINTLIFY_MDX, doc.dialect());
        assertEquals(List.of("GET /x"), doc.endpoints().stream().map(Endpoint::signature).toList());
    }

    @Test
    void aMintlifyPageNamingAReadMeBlockInInlineCodeIsMintlifys() {
        String page = "---\napi: 'GET /x'\n---\n\nReadMe writes `[block:code]` where we write a code group.\n\n"
                + "<ParamField query=\"q\" type=\"string\">Q</ParamField>\n";
        assertEquals(Dialect.MINTLIFY_MDX, DocParser.parse("page.mdx", page).dialect());
    }

    @Test
    void aBlockMarkerInsideASentenceIsNoBlock() {
        String page = "# Notes\n\nOld pages wrote [block:parameters] tables and {% swagger %} blocks; see the guide.\n";
        assertEquals(Dialect.PLAIN_MARKDOWN, DocParser.parse("notes.md", page).dialect());
    }

    @Test
    void aPathOfTheBase64AlphabetIsMintlifysEndpointNotAnEncodedOperation() {
        String page = "---\napi: /v1/users/list-all\n---\n\nText.\n";
        assertTrue(DocParser.parse("page.mdx", page).dialect() != Dialect.DOCUSAURUS_OPENAPI);
    }

    @Test
    void readMeProseInsideAFenceIsCode() {
        String page = "[block:api-header]\n{\"type\": \"get\", \"title\": \"/x\"}\n[/block]\n\n## Query parameters\n\n```bash\n"
                + "# Response 200\nGET /not-an-endpoint\n```\n\n[block:parameters]\n"
                + "{\"data\": {\"h-0\": \"Name\", \"h-1\": \"Type\", \"0-0\": \"q\", \"0-1\": \"string\"}, \"cols\": 2, \"rows\": 1}\n[/block]\n";
        ApiDocument doc = DocParser.parse("readme.md", page);
        assertEquals(List.of("GET /x"), doc.endpoints().stream().map(Endpoint::signature).toList(), "a GET line in a fence starts nothing");
        assertEquals(dev.docpoet.spec.ParameterLocation.QUERY, Models.param(doc.endpoints().get(0), "q").in(),
                "a # comment in a fence is no heading");
    }

    @Test
    void aFernGuidePageShowingAnEndpointsSnippetDocumentsNoEndpoint() {
        String page = "---\ntitle: Quickstart\n---\n\nMake your first call:\n\n<EndpointRequestSnippet endpoint=\"POST /v1/calls\"/>\n";
        assertEquals(List.of(), DocParser.parse("guide.mdx", page).endpoints());
    }
}
