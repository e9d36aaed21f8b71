package dev.docpoet.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Body;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.MediaKind;
import dev.docpoet.spec.ParserCode;
import dev.docpoet.spec.Property;
import dev.docpoet.spec.Response;
import dev.docpoet.spec.Schema;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bodies other than JSON, as specs and pages declare them: the media type the model carries, a form's fields and
 * files, an event stream's data schema and the end the docs show.
 */
class MediaBodiesTest {
    private static ApiDocument read(String name) throws IOException, URISyntaxException {
        Path root = Path.of(MediaBodiesTest.class.getResource("/media/media.yaml").toURI()).getParent();
        return DocSetReader.read(DocSet.read(root, name).sources()).documents().get(0);
    }

    private static Endpoint endpoint(ApiDocument doc, String signature) {
        return doc.endpoints().stream().filter(e -> e.signature().equals(signature)).findFirst().orElseThrow(() -> new AssertionError(
                signature + " not in " + doc.endpoints().stream().map(Endpoint::signature).toList() + doc.diagnostics()));
    }

    private static Body response(Endpoint e, String status) {
        return e.responses().stream().filter(r -> r.status().equals(status)).map(Response::body).findFirst().orElseThrow();
    }

    private static List<String> infos(ApiDocument doc) {
        return doc.diagnostics().stream().filter(d -> d.code() == ParserCode.SpecOpenApiUnmodeled).map(d -> d.location() + " " + d.message())
                .toList();
    }

