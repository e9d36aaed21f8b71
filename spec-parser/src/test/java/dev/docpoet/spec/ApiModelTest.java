package dev.docpoet.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.parse.DocParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pages merge once into one model, whatever their order; what pages say about each other is reported. */
class ApiModelTest {
    private static ApiDocument page(String name, String method, String path, String fields, String version) {
        return DocParser.parse(name, "Endpoint: " + method + " " + path + "\nVersion: " + version
                + "\n## Response 200 fields (application/json):\n" + fields);
    }

    private final ApiDocument a = page("a.md", "GET", "/tickets/{id}", "  - `id` (string, required)\n", "1");
    private final ApiDocument sameAsA = page("b.md", "GET", "/tickets/{ticketId}", "  - `id` (string, required)\n", "1");
    private final ApiDocument otherThanA = page("c.md", "GET", "/tickets/{x}", "  - `id` (integer, required)\n", "1");

    @Test
    void anEndpointDocumentedTwiceAlikeIsAWarningAndKeptOnce() {
        ApiModel m = ApiModel.of(List.of(sameAsA, a));
        assertEquals(1, m.endpoints().size());
        assertEquals("a.md", m.endpoints().get(0).location().file(), "pages merge in the order of their names");
        Diagnostic d = m.diagnostics().get(0);
        assertEquals(ParserCode.SpecDuplicateEndpoint, d.code());
        assertEquals("b.md", d.location().file());
        assertTrue(d.message().contains("is also documented at a.md:1:1 with the same shape"), d.message());
        assertFalse(m.hasErrors());
    }

    @Test
    void anEndpointDocumentedTwiceDifferentlyIsAnError() {
        ApiModel m = ApiModel.of(List.of(otherThanA, a));
        assertTrue(m.hasErrors());
        assertEquals(ParserCode.SpecConflictingEndpoint, m.diagnostics().get(0).code());
        assertEquals("c.md", m.diagnostics().get(0).location().file());
    }

    @Test
    void orderNeverChangesTheModel() {
        ApiDocument v2 = page("d.md", "GET", "/users/{id}", "  - `id` (string)\n", "2");
        assertEquals(ApiModel.of(List.of(a, v2, sameAsA)), ApiModel.of(List.of(sameAsA, v2, a)));
    }

    @Test
    void versionsThatDisagreeLeaveNoSingleVersion() {
        ApiDocument v2 = page("d.md", "GET", "/users/{id}", "  - `id` (string)\n", "2");
        ApiModel m = ApiModel.of(List.of(a, v2));
        assertNull(m.version());
        assertTrue(m.diagnostics().stream().anyMatch(d -> d.code() == ParserCode.SpecConflictingVersion));
        assertEquals("1", ApiModel.of(List.of(a)).version());
    }

    @Test
    void baseUrlWithHostVariablesAndSecuritySchemesAreData() {
        ApiDocument mdx = DocParser.parse("m.mdx", "---\napi: 'GET https://{endpoint}.acme.io/v1/models'\nauthMethod: bearer\n---\n"
                + "<ResponseField name=\"id\" type=\"string\">Id.</ResponseField>\n");
        ApiDocument redocly = DocParser.parse("r.md", "Endpoint: GET /keys\nSecurity: ApiKeyQuery\n"
                + "## Response 200 fields (application/json):\n  - `id` (string)\n");
        ApiModel m = ApiModel.of(List.of(mdx, redocly));
        assertEquals(List.of(new Server("https://{endpoint}.acme.io", List.of("endpoint"))), m.servers());
        assertEquals("/v1/models", m.endpoints().get(0).path());
        SecurityScheme key = m.securityScheme("ApiKeyQuery");
        assertEquals(new SecurityScheme("ApiKeyQuery", "apiKey", null, ParameterLocation.QUERY, "ApiKeyQuery", true), key);
        assertEquals(new SecurityScheme("bearerAuth", "http", "bearer", null, null, true), m.securityScheme("bearerAuth"));
    }

    @Test
    void theModelHandsOutNoMutableJson() {
        ApiDocument withExample = DocParser.parse("e.mdx", "---\napi: 'GET /x'\n---\n<ResponseExample>\n```json\n{\"id\": \"1\"}\n```\n</ResponseExample>\n");
        JsonValue example = withExample.endpoints().get(0).responses().get(0).body().example();
        ((com.fasterxml.jackson.databind.node.ObjectNode) example.node()).put("id", "changed");
        assertEquals("{\"id\":\"1\"}", example.toJson());
    }

    @Test
    void queryArraysRepeatTheirNameUnlessTheDocSaysCommaSeparated() {
        ApiDocument d = DocParser.parse("q.mdx", "---\napi: 'GET /items'\n---\n"
                + "<ParamField query=\"tag\" type=\"string[]\">Tags to match.</ParamField>\n"
                + "<ParamField query=\"ids\" type=\"string[]\">Comma-separated ids.</ParamField>\n"
                + "<ParamField path=\"x\" type=\"string\">X.</ParamField>\n");
        List<Parameter> ps = d.endpoints().get(0).parameters();
        assertEquals(List.of("form", "form", "simple"), ps.stream().map(Parameter::style).toList());
        assertEquals(List.of(true, false, false), ps.stream().map(Parameter::explode).toList());
    }
}
