package dev.docpoet.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.docpoet.parse.DocParser;
import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.ApiModel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which base URL and pinned headers the client takes when endpoints disagree (a spec's {@code servers[0]}; else the
 * value most give, of equals the first in alphabetical order), and what each other endpoint keeps for its own call.
 */
class ClientRoutingTest {
    /** A Mintlify page per {@code METHOD URL} line, each pinning {@code Api-Version} to the value after it (or none). */
    private static ApiModel pages(String... lineAndVersion) {
        List<ApiDocument> docs = new ArrayList<>();
        for (int i = 0; i < lineAndVersion.length; i += 2) {
            String version = lineAndVersion[i + 1];
            String page = "---\ntitle: 'Page " + i + "'\napi: '" + lineAndVersion[i] + "'\n---\n\n"
                    + (version == null ? "" : "<ParamField header=\"Api-Version\" type=\"string\" default=\"" + version + "\">\n  The version.\n</ParamField>\n\n")
                    + "<ResponseField name=\"id\" type=\"string\" required>\n  Its id.\n</ResponseField>\n";
            docs.add(DocParser.parse("p" + i + ".mdx", page.getBytes(StandardCharsets.UTF_8)));
        }
        return ApiModel.of(docs);
    }

    private static Map<String, Operation> operations(ApiModel model) {
        Map<String, Operation> out = new java.util.TreeMap<>();
        for (Operation op : new ClientPlanner(Map.of()).operations(model)) out.put(op.signature(), op);
        return out;
    }

    @Test
    void theHostMostPagesGiveIsTheClientsAndTheOthersKeepTheirs() {
        ApiModel model = pages("GET https://b.example/v1/x", null, "GET https://a.example/v1/y", null, "POST https://b.example/v1/z", null);
        ClientPlanner.Defaults d = new ClientPlanner(Map.of()).defaults(model);
        assertEquals("https://b.example", d.baseUrl(), "two of three, though a.example sorts first");
        assertEquals(List.of("https://a.example"), d.otherBaseUrls());
        Map<String, Operation> ops = operations(model);
        assertEquals("https://a.example", ops.get("GET /v1/y").server());
        assertNull(ops.get("GET /v1/x").server());
        assertNull(ops.get("POST /v1/z").server());
    }

    @Test
    void ofEqualsTheFirstInAlphabeticalOrderWhateverOrderThePagesCameIn() {
        ApiModel model = pages("GET https://b.example/v1/x", null, "GET https://a.example/v1/y", null);
        assertEquals("https://a.example", new ClientPlanner(Map.of()).defaults(model).baseUrl());
        assertEquals("https://b.example", operations(model).get("GET /v1/x").server());
        ApiModel swapped = pages("GET https://a.example/v1/y", null, "GET https://b.example/v1/x", null);
        assertEquals("https://a.example", new ClientPlanner(Map.of()).defaults(swapped).baseUrl(), "the pages' order does not count");
    }

    /** The API on one host, and more upload operations than API ones on another. */
    private static final String UPLOADS = """
            openapi: 3.0.3
            info: {title: Media, version: "1"}
            servers: [{url: "https://api.example.com/"}, {url: "https://staging.example.com"}]
            paths:
              /media:
                get:
                  responses: {"204": {description: none}}
              /uploads:
                servers: [{url: "https://uploads.example.com"}]
                post:
                  responses: {"204": {description: none}}
                put:
                  responses: {"204": {description: none}}
              /uploads/{id}:
                delete:
                  servers: [{url: "https://uploads.example.com"}]
                  parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                  responses: {"204": {description: none}}
            """;

