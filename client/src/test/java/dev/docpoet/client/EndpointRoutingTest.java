package dev.docpoet.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.docpoet.client.TestServer.Answer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Per-endpoint base URLs and version headers against two real HTTP servers on 127.0.0.1: a call whose docs give
 * another host goes there, moved only by {@code baseUriFor}; a header an endpoint's docs pin replaces the client's pin
 * and gives way to the caller's.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class EndpointRoutingTest {
    private static final String API = "https://api.example.com/v1";
    private static final String UPLOADS = "https://{region}.uploads.example.com/v1";

    record Ok(@JsonProperty("ok") Boolean ok) {}

    static final class Builder extends ClientBuilder<Builder> {
        Builder() {
            super(API, List.of(UPLOADS), Map.of("Example-Version", "2024-06-01"));
        }

        Builder region(String region) {
            return hostVariable("region", region);
        }

        Transport build() {
            return transport();
        }
    }

    private final TestServer api = new TestServer().always(Answer.json(200, "{\"ok\":true}"));
    private final TestServer uploads = new TestServer().always(Answer.json(200, "{\"ok\":true}"));

    EndpointRoutingTest() throws Exception {}

    @AfterEach
    void stop() {
        api.close();
        uploads.close();
    }

    private static Call<Ok> list() {
        return Call.<Ok>builder("GET", "/files", Ok.class).build();
    }

    /** An endpoint whose docs give the uploads host and pin a newer version. */
    private static Call<Ok> upload() {
        return Call.<Ok>builder("POST", "/files", Ok.class).server(UPLOADS).pinnedHeader("Example-Version", "2025-01-01").build();
    }

    @Test
    void eachCallGoesToItsDocsHostWithItsDocsVersion() {
        Transport t = new Builder().baseUri(api.uri()).baseUriFor(UPLOADS, uploads.uri() + "/v1").build();
        t.send(list());
        t.send(upload());
        assertEquals(1, api.seen.size());
        assertEquals("/files", api.seen.get(0).rawPath());
        assertEquals("2024-06-01", api.seen.get(0).header("Example-Version"), "the client's pin");
        assertEquals(1, uploads.seen.size());
        assertEquals("/v1/files", uploads.seen.get(0).rawPath());
        assertEquals("2025-01-01", uploads.seen.get(0).header("Example-Version"), "the endpoint's own pin");
    }

    @Test
    void theCallersHeaderWinsOverEveryPin() {
        Transport t = new Builder().baseUri(api.uri()).baseUriFor(UPLOADS, uploads.uri()).header("example-version", "2023-01-01").build();
        t.send(upload());
        assertEquals("2023-01-01", uploads.seen.get(0).header("Example-Version"), "set on the client");
        Transport once = new Builder().baseUri(api.uri()).baseUriFor(UPLOADS, uploads.uri()).build()
                .with(RequestOptions.none().header("Example-Version", "2022-01-01"));
        once.send(upload());
        assertEquals("2022-01-01", uploads.seen.get(1).header("Example-Version"), "set for one call");
    }

    @Test
    void baseUriMovesOnlyTheClientsOwnHost() {
        Transport t = new Builder().baseUri(api.uri()).region("eu").build();
        // the uploads host is left as the docs give it: a test server for the API must not get the uploads, and the
        // real host is not asked here either, so the call is only built
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> new Builder().baseUri(api.uri()).build().send(upload()));
        assertEquals("the docs' base URL https://{region}.uploads.example.com/v1 needs region: set it with region(…), or set"
                + " baseUriFor(\"https://{region}.uploads.example.com/v1\", …)", missing.getMessage());
        assertEquals(0, api.seen.size() + uploads.seen.size(), "nothing was sent");
        t.send(list());
        assertEquals(1, api.seen.size());
    }

    @Test
    void baseUriForRefusesAHostTheDocsDoNotGive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Builder().baseUriFor("https://uploads.example.com",
                uploads.uri()));
        assertEquals("the docs give no base URL https://uploads.example.com; they give https://api.example.com/v1,"
                + " https://{region}.uploads.example.com/v1", e.getMessage());
        Transport t = new Builder().baseUriFor(API, api.uri()).baseUriFor(UPLOADS, uploads.uri()).build();
        t.send(list());
        assertTrue(t.toString().contains(api.uri()), "the client's own base URL, through baseUriFor too");
    }

    @Test
    void aCallToAnotherHostWhoseDocsAskNoSecurityGoesWithoutTheClientsCredentials() {
        Transport t = new Builder().baseUri(api.uri()).baseUriFor(UPLOADS, uploads.uri()).bearerToken("tok-secret").build();
        t.send(list());
        t.send(Call.<Ok>builder("GET", "/public/files", Ok.class).server(UPLOADS).withoutCredentials().build());
        t.send(upload());
        assertEquals("Bearer tok-secret", api.seen.get(0).header("Authorization"));
        assertEquals(null, uploads.seen.get(0).header("Authorization"), "a host that did not ask for it never sees the token");
        assertEquals("Bearer tok-secret", uploads.seen.get(1).header("Authorization"), "an endpoint there whose docs ask for it does");
    }
}
