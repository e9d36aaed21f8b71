package dev.docpoet.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.parse.DocParser;
import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.ApiModel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The README's rule for resource groups: each literal path segment (versions left out) is a group, a last segment that
 * names an action is the method, and a method's name in its group comes from its HTTP method and path alone.
 */
class ResourceGroupsTest {
    /** {@code GET /v1/tickets/{id}} → {@code client.tickets().get}, for pages given as title (or null) and endpoint. */
    private static Map<String, String> calls(String... titleAndEndpoint) {
        List<ApiDocument> docs = new ArrayList<>();
        for (int i = 0; i < titleAndEndpoint.length; i += 2) {
            String page = (titleAndEndpoint[i] == null ? "" : "# " + titleAndEndpoint[i] + "\n\n") + "Endpoint: " + titleAndEndpoint[i + 1]
                    + "\n\n## Response 200 fields (application/json):\n\n  - `id` (string, required)\n";
            docs.add(DocParser.parse("p" + i + ".md", page.getBytes(StandardCharsets.UTF_8)));
        }
        CodeGenerator.Result r = CodeGenerator.generate(ApiModel.of(docs), new CodeGenerator.Options("a", s -> s), null);
        ResourceGroups.Group root = ResourceGroups.plan(r.operations(), "a", "Api", new NameScope(Set.of()));
        Map<String, String> out = new TreeMap<>();
        for (ResourceGroups.Group g : root.all()) {
            for (ResourceGroups.Member m : g.members()) out.put(m.op().signature(), g.chain() + "." + m.name());
        }
        return out;
    }

    @Test
    void collectionsItemsAndNestedResources() {
        assertEquals(Map.of("GET /v1/tickets", "client.tickets().list", "POST /v1/tickets", "client.tickets().create",
                "GET /v1/tickets/{id}", "client.tickets().get", "PATCH /v1/tickets/{id}", "client.tickets().update",
                "DELETE /v1/tickets/{id}", "client.tickets().delete", "GET /v1/tickets/{id}/replies", "client.tickets().replies().list",
                "GET /v1/teams/{teamId}/agents", "client.teams().agents().list"),
                calls(null, "GET /v1/tickets", null, "POST /v1/tickets", null, "GET /v1/tickets/{id}", null, "PATCH /v1/tickets/{id}",
                        null, "DELETE /v1/tickets/{id}", null, "GET /v1/tickets/{id}/replies", null, "GET /v1/teams/{teamId}/agents"));
    }

    @Test
    void actionsAndSingularThings() {
        assertEquals(Map.of("POST /orders/{id}/cancel", "client.orders().cancel", "POST /query", "client.query",
                "POST /vectors/delete", "client.vectors().delete", "GET /me", "client.me().get",
                "GET /users/{id}/profile", "client.users().profile().get", "PUT /users/{id}/profile", "client.users().profile().replace"),
                calls(null, "POST /orders/{id}/cancel", null, "POST /query", null, "POST /vectors/delete", null, "GET /me",
                        null, "GET /users/{id}/profile", null, "PUT /users/{id}/profile"));
    }

    @Test
    void putReplacesPatchUpdatesAndNeitherTakesTheOthersName() {
        assertEquals(Map.of("PUT /tickets/{id}", "client.tickets().replace", "PATCH /tickets/{id}", "client.tickets().update",
                "POST /tickets/{id}", "client.tickets().updateTicketByPost"),
                calls(null, "PUT /tickets/{id}", null, "PATCH /tickets/{id}", "Update ticket by post", "POST /tickets/{id}"));
    }

    @Test
    void twoEndpointsThatWantOneNameTheFirstByRankKeepsItTheOtherTakesItsTitleThenItsPath() {
        assertEquals(Map.of("GET /v1/search", "client.search", "GET /v2/search", "client.getV2Search"),
                calls("Search", "GET /v2/search", "Search the old way", "GET /v1/search"), "by path, v1 first; the title's name is taken");
        // (a deprecated endpoint ranks after every other: DeprecatedEndpointTest)
    }

    @Test
    void neverAnObjectMethodOrAClientMember() {
        assertEquals(Map.of("GET /notify", "client.notifyValue().get", "GET /builder", "client.builderGroup().get"),
                calls(null, "GET /notify", null, "GET /builder"));
    }

