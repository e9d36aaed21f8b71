package dev.docpoet.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What every generated client's builder offers: base URI (the docs' by default, with its host variables), HTTP
 * client, auth, default headers, interceptors, timeouts, the response size cap, retries, JSON codec and response
 * validation. A generated builder adds a setter per host variable and per documented auth scheme, and {@code build()}.
 *
 * @param <B> the generated builder, returned by every setter
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {
    /** The default of {@link #maxResponseBytes}: 64 MiB. */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 64L << 20;

    /** The largest array a JVM allocates, and so the largest body that can be read into one. */
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    private final String documentedBaseUri;
    private final List<String> otherBaseUris;
    private final Map<String, String> hostVariables = new LinkedHashMap<>();
    /** What the docs pin for every request; {@link #headers} replaces them, and so does a call's own pin. */
    private final Map<String, String> pinned = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, URI> baseUriOverrides = new LinkedHashMap<>();
    private final List<Interceptor> interceptors = new ArrayList<>();
    private @Nullable URI baseUri;
    private @Nullable URI tokenUri;
    private Clock clock = Clock.systemUTC();
    private @Nullable HttpClient httpClient;
    private @Nullable Auth auth;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(60);
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private @Nullable JsonCodec json;
    private boolean validateResponses;

    /**
     * @param documentedBaseUri the base URL the docs give ({@code https://{endpoint}/v1}), or empty when they give none
     * @param pinnedHeaders headers the docs fix for every request, such as the API version they describe
     */
    protected ClientBuilder(String documentedBaseUri, Map<String, String> pinnedHeaders) {
        this(documentedBaseUri, List.of(), pinnedHeaders);
    }

    /**
     * @param documentedBaseUri the base URL most of the docs' endpoints give, or empty when they give none
     * @param otherBaseUris the other base URLs some endpoints' docs give ({@code https://uploads.example.com/v1}), which
     *     those endpoints' calls go to ({@link #baseUriFor})
     * @param pinnedHeaders headers the docs fix for every request, such as the API version they describe
     */
    protected ClientBuilder(String documentedBaseUri, List<String> otherBaseUris, Map<String, String> pinnedHeaders) {
        this.documentedBaseUri = documentedBaseUri;
        this.otherBaseUris = List.copyOf(otherBaseUris);
        pinnedHeaders.forEach((name, value) -> Headers.put(pinned, Headers.checkedName(name), Headers.checked(name, value)));
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /**
     * The base URI, instead of the docs' (a test server, a proxy, another region). User info in it
     * ({@code https://user:pass@host/}) is never printed, but neither is it sent: the JDK does not send it, so give
     * credentials with {@link #basicAuth} or another auth setter.
     */
    public B baseUri(String uri) {
        this.baseUri = absolute(parsed(uri, "base URI"), "base URI");
        return self();
    }

    public B baseUri(URI uri) {
        this.baseUri = absolute(uri, "base URI");
        return self();
    }

    private static URI parsed(String uri, String what) {
        Objects.requireNonNull(uri, "uri");
        try {
            return new URI(uri);
        } catch (URISyntaxException e) {
            // the JDK's message quotes the whole input, user info and all
            throw new IllegalArgumentException(what + " is not a URI (" + e.getReason() + " at index " + e.getIndex() + "): "
                    + Printable.oneLine(Redacted.userInfo(uri), 200));
        }
    }

    private static URI absolute(URI uri, String what) {
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException(what + " needs a scheme and a host: " + Printable.oneLine(Redacted.uri(uri), 200));
        }
        return uri;
    }

    /**
     * Where the calls of the endpoints whose docs give {@code documentedBaseUrl} go instead (a test server, another
     * region): {@link #baseUri} moves only the client's own base URL, never another host's. Setting it for the client's
     * own base URL is {@code baseUri(uri)}.
     *
     * @param documentedBaseUrl a base URL exactly as the docs give it, as the client's Javadoc lists them
     * @throws IllegalArgumentException when the docs give no such base URL
     */
    public B baseUriFor(String documentedBaseUrl, String uri) {
        Objects.requireNonNull(documentedBaseUrl, "documentedBaseUrl");
        if (documentedBaseUrl.equals(documentedBaseUri)) return baseUri(uri);
        if (!otherBaseUris.contains(documentedBaseUrl)) {
            throw new IllegalArgumentException("the docs give no base URL " + Printable.oneLine(Redacted.userInfo(documentedBaseUrl), 200)
                    + "; they give " + (documentedBaseUri.isEmpty() ? "" : documentedBaseUri + (otherBaseUris.isEmpty() ? "" : ", "))
                    + String.join(", ", otherBaseUris));
        }
        baseUriOverrides.put(documentedBaseUrl, absolute(parsed(uri, "base URI"), "base URI"));
        return self();
    }

    /** A value for a {@code {variable}} of the docs' base URL; generated builders name a setter after each. */
    protected B hostVariable(String name, String value) {
        Objects.requireNonNull(value, name);
        if (value.isEmpty() || value.chars().anyMatch(c -> c <= 32 || c == '/' || c == '?' || c == '#' || c == '@')) {
            throw new IllegalArgumentException("`" + name + "` must be a host name or a host name and port, not \""
                    + Printable.oneLine(value, 200) + "\"");
        }
        hostVariables.put(name, value);
        return self();
    }

    /**
     * The JDK client to send with (its own connect timeout, proxy, TLS, executor and redirect policy then apply). The
     * one the builder makes does not follow redirects, so that credentials never travel to another host.
     */
    public B httpClient(HttpClient client) {
        this.httpClient = Objects.requireNonNull(client, "client");
        return self();
    }

    /**
     * How every request authenticates. A token or key holding a character no header can carry (a control character,
     * or anything outside ASCII, such as an en dash pasted for a hyphen) is refused here, before any request, by a
     * message that names the setter and the character's position and kind, never the secret.
     */
    public B auth(Auth auth) {
        return auth(auth, "auth");
    }

    /** {@link #auth(Auth)}, named in a refusal as {@code setter}: generated API-key setters pass their own name. */
    protected B auth(Auth auth, String setter) {
        Objects.requireNonNull(auth, "auth");
        if (auth instanceof Auth.Bearer b) Credentials.check(setter, "token", b.token(), true);
        if (auth instanceof Auth.ApiKey k) Credentials.check(setter, "API key", k.key(), !k.inQuery());
        // Basic credentials go out base64-encoded: any character fits
        this.auth = auth;
        return self();
    }

    /**
     * The token endpoint of OAuth2 client credentials, instead of the docs' {@code tokenUrl} (a test server, a proxy);
     * a relative {@code tokenUrl} the docs give is resolved against the base URI otherwise.
     */
    public B oauth2TokenUri(String uri) {
        this.tokenUri = absolute(parsed(uri, "token URI"), "token URI");
        return self();
    }

    /**
     * Runs {@code interceptor} around every attempt of every call, after those added before it: see {@link Interceptor}
     * for what it may do. Not run for the OAuth2 token request, which carries the client's secret.
     */
    public B interceptor(Interceptor interceptor) {
        interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
        return self();
    }

    /** The clock OAuth2 token expiry is counted on: a seam for tests, which step it instead of waiting. */
    B clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return self();
    }

    /** {@code Authorization: Bearer <token>}; refused as {@link #auth(Auth)} says. */
    public B bearerToken(String token) {
        return auth(Auth.bearer(token), "bearerToken");
    }

    public B basicAuth(String user, String password) {
        return auth(Auth.basic(user, password), "basicAuth");
    }

    /**
     * A header sent with every request; it replaces a default of the same name (a pinned API version, say), also one an
     * endpoint's docs pin for that endpoint alone.
     */
    public B header(String name, String value) {
        Headers.put(headers, Headers.checkedName(name), Headers.checked(name, value));
        return self();
    }

    /** Used when the builder makes the HTTP client (default 10 s). */
    public B connectTimeout(Duration timeout) {
        this.connectTimeout = positive(timeout);
        return self();
    }

    /**
     * From sending a request to the last byte of its response, per attempt (default 60 s): a server that sends its
     * headers and then drips the body is given up on at the same point as one that never answers, with an
     * {@link ApiTimeoutException} once the retries are spent. A stream of events ({@link Transport#stream}) and a download
     * ({@link Transport#download}) are bounded to their headers: their body lasts as long as the caller reads it.
     */
    public B requestTimeout(Duration timeout) {
        this.requestTimeout = positive(timeout);
        return self();
    }

    /**
     * The largest response body read, in bytes (default {@value #DEFAULT_MAX_RESPONSE_BYTES}, 64 MiB). A larger one
     * gives a {@link ResponseTooLargeException}, refused at its {@code Content-Length} or as soon as the bytes received
     * pass the cap, and is not retried; at most the cap is ever held, so a runaway or hostile server cannot exhaust
     * the heap. A stream of events is bounded event by event (an event over the cap ends it); a download, which the
     * caller reads through as it arrives, is not bounded (its error body is).
     */
    public B maxResponseBytes(long bytes) {
        if (bytes < 1 || bytes > MAX_ARRAY) {
            throw new IllegalArgumentException("maxResponseBytes must be from 1 to " + MAX_ARRAY + " (a body is read into one array), not "
                    + bytes);
        }
        this.maxResponseBytes = bytes;
        return self();
    }

    public B retryPolicy(RetryPolicy policy) {
        this.retryPolicy = Objects.requireNonNull(policy, "policy");
        return self();
    }

    /** Shorthand for {@code retryPolicy(RetryPolicy.defaults().maxRetries(n))}. */
    public B maxRetries(int n) {
        return retryPolicy(retryPolicy.maxRetries(n));
    }

    /** The JSON codec; by default Jackson 2 or 3, whichever is on the class path ({@link JsonCodec#detect()}). */
    public B json(JsonCodec codec) {
        this.json = Objects.requireNonNull(codec, "codec");
        return self();
    }

    /**
     * Whether every success body is checked by its generated validator, a broken one giving a
     * {@link ResponseValidationException} (default false: unknown values are kept and reported by {@code isKnown()}).
     */
    public B validateResponses(boolean validate) {
        this.validateResponses = validate;
        return self();
    }

    /** The transport for the generated client's constructor. */
    protected Transport transport() {
        URI base = baseUri != null ? baseUri : documentedBase();
        HttpClient client = httpClient != null ? httpClient
                : HttpClient.newBuilder().connectTimeout(connectTimeout).build();
        JsonCodec codec = json != null ? json : JsonCodec.detect();
        OAuth2Tokens tokens = null;
        if (auth instanceof Auth.ClientCredentials c) {
            // a relative tokenUrl is the API's own: it moves with the base URI
            URI token = tokenUri != null ? tokenUri : base.resolve(c.tokenUrl());
            tokens = new OAuth2Tokens(token, c, client, codec, requestTimeout, maxResponseBytes, clock);
        }
        return new Transport(new Transport.Config(bases(base), client, auth, tokens, Collections.unmodifiableMap(new LinkedHashMap<>(pinned)),
                Collections.unmodifiableMap(new LinkedHashMap<>(headers)), List.copyOf(interceptors), requestTimeout, maxResponseBytes,
                retryPolicy, codec, validateResponses), RequestOptions.none());
    }

    /** The client's base URI and every other documented one, resolved now where they can be, lazily failing where not. */
    private BaseUris bases(URI base) {
        Map<String, URI> others = new LinkedHashMap<>();
        Map<String, String> unresolved = new LinkedHashMap<>();
        for (String other : otherBaseUris) {
            URI override = baseUriOverrides.get(other);
            try {
                others.put(other, override != null ? override : BaseUris.expand(other, hostVariables, "baseUriFor(\"" + other + "\", …)"));
            } catch (IllegalStateException e) {
                // only the calls that go there need it: the client builds, and those calls fail with this message
                unresolved.put(other, e.getMessage());
            }
        }
        return new BaseUris(base, others, unresolved);
    }

    /** The settings a reader of a log wants, with user info in the base URI and every secret left out. */
    @Override
    public String toString() {
        String name = getClass().getName();
        return name.substring(name.lastIndexOf('.') + 1).replace('$', '.') + "[baseUri="
                + (baseUri != null ? Redacted.uri(baseUri) : Redacted.userInfo(documentedBaseUri)) + ", auth=" + auth
                + (interceptors.isEmpty() ? "" : ", interceptors=" + interceptors.size())
                + ", requestTimeout=" + Printable.duration(requestTimeout) + ", maxResponseBytes=" + Printable.size(maxResponseBytes) + "]";
    }

    private URI documentedBase() {
        if (documentedBaseUri.isEmpty()) {
            throw new IllegalStateException("the docs give no base URL: set one with baseUri(…)");
        }
        return BaseUris.expand(documentedBaseUri, hostVariables, "baseUri(…)");
    }

    private static Duration positive(Duration d) {
        if (d.isNegative() || d.isZero()) throw new IllegalArgumentException("a timeout must be positive, not " + d);
        return d;
    }
}
