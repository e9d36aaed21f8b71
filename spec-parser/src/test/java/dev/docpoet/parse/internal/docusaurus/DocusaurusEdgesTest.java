package dev.docpoet.parse.internal.docusaurus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.parse.DocParser;
import dev.docpoet.parse.DocSet;
import dev.docpoet.parse.DocSetReader;
import dev.docpoet.parse.Models;
import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.ParserCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The edges of a docusaurus-openapi-docs page: blobs that do not inflate, props and imports that are not JSON. */
class DocusaurusEdgesTest {
    @TempDir
    Path tmp;

    private static String zlibBase64(byte[] data) {
        Deflater d = new Deflater();
        d.setInput(data);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (!d.finished()) out.write(buf, 0, d.deflate(buf));
        d.end();
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }

    private static Diagnostic bad(ApiDocument doc) {
        return Models.single(doc, ParserCode.SpecBadEmbeddedOperation);
    }

    private static final String OP = "{\"method\":\"get\",\"path\":\"/pets\",\"responses\":{\"200\":{\"description\":\"OK\"}}}";

    @Test
    void theTitleIsTheSummaryWhenTheOperationStatesNone() {
        String page = "---\ntitle: List pets\napi: " + zlibBase64(OP.getBytes(StandardCharsets.UTF_8)) + "\n---\n";
        assertEquals("List pets", Models.only(DocParser.parse("p.api.mdx", page)).title());
    }

    @Test
    void aBlobThatInflatesPastTheCapIsRefused() {
        byte[] huge = new byte[EmbeddedOperation.MAX_BYTES + 1024];
        Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        ApiDocument doc = DocParser.parse("p.api.mdx", "---\napi: " + zlibBase64(huge) + "\n---\n");
        assertTrue(bad(doc).message().contains("inflates to more than 16 MiB"), bad(doc)::format);
        assertEquals(2, bad(doc).location().line());
    }

    @Test
    void truncatedZlibDataIsALocatedError() {
        byte[] whole = Base64.getDecoder().decode(zlibBase64(OP.getBytes(StandardCharsets.UTF_8)));
        String cut = Base64.getEncoder().encodeToString(Arrays.copyOf(whole, whole.length / 2));
        ApiDocument doc = DocParser.parse("p.api.mdx", "---\napi: " + cut + "\n---\n");
        assertTrue(bad(doc).message().contains("ends early") || bad(doc).message().contains("broken"), bad(doc)::format);
        assertEquals(List.of(), doc.endpoints());
    }

    @Test
    void propsThatAreNotJsonAreLeftOutWithAWarningAtTheProp() {
        String page = "---\ntitle: Place an order\n---\n\n<MethodEndpoint method={\"post\"} path={\"/order\"}></MethodEndpoint>\n\n"
                + "<ParamsDetails parameters={[{\"name\": \"x\", \"in\": \"query\",}]}></ParamsDetails>\n\n"
                + "<StatusCodes responses={{\"200\": {\"description\": \"OK\"}}}></StatusCodes>\n";
        ApiDocument doc = DocParser.parse("p.api.mdx", page);
        assertEquals(7, bad(doc).location().line(), bad(doc)::format);
        assertTrue(bad(doc).message().contains("is not JSON"), bad(doc)::format);
        assertEquals(List.of(), Models.only(doc).parameters());
    }

    @Test
    void aMethodEndpointWithoutMethodOrPathIsALocatedError() {
        String page = "---\ntitle: x\n---\n\n<MethodEndpoint path={\"/order\"}></MethodEndpoint>\n\n"
                + "<StatusCodes responses={{\"200\": {\"description\": \"OK\"}}}></StatusCodes>\n";
        ApiDocument doc = DocParser.parse("p.api.mdx", page);
        assertTrue(bad(doc).message().contains("names no method and path"), bad(doc)::format);
        assertEquals(5, bad(doc).location().line());
    }

    private static final String IMPORTING = "---\ntitle: Place an order\n---\nimport Responses from \"./responses.json\";\n\n"
            + "<MethodEndpoint method={\"post\"} path={\"/order\"}></MethodEndpoint>\n\n<ParamsDetails parameters={undefined}></ParamsDetails>\n\n"
            + "<StatusCodes responses={Responses}></StatusCodes>\n";

