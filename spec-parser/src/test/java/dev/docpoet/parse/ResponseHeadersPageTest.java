package dev.docpoet.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.ParserCode;
import dev.docpoet.spec.Response;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A Redocly page's {@code ## Response NNN headers:} section: the names of the headers a response documents. */
class ResponseHeadersPageTest {
    private static ApiDocument parse(String page) {
        return DocParser.parse("repos.md", page.getBytes(StandardCharsets.UTF_8));
    }

    private static Response response(Endpoint e, String status) {
        return e.responses().stream().filter(r -> r.status().equals(status)).findFirst().orElseThrow();
    }

    @Test
    void aHeadersSectionNamesTheResponsesHeaders() {
        String page = "Endpoint: GET /repos\n\n## Response 200 headers:\n\n  - `Link` (string)\n    The next page.\n\n"
                + "  - `X-Total` (integer)\n\n## Response 200 fields (application/json):\n\n  - `id` (string)\n\n"
                + "## Response 304 headers:\n\n  - `ETag` (string)\n";
        ApiDocument doc = parse(page);
        Endpoint e = doc.endpoints().get(0);
        Response ok = response(e, "200");
        assertEquals(java.util.List.of("Link", "X-Total"), ok.headers());
        assertNotNull(ok.body(), "the fields section still gives the body, whichever section comes first");
        Response notModified = response(e, "304");
        assertEquals(java.util.List.of("ETag"), notModified.headers());
        assertNull(notModified.body(), "headers only: no body");
        assertEquals(page.substring(0, page.indexOf("## Response 304")).split("\n", -1).length, notModified.location().line(), "a headers-only response is where its section is");
        assertTrue(doc.diagnostics().isEmpty(), doc.diagnostics().toString());
    }

    @Test
    void aCollapsedPageReadsTheSameAndARepeatedSectionIsSaid() {
        ApiDocument doc = parse("Endpoint: GET /repos ## Response 200 headers: - `Link` (string) ## Response 200 headers: - `X` (string)"
                + " ## Response 200 fields (application/json): - `id` (string)");
        assertEquals(java.util.List.of("Link"), response(doc.endpoints().get(0), "200").headers(), "the first section is kept");
        assertTrue(doc.diagnostics().stream().anyMatch(d -> d.code() == ParserCode.LintDuplicateField
                && d.message().equals("the headers of response 200 are documented twice")), doc.diagnostics().toString());
    }
}