    @Test
    void theOrderOfPagesNeverMatters() {
        String[] pages = {"Get", "GET /a/{id}", "Put", "PUT /a/{id}", "Patch", "PATCH /a/{id}", null, "GET /a", null, "POST /a/{id}/run",
                null, "GET /a/{id}/b"};
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < pages.length; i += 2) pairs.add(new String[] {pages[i], pages[i + 1]});
        Map<String, String> first = calls(pages);
        Collections.reverse(pairs);
        List<String> reversed = new ArrayList<>();
        for (String[] p : pairs) Collections.addAll(reversed, p);
        assertEquals(first, calls(reversed.toArray(String[]::new)));
    }

    @Test
    void addingAnEndpointRenamesNoOther() {
        String[] before = {null, "GET /tickets", null, "GET /tickets/{id}", null, "PATCH /tickets/{id}", null, "POST /tickets/{id}/close"};
        Map<String, String> was = calls(before);
        List<String> after = new ArrayList<>(java.util.Arrays.asList(before));
        // a new item, a new sub-resource, a new action, a new version of a path, a PUT beside the PATCH
        Collections.addAll(after, null, "DELETE /tickets/{id}", null, "GET /tickets/{id}/replies", null, "POST /tickets/{id}/merge",
                null, "GET /v2/tickets/{id}/replies", "Replace", "PUT /tickets/{id}");
        Map<String, String> now = calls(after.toArray(String[]::new));
        was.forEach((endpoint, call) -> assertEquals(call, now.get(endpoint), endpoint));
    }

    /**
     * The file sizes of a spec of {@code resources} resources, each with list, create, get, update and delete: the client
     * grows by a group accessor per resource, and no other file grows with the API at all.
     */
    @Test
    void noFileGrowsWithTheWholeApi() {
        Map<String, Integer> small = lines(10);
        Map<String, Integer> large = lines(100);
        assertEquals(500, operations(100));
        int largestGroup = large.entrySet().stream().filter(e -> e.getKey().startsWith("ApiR")).mapToInt(Map.Entry::getValue).max().orElseThrow();
        assertEquals(small.get("ApiR1"), large.get("ApiR1"), "a group holds its own endpoints only");
        assertEquals(largestGroup, large.get("ApiR1"));
        int perResource = (large.get("ApiClient") - small.get("ApiClient")) / 90;
        assertTrue(perResource <= 5, "the client adds an accessor per resource: " + perResource + " lines");
        assertTrue((large.get("ApiEndpoints") - small.get("ApiEndpoints")) / 90 <= 6, "and the interface an accessor with its Javadoc");
        int largest = Collections.max(large.values());
        System.out.printf("500 operations in 100 groups: %d files, the largest %d lines; client %d, interface %d, a group %d%n",
                large.size(), largest, large.get("ApiClient"), large.get("ApiEndpoints"), large.get("ApiR1"));
        assertTrue(largest < 700, "the largest of " + large.size() + " files has " + largest + " lines");
        assertFalse(large.containsKey("ApiR1Endpoints"));
    }

    private static int operations(int resources) {
        return CodeGenerator.generate(spec(resources), new CodeGenerator.Options("a", s -> s), null).operations().size();
    }

    private static Map<String, Integer> lines(int resources) {
        CodeGenerator.Options options = new CodeGenerator.Options("a", s -> s, List.of(), Set.of(), "Api", true);
        Map<String, Integer> out = new TreeMap<>();
        for (GeneratedFile f : CodeGenerator.generate(spec(resources), options, null).files()) {
            out.put(f.simpleName(), f.source().split("\n", -1).length);
        }
        return out;
    }

    /** An OpenAPI spec of {@code n} resources {@code /r1} … {@code /rN}, each with five operations on one component. */
    private static ApiModel spec(int n) {
        StringBuilder paths = new StringBuilder();
        StringBuilder schemas = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            String ref = "{\"$ref\":\"#/components/schemas/Thing" + i + "\"}";
            String ok = "{\"200\":{\"description\":\"ok\",\"content\":{\"application/json\":{\"schema\":" + ref + "}}}}";
            String list = "{\"200\":{\"description\":\"ok\",\"content\":{\"application/json\":{\"schema\":{\"type\":\"array\",\"items\":" + ref + "}}}}}";
            String body = "\"requestBody\":{\"content\":{\"application/json\":{\"schema\":" + ref + "}}}";
            String limit = "\"parameters\":[{\"name\":\"limit\",\"in\":\"query\",\"schema\":{\"type\":\"integer\"}}]";
            String id = "\"parameters\":[{\"name\":\"id\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"}}]";
            if (paths.length() > 0) paths.append(',');
            paths.append("\"/r").append(i).append("\":{\"get\":{").append(limit).append(",\"responses\":").append(list)
                    .append("},\"post\":{").append(body).append(",\"responses\":").append(ok).append("}},");
            paths.append("\"/r").append(i).append("/{id}\":{").append(id).append(",\"get\":{\"responses\":").append(ok)
                    .append("},\"patch\":{").append(body).append(",\"responses\":").append(ok)
                    .append("},\"delete\":{\"responses\":{\"204\":{\"description\":\"gone\"}}}}");
            if (schemas.length() > 0) schemas.append(',');
            schemas.append("\"Thing").append(i).append("\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"},\"name\":{\"type\":\"string\"}}}");
        }
        String json = "{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"Big\",\"version\":\"1\"},\"paths\":{" + paths
                + "},\"components\":{\"schemas\":{" + schemas + "}}}";
        return ApiModel.of(List.of(DocParser.parse("api.json", json.getBytes(StandardCharsets.UTF_8))));
    }
}
