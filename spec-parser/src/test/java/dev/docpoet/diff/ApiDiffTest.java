package dev.docpoet.diff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.parse.DocParser;
import dev.docpoet.spec.ApiModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each change between two versions of a page, marked breaking or not for a client of the old one. */
class ApiDiffTest {
    private static final String BASE = """
            Endpoint: POST /v1/tickets/{id}/notes
            ## Query parameters:
              - `notify` (boolean)
            ## Request fields (application/json):
              - `text` (string, required)
              - `visibility` (string)
                Enum: "public", "internal"
            ## Response 200 fields (application/json):
              - `id` (string, required)
              - `author` (string, required)
              - `kind` (string, required)
                Enum: "note", "reply"
            """;

    private static ApiLock lock(String... pages) {
        List<dev.docpoet.spec.ApiDocument> docs = new java.util.ArrayList<>();
        for (int i = 0; i < pages.length; i++) docs.add(DocParser.parse("p" + i + ".md", pages[i].getBytes(StandardCharsets.UTF_8)));
        return ApiLock.of(ApiModel.of(docs));
    }

    private static List<String> diff(String before, String after) {
        return ApiDiff.between(lock(before), lock(after)).stream().map(ApiDiff.Change::toString).toList();
    }

    @Test
    void theSameDocsHaveNoChangesAndTheSameBytes() {
        assertEquals(List.of(), diff(BASE, BASE));
        assertArrayEquals(lock(BASE).toJson(), lock(BASE).toJson());
    }

    @Test
    void proseAndExamplesAreNotTheContract() {
        assertEquals(List.of(), diff(BASE, BASE.replace("`text` (string, required)", "`text` (string, required)\n    The note's text.")));
    }

    @Test
    void whatAClientReadsBreaksWhenItGoesOrWidens() {
        assertEquals(List.of("breaking  POST /v1/tickets/{}/notes 200 /author: field removed"),
                diff(BASE, BASE.replace("  - `author` (string, required)\n", "")));
        assertEquals(List.of("breaking  POST /v1/tickets/{}/notes 200 /id: became optional"),
                diff(BASE, BASE.replace("`id` (string, required)", "`id` (string)")));
        assertEquals(List.of("breaking  POST /v1/tickets/{}/notes 200 /kind: enum value `system` added"),
                diff(BASE, BASE.replace("Enum: \"note\", \"reply\"", "Enum: \"note\", \"reply\", \"system\"")));
        assertEquals(List.of("breaking  POST /v1/tickets/{}/notes 200 /kind: enum value `reply` removed"),
                diff(BASE, BASE.replace("Enum: \"note\", \"reply\"", "Enum: \"note\"")),
                "the generated enum loses its constant, which code may name");
        assertEquals(List.of("ok        POST /v1/tickets/{}/notes 200 /edited: optional field added"),
                diff(BASE, BASE + "  - `edited` (boolean)\n"));
        assertEquals(List.of("breaking  POST /v1/tickets/{}/notes 200 /id: type string → integer"),
                diff(BASE, BASE.replace("`id` (string, required)", "`id` (integer, required)")));
    }

    @Test
    void aRequiredHeaderWithOneValueThatGainsAnotherBreaksCallers() {
        // the client sends a one-value header itself; with two values its callers must give one
        String pinned = BASE.replace("## Request fields", "## Header parameters:\n  - `Api-Version` (string, required)\n    Enum: \"2024-06-01\"\n## Request fields");
        assertEquals(List.of("ok        POST /v1/tickets/{}/notes header api-version: enum value `2024-09-01` added",
                "breaking  POST /v1/tickets/{}/notes header api-version: no longer has one allowed value: callers must now give it"),
                diff(pinned, pinned.replace("Enum: \"2024-06-01\"", "Enum: \"2024-06-01\", \"2024-09-01\"")));
    }

