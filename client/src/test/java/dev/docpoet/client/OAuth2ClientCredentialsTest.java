package dev.docpoet.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * OAuth2 client credentials against a real token endpoint and API on 127.0.0.1: the token is fetched with HTTP Basic,
 * cached, renewed before it expires (on a clock the test steps, never by waiting), renewed once on a 401, fetched once
 * for many concurrent calls; a refusal is a {@link TokenRequestException} that never shows the secret.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class OAuth2ClientCredentialsTest {
    private static final String SECRET = "s3cr3t+/=";

    record Ticket(@JsonProperty("id") String id) {}

    /** A builder as docpoet generates one for a spec with a client-credentials flow. */
    static final class Builder extends ClientBuilder<Builder> {
        Builder(String documented) {
            super(documented, Map.of());
        }

        Builder oauth2ClientCredentials(String tokenUrl, String clientId, String clientSecret, String... scopes) {
            return auth(Auth.oauth2ClientCredentials(tokenUrl, clientId, clientSecret, List.of(scopes)), "oauth2ClientCredentials");
        }

        Builder ticking(Clock c) {
            return clock(c);
        }

        Transport build() {
            return transport();
        }
    }

    /** A clock the test moves by hand. */
    static final class StepClock extends Clock {
        private volatile Instant now = Instant.parse("2026-03-01T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** A request as a server saw it. */
    record Seen(String path, @Nullable String authorization, @Nullable String contentType, String body) {}

    private final HttpServer server;
    private final List<Seen> tokenRequests = new CopyOnWriteArrayList<>();
    private final List<Seen> apiRequests = new CopyOnWriteArrayList<>();
    private final Deque<Object[]> tokenAnswers = new ArrayDeque<>();
    private final Deque<Integer> apiStatuses = new ArrayDeque<>();
    private volatile CountDownLatch tokenGate = new CountDownLatch(0);
    private final StepClock clock = new StepClock();

    OAuth2ClientCredentialsTest() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/oauth/token", ex -> {
            tokenRequests.add(seen(ex));
            try {
                tokenGate.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Object[] a;
            synchronized (tokenAnswers) {
                a = tokenAnswers.isEmpty() ? new Object[] {500, "{\"error\":\"nothing scripted\"}"} : tokenAnswers.poll();
            }
            respond(ex, (Integer) a[0], (String) a[1]);
        });
        server.createContext("/", ex -> {
            apiRequests.add(seen(ex));
            Integer status;
            synchronized (apiStatuses) {
                status = apiStatuses.isEmpty() ? 200 : apiStatuses.poll();
            }
            respond(ex, status, status == 200 ? "{\"id\":\"t1\"}" : "{\"message\":\"token expired\"}");
        });
        server.start();
    }

    @AfterEach
    void stop() {
        tokenGate.countDown();
        server.stop(0);
    }

    private static Seen seen(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        return new Seen(ex.getRequestURI().getRawPath(), ex.getRequestHeaders().getFirst("Authorization"),
                ex.getRequestHeaders().getFirst("Content-Type"), body);
    }

    private static void respond(HttpExchange ex, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void token(int status, String json) {
        synchronized (tokenAnswers) {
            tokenAnswers.add(new Object[] {status, json});
        }
    }

    private void api(int... statuses) {
        synchronized (apiStatuses) {
            for (int s : statuses) apiStatuses.add(s);
        }
    }

    /** The docs give a relative tokenUrl here, which follows the base URI to the test server. */
    private Transport client(String... scopes) {
        return new Builder("https://api.example.com/v1").baseUri(uri()).oauth2ClientCredentials("/oauth/token", "client-1", SECRET, scopes)
                .ticking(clock).maxRetries(0).build();
    }

    private static Call<Ticket> get() {
        return Call.<Ticket>builder("GET", "/tickets/{id}", Ticket.class).path("id", "t1").build();
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    @Test
    void fetchesTheTokenWithBasicAuthOnceAndSendsItAsABearerToken() {
        token(200, "{\"access_token\":\"tok-1\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
        Transport t = client("files.read", "files.write");
        assertEquals(new Ticket("t1"), t.send(get()).body());
        assertEquals(new Ticket("t1"), t.send(get()).body());
        assertEquals(1, tokenRequests.size(), "the second call uses the cached token");
        Seen fetch = tokenRequests.get(0);
        assertEquals("grant_type=client_credentials&scope=files.read%20files.write", fetch.body());
        assertEquals("application/x-www-form-urlencoded", fetch.contentType());
        // RFC 6749 §2.3.1: id and secret form-encoded before Base64
        assertEquals("Basic " + Base64.getEncoder().encodeToString("client-1:s3cr3t%2B%2F%3D".getBytes(StandardCharsets.UTF_8)),
                fetch.authorization());
        assertEquals(List.of(bearer("tok-1"), bearer("tok-1")), apiRequests.stream().map(Seen::authorization).toList());
    }

    @Test
    void aTokenIsRenewedShortlyBeforeItExpiresOnTheClientsClock() {
        token(200, "{\"access_token\":\"tok-1\",\"token_type\":\"bearer\",\"expires_in\":120}");
        token(200, "{\"access_token\":\"tok-2\",\"token_type\":\"bearer\",\"expires_in\":\"120\"}");
        Transport t = client();
        t.send(get());
        clock.advance(Duration.ofSeconds(89));
        t.send(get());
        assertEquals(1, tokenRequests.size(), "89 s into 120: still fresh (renewed 30 s before the end)");
        clock.advance(Duration.ofSeconds(1));
        t.send(get());
        assertEquals(2, tokenRequests.size(), "at 90 s it is renewed");
        assertEquals(List.of(bearer("tok-1"), bearer("tok-1"), bearer("tok-2")), apiRequests.stream().map(Seen::authorization).toList());
        assertEquals("grant_type=client_credentials", tokenRequests.get(1).body(), "no scopes: the server's default");
    }

    @Test
    void aShortLivedTokenIsRenewedHalfwayAndOneWithoutExpiryIsKeptUntilRefused() {
        token(200, "{\"access_token\":\"tok-1\",\"expires_in\":20}");
        token(200, "{\"access_token\":\"tok-2\"}");
        Transport t = client();
        t.send(get());
        clock.advance(Duration.ofSeconds(10));
        t.send(get());
        assertEquals(2, tokenRequests.size(), "a 20 s token is renewed at 10 s");
        clock.advance(Duration.ofDays(30));
        t.send(get());
        assertEquals(2, tokenRequests.size(), "no expires_in: kept");
    }

    @Test
    void a401RenewsTheTokenOnceAndSendsTheCallOnceMore() {
        token(200, "{\"access_token\":\"tok-1\",\"expires_in\":3600}");
        token(200, "{\"access_token\":\"tok-2\",\"expires_in\":3600}");
        api(401, 200);
        Call<Ticket> create = Call.<Ticket>builder("POST", "/tickets", Ticket.class).body(Map.of("subject", "Hi")).build();
        assertEquals(new Ticket("t1"), client().send(create).body(), "a POST too: a 401 means the server did nothing");
        assertEquals(List.of(bearer("tok-1"), bearer("tok-2")), apiRequests.stream().map(Seen::authorization).toList());
        assertEquals(List.of("{\"subject\":\"Hi\"}", "{\"subject\":\"Hi\"}"), apiRequests.stream().map(Seen::body).toList());
        assertEquals(2, tokenRequests.size());
    }

    @Test
    void a401ToAnUploadFromAStreamIsNotResentButItsTokenIsDropped() {
        token(200, "{\"access_token\":\"tok-1\"}");
        token(200, "{\"access_token\":\"tok-2\"}");
        api(401, 200);
        Call<Ticket> upload = Call.<Ticket>builder("POST", "/files", Ticket.class).multipart(new Object())
                .field("file", Upload.of(new java.io.ByteArrayInputStream(new byte[] {1, 2, 3}), "a.bin", "application/octet-stream"))
                .build();
        Transport t = client();
        assertThrows(UnauthorizedException.class, () -> t.send(upload), "a stream is read once: not sent again");
        assertEquals(new Ticket("t1"), t.send(get()).body());
        assertEquals(List.of(bearer("tok-1"), bearer("tok-2")), apiRequests.stream().map(Seen::authorization).toList(),
                "the refused token, kept until refused, is not sent again");
    }

    @Test
    void a401ToTheRenewedTokenIsTheCallersNeverALoop() {
        token(200, "{\"access_token\":\"tok-1\",\"expires_in\":3600}");
        token(200, "{\"access_token\":\"tok-2\",\"expires_in\":3600}");
        api(401, 401);
        UnauthorizedException e = assertThrows(UnauthorizedException.class, () -> client().send(get()));
        assertTrue(e.rawBody().contains("token expired"), e.getMessage());
        assertEquals(2, apiRequests.size(), "sent once more, not again");
        assertEquals(2, tokenRequests.size());
    }

    @Test
    void theResendAfterA401IsNotOneOfThePolicysRetries() {
        token(200, "{\"access_token\":\"tok-1\",\"expires_in\":3600}");
        token(200, "{\"access_token\":\"tok-2\",\"expires_in\":3600}");
        api(401, 503, 200);
        Transport t = new Builder("https://api.example.com/v1").baseUri(uri()).oauth2ClientCredentials("/oauth/token", "client-1", SECRET)
                .ticking(clock).retryPolicy(RetryPolicy.defaults().maxRetries(1).backoff(Duration.ZERO, Duration.ZERO)).build();
        assertEquals(new Ticket("t1"), t.send(get()).body());
        assertEquals(List.of(bearer("tok-1"), bearer("tok-2"), bearer("tok-2")), apiRequests.stream().map(Seen::authorization).toList());
    }

    @Test
    void theAsyncFormRenewsOn401Too() {
        token(200, "{\"access_token\":\"tok-1\",\"expires_in\":3600}");
        token(200, "{\"access_token\":\"tok-2\",\"expires_in\":3600}");
        api(401, 200);
        assertEquals(new Ticket("t1"), client().sendAsync(get()).join().body());
        assertEquals(List.of(bearer("tok-1"), bearer("tok-2")), apiRequests.stream().map(Seen::authorization).toList());
    }

    @Test
    void concurrentCallsShareOneTokenRequest() {
        tokenGate = new CountDownLatch(1);
        token(200, "{\"access_token\":\"tok-1\",\"expires_in\":3600}");
        Transport t = client();
        List<CompletableFuture<ApiResponse<Ticket>>> calls = new ArrayList<>();
        // each call asks the cache before it returns: all eight find the one fetch the first started, held at the server
        for (int i = 0; i < 8; i++) calls.add(t.sendAsync(get()));
        tokenGate.countDown();
        calls.forEach(CompletableFuture::join);
        assertEquals(1, tokenRequests.size());
        assertEquals(8, apiRequests.size());
        assertTrue(apiRequests.stream().allMatch(s -> bearer("tok-1").equals(s.authorization())));
    }

    @Test
    void aRefusalIsATokenRequestExceptionWithoutTheSecretAndIsNotCached() {
        token(401, "{\"error\":\"invalid_client\",\"error_description\":\"client-1 sent s3cr3t+/= which is wrong\"}");
        token(200, "{\"access_token\":\"tok-1\",\"expires_in\":3600}");
        Transport t = client();
        TokenRequestException e = assertThrows(TokenRequestException.class, () -> t.send(get()));
        assertEquals(401, e.status());
        assertEquals("invalid_client", e.oauthError());
        assertEquals("POST " + uri() + "/oauth/token (the OAuth2 token request) answered 401: invalid_client: client-1 sent *** which is"
                + " wrong", e.getMessage());
        assertTrue(e.rawBody().contains("invalid_client"), "the body is kept as received");
        assertEquals(0, apiRequests.size(), "no API request without a token");
        assertEquals(new Ticket("t1"), t.send(get()).body(), "the next call fetches again");
    }

    @Test
    void anAnswerWithoutAUsableBearerTokenIsRefusedByName() {
        token(200, "{\"token\":\"x\"}");
        token(200, "{\"access_token\":\"x\",\"token_type\":\"mac\"}");
        token(500, "<html>down</html>");
        Transport t = client();
        assertTrue(assertThrows(TokenRequestException.class, () -> t.send(get())).getMessage().endsWith("answered 200: the answer holds no"
                + " access_token (fields: [token])"));
        assertTrue(assertThrows(TokenRequestException.class, () -> t.send(get())).getMessage()
                .endsWith("the token_type is `mac`, and the client sends bearer tokens only"));
        TokenRequestException down = assertThrows(TokenRequestException.class, () -> t.send(get()));
        assertTrue(down.getMessage().endsWith("answered 500: the token endpoint refused the client credentials (body: <html>down</html>)"),
                down.getMessage());
        CompletionException async = assertThrows(CompletionException.class, () -> t.sendAsync(get()).join());
        assertInstanceOf(TokenRequestException.class, async.getCause(), "nothing scripted: a 500 again");
    }

    @Test
    void theDocsTokenUrlCanBePointedElsewhereAndNothingPrintsTheSecret() {
        token(200, "{\"access_token\":\"tok-1\",\"expires_in\":3600}");
        Builder b = new Builder("https://api.example.com/v1").baseUri(uri())
                .oauth2ClientCredentials("https://auth.example.com/oauth/token", "client-1", SECRET).oauth2TokenUri(uri() + "/oauth/token")
                .ticking(clock);
        Transport t = b.build();
        t.send(get());
        assertEquals(1, tokenRequests.size(), "the override, not auth.example.com");
        for (String shown : List.of(b.toString(), t.toString())) {
            assertFalse(shown.contains(SECRET) || shown.contains("client-1"), shown);
            assertTrue(shown.contains("Auth.oauth2ClientCredentials(https://auth.example.com/oauth/token, ***)"), shown);
        }
        assertThrows(UnsupportedOperationException.class, () -> Auth.oauth2ClientCredentials("/t", "a", "b", List.of()).secret());
    }
}
