package dev.docpoet.client;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;

/**
 * The bearer token of one client's OAuth2 client credentials (RFC 6749 §4.4): fetched from the token endpoint when a
 * request first needs it, kept until shortly before it expires, fetched again then or when the API rejects it.
 * Concurrent callers that find no usable token share one fetch, so that a burst of calls costs the token endpoint one
 * request, not one each.
 */
final class OAuth2Tokens {
    private static final System.Logger LOG = System.getLogger("dev.docpoet.client");

    /**
     * How long before its stated expiry a token is renewed, at most (half its lifetime for a short-lived one): a request
     * sent a moment before the expiry would reach the API after it.
     */
    static final Duration MAX_SKEW = Duration.ofSeconds(30);
    private static final long MAX_LIFETIME_SECONDS = Duration.ofDays(3650).toSeconds();

    /** A token and when to stop using it; {@code renewAt} is null when the server gave no {@code expires_in}. */
    private record Token(String value, @Nullable Instant renewAt) {
        boolean usableAt(Instant now) {
            return renewAt == null || now.isBefore(renewAt);
        }
    }

    private final URI tokenUri;
    private final Auth.ClientCredentials credentials;
    private final HttpClient http;
    private final JsonCodec json;
    private final Duration timeout;
    private final long maxBytes;
    private final Clock clock;
    /** {@code POST https://auth.example.com/oauth/token}: how messages name the token request (its query left out). */
    private final String request;

    private final Object lock = new Object();
    private @Nullable Token current;
    private @Nullable CompletableFuture<Token> fetching;

    OAuth2Tokens(URI tokenUri, Auth.ClientCredentials credentials, HttpClient http, JsonCodec json, Duration timeout, long maxBytes,
            Clock clock) {
        this.tokenUri = tokenUri;
        this.credentials = credentials;
        this.http = http;
        this.json = json;
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.clock = clock;
        String shown = Redacted.uri(tokenUri);
        int q = shown.indexOf('?');
        this.request = "POST " + (q < 0 ? shown : shown.substring(0, q));
    }

    /** A token to send: the cached one while it is fresh, else a new one. */
    CompletableFuture<String> token() {
        return get(null);
    }

    /**
     * A token other than {@code rejected}, which the API answered 401 to: a new one, or the one another caller fetched
     * meanwhile.
     */
    CompletableFuture<String> renewed(String rejected) {
        return get(rejected);
    }

    /** Drops {@code rejected} from the cache, if it is still there, without fetching another yet. */
    void forget(String rejected) {
        synchronized (lock) {
            if (current != null && current.value.equals(rejected)) current = null;
        }
    }

    /** {@link #token()} or {@link #renewed}, waiting: the blocking calls' way, with the fetch's own exception. */
    static String join(CompletableFuture<String> token) {
        try {
            return token.get();
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new CompletionException(cause);
        } catch (InterruptedException e) {
            // a cancelled worker stops waiting for another caller's token fetch, as it stops any other wait
            Thread.currentThread().interrupt();
            throw new ApiConnectionException("the OAuth2 token request", 1, "interrupted while waiting for its answer", e);
        }
    }

    private CompletableFuture<String> get(@Nullable String rejected) {
        CompletableFuture<Token> shared;
        boolean start = false;
        synchronized (lock) {
            Token t = current;
            if (t != null && t.value.equals(rejected)) current = t = null;
            if (t != null && t.usableAt(clock.instant())) return CompletableFuture.completedFuture(t.value);
            if (fetching == null) {
                fetching = new CompletableFuture<>();
                start = true;
            }
            shared = fetching;
        }
        if (start) fetchInto(shared);
        return shared.thenApply(Token::value);
    }

    /** Fetches a token and hands it to everyone waiting on {@code shared}; a failure is not cached, so the next call tries again. */
    private void fetchInto(CompletableFuture<Token> shared) {
        CompletableFuture<Token> fetched;
        try {
            fetched = fetch();
        } catch (RuntimeException e) {
            fetched = CompletableFuture.failedFuture(e);
        }
        fetched.whenComplete((token, thrown) -> {
            synchronized (lock) {
                // the cache is set before anyone waiting is told, so that their next call finds it
                if (thrown == null) current = token;
                fetching = null;
            }
            if (thrown == null) {
                shared.complete(token);
            } else {
                shared.completeExceptionally(thrown instanceof CompletionException && thrown.getCause() != null ? thrown.getCause() : thrown);
            }
        });
    }

