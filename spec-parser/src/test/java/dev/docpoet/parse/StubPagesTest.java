package dev.docpoet.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.ParserCode;
import dev.docpoet.spec.Property;
import dev.docpoet.spec.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mintlify pages that carry only {@code openapi:} front matter, resolved against the spec they point at. */
class StubPagesTest {
    private static final Path STUBS = OpenApiSourceTest.dir().resolve("stubs");

    private static DocSetReader.Result read(Path root, String path) throws IOException {
        return DocSetReader.read(DocSet.read(root, path).sources());
    }

    private static ApiDocument page(DocSetReader.Result r, String label) {
        return r.documents().stream().filter(d -> d.source().equals(label)).findFirst().orElseThrow();
    }

    private static List<Diagnostic> of(ApiDocument d, ParserCode code) {
        return d.diagnostics().stream().filter(x -> x.code() == code).toList();
    }

    @Test
    void aStubWithoutASpecNameResolvesAgainstTheSpecOfTheNearestFolderAboveIt() throws IOException {
        DocSetReader.Result r = read(STUBS.getParent(), "stubs/pages");
        ApiDocument doc = page(r, "stubs/pages/get-item.mdx");
        Endpoint e = doc.endpoints().get(0);
        assertEquals("GET /items/{itemId}", e.signature(), "method case and the path parameter's name may differ");
        assertEquals("Fetch one item", e.title(), "the page's title wins over the spec's summary");
        Schema.RefSchema ref = assertInstanceOf(Schema.RefSchema.class, e.responses().get(0).body().schema(), "the spec's shared Item");
        Schema.ObjectSchema item = assertInstanceOf(Schema.ObjectSchema.class, doc.components().get(ref.key()).schema(),
                "the page carries the components its operations use");
        assertEquals(List.of("id", "price", "color"), item.properties().stream().map(Property::name).toList());
        assertEquals("Item", doc.typeNames().get("GET /items/{} 200"), "the component's name comes along");
        assertEquals("page reads GET /items/{id} from the spec stubs/openapi.yaml (stubs/openapi.yaml:5:5)",
                of(doc, ParserCode.SpecSpecReference).get(0).message());
        assertEquals(List.of("stubs/openapi.yaml", "stubs/specs/orders.yaml"), List.copyOf(r.specFiles().keySet()),
                "both specs read count as docs, for fingerprints");
    }

    @Test
    void aStubNamingItsSpecRefinesItAndAContradictionIsAWarning() throws IOException {
        ApiDocument doc = page(read(STUBS.getParent(), "stubs/pages"), "stubs/pages/place-order.mdx");
        Endpoint e = doc.endpoints().get(0);
        assertEquals("POST /orders", e.signature());
        assertEquals(List.of("sku", "quantity"), ((Schema.ObjectSchema) e.requestBody().schema()).properties().stream().map(Property::name).toList());
        Schema.ObjectSchema response = (Schema.ObjectSchema) e.responses().get(0).body().schema();
        assertEquals(List.of("id", "total", "currency"), response.properties().stream().map(Property::name).toList(),
                "the spec's fields, the page's replacing one and adding one");
        assertInstanceOf(Schema.StringSchema.class, response.property("total").schema(), "the page wins");
        assertTrue(response.property("total").required());
        assertEquals("stubs/pages/place-order.mdx:6:1: warning: POST /orders 200 field `total`: the page says string, the spec number; the"
                + " page says required, the spec optional; the page wins; make the page and the spec agree [SpecStubContradiction]",
                of(doc, ParserCode.SpecStubContradiction).get(0).format());
    }

    @Test
    void aStubWhoseOperationIsInNoSpecIsAWarningAndKeepsThePage() throws IOException {
        ApiDocument doc = page(read(STUBS.getParent(), "stubs/pages"), "stubs/pages/missing.mdx");
        assertEquals("DELETE /items/{id}", doc.endpoints().get(0).signature());
        assertEquals("stubs/pages/missing.mdx:2:1: warning: page points at a spec for DELETE /items/{id}, but its spec stubs/openapi.yaml"
                + " has no DELETE /items/{id}; docpoet reads only what the page documents; correct the method or path, or name the spec"
                + " that has it [SpecStubUnresolved]", of(doc, ParserCode.SpecStubUnresolved).get(0).format());
    }

    @Test
    void theSpecThatDocsJsonDeclaresIsTheOne(@TempDir Path tmp) throws IOException {
        Path docs = Files.createDirectories(tmp.resolve("docs/api"));
        Files.copy(STUBS.resolve("openapi.yaml"), tmp.resolve("docs/shop.yaml"));
        Files.copy(STUBS.resolve("openapi.yaml"), tmp.resolve("docs/api/decoy.yaml"));
        Files.writeString(tmp.resolve("docs/docs.json"), "{\"navigation\": {\"tabs\": [{\"openapi\": \"/shop.yaml\"}]}}");
        Files.writeString(docs.resolve("get.mdx"), "---\nopenapi: GET /items/{id}\n---\n");
        ApiDocument doc = page(read(tmp, "docs"), "docs/api/get.mdx");
        assertTrue(of(doc, ParserCode.SpecSpecReference).get(0).message().contains("from the spec docs/shop.yaml"), doc.diagnostics().toString());
    }