    private ApiDocument readFolder(Path docs) throws IOException {
        return DocSetReader.read(DocSet.read(docs, "api/page.api.mdx").sources()).documents().get(0);
    }

    @Test
    void anImportedFileThatIsNotJsonIsAWarningAtTheImport() throws IOException {
        Path docs = Files.createDirectories(tmp.resolve("docs/api"));
        Files.writeString(docs.resolve("page.api.mdx"), IMPORTING);
        Files.writeString(docs.resolve("responses.json"), "{\"200\": {\"description\": \"OK\"},,}");
        ApiDocument doc = readFolder(tmp.resolve("docs"));
        assertEquals(4, bad(doc).location().line(), bad(doc)::format);
        assertTrue(bad(doc).message().contains("is not JSON (api/responses.json:1:"), bad(doc)::format);
    }

    @Test
    void anImportIsRelativeToThePageAndAMissingOneIsAWarning() throws IOException {
        Path docs = Files.createDirectories(tmp.resolve("docs/api"));
        Files.writeString(docs.resolve("page.api.mdx"), IMPORTING);
        // the file stands a folder up: the bundler would not find it, nor does docpoet
        Files.writeString(tmp.resolve("docs/responses.json"), "{\"200\": {\"description\": \"OK\"}}");
        ApiDocument doc = readFolder(tmp.resolve("docs"));
        Diagnostic d = Models.single(doc, ParserCode.SpecSnippetMissing);
        assertEquals(4, d.location().line(), d::format);
        assertNull(Models.only(doc).responses().stream().filter(r -> r.status().equals("200")).findFirst().orElse(null));
    }

    @Test
    void withApiAndPropsTheFindingsAreAtTheProps() {
        String api = zlibBase64(("{\"method\":\"post\",\"path\":\"/order\",\"security\":[{\"key\":[]}],"
                + "\"securitySchemes\":{\"key\":{\"type\":\"apiKey\",\"in\":\"header\",\"name\":\"X-Key\"}},"
                + "\"responses\":{\"200\":{\"description\":\"OK\"}}}").getBytes(StandardCharsets.UTF_8));
        String page = "---\ntitle: Place an order\napi: " + api + "\n---\n\n<MethodEndpoint method={\"post\"} path={\"/order\"}></MethodEndpoint>\n\n"
                + "<ParamsDetails parameters={[{\"name\": \"x\", \"in\": \"query\", \"schema\": {\"type\": \"stirng\"}}]}></ParamsDetails>\n\n"
                + "<StatusCodes responses={{\"200\": {\"description\": \"OK\"}}}></StatusCodes>\n";
        ApiDocument doc = DocParser.parse("p.api.mdx", page);
        dev.docpoet.spec.Endpoint e = Models.only(doc);
        assertEquals(8, Models.param(e, "x").location().line(), "the parameter is where its prop is, not on the api: line");
        Diagnostic typo = doc.diagnostics().stream().filter(d -> d.message().contains("stirng")).findFirst()
                .orElseThrow(() -> new AssertionError(doc.diagnostics().toString()));
        assertEquals(8, typo.location().line(), typo::format);
        assertTrue(typo.location().column() > 1, typo::format);
        assertEquals(List.of("key"), e.security(), "security comes from api:");
        assertEquals("Place an order", e.title());
    }

    private static final String SPREADING = "---\ntitle: Create space\n---\n\n<MethodEndpoint method={\"post\"} path={\"/spaces\"}></MethodEndpoint>\n\n"
            + "<ParamsDetails\n  {...require(\"./page.ParamsDetails.json\")}\n></ParamsDetails>\n\n"
            + "<RequestSchema\n  {...require(\"./page.RequestSchema.json\")}\n></RequestSchema>\n\n"
            + "<StatusCodes\n  {...require(\"./page.StatusCodes.json\")}\n></StatusCodes>\n";