    @Test
    void whatAClientSendsBreaksWhenItNarrows() {
        assertEquals(List.of("breaking  POST /v1/tickets/{}/notes request /pinned: required field added"),
                diff(BASE, BASE.replace("## Response 200", "  - `pinned` (boolean, required)\n## Response 200")));
        assertEquals(List.of("breaking  POST /v1/tickets/{}/notes request /visibility: enum value `internal` removed"),
                diff(BASE, BASE.replace("Enum: \"public\", \"internal\"", "Enum: \"public\"")));
        assertEquals(List.of("ok        POST /v1/tickets/{}/notes request /visibility: enum value `team` added"),
                diff(BASE, BASE.replace("Enum: \"public\", \"internal\"", "Enum: \"public\", \"internal\", \"team\"")));
        assertEquals(List.of("breaking  POST /v1/tickets/{}/notes query notify: became required"),
                diff(BASE, BASE.replace("`notify` (boolean)", "`notify` (boolean, required)")));
        assertEquals(List.of("breaking  POST /v1/tickets/{}/notes query lang: required parameter added"),
                diff(BASE, BASE.replace("  - `notify` (boolean)", "  - `notify` (boolean)\n  - `lang` (string, required)")));
        assertEquals(List.of("ok        POST /v1/tickets/{}/notes query lang: optional parameter added"),
                diff(BASE, BASE.replace("  - `notify` (boolean)", "  - `notify` (boolean)\n  - `lang` (string)")));
    }

    @Test
    void whatBreaksCodeWrittenAgainstTheRegeneratedClientIsBreaking() {
        assertEquals(List.of("breaking  POST /v1/tickets/{}/notes 200 /author: documented values added (bot, human): the value's type becomes an enum"),
                diff(BASE, BASE.replace("`author` (string, required)", "`author` (string, required)\n    Enum: \"human\", \"bot\"")));
        assertEquals(List.of("breaking  POST /v1/tickets/{}/notes request /visibility: documented values dropped: the value's type is no enum any more"),
                diff(BASE, BASE.replace("    Enum: \"public\", \"internal\"\n", "")));
        assertEquals(List.of("breaking  POST /v1/tickets/{}/notes 200 /author: type string → any"),
                diff(BASE, BASE.replace("`author` (string, required)", "`author` (any, required)")), "read as an Object");
        assertEquals(List.of("ok        POST /v1/tickets/{}/notes request /text: type string → any"),
                diff(BASE, BASE.replace("`text` (string, required)", "`text` (any, required)")), "anything may be sent");
        String created = BASE.replace("## Response 200 fields", "## Response 201 fields");
        assertEquals(List.of("breaking  POST /v1/tickets/{}/notes: the client reads the 200 response now, not the 201 one",
                        "ok        POST /v1/tickets/{}/notes 200: response added"),
                diff(created, created + "## Response 200 fields (application/json):\n  - `queued` (boolean, required)\n"));
        assertEquals(List.of("ok        POST /v1/tickets/{}/notes 202: response added"),
                diff(BASE, BASE + "## Response 202 fields (application/json):\n  - `queued` (boolean, required)\n"), "one after it: ok");
        String withError = BASE + "## Response 404 fields (application/json):\n  - `message` (string, required)\n";
        assertEquals(List.of("ok        POST /v1/tickets/{}/notes 404: response added"), diff(BASE, withError));
        assertEquals(List.of("breaking  POST /v1/tickets/{}/notes 404: error response with a body removed"), diff(withError, BASE),
                "its generated type may go, and code names it in error(NotFoundError.class)");
    }

    @Test
    void endpointsAddedAndRemoved() {
        String other = "Endpoint: GET /v1/tickets\n## Response 200 fields (application/json):\n  - `count` (integer, required)\n";
        assertEquals(List.of("ok        GET /v1/tickets: endpoint added"), ApiDiff.between(lock(BASE), lock(BASE, other)).stream()
                .map(ApiDiff.Change::toString).toList());
        assertEquals(List.of("breaking  GET /v1/tickets: endpoint removed"), ApiDiff.between(lock(BASE, other), lock(BASE)).stream()
                .map(ApiDiff.Change::toString).toList());
    }