    @Test
    void aPagesPartialExampleNeverReplacesTheSpecsSchema(@TempDir Path tmp) throws IOException {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("openapi.yaml"), """
                openapi: 3.0.3
                info: {title: forms, version: '1'}
                paths:
                  /open/forms:
                    get:
                      responses:
                        '200':
                          description: the forms
                          content:
                            application/json:
                              schema:
                                type: array
                                items: {$ref: '#/components/schemas/Form'}
                components:
                  schemas:
                    Form:
                      type: object
                      required: [id]
                      properties:
                        id: {type: string}
                        title: {type: string}
                        fields: {type: array, items: {type: string}}
                """);
        Files.writeString(docs.resolve("list.mdx"), """
                ---
                openapi: get /open/forms
                ---

                <ResponseExample>
                ```json
                [{"id": "f1", "title": "Signup", "shortName": "su"}]
                ```
                </ResponseExample>
                """);
        ApiDocument doc = page(read(tmp, "docs"), "docs/list.mdx");
        Endpoint e = doc.endpoints().get(0);
        Schema.ArraySchema body = assertInstanceOf(Schema.ArraySchema.class, e.responses().get(0).body().schema());
        Schema.RefSchema ref = assertInstanceOf(Schema.RefSchema.class, body.items(), "the spec's shared Form");
        Schema.ObjectSchema form = assertInstanceOf(Schema.ObjectSchema.class, doc.components().get(ref.key()).schema());
        assertEquals(List.of("id", "title", "fields"), form.properties().stream().map(Property::name).toList(),
                "the spec's Form, not the example's keys");
        assertTrue(e.responses().get(0).body().example() != null, "the page's example is kept");
        // what the page inferred from its example chose no type, so no warning says it did (the page alone warns)
        assertEquals(List.of(), doc.diagnostics().stream().filter(d -> d.severity() != dev.docpoet.spec.Severity.INFO).toList());
        ApiDocument alone = DocParser.parse("list.mdx", Files.readString(docs.resolve("list.mdx")));
        assertEquals(List.of(ParserCode.InferArrayBody, ParserCode.InferFieldsFromExample),
                alone.diagnostics().stream().filter(d -> d.severity() != dev.docpoet.spec.Severity.INFO).map(Diagnostic::code).toList());
    }

    @Test
    void twoSpecsWithTheOperationAreAnErrorThatListsThem(@TempDir Path tmp) throws IOException {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.copy(STUBS.resolve("openapi.yaml"), docs.resolve("a.yaml"));
        Files.copy(STUBS.resolve("openapi.yaml"), docs.resolve("b.yaml"));
        Files.writeString(docs.resolve("get.mdx"), "---\nopenapi: GET /items/{id}\n---\n");
        ApiDocument doc = page(read(tmp, "docs"), "docs/get.mdx");
        assertEquals("docs/get.mdx:2:1: error: GET /items/{id} is in several specs: docs/a.yaml, docs/b.yaml; name one: openapi:"
                + " /docs/a.yaml GET /items/{id} [SpecStubAmbiguous]", of(doc, ParserCode.SpecStubAmbiguous).get(0).format());
        assertTrue(doc.hasErrors());
    }

    @Test
    void aSpecGivenWithItsPagesIsNotReadTwice() throws IOException {
        DocSetReader.Result r = read(STUBS.getParent(), "stubs");
        ApiDocument spec = page(r, "stubs/openapi.yaml");
        assertTrue(spec.endpoints().isEmpty(), "GET /items/{itemId} is the page's now: " + spec.endpoints());
        assertTrue(r.specFiles().containsKey("stubs/specs/orders.yaml"));
    }

    @Test
    void theSpecStubsReadFromKeepsItsTopLevelServersSoItsFirstStaysTheClientsHost(@TempDir Path tmp) throws IOException {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("openapi.yaml"), """
                openapi: 3.0.3
                info: {title: media, version: '1'}
                servers: [{url: 'https://api.example.com/'}]
                paths:
                  /media:
                    get:
                      responses: {'204': {description: none}}
                  /uploads:
                    servers: [{url: 'https://uploads.example.com'}]
                    post:
                      responses: {'204': {description: none}}
                    put:
                      responses: {'204': {description: none}}
                """);
        Path pages = Files.createDirectories(docs.resolve("pages"));
        Files.writeString(pages.resolve("media.mdx"), "---\nopenapi: get /media\n---\n");
        Files.writeString(pages.resolve("upload.mdx"), "---\nopenapi: post /uploads\n---\n");
        Files.writeString(pages.resolve("replace.mdx"), "---\nopenapi: put /uploads\n---\n");
        DocSetReader.Result r = read(tmp, "docs/pages");
        assertEquals(List.of(dev.docpoet.spec.Server.of("https://api.example.com")), page(r, "docs/openapi.yaml").servers());
        assertEquals(List.of(), page(r, "docs/pages/upload.mdx").servers(), "a page states no server of its own");
        assertEquals("https://api.example.com", dev.docpoet.spec.BaseUrls.clientDefault(dev.docpoet.spec.ApiModel.of(r.documents())),
                "two of three pages go to uploads; the spec says which host is the API's");
    }
}