    private static ApiModel spec(String yaml) {
        return ApiModel.of(List.of(DocParser.parse("media.yaml", yaml.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aSpecsFirstTopLevelServerIsTheClientsHoweverManyOperationsNameAnother() {
        ApiModel model = spec(UPLOADS);
        ClientPlanner.Defaults d = new ClientPlanner(Map.of()).defaults(model);
        assertEquals("https://api.example.com", d.baseUrl(), "servers[0], though three of four operations go to uploads");
        assertEquals(List.of("https://uploads.example.com"), d.otherBaseUrls(), "a later top-level server is no host a call goes to");
        Map<String, Operation> ops = operations(model);
        assertNull(ops.get("GET /media").server());
        assertEquals("https://uploads.example.com", ops.get("POST /uploads").server());
        assertEquals("https://uploads.example.com", ops.get("DELETE /uploads/{id}").server());
    }

    @Test
    void aSpecsFirstTopLevelServerStaysTheClientsWhenNoOperationUsesIt() {
        // every operation names its own: the spec still says which host is the API's, and baseUri(…) keeps meaning it
        ApiModel model = spec(UPLOADS.replace("  /media:\n    get:\n", "  /media:\n    servers: [{url: \"https://uploads.example.com\"}]\n    get:\n"));
        ClientPlanner.Defaults d = new ClientPlanner(Map.of()).defaults(model);
        assertEquals("https://api.example.com", d.baseUrl());
        assertEquals(List.of("https://uploads.example.com"), d.otherBaseUrls());
        assertEquals("https://uploads.example.com", operations(model).get("GET /media").server());
    }

    @Test
    void aSpecWithoutTopLevelServersFallsBackToTheCount() {
        String yaml = UPLOADS.replace("servers: [{url: \"https://api.example.com/\"}, {url: \"https://staging.example.com\"}]\n", "")
                .replace("  /media:\n    get:\n", "  /media:\n    get:\n      servers: [{url: \"https://api.example.com\"}]\n");
        assertEquals("https://uploads.example.com", new ClientPlanner(Map.of()).defaults(spec(yaml)).baseUrl(), "no source says which");
    }

    @Test
    void theVersionMostEndpointsPinIsTheClientsAndAnotherIsTheEndpointsOwn() {
        ApiModel model = pages("GET https://a.example/v1/x", "2024-01-01", "GET https://a.example/v1/y", "2025-01-01",
                "GET https://a.example/v1/z", "2025-01-01");
        assertEquals(Map.of("Api-Version", "2025-01-01"), new ClientPlanner(Map.of()).defaults(model).pinnedHeaders());
        Map<String, Operation> ops = operations(model);
        assertEquals(Map.of("Api-Version", "2024-01-01"), ops.get("GET /v1/x").pinnedHeaders());
        assertEquals(Map.of(), ops.get("GET /v1/y").pinnedHeaders());
        assertEquals(List.of(), ops.get("GET /v1/x").parameters(), "a pinned header is no parameter");
    }

    @Test
    void aRequiredHeaderWithOneAllowedValueIsPinned() {
        String page = "# Get x\n\nEndpoint: GET /x\n\n## Header parameters:\n\n  - `anthropic-version` (string, required)\n"
                + "    The API version. Enum: \"2023-06-01\"\n\n## Response 200 fields (application/json):\n\n  - `id` (string, required)\n";
        ApiModel model = ApiModel.of(List.of(DocParser.parse("x.md", page.getBytes(StandardCharsets.UTF_8))));
        assertEquals(Map.of("anthropic-version", "2023-06-01"), new ClientPlanner(Map.of()).defaults(model).pinnedHeaders());
        assertEquals(List.of(), operations(model).get("GET /x").parameters());
    }

    @Test
    void anEndpointOnAnotherHostWhoseSpecAsksNoSecurityGoesWithoutCredentials() {
        String spec = """
                openapi: 3.0.3
                info: {title: Files, version: "1"}
                servers: [{url: "https://api.example.com"}]
                security: [{key: []}]
                components:
                  securitySchemes:
                    key: {type: apiKey, in: header, name: X-Api-Key}
                paths:
                  /files:
                    get:
                      responses: {"204": {description: none}}
                    delete:
                      responses: {"204": {description: none}}
                  /public/{id}:
                    get:
                      servers: [{url: "https://cdn.example.com"}]
                      security: []
                      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                      responses: {"204": {description: none}}
                  /uploads:
                    post:
                      servers: [{url: "https://cdn.example.com"}]
                      responses: {"204": {description: none}}
                """;
        Map<String, Operation> ops = operations(ApiModel.of(List.of(DocParser.parse("files.yaml", spec.getBytes(StandardCharsets.UTF_8)))));
        assertEquals(true, ops.get("GET /files").credentials(), "the client's own host");
        assertEquals(false, ops.get("GET /public/{id}").credentials(), "another host, and its docs ask for no security");
        assertEquals(true, ops.get("POST /uploads").credentials(), "another host whose docs ask for the key");
        assertEquals(true, operations(pages("GET https://b.example/v1/x", null, "GET https://a.example/v1/y", null, "POST https://b.example/v1/z", null))
                .get("GET /v1/y").credentials(), "pages that describe no security anywhere: as before");
        String noGlobal = spec.replace("security: [{key: []}]\n", "").replace("      security: []\n", "");
        assertEquals(true, operations(ApiModel.of(List.of(DocParser.parse("files.yaml", noGlobal.getBytes(StandardCharsets.UTF_8)))))
                .get("GET /public/{id}").credentials(), "schemes declared but no endpoint lists a requirement: nothing says none");
    }
}
