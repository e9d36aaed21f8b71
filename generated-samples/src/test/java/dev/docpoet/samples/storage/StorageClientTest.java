package dev.docpoet.samples.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.client.Interceptor;
import dev.docpoet.client.TokenRequestException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The client docpoet generates for {@code @ApiDocs("storage/openapi.yaml") interface Storage {}}, against three
 * servers on 127.0.0.1: a token endpoint, the API, and the uploads host the upload operation's own {@code servers}
 * give. OAuth2 client credentials from the spec's {@code clientCredentials} flow, the version header each operation
 * pins, the upload's own host, and an interceptor.
 */
class StorageClientTest {
    private final ScriptedHost auth = new ScriptedHost("Storage-Version", "X-Trace");
    private final ScriptedHost api = new ScriptedHost("Storage-Version", "X-Trace");
    private final ScriptedHost uploads = new ScriptedHost("Storage-Version", "X-Trace");

    StorageClientTest() throws IOException {}

    @AfterEach
    void stop() {
        auth.close();
        api.close();
        uploads.close();
    }

    private StorageClient.Builder builder() {
        return StorageClient.builder().baseUri(api.uri()).baseUriFor("https://uploads.storage.example/v1", uploads.uri() + "/v1")
                .oauth2TokenUri(auth.uri() + "/oauth/token").maxRetries(0);
    }

    private static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void fetchesATokenOnceSendsEachEndpointsVersionAndTheUploadToItsHost() {
        auth.then(200, "{\"access_token\":\"tok-1\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
        api.then(200, "{\"id\":\"f1\",\"name\":\"a.txt\"}");
        uploads.then(201, "{\"id\":\"f2\",\"name\":\"b.txt\"}");
        StorageClient client = builder().oauth2ClientCredentials("app-1", "secret-1", List.of("files.read", "files.write")).build();

        assertEquals("a.txt", client.files().get("f1").name());
        assertEquals("f2", client.files().create(new CreateFileRequest("b.txt", java.util.Map.of())).id());

        assertEquals(List.of("POST /oauth/token auth=" + basic("app-1", "secret-1") + " Storage-Version=null X-Trace=null"
                + " grant_type=client_credentials&scope=files.read%20files.write"), auth.seen, "one token for both calls");
        assertEquals(List.of("GET /files/f1 auth=Bearer tok-1 Storage-Version=2024-06-01 X-Trace=null"), api.seen,
                "the spec's server, the version its shared parameter pins");
        assertEquals(List.of("POST /v1/files auth=Bearer tok-1 Storage-Version=2025-01-01 X-Trace=null {\"name\":\"b.txt\"}"), uploads.seen,
                "the operation's own server and version");
    }

    @Test
    void a401RenewsTheTokenOnceAndTheCallIsSentAgain() {
        auth.then(200, "{\"access_token\":\"tok-1\",\"expires_in\":3600}").then(200, "{\"access_token\":\"tok-2\",\"expires_in\":3600}");
        api.then(401, "{}").then(200, "[{\"id\":\"f1\",\"name\":\"a.txt\"}]");
        List<File> files = builder().oauth2ClientCredentials("app-1", "secret-1").build().files().list();
        assertEquals("f1", files.get(0).id());
        assertEquals(List.of("GET /files auth=Bearer tok-1 Storage-Version=2024-06-01 X-Trace=null", "GET /files auth=Bearer tok-2 Storage-Version=2024-06-01 X-Trace=null"),
                api.seen);
        assertTrue(auth.seen.get(1).endsWith(" grant_type=client_credentials"), "no scope: the server's default");
    }

    @Test
    void aRefusedSecretIsATokenRequestExceptionThatNeverShowsIt() {
        auth.then(401, "{\"error\":\"invalid_client\"}");
        StorageClient client = builder().oauth2ClientCredentials("app-1", "secret-1").build();
        TokenRequestException e = assertThrows(TokenRequestException.class, () -> client.files().get("f1"));
        assertEquals("invalid_client", e.oauthError());
        assertFalse(e.getMessage().contains("secret-1") || client.toString().contains("secret-1"), e.getMessage());
        assertTrue(api.seen.isEmpty(), "no API call without a token");
    }

    @Test
    void theBearerTokenOptionStaysAndTheCallersVersionWins() {
        api.then(200, "{\"id\":\"f1\",\"name\":\"a.txt\"}");
        StorageClient client = builder().bearerToken("tok-mine").header("Storage-Version", "2023-01-01").build();
        client.files().get("f1");
        assertEquals(List.of("GET /files/f1 auth=Bearer tok-mine Storage-Version=2023-01-01 X-Trace=null"), api.seen);
        assertTrue(auth.seen.isEmpty());
    }

    @Test
    void anInterceptorAddsAHeaderToEachCallAndSeesEachResponse() {
        api.then(200, "{\"id\":\"f1\",\"name\":\"a.txt\"}");
        uploads.then(201, "{\"id\":\"f2\",\"name\":\"b.txt\"}");
        List<String> seen = new CopyOnWriteArrayList<>();
        StorageClient client = builder().bearerToken("tok-mine")
                .interceptor(Interceptor.header("X-Trace", () -> "t-" + seen.size()))
                .interceptor(Interceptor.onResponse((request, response) -> seen.add(request.method() + " " + request.uri().getPath() + " "
                        + response.status() + " " + response.headers().firstValue("X-Request-Id").orElse("?") + " auth shown: "
                        + (request.header("Authorization") != null))))
                .build();
        client.files().get("f1");
        client.files().create(new CreateFileRequest("b.txt", java.util.Map.of()));
        assertEquals(List.of("GET /files/f1 200 req-1 auth shown: false", "POST /v1/files 201 req-1 auth shown: false"), seen);
        assertTrue(api.seen.get(0).contains("X-Trace=t-0"), api.seen.toString());
        assertTrue(uploads.seen.get(0).contains("X-Trace=t-1"), uploads.seen.toString());
    }
}
