package dev.docpoet.samples.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.client.RequestOptions;
import dev.docpoet.samples.storage.ScriptedHost;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The client docpoet generates for {@code @ApiDocs("media") interface Media {}}: three Mintlify pages of one doc set,
 * two on {@code https://api.media.example} and the upload on {@code https://upload.media.example}, each pinning the
 * {@code Media-Version} its page documents. Against two servers on 127.0.0.1, each endpoint goes to its own host
 * with its own version, instead of all to whichever host came first.
 */
class MediaClientTest {
    private final ScriptedHost api = new ScriptedHost("Media-Version");
    private final ScriptedHost upload = new ScriptedHost("Media-Version");

    MediaClientTest() throws IOException {}

    @AfterEach
    void stop() {
        api.close();
        upload.close();
    }

    @Test
    void eachPageSendsToItsOwnHostWithItsOwnVersion() {
        api.then(200, "{\"id\":\"v1\",\"title\":\"Intro\"}").then(200, "{\"total\":1}");
        upload.then(200, "{\"id\":\"v2\",\"title\":\"Outro\"}");
        MediaClient client = MediaClient.builder().baseUri(api.uri()).baseUriFor("https://upload.media.example", upload.uri())
                .bearerToken("tok").maxRetries(0).build();
        assertEquals("Intro", client.videos().get("v1").title());
        assertEquals(1L, client.videos().list().total());
        assertEquals("v2", client.videos().create(new CreateVideoRequest("Outro", Map.of())).id());
        assertEquals(List.of("GET /v1/videos/v1 auth=Bearer tok Media-Version=2024-01-01", "GET /v1/videos auth=Bearer tok Media-Version=2024-01-01"),
                api.seen, "the host two of the three pages give is the client's");
        assertEquals(List.of("POST /v1/videos auth=Bearer tok Media-Version=2025-01-01 {\"title\":\"Outro\"}"), upload.seen,
                "the upload page's host and version");
    }

    @Test
    void eachPageSendsTheVersionItPins() {
        List<String> versions = new java.util.concurrent.CopyOnWriteArrayList<>();
        api.then(200, "{\"total\":0}");
        upload.then(200, "{\"id\":\"v2\",\"title\":\"Outro\"}").then(200, "{\"id\":\"v3\",\"title\":\"Again\"}");
        MediaClient client = MediaClient.builder().baseUri(api.uri()).baseUriFor("https://upload.media.example", upload.uri()).maxRetries(0)
                .interceptor(dev.docpoet.client.Interceptor.onResponse((request, response) ->
                        versions.add(request.uri().getPath() + " " + request.header("Media-Version"))))
                .build();
        client.videos().list();
        client.videos().create(new CreateVideoRequest("Outro", Map.of()));
        client.withOptions(RequestOptions.none().header("Media-Version", "2026-01-01")).videos().create(new CreateVideoRequest("Again", Map.of()));
        assertEquals(List.of("/v1/videos 2024-01-01", "/v1/videos 2025-01-01", "/v1/videos 2026-01-01"), versions,
                "the client's pin, the upload page's own, then the caller's for one call");
    }

    @Test
    void theUploadHostIsNotMovedByBaseUri() {
        MediaClient client = MediaClient.builder().baseUri(api.uri()).maxRetries(0).build();
        assertTrue(client.toString().contains(api.uri()), client.toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MediaClient.builder().baseUriFor("https://uploads.media.example", upload.uri()));
        assertEquals("the docs give no base URL https://uploads.media.example; they give https://api.media.example,"
                + " https://upload.media.example", e.getMessage());
    }
}