    @Test
    void propsSpreadFromJsonFilesAreRead() throws IOException {
        Path docs = Files.createDirectories(tmp.resolve("docs/api"));
        Files.writeString(docs.resolve("page.api.mdx"), SPREADING);
        Files.writeString(docs.resolve("page.ParamsDetails.json"), "{\"parameters\": [{\"name\": \"Api-Version\", \"in\": \"header\","
                + " \"required\": true, \"schema\": {\"type\": \"string\"}}]}");
        Files.writeString(docs.resolve("page.RequestSchema.json"), "{\"title\": \"Body\", \"body\": {\"content\": {\"application/json\":"
                + " {\"schema\": {\"type\": \"object\", \"properties\": {\"name\": {\"type\": \"string\"}}, \"required\": [\"name\"]}}}}}");
        Files.writeString(docs.resolve("page.StatusCodes.json"), "{\"responses\": {\"201\": {\"description\": \"Created\", \"content\":"
                + " {\"application/json\": {\"schema\": {\"type\": \"object\", \"properties\": {\"id\": {\"type\": \"string\"}}}}}}}}");
        ApiDocument doc = readFolder(tmp.resolve("docs"));
        dev.docpoet.spec.Endpoint e = Models.only(doc);
        assertEquals(dev.docpoet.spec.ParameterLocation.HEADER, Models.param(e, "Api-Version").in());
        assertTrue(Models.prop(e.requestBody().schema(), "name").required(), doc.diagnostics().toString());
        assertEquals(new dev.docpoet.spec.Schema.StringSchema(null), Models.prop(Models.response(e, "201").body().schema(), "id").schema());
    }

    @Test
    void aSpreadFileThatIsMissingIsAWarningAtTheComponent() throws IOException {
        Path docs = Files.createDirectories(tmp.resolve("docs/api"));
        Files.writeString(docs.resolve("page.api.mdx"), SPREADING);
        ApiDocument doc = readFolder(tmp.resolve("docs"));
        List<Diagnostic> missing = doc.diagnostics().stream().filter(d -> d.code() == ParserCode.SpecSnippetMissing).toList();
        assertEquals(List.of(8, 12, 16), missing.stream().map(d -> d.location().line()).toList(), missing::toString);
        assertTrue(missing.get(0).message().startsWith("`./page.ParamsDetails.json`, which <ParamsDetails> reads its props from,"),
                missing.get(0)::format);
    }

    @Test
    void aSpreadFileGivesItsNumbersAsWrittenAsInlinePropsDo() throws IOException {
        String responses = "{\"200\": {\"description\": \"OK\", \"content\": {\"application/json\": {\"schema\": {\"type\": \"object\","
                + " \"properties\": {\"price\": {\"type\": \"number\", \"enum\": [2.50, 99999999999999999.99]}}}}}}}";
        Path spread = Files.createDirectories(tmp.resolve("spread/api"));
        Files.writeString(spread.resolve("page.api.mdx"), "---\ntitle: Price\n---\n\n<MethodEndpoint method={\"get\"} path={\"/price\"}></MethodEndpoint>\n\n"
                + "<StatusCodes\n  {...require(\"./page.StatusCodes.json\")}\n></StatusCodes>\n");
        Files.writeString(spread.resolve("page.StatusCodes.json"), "{\"id\": \"x\", \"responses\": " + responses + "}");
        Path inline = Files.createDirectories(tmp.resolve("inline/api"));
        Files.writeString(inline.resolve("page.api.mdx"), "---\ntitle: Price\n---\n\n<MethodEndpoint method={\"get\"} path={\"/price\"}></MethodEndpoint>\n\n"
                + "<StatusCodes responses={" + responses + "}></StatusCodes>\n");
        dev.docpoet.spec.Endpoint fromFile = Models.only(readFolder(tmp.resolve("spread")));
        dev.docpoet.spec.Endpoint fromProps = Models.only(readFolder(tmp.resolve("inline")));
        List<String> written = Models.enumValues(Models.prop(Models.response(fromProps, "200").body().schema(), "price").schema());
        assertEquals(2, written.size(), written::toString);
        assertEquals(written, Models.enumValues(Models.prop(Models.response(fromFile, "200").body().schema(), "price").schema()));
    }
}
