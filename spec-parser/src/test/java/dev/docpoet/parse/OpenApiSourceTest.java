package dev.docpoet.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.ApiModel;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.Dialect;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.Parameter;
import dev.docpoet.spec.ParameterLocation;
import dev.docpoet.spec.ParserCode;
import dev.docpoet.spec.Property;
import dev.docpoet.spec.Response;
import dev.docpoet.spec.Schema;
import dev.docpoet.spec.SecurityScheme;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Spec files as sources: each construct the OpenAPI issue lists, read into the same model a page gives. */
class OpenApiSourceTest {
    static Path dir() {
        try {
            return Path.of(OpenApiSourceTest.class.getResource("/openapi/petstore.yaml").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The components of every spec read here, by key: a key names one spec's component. */
    private static final java.util.Map<String, dev.docpoet.spec.Component> COMPONENTS = new java.util.HashMap<>();

    static ApiDocument read(String name) throws IOException {
        Path root = dir();
        ApiDocument doc = DocSetReader.read(DocSet.read(root, name).sources()).documents().get(0);
        COMPONENTS.putAll(doc.components());
        return doc;
    }

    private static Endpoint endpoint(ApiDocument doc, String signature) {
        return doc.endpoints().stream().filter(e -> e.signature().equals(signature)).findFirst().orElseThrow(() -> new AssertionError(
                signature + " not in " + doc.endpoints().stream().map(Endpoint::signature).toList()));
    }

    /** The object {@code s} is, inline or as a shared component. */
    private static Schema.ObjectSchema object(Schema s) {
        if (s instanceof Schema.RefSchema r) s = java.util.Objects.requireNonNull(COMPONENTS.get(r.key()), r.key()).schema();
        return assertInstanceOf(Schema.ObjectSchema.class, s);
    }

    private static Schema.ObjectSchema body(Endpoint e, String status) {
        Response r = e.responses().stream().filter(x -> x.status().equals(status)).findFirst().orElseThrow();
        return object(r.body().schema());
    }

    private static Diagnostic only(ApiDocument doc, ParserCode code, String containing) {
        List<Diagnostic> found = doc.diagnostics().stream().filter(d -> d.code() == code && d.message().contains(containing)).toList();
        assertEquals(1, found.size(), code + " " + containing + " in " + doc.diagnostics());
        return found.get(0);
    }

    @Test
    void anOpenApi30SpecGivesEveryOperationWithItsFields() throws IOException {
        ApiDocument doc = read("petstore.yaml");
        assertEquals(Dialect.OPENAPI, doc.dialect());
        assertEquals("Petstore", doc.title());
        assertEquals(List.of("GET /pets", "POST /pets", "GET /pets/{petId}", "PUT /pets/{petId}/photo", "GET /shapes"),
                doc.endpoints().stream().map(Endpoint::signature).toList());

        Endpoint get = endpoint(doc, "GET /pets/{petId}");
        assertEquals("Get a pet", get.title());
        assertEquals("https://{region}.pets.example.com/v1", get.baseUrl());
        assertEquals(List.of("bearerAuth"), get.security());
        Parameter petId = get.parameters().get(0);
        assertEquals("petId", petId.name());
        assertEquals(ParameterLocation.PATH, petId.in());
        assertTrue(petId.required());
        assertEquals(ParameterLocation.COOKIE, get.parameters().get(1).in());

        Schema.ObjectSchema pet = body(get, "200");
        Property name = pet.property("name");
        assertTrue(name.required());
        assertFalse(name.nullable());
        assertEquals("The pet's name.", name.description());
        assertEquals("\"Rex\"", name.example().toJson());
        Schema.EnumSchema status = assertInstanceOf(Schema.EnumSchema.class, pet.property("status").schema());
        assertEquals(List.of("available", "pending", "sold"), status.values());
        assertEquals("\"available\"", pet.property("status").defaultValue().toJson());
        assertEquals("date-time", ((Schema.StringSchema) pet.property("born").schema()).format());
        assertTrue(pet.property("born").nullable(), "nullable: true");
        assertTrue(pet.property("legacy").deprecated());
        assertNotNull(pet.property("id"), "readOnly is read in a response");
        assertNull(pet.property("secret"), "writeOnly is not in a response");
        assertEquals("email", ((Schema.StringSchema) object(pet.property("owner").schema()).property("email").schema()).format());
    }

    @Test
    void parametersKeepStyleExplodeDefaultsAndRefs() throws IOException {
        Endpoint list = endpoint(read("petstore.yaml"), "GET /pets");
        Parameter tags = list.parameters().get(0);
        assertEquals("form", tags.style());
        assertFalse(tags.explode(), "explode: false");
        assertInstanceOf(Schema.ArraySchema.class, tags.schema());
        Parameter limit = list.parameters().get(1);
        assertInstanceOf(Schema.IntegerSchema.class, limit.schema());
        assertEquals("20", limit.defaultValue().toJson());
        assertTrue(limit.explode(), "form explodes unless told");
        Parameter trace = list.parameters().get(2);
        assertEquals("X-Trace-Id", trace.name());
        assertEquals(ParameterLocation.HEADER, trace.in());
        assertEquals("simple", trace.style());
    }

    @Test
    void allOfMergesAndRequestsLeaveReadOnlyFields() throws IOException {
        ApiDocument doc = read("petstore.yaml");
        Endpoint create = endpoint(doc, "POST /pets");
        assertEquals(List.of("apiKey"), create.security());
        Schema.ObjectSchema newPet = object(create.requestBody().schema());
        assertEquals(List.of("name", "status", "born", "owner", "secret", "legacy", "chip"),
                newPet.properties().stream().map(Property::name).toList(), "Pet's fields less readOnly id, then chip");
        assertTrue(newPet.property("secret").required(), "required by the second allOf part");
        Schema.RefSchema request = assertInstanceOf(Schema.RefSchema.class, create.requestBody().schema());
        assertEquals("petstore.yaml#NewPet (request)", request.key(), "Pet's readOnly id sets its request side apart, and NewPet's with it");
        Schema.ArraySchema pets = assertInstanceOf(Schema.ArraySchema.class, endpoint(doc, "GET /pets").responses().get(0).body().schema());
        assertEquals(new Schema.RefSchema("petstore.yaml#Pet"), pets.items(), "an array of the one Pet");
        assertEquals(new Schema.RefSchema("petstore.yaml#Owner"), body(endpoint(doc, "GET /pets/{petId}"), "200").property("owner").schema(),
                "Owner, shared where Pet uses it");
        assertEquals("Owner", doc.components().get("petstore.yaml#Owner").name());
        assertTrue(doc.components().get("petstore.yaml#NewPet (request)").requestSide());
    }

    @Test
    void unionsMapsCyclesAndUnmodeledConstructsAreReadAndNamed() throws IOException {
        ApiDocument doc = read("petstore.yaml");
        Schema.ObjectSchema shapes = body(endpoint(doc, "GET /shapes"), "200");
        Schema.UnionSchema shape = assertInstanceOf(Schema.UnionSchema.class, shapes.property("shape").schema(), "a discriminator: a union");
        assertEquals("kind", shape.discriminator());
        assertEquals(List.of("circle=Circle", "square=Square"), shape.variants().stream().map(v -> v.value() + "=" + v.name()).toList());
        assertEquals(List.of("kind", "radius"), shape.variants().get(0).schema().properties().stream().map(Property::name).toList());
        // without a discriminator, the documented fallback: one record of every variant's fields
        Schema.ObjectSchema either = object(shapes.property("either_shape").schema());
        assertEquals(List.of("kind", "radius", "side"), either.properties().stream().map(Property::name).toList());
        assertTrue(either.property("kind").required(), "in every variant");
        assertFalse(either.property("radius").required(), "in one variant only");
        assertEquals(List.of("circle", "square"), ((Schema.EnumSchema) either.property("kind").schema()).values(),
                "each variant's one value: a square is not outside the enum");
        assertEquals("petstore.yaml:106:21", only(doc, ParserCode.SpecOpenApiApproximated, "oneOf of 2 object schemas reads as one record")
                .location().toString());
        assertInstanceOf(Schema.AnySchema.class, shapes.property("either").schema());
        only(doc, ParserCode.SpecOpenApiApproximated, "anyOf of string, integer reads as any JSON value");
        Schema.MapSchema labels = assertInstanceOf(Schema.MapSchema.class, shapes.property("labels").schema());
        assertInstanceOf(Schema.IntegerSchema.class, labels.values());

        Schema.RefSchema node = assertInstanceOf(Schema.RefSchema.class, shapes.property("tree").schema());
        Schema.ObjectSchema tree = object(node);
        Schema.ArraySchema children = assertInstanceOf(Schema.ArraySchema.class, tree.property("children").schema());
        assertEquals(node, children.items(), "a Node holds Nodes: one type that contains itself");
        assertTrue(doc.diagnostics().stream().noneMatch(d -> d.code() == ParserCode.SpecOpenApiRefCycle), doc.diagnostics().toString());

        assertEquals("petstore.yaml:103:19", only(doc, ParserCode.SpecOpenApiUnmodeled, "not is not modeled").location().toString());
        only(doc, ParserCode.SpecOpenApiUnmodeled, "pattern is not modeled");
        dev.docpoet.spec.Body photo = endpoint(doc, "PUT /pets/{petId}/photo").requestBody();
        assertEquals(dev.docpoet.spec.MediaKind.MULTIPART, photo.kind(), "a multipart body is read as one, not as JSON");
        assertEquals(List.of("file"), photo.fields().stream().map(Property::name).toList());
        assertTrue(dev.docpoet.spec.Body.isFile(photo.fields().get(0).schema()), "format: binary is a file");
        assertEquals("petstore.yaml:77:11", photo.location().toString());
        assertTrue(doc.diagnostics().stream().noneMatch(d -> d.message().contains("multipart")), doc.diagnostics().toString());
        assertEquals("petstore.yaml:73:3", only(doc, ParserCode.SpecOpenApiInvalid, "Declared path parameter petId").location().toString());
        assertFalse(doc.hasErrors());
    }

    @Test
    void aRefToASiblingFileIsReadAndCountsAsADocForFingerprints() throws IOException {
        DocSetReader.Result r = DocSetReader.read(DocSet.read(dir(), "petstore.yaml").sources());
        assertEquals(List.of("common.yaml"), List.copyOf(r.specFiles().keySet()), "an edit to common.yaml regenerates");
        Endpoint list = endpoint(read("petstore.yaml"), "GET /pets");
        Schema.ObjectSchema error = body(list, "default");
        assertTrue(error.property("code").required());
        assertInstanceOf(Schema.IntegerSchema.class, error.property("code").schema());
    }

    @Test
    void securitySchemesAreReadNotGuessed() throws IOException {
        ApiModel model = ApiModel.of(List.of(read("petstore.yaml")));
        assertEquals(new SecurityScheme("apiKey", "apiKey", null, ParameterLocation.HEADER, "X-Api-Key", false), model.securityScheme("apiKey"));
        assertEquals(new SecurityScheme("bearerAuth", "http", "bearer", null, null, false), model.securityScheme("bearerAuth"));
    }

    @Test
    void anOAuth2ClientCredentialsFlowKeepsItsTokenUrlAndScopes() throws IOException {
        ApiDocument doc = read("hosts.yaml");
        ApiModel model = ApiModel.of(List.of(doc));
        assertEquals(SecurityScheme.clientCredentials("machine", "https://auth.example.com/oauth/token", List.of("files.read", "files.write")),
                model.securityScheme("machine"));
        assertTrue(model.securityScheme("machine").isClientCredentials());
        assertEquals(new SecurityScheme("interactive", "http", "bearer", null, null, false), model.securityScheme("interactive"),
                "a flow a client cannot run alone still reads as a bearer token");
        assertEquals("hosts.yaml:45:5: warning: oauth2 scheme `interactive` has no client-credentials flow and reads as a bearer token:"
                + " the client takes a token, and getting one is yours [SpecOpenApiApproximated]",
                only(doc, ParserCode.SpecOpenApiApproximated, "interactive").format());
    }

    @Test
    void operationAndPathServersGiveEachEndpointItsBaseUrl() throws IOException {
        ApiDocument doc = read("hosts.yaml");
        assertEquals("https://api.example.com/v1", endpoint(doc, "GET /files").baseUrl(), "the spec's server");
        assertEquals("https://uploads.example.com/v1", endpoint(doc, "POST /files").baseUrl(), "the operation's own, without its slash");
        assertEquals("https://reports.example.com", endpoint(doc, "GET /reports").baseUrl(), "the path's");
        assertEquals(List.of("https://api.example.com/v1", "https://reports.example.com", "https://uploads.example.com/v1"),
                ApiModel.of(List.of(doc)).servers().stream().map(dev.docpoet.spec.Server::url).toList());
    }

    @Test
    void anOpenApi31SpecReadsTypeArraysConstAndExamples() throws IOException {
        ApiDocument doc = read("events.json");
        Endpoint get = endpoint(doc, "GET /events/{id}");
        Schema.ObjectSchema event = body(get, "200");
        assertTrue(event.property("note").nullable(), "type: [string, null]");
        assertInstanceOf(Schema.StringSchema.class, event.property("note").schema());
        assertEquals("\"a note\"", event.property("note").example().toJson());
        assertEquals(List.of("event"), ((Schema.EnumSchema) event.property("kind").schema()).values(), "const is a one-value enum");
        assertInstanceOf(Schema.IntegerSchema.class, get.parameters().get(0).schema());
        assertEquals("Event", doc.typeNames().get("GET /events/{} 200"));
        assertInstanceOf(Schema.AnySchema.class, event.property("payload").schema());
        assertEquals("events.json:27:11: warning: a value of types [integer, string] reads as any JSON value [SpecOpenApiApproximated]",
                only(doc, ParserCode.SpecOpenApiApproximated, "types").format());
        assertFalse(doc.hasErrors(), "several types are no error");
    }

    @Test
    void aSwagger20SpecIsReadThroughTheConverter() throws IOException {
        ApiDocument doc = read("swagger2.yaml");
        Endpoint get = endpoint(doc, "GET /users/{id}");
        assertEquals("https://legacy.example.com/api", get.baseUrl());
        assertEquals(List.of("key"), get.security());
        Schema.ObjectSchema user = body(get, "200");
        assertEquals(List.of("admin", "member"), ((Schema.EnumSchema) user.property("role").schema()).values());
        assertTrue(user.property("id").required());
        assertFalse(user.property("tags").required());
        assertEquals(List.of("id", "role", "tags"), object(endpoint(doc, "POST /users").requestBody().schema()).properties().stream()
                .map(Property::name).toList(), "the body parameter became the request body");
        assertEquals("User", doc.typeNames().get("GET /users/{} 200"));
        assertEquals(new SecurityScheme("key", "apiKey", null, ParameterLocation.QUERY, "key", false),
                ApiModel.of(List.of(doc)).securityScheme("key"));
    }

    @Test
    void aBrokenSpecIsAnErrorAtItsLineNeverAnException() throws IOException {
        Diagnostic yaml = only(read("broken.yaml"), ParserCode.SpecOpenApiBroken, "the spec is not valid YAML");
        assertEquals("broken.yaml:9:1", yaml.location().toString());
        Diagnostic json = only(read("broken.json"), ParserCode.SpecOpenApiBroken, "the spec is not valid JSON");
        assertEquals("broken.json:4:13", json.location().toString());
    }

    @Test
    void remoteRefsAndRefsOutOfTheFolderAreRefusedBeforeAnythingIsRead() throws IOException {
        ApiDocument remote = read("remote-ref.yaml");
        assertEquals("remote-ref.yaml:12:17: error: $ref `https://example.com/schemas.yaml#/Thing` is remote; docpoet never fetches"
                + " anything a doc names; copy what it names into the spec, or into a file beside it [SpecOpenApiRefRefused]",
                only(remote, ParserCode.SpecOpenApiRefRefused, "remote").format());
        assertTrue(remote.endpoints().isEmpty());
        ApiDocument leaving = read("leaving-ref.yaml");
        assertEquals("leaving-ref.yaml:12:17", only(leaving, ParserCode.SpecOpenApiRefRefused, "leaves the docs folder").location().toString());
    }

    @Test
    void aDeprecatedOperationIsDeprecatedInTheModel() {
        ApiDocument doc = DocParser.parse("dep.yaml", """
                openapi: 3.0.3
                info: {title: t, version: '1'}
                paths:
                  /old:
                    get:
                      deprecated: true
                      responses:
                        '204': {description: done}
                  /new:
                    get:
                      responses:
                        '204': {description: done}
                """);
        assertTrue(endpoint(doc, "GET /old").deprecated());
        assertFalse(endpoint(doc, "GET /new").deprecated());
        String exported = dev.docpoet.openapi.OpenApiExporter.toJson(dev.docpoet.spec.ApiModel.of(java.util.List.of(doc)), java.util.Map.of());
        assertTrue(exported.contains("\"deprecated\" : true"), exported);
        assertTrue(doc.diagnostics().stream().noneMatch(d -> d.message().contains("deprecated")), doc.diagnostics()::toString);
    }

    @Test
    void aSpecFromAJarCannotReferToOtherFiles() throws IOException {
        byte[] bytes = Files.readAllBytes(dir().resolve("petstore.yaml"));
        ApiDocument doc = DocParser.parse("petstore.yaml", bytes);
        only(doc, ParserCode.SpecOpenApiRefRefused, "names another file, and this spec is not read from a folder");
    }

    @Test
    void aJsonOrYamlFileThatIsNoSpecIsNotReadAsOne() {
        assertEquals(Dialect.PLAIN_MARKDOWN, DocParser.parse("package.json", "{\"name\": \"x\"}").dialect());
    }

    @Test
    void localBreakageDegradesWhatItTouchesAndTheRestReads() throws IOException {
        ApiDocument doc = read("local-breakage.yaml");
        assertTrue(doc.diagnostics().stream().noneMatch(d -> d.severity() == dev.docpoet.spec.Severity.ERROR), doc.diagnostics().toString());
        assertEquals(30, only(doc, ParserCode.SpecOpenApiDegraded, "type `int` is not a JSON Schema type").location().line());
        assertEquals("did you mean `integer`?", only(doc, ParserCode.SpecOpenApiDegraded, "type `int`").hint());
        assertEquals(31, only(doc, ParserCode.SpecOpenApiDegraded, "type `null` is OpenAPI 3.1's (JSON Schema's), not 3.0.3's").location().line());
        assertEquals(32, only(doc, ParserCode.SpecOpenApiDegraded, "$ref `#/components/schemas/Nowhere` names no schema").location().line());
        assertEquals(33, only(doc, ParserCode.SpecOpenApiDegraded, "a $ref to `#/components/responses/Unauthorized`, which is not a component schema")
                .location().line());
        assertEquals(73, only(doc, ParserCode.SpecOpenApiDegraded, "an empty $ref").location().line());
        assertEquals(36, only(doc, ParserCode.SpecOpenApiDegraded, "GET /owners/{id} is GET /owners/{ownerId} with other parameter names")
                .location().line());
        only(doc, ParserCode.SpecOpenApiDegraded, "names no request body of the spec; POST /owners/{id} is left out");
        only(doc, ParserCode.SpecOpenApiDegraded, "$ref `#/components/parameters/Missing` names no parameter of the spec");
        only(doc, ParserCode.SpecOpenApiDegraded, "$ref `#/components/responses/Nope` names no response of the spec; status 404 reads as"
                + " documented without a body");

        assertEquals(List.of("GET /pets/{petId}", "GET /owners/{ownerId}", "PUT /owners/{id}", "DELETE /owners/{id}"),
                doc.endpoints().stream().map(Endpoint::signature).toList(), "the rest is generated");
        Schema.ObjectSchema owner = body(endpoint(doc, "GET /owners/{ownerId}"), "200");
        assertInstanceOf(Schema.AnySchema.class, owner.properties().get(1).schema(), "count");
        assertTrue(owner.properties().get(2).nullable(), "gone is always null");
        assertEquals("message", body(endpoint(doc, "GET /owners/{ownerId}"), "401").properties().get(0).name(),
                "a response ref into another operation's responses is followed");
    }

    @Test
    void anIntegerEnumValuePastALongIsReadAsTheFileWritesIt() throws IOException {
        // swagger-parser's 3.0 integer schema reads 18446744073709551615 as null: neither the value nor a null the spec allows
        ApiDocument doc = read("big-enums-30.json");
        Property flags = body(endpoint(doc, "GET /registers"), "200").property("flags");
        Schema.EnumSchema e = assertInstanceOf(Schema.EnumSchema.class, flags.schema());
        assertEquals(Schema.EnumKind.INTEGER, e.kind());
        assertEquals(List.of("1", "18446744073709551615"), e.values());
        assertFalse(flags.nullable());
        assertFalse(doc.hasErrors(), doc.diagnostics().toString());
        Property level = body(endpoint(doc, "GET /registers"), "200").property("level");
        assertEquals(List.of("2"), ((Schema.EnumSchema) level.schema()).values());
        assertTrue(level.nullable(), "a null the spec writes is a null");
    }

    @Test
    void responseHeadersAreModeledByName() throws IOException {
        ApiDocument doc = read("response-headers.yaml");
        Endpoint repos = endpoint(doc, "GET /repos");
        Response ok = repos.responses().stream().filter(r -> r.status().equals("200")).findFirst().orElseThrow();
        assertEquals(List.of("Link", "X-RateLimit-Remaining"), ok.headers(), "a $ref'd header by its name; Content-Type is ignored, as OpenAPI says");
        assertTrue(ok.documentsHeader("link"), "names compare without case");
        Response missing = repos.responses().stream().filter(r -> r.status().equals("404")).findFirst().orElseThrow();
        assertEquals(List.of("x-request-id"), missing.headers(), "a $ref'd response's headers");
        assertEquals(List.of(), endpoint(doc, "GET /stars").responses().get(0).headers());
        assertTrue(doc.diagnostics().stream().noneMatch(d -> d.message().contains("headers")), doc.diagnostics().toString());
    }
}