    @Test
    void mediaKindsByType() {
        assertEquals(MediaKind.JSON, MediaKind.of("application/problem+json; charset=utf-8"));
        assertEquals(MediaKind.EVENT_STREAM, MediaKind.of("Text/Event-Stream"));
        assertEquals(MediaKind.MULTIPART, MediaKind.of("multipart/form-data"));
        assertEquals(MediaKind.FORM, MediaKind.of("application/x-www-form-urlencoded"));
        assertEquals(MediaKind.BINARY, MediaKind.of("image/png"));
        assertEquals(MediaKind.BINARY, MediaKind.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertEquals(MediaKind.TEXT, MediaKind.of("text/csv"));
        assertEquals(MediaKind.TEXT, MediaKind.of("application/xml"));
        assertEquals(MediaKind.OTHER, MediaKind.of("multipart/mixed"));
        assertEquals(MediaKind.OTHER, MediaKind.of(""));
    }

    @Test
    void aSpecsEventStreamCarriesItsDataSchemaAndTheEndItsTextShows() throws Exception {
        ApiDocument doc = read("media.yaml");
        Body chat = response(endpoint(doc, "POST /chat/completions"), "200");
        assertEquals(MediaKind.EVENT_STREAM, chat.kind());
        assertInstanceOf(Schema.RefSchema.class, chat.schema(), "each event's data is a ChatChunk");
        assertEquals("[DONE]", chat.streamEnd(), "the request's `stream` field says the stream ends with data: [DONE]");

        Body tail = response(endpoint(doc, "GET /logs/tail"), "200");
        assertEquals(MediaKind.EVENT_STREAM, tail.kind());
        assertInstanceOf(Schema.StringSchema.class, tail.schema());
        assertNull(tail.streamEnd(), "no end the docs show");

        Body both = response(endpoint(doc, "POST /responses"), "200");
        assertEquals(MediaKind.JSON, both.kind(), "JSON first");
        assertTrue(infos(doc).contains("media.yaml:31:13 a text/event-stream response beside the JSON one is not modeled"), infos(doc).toString());
    }

    @Test
    void aMultipartBodyCarriesItsFieldsFilesAndPartTypes() throws Exception {
        ApiDocument doc = read("media.yaml");
        Body upload = endpoint(doc, "POST /files").requestBody();
        assertEquals("multipart/form-data", upload.contentType());
        assertEquals(List.of("file", "purpose", "attachments", "tags", "meta"), upload.fields().stream().map(Property::name).toList());
        Map<String, Property> fields = new java.util.LinkedHashMap<>();
        upload.fields().forEach(f -> fields.put(f.name(), f));
        assertTrue(Body.isFile(fields.get("file").schema()));
        assertTrue(fields.get("file").required());
        assertTrue(Body.isFile(fields.get("attachments").schema()), "3.1's contentMediaType is a file too, a list of them here");
        assertFalse(Body.isFile(fields.get("tags").schema()));
        assertEquals(Map.of("file", "image/png, image/jpeg"), upload.partContentTypes());

        Body avatar = endpoint(doc, "PUT /avatars").requestBody();
        assertEquals(List.of("image", "crop"), avatar.fields().stream().map(Property::name).toList(), "a component's fields, not a JSON value");

        Body form = endpoint(doc, "POST /oauth/token").requestBody();
        assertEquals(MediaKind.FORM, form.kind());
        assertEquals(List.of("grant_type", "scope"), form.fields().stream().map(Property::name).toList());
        assertTrue(form.partContentTypes().isEmpty());
    }

    @Test
    void binaryTextAndUnmodeledBodiesKeepTheirMediaType() throws Exception {
        ApiDocument doc = read("media.yaml");
        Body download = response(endpoint(doc, "GET /files/{id}/content"), "200");
        assertEquals(MediaKind.BINARY, download.kind());
        assertNull(download.schema(), "bytes: the schema says no more than the media type");
        assertEquals(MediaKind.JSON, response(endpoint(doc, "GET /files/{id}/content"), "404").kind());
        assertEquals(MediaKind.TEXT, response(endpoint(doc, "GET /reports/{id}"), "200").kind());
        Body batch = endpoint(doc, "POST /batch").requestBody();
        assertEquals(MediaKind.OTHER, batch.kind(), "kept, for the generator to say what it cannot send");
        assertTrue(infos(doc).contains("media.yaml:114:11 a multipart/mixed request body is not modeled"), infos(doc).toString());
        assertTrue(doc.diagnostics().stream().noneMatch(d -> d.code() == ParserCode.SpecOpenApiApproximated), doc.diagnostics().toString());
    }

    @Test
    void aRedoclyPageDeclaresAStreamAndAMultipartBodyInItsHeadings() throws Exception {
        ApiDocument doc = read("tail.md");
        Body log = response(endpoint(doc, "GET /builds/{id}/log"), "200");
        assertEquals("text/event-stream", log.contentType());
        assertEquals(List.of("line", "at"), ((Schema.ObjectSchema) log.schema()).properties().stream().map(Property::name).toList());
        assertEquals("[DONE]", log.streamEnd(), "the page says the stream ends with data: [DONE]");

        Body artifact = endpoint(doc, "POST /builds/{id}/artifacts").requestBody();
        assertEquals(MediaKind.MULTIPART, artifact.kind());
        assertTrue(Body.isFile(artifact.fields().get(0).schema()), "(string, binary) is a file");
        assertTrue(artifact.fields().get(0).required());
        assertFalse(Body.isFile(artifact.fields().get(1).schema()));
        assertNull(response(endpoint(doc, "POST /builds/{id}/artifacts"), "201").streamEnd());
        assertTrue(doc.diagnostics().stream().noneMatch(d -> d.severity().ordinal() >= dev.docpoet.spec.Severity.WARNING.ordinal()),
                doc.diagnostics().stream().map(Diagnostic::format).toList().toString());
    }

    @Test
    void aMintlifyPageTakesItsRequestMediaTypeFromContentType() throws Exception {
        ApiDocument doc = read("upload.mdx");
        Body avatar = endpoint(doc, "PUT /v1/users/{id}/avatar").requestBody();
        assertEquals("multipart/form-data", avatar.contentType());
        assertTrue(Body.isFile(avatar.fields().get(0).schema()), "type=\"file\"");
        assertEquals("alt", avatar.fields().get(1).name());
    }
}