    @Test
    void aLockFileReadsBackAsTheSameContract() throws IOException {
        ApiLock written = lock(BASE);
        ApiLock read = ApiLock.read(written.toJson());
        assertEquals(List.of(), ApiDiff.between(read, written));
        assertTrue(ApiLock.looksLikeLock(written.toJson()));
        IOException e = assertThrows(IOException.class, () -> ApiLock.read("{\"format\":\"other\"}".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("not a docpoet lock file"), e.getMessage());
    }

    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: Shop, version: "1"}
            paths:
              /pets:
                get:
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema: {type: array, items: {$ref: "#/components/schemas/Pet"}}
                post:
                  requestBody:
                    content:
                      application/json:
                        schema: {$ref: "#/components/schemas/Pet"}
                  responses:
                    "204": {description: ok}
            components:
              schemas:
                Pet:
                  type: object
                  required: [name]
                  properties:
                    name: {type: string}
                    owner: {$ref: "#/components/schemas/Pet"}
                    colour: {type: string}
            """;

    private static List<String> specDiff(String before, String after) {
        ApiLock b = ApiLock.of(ApiModel.of(List.of(DocParser.parse("api.yaml", before.getBytes(StandardCharsets.UTF_8)))));
        ApiLock a = ApiLock.of(ApiModel.of(List.of(DocParser.parse("api.yaml", after.getBytes(StandardCharsets.UTF_8)))));
        return ApiDiff.between(b, a).stream().map(ApiDiff.Change::toString).toList();
    }

    @Test
    void aSharedComponentIsLockedOnceAndItsChangesAreJudgedForEachSideThatUsesIt() throws IOException {
        ApiLock lock = ApiLock.of(ApiModel.of(List.of(DocParser.parse("api.yaml", SPEC.getBytes(StandardCharsets.UTF_8)))));
        String json = new String(lock.toJson(), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"format\" : \"docpoet-lock/2\"") && json.contains("\"$ref\" : \"api.yaml#Pet\""), json);
        assertEquals(List.of(), specDiff(SPEC, SPEC), "a component that contains itself compares, and ends");
        assertEquals(List.of("breaking  component Pet (sent) /colour: field removed", "breaking  component Pet /colour: field removed"),
                specDiff(SPEC, SPEC.replace("        colour: {type: string}\n", "")), "read in a response, sent in a request: both break");
        assertEquals(List.of("ok        component Pet (sent) /size: optional field added", "ok        component Pet /size: optional field added"),
                specDiff(SPEC, SPEC.replace("        colour: {type: string}\n", "        colour: {type: string}\n        size: {type: integer}\n")));
        assertEquals(List.of("breaking  component Pet (sent) /colour: became required", "ok        component Pet /colour: became required"),
                specDiff(SPEC, SPEC.replace("required: [name]", "required: [name, colour]")));
    }

    @Test
    void aLockOfTheFirstFormatStillReadsAndComparesWithComponents() throws IOException {
        String v1 = new String(lock(BASE).toJson(), StandardCharsets.UTF_8).replace("docpoet-lock/2", "docpoet-lock/1");
        assertTrue(ApiLock.looksLikeLock(v1.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), ApiDiff.between(ApiLock.read(v1.getBytes(StandardCharsets.UTF_8)), lock(BASE)).stream()
                .map(ApiDiff.Change::toString).toList());
    }

    /** The API on its servers[0]; uploads on a host of their own. */
    private static final String HOSTS = """
            openapi: 3.0.3
            info: {title: Media, version: "1"}
            servers: [{url: "https://api.example.com"}]
            paths:
              /media:
                get:
                  responses: {"204": {description: none}}
              /uploads:
                post:
                  servers: [{url: "https://uploads.example.com"}]
                  responses: {"204": {description: none}}
            """;

    private static final String UPLOAD_SERVER = "      servers: [{url: \"https://uploads.example.com\"}]\n";

    @Test
    void theLockRecordsTheClientsBaseUrlAndWhereEachEndpointsCallsGo() {
        String json = new String(ApiLock.of(ApiModel.of(List.of(DocParser.parse("api.yaml", HOSTS.getBytes(StandardCharsets.UTF_8)))))
                .toJson(), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"baseUrl\" : \"https://api.example.com\",\n  \"endpoints\""), json);
        assertTrue(json.contains("\"GET /media\" : {\n      \"path\" : \"/media\",\n      \"baseUrl\" : \"https://api.example.com\""), json);
        assertTrue(json.contains("\"POST /uploads\" : {\n      \"path\" : \"/uploads\",\n      \"baseUrl\" : \"https://uploads.example.com\""), json);
        assertEquals(List.of(), specDiff(HOSTS, HOSTS));
    }

    @Test
    void anOperationsServerRemovedMovesItsCallsAndTakesAHostAway() {
        assertEquals(List.of("breaking  POST /uploads: base URL https://uploads.example.com → https://api.example.com: its calls go to another host",
                "breaking  host https://uploads.example.com: no longer documented: baseUriFor(\"https://uploads.example.com\", …) throws"),
                specDiff(HOSTS, HOSTS.replace(UPLOAD_SERVER, "")));
        assertEquals(List.of("breaking  POST /uploads: base URL https://api.example.com → https://uploads.example.com: its calls go to another host",
                "ok        host https://uploads.example.com: documented"),
                specDiff(HOSTS.replace(UPLOAD_SERVER, ""), HOSTS), "the client's baseUri(…) no longer moves the uploads");
    }

    @Test
    void anEndpointMovingToAnotherDocumentedHostBreaks() {
        // a test server set with baseUri(…) caught GET /media; now its calls go to the uploads host, past it
        assertEquals(List.of("breaking  GET /media: base URL https://api.example.com → https://uploads.example.com: its calls go to another host"),
                specDiff(HOSTS, HOSTS.replace("    get:\n", "    get:\n" + UPLOAD_SERVER)));
    }

    @Test
    void aClientBaseUrlThatTradesPlacesWithAnotherHostBreaks() {
        // no top-level server: the count decides (one each: api sorts first), and two upload operations more outnumber the API's one
        String counted = HOSTS.replace("servers: [{url: \"https://api.example.com\"}]\n", "")
                .replace("    get:\n", "    get:\n      servers: [{url: \"https://api.example.com\"}]\n");
        String more = counted.replace("  /uploads:\n", "  /uploads:\n    put:\n" + UPLOAD_SERVER + "      responses: {\"204\": {description: none}}\n"
                + "    delete:\n" + UPLOAD_SERVER + "      responses: {\"204\": {description: none}}\n");
        assertEquals(List.of("ok        DELETE /uploads: endpoint added", "ok        PUT /uploads: endpoint added",
                "breaking  client: base URL https://api.example.com → https://uploads.example.com: baseUri(…) now moves other calls than it did"),
                specDiff(counted, more));
        // the spec's servers[0] says which host is the API's: the same additions move nothing
        String stated = HOSTS.replace("  /uploads:\n", "  /uploads:\n    put:\n" + UPLOAD_SERVER + "      responses: {\"204\": {description: none}}\n"
                + "    delete:\n" + UPLOAD_SERVER + "      responses: {\"204\": {description: none}}\n");
        assertEquals(List.of("ok        DELETE /uploads: endpoint added", "ok        PUT /uploads: endpoint added"), specDiff(HOSTS, stated));
    }

    @Test
    void theOneHostRenamedIsOneClientLineAndTheOldHostGone() {
        assertEquals(List.of("ok        client: base URL https://api.example.com → https://api.example.org",
                "breaking  host https://api.example.com: no longer documented: baseUriFor(\"https://api.example.com\", …) throws",
                "ok        host https://api.example.org: documented"),
                specDiff(HOSTS, HOSTS.replace("https://api.example.com", "https://api.example.org")));
        assertEquals(List.of("breaking  client: base URL https://api.example.com → (none): the builder needs baseUri(…)",
                "breaking  host https://api.example.com: no longer documented: baseUriFor(\"https://api.example.com\", …) throws"),
                specDiff(HOSTS.replace(UPLOAD_SERVER, ""), HOSTS.replace(UPLOAD_SERVER, "").replace("servers: [{url: \"https://api.example.com\"}]\n", "")));
    }

    @Test
    void aLockWrittenBeforeHostsWereRecordedComparesNoHosts() throws IOException {
        ApiLock now = ApiLock.of(ApiModel.of(List.of(DocParser.parse("api.yaml", HOSTS.replace(UPLOAD_SERVER, "").getBytes(StandardCharsets.UTF_8)))));
        String old = new String(ApiLock.of(ApiModel.of(List.of(DocParser.parse("api.yaml", HOSTS.getBytes(StandardCharsets.UTF_8))))).toJson(),
                StandardCharsets.UTF_8).replaceAll("(?m)^ *\"baseUrl\" : \"[^\"]*\",\n", "");
        assertTrue(!old.contains("baseUrl"), old);
        assertEquals(List.of(), ApiDiff.between(ApiLock.read(old.getBytes(StandardCharsets.UTF_8)), now));
        assertEquals(List.of(), ApiDiff.between(now, ApiLock.read(old.getBytes(StandardCharsets.UTF_8))));
    }
}