    private CompletableFuture<Token> fetch() {
        StringBuilder form = new StringBuilder("grant_type=client_credentials");
        if (!credentials.scopes().isEmpty()) form.append("&scope=").append(UriEncoding.encode(String.join(" ", credentials.scopes())));
        HttpRequest req = HttpRequest.newBuilder(tokenUri).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("Authorization", basic())
                .POST(HttpRequest.BodyPublishers.ofString(form.toString(), StandardCharsets.UTF_8))
                .build();
        if (LOG.isLoggable(Level.DEBUG)) LOG.log(Level.DEBUG, "→ {0} (OAuth2 token request)\n  Authorization: <redacted>", request);
        // the expiry counts from before the request: the server's clock started no earlier
        Instant issued = clock.instant();
        long start = System.nanoTime();
        return http.sendAsync(req, new BoundedBody(maxBytes, start + timeout.toNanos(), timeout, false)).handle((response, thrown) -> {
            if (thrown != null) {
                Throwable t = AttemptFailure.of(thrown).toThrowable(request, 1, timeout);
                throw t instanceof CompletionException c ? c : new CompletionException(t);
            }
            if (LOG.isLoggable(Level.DEBUG)) LOG.log(Level.DEBUG, "← {0} {1} (OAuth2 token request)", response.statusCode(), request);
            return read(response.statusCode(), response.headers(), response.body() == null ? new byte[0] : response.body(), issued);
        });
    }

    /** RFC 6749 §2.3.1: id and secret form-encoded, joined by a colon, in Base64. */
    private String basic() {
        String pair = URLEncoder.encode(credentials.clientId(), StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(credentials.clientSecret(), StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private Token read(int status, HttpHeaders headers, byte[] body, Instant issued) {
        Map<?, ?> fields = object(body);
        if (status < 200 || status >= 300) {
            String error = text(fields, "error");
            String description = text(fields, "error_description");
            String reason = error.isEmpty() ? "the token endpoint refused the client credentials" + preview(body)
                    : error + (description.isEmpty() ? "" : ": " + description);
            throw new TokenRequestException(request, status, headers, body, error, reason);
        }
        if (fields == null) throw refused(status, headers, body, "the answer is not a JSON object" + preview(body));
        Object token = fields.get("access_token");
        if (!(token instanceof String value) || value.isEmpty()) {
            throw refused(status, headers, body, "the answer holds no access_token (fields: " + Printable.oneLine(fields.keySet().toString(), 200) + ")");
        }
        String type = text(fields, "token_type");
        if (!type.isEmpty() && !type.equalsIgnoreCase("bearer")) {
            throw refused(status, headers, body, "the token_type is `" + type + "`, and the client sends bearer tokens only");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            // RFC 6750's b64token is visible ASCII: anything else would be refused by the JDK with the whole header in its message
            if (c <= 0x20 || c >= 0x7F) {
                throw refused(status, headers, body, "the access_token holds a character no header can carry (at index " + i + "); it is not shown");
            }
        }
        long seconds = seconds(fields.get("expires_in"));
        if (seconds <= 0) return new Token(value, null);
        Duration lifetime = Duration.ofSeconds(seconds);
        Duration skew = lifetime.dividedBy(2).compareTo(MAX_SKEW) < 0 ? lifetime.dividedBy(2) : MAX_SKEW;
        return new Token(value, issued.plus(lifetime).minus(skew));
    }

    private TokenRequestException refused(int status, HttpHeaders headers, byte[] body, String reason) {
        return new TokenRequestException(request, status, headers, body, "", reason);
    }

    private @Nullable Map<?, ?> object(byte[] body) {
        if (body.length == 0) return null;
        try {
            return json.read(body, Map.class) instanceof Map<?, ?> m ? m : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A field's text, free of the client's secret, on one line; empty when it is absent or not text. */
    private String text(@Nullable Map<?, ?> fields, String name) {
        Object v = fields == null ? null : fields.get(name);
        // scrubbed before it is cut: a secret cut in two would leave its first half
        return v instanceof String s ? Printable.oneLine(scrub(s), 300) : "";
    }

    private String preview(byte[] body) {
        if (body.length == 0) return " (empty body)";
        return " (body: " + Printable.oneLine(scrub(new String(body, StandardCharsets.UTF_8)), 300) + ")";
    }

    /**
     * {@code text} with the client's secret replaced in every form a server may echo it: as sent, form-encoded,
     * JSON-escaped, and inside the Basic credentials it went in.
     */
    private String scrub(String text) {
        String secret = credentials.clientSecret();
        if (secret.isEmpty()) return text;
        String form = URLEncoder.encode(secret, StandardCharsets.UTF_8);
        String basic = java.util.Base64.getEncoder().encodeToString((URLEncoder.encode(credentials.clientId(), StandardCharsets.UTF_8) + ":"
                + form).getBytes(StandardCharsets.UTF_8));
        String jsonEscaped = secret.replace("\\", "\\\\").replace("\"", "\\\"").replace("/", "\\/");
        return text.replace(basic, "***").replace(secret, "***").replace(form, "***").replace(jsonEscaped, "***");
    }

    /** {@code expires_in} as seconds: a number, or digits in a string as some servers send it; 0 when absent or unreadable. */
    private static long seconds(@Nullable Object v) {
        // at most ten years: a larger lifetime would overflow the instant it ends at, and means "long" anyway
        if (v instanceof Number n) return Math.min(n.longValue(), MAX_LIFETIME_SECONDS);
        if (v instanceof String s && s.trim().matches("\\d{1,12}")) return Math.min(Long.parseLong(s.trim()), MAX_LIFETIME_SECONDS);
        return 0;
    }

    @Override
    public String toString() {
        return "OAuth2Tokens[" + request + "]";
    }
}
