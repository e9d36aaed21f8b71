package dev.docpoet.client;

import dev.docpoet.runtime.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

/**
 * Sends the {@link Call}s of one generated client: builds the request (base URI, auth, headers), runs the
 * {@link Interceptor}s on each attempt, sends it with retries (and, with OAuth2 client credentials, once more with a new
 * token after a 401), and reads the answer into the documented type or an {@link ApiException}. Immutable; shared by
 * all calls.
 */
public final class Transport {
    private static final System.Logger LOG = System.getLogger("dev.docpoet.client");

    /**
     * What a client builder fixed.
     *
     * @param tokens the token cache, for OAuth2 client credentials
     * @param pinned the headers the docs pin for every endpoint; {@code headers} are the caller's
     */
    record Config(BaseUris bases, HttpClient http, @Nullable Auth auth, @Nullable OAuth2Tokens tokens, Map<String, String> pinned,
            Map<String, String> headers, List<Interceptor> interceptors, Duration requestTimeout, long maxResponseBytes, RetryPolicy retry,
            JsonCodec json, boolean validate) {}

    /**
     * The OAuth2 token an exchange sends (null without client credentials), and whether it is already the one fetched
     * after a 401: a call renews once.
     */
    private record Bearer(@Nullable String token, boolean renewed) {}

    /** How {@link #send} waits before a retry: {@code Thread.sleep}, or in tests a recorder ({@link #sleepingWith}). */
    interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private final Config config;
    private final RequestOptions options;
    private final Sleeper sleeper;

    Transport(Config config, RequestOptions options) {
        this(config, options, d -> Thread.sleep(d.toMillis()));
    }

    private Transport(Config config, RequestOptions options, Sleeper sleeper) {
        this.config = config;
        this.options = options;
        this.sleeper = sleeper;
    }

    /** This transport with per-call overrides laid over its own. */
    public Transport with(RequestOptions more) {
        return new Transport(config, options.then(more), sleeper);
    }

    /** This transport waiting with {@code s}: a seam so that tests check the delays asked for, not the wall clock. */
    Transport sleepingWith(Sleeper s) {
        return new Transport(config, options, s);
    }

    /** Sends the call, waiting for the answer. */
    public <T> ApiResponse<T> send(Call<T> call) {
        return sent(call).response();
    }

    /**
     * A response and the URI its request went to: what a relative {@code Link} is resolved against, and whose host a
     * link must stay on to be followed.
     */
    record Sent<T>(URI uri, ApiResponse<T> response) {}

    /** {@link #send}, keeping the URI the request went to. */
    <T> Sent<T> sent(Call<T> call) {
        HttpRequest request = request(call);
        Duration timeout = timeout();
        HttpResponse<byte[]> response = exchange(call, request, start -> body(request, start, timeout), timeout);
        return new Sent<>(request.uri(), read(call, response.statusCode(), response.headers(), bytes(response)));
    }

    /** Sends the call without blocking; retries wait on a delayed executor, not on a thread. */
    public <T> CompletableFuture<ApiResponse<T>> sendAsync(Call<T> call) {
        HttpRequest request;
        try {
            request = request(call);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        Duration timeout = timeout();
        return exchangeAsync(call, request, start -> body(request, start, timeout), timeout)
                .thenApply(response -> read(call, response.statusCode(), response.headers(), bytes(response)));
    }

    /**
     * Sends a call whose success body is a stream of server-sent events ({@code text/event-stream}), and hands the
     * events out as they arrive, each event's data read into {@code T}. The request timeout and retries apply until the
     * status and headers arrive; the stream itself is as long as the server makes it, and the size cap bounds each event.
     * An error status is read and thrown as {@link #send} throws it.
     */
    public <T> StreamResponse<T> stream(Call<T> call) {
        return opened(call, streamed(call));
    }

    /** {@link #stream} without blocking until the headers arrive. */
    public <T> CompletableFuture<StreamResponse<T>> streamAsync(Call<T> call) {
        return streamedAsync(call).thenApply(response -> opened(call, response));
    }

    /**
     * Sends a call whose success body is binary ({@code application/octet-stream}, {@code image/png}, …) and hands the
     * body over as an input stream that reads it from the connection as the caller reads: never held whole, whatever its
     * size, and not bounded by the size cap (the caller decides how much to read); the caller closes it, which closes a
     * connection not read to its end. The request timeout and retries apply until the status and headers arrive. An
     * error status is read and thrown as {@link #send} throws it.
     */
    public ApiResponse<InputStream> download(Call<InputStream> call) {
        return downloaded(call, streamed(call));
    }

    /** {@link #download} without blocking until the headers arrive. */
    public CompletableFuture<ApiResponse<InputStream>> downloadAsync(Call<InputStream> call) {
        return streamedAsync(call).thenApply(response -> downloaded(call, response));
    }

    /** The exchange of a call whose body is read as the caller reads it (an event stream, a download). */
    private HttpResponse<InputStream> streamed(Call<?> call) {
        HttpRequest request = request(call);
        Duration timeout = timeout();
        return exchange(call, request, start -> new StreamingBody(body(request, start, timeout)), timeout);
    }

    /** {@link #streamed} without blocking until the headers arrive. */
    private CompletableFuture<HttpResponse<InputStream>> streamedAsync(Call<?> call) {
        HttpRequest request;
        try {
            request = request(call);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        Duration timeout = timeout();
        return exchangeAsync(call, request, start -> new StreamingBody(body(request, start, timeout)), timeout);
    }

    /**
     * Closes a download's body unread: what a method declared {@code void} on an endpoint that answers with bytes does
     * once the status said the call succeeded.
     */
    public static void closeDownload(ApiResponse<InputStream> response) {
        InputStream body = response.body();
        if (body == null) return;
        try {
            body.close();
        } catch (IOException e) {
            // closing a body nobody reads: nothing is lost
        }
    }

    private <T> StreamResponse<T> opened(Call<T> call, HttpResponse<InputStream> response) {
        int status = response.statusCode();
        if (status < 200 || status >= 300) {
            // an error body was read whole, within the cap; read() throws for it
            read(call, status, response.headers(), drain(response.body()));
        }
        return new StreamResponse<>(call.describe(), status, response.headers(), response.body(), config.maxResponseBytes, call.streamEnd,
                event -> event(call, status, response.headers(), event));
    }

    private ApiResponse<InputStream> downloaded(Call<InputStream> call, HttpResponse<InputStream> response) {
        int status = response.statusCode();
        if (status < 200 || status >= 300) read(call, status, response.headers(), drain(response.body()));
        return new ApiResponse<>(status, response.headers(), response.body());
    }

    /** One event of a stream as its documented type: its data as text, or read as JSON (and validated, if asked). */
    @SuppressWarnings("unchecked")
    private <T> T event(Call<T> call, int status, HttpHeaders headers, ServerSentEvents.Event event) {
        if (call.successType == String.class) return (T) event.data();
        byte[] bytes = event.data().getBytes(StandardCharsets.UTF_8);
        Object value;
        try {
            value = config.json.read(bytes, call.successType);
        } catch (IOException | RuntimeException e) {
            throw new ApiException(call.describe(), status, headers, bytes, null, "an event of the stream (`" + Printable.oneLine(event.event(), 60)
                    + "`) is not the documented JSON (" + Printable.oneLine(e.getMessage(), 200) + "); the stream was closed", e);
        }
        if (value == null) {
            throw new ApiException(call.describe(), status, headers, bytes, null, "an event of the stream holds null, not the documented JSON;"
                    + " the stream was closed", null);
        }
        if (config.validate && call.validator != null) {
            List<Violation> violations = call.validator.apply(value);
            if (!violations.isEmpty()) throw new ResponseValidationException(call.describe(), status, headers, bytes, violations);
        }
        return (T) value;
    }

    /** An error body a {@link StreamingBody} read whole, as bytes. */
    private static byte[] drain(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a ByteArrayInputStream does not fail
        }
    }

    private static byte[] bytes(HttpResponse<byte[]> response) {
        return response.body() == null ? new byte[0] : response.body();
    }

    /**
     * Sends {@code request} until an answer comes that is not to be retried (or the retries are spent), each attempt
     * reading its body with the handler {@code handlerAt} makes for the attempt's start ({@link System#nanoTime()}).
     */
    private <B> HttpResponse<B> exchange(Call<?> call, HttpRequest request, LongFunction<HttpResponse.BodyHandler<B>> handlerAt,
            Duration timeout) {
        boolean mayRetry = mayRetry(call);
        Bearer bearer = new Bearer(config.tokens == null || !call.credentials ? null : OAuth2Tokens.join(config.tokens.token()), false);
        for (int attempt = 1; ; attempt++) {
            // the resend with a renewed token is not one of the retries the policy allows
            int counted = bearer.renewed ? attempt - 1 : attempt;
            HttpRequest sent = prepared(request, attempt, bearer.token);
            long start = System.nanoTime();
            logRequest(sent, attempt);
            HttpResponse<B> response;
            try {
                response = config.http.send(sent, handlerAt.apply(start));
            } catch (IOException e) {
                AttemptFailure failure = AttemptFailure.of(e);
                if (failure.retryable() && mayRetry && counted <= config.retry.maxRetries()) {
                    sleep(config.retry.backoff(counted, ThreadLocalRandom.current().nextDouble()), call, attempt);
                    continue;
                }
                throw failure.rethrow(call.describe(), attempt, timeout);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ApiConnectionException(call.describe(), attempt, e);
            }
            logResponse(call, response, start);
            observe(sent, attempt, response);
            if (rejected(call, bearer, response)) {
                discard(response);
                bearer = new Bearer(OAuth2Tokens.join(config.tokens.renewed(bearer.token)), true);
                continue;
            }
            if (mayRetry && counted <= config.retry.maxRetries() && RetryPolicy.retryable(response.statusCode())) {
                sleep(delay(response, counted), call, attempt);
                continue;
            }
            return response;
        }
    }

    /** {@link #exchange} without blocking: the token, when there is one, is fetched without blocking too. */
    private <B> CompletableFuture<HttpResponse<B>> exchangeAsync(Call<?> call, HttpRequest request,
            LongFunction<HttpResponse.BodyHandler<B>> handlerAt, Duration timeout) {
        if (config.tokens == null || !call.credentials) return exchangeAsync(call, request, handlerAt, timeout, 1, new Bearer(null, false));
        return config.tokens.token().thenCompose(token -> exchangeAsync(call, request, handlerAt, timeout, 1, new Bearer(token, false)));
    }

    private <B> CompletableFuture<HttpResponse<B>> exchangeAsync(Call<?> call, HttpRequest request,
            LongFunction<HttpResponse.BodyHandler<B>> handlerAt, Duration timeout, int attempt, Bearer bearer) {
        boolean mayRetry = mayRetry(call);
        int counted = bearer.renewed ? attempt - 1 : attempt;
        HttpRequest sent;
        try {
            sent = prepared(request, attempt, bearer.token);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        long start = System.nanoTime();
        logRequest(sent, attempt);
        return config.http.sendAsync(sent, handlerAt.apply(start)).handle((response, thrown) -> {
            boolean retryLeft = mayRetry && counted <= config.retry.maxRetries();
            if (thrown != null) {
                AttemptFailure failure = AttemptFailure.of(thrown);
                if (failure.retryable() && retryLeft) {
                    return later(config.retry.backoff(counted, ThreadLocalRandom.current().nextDouble()))
                            .thenCompose(x -> exchangeAsync(call, request, handlerAt, timeout, attempt + 1, bearer));
                }
                return CompletableFuture.<HttpResponse<B>>failedFuture(failure.toThrowable(call.describe(), attempt, timeout));
            }
            logResponse(call, response, start);
            observe(sent, attempt, response);
            if (rejected(call, bearer, response)) {
                discard(response);
                return config.tokens.renewed(bearer.token)
                        .thenCompose(token -> exchangeAsync(call, request, handlerAt, timeout, attempt + 1, new Bearer(token, true)));
            }
            if (retryLeft && RetryPolicy.retryable(response.statusCode())) {
                return later(delay(response, counted))
                        .thenCompose(x -> exchangeAsync(call, request, handlerAt, timeout, attempt + 1, bearer));
            }
            return CompletableFuture.completedFuture(response);
        }).thenCompose(f -> f);
    }

    /**
     * Whether the API refused the OAuth2 token of a call not yet sent with a renewed one: a 401 to a token the cache
     * thought fresh (revoked, or its server's clock ahead). A body read only once cannot be sent again.
     */
    private boolean rejected(Call<?> call, Bearer bearer, HttpResponse<?> response) {
        if (response.statusCode() != 401 || bearer.token == null || bearer.renewed || config.tokens == null) return false;
        if (call.payload == null || call.payload.repeatable()) return true;
        // not sent again, but not kept either: the next call fetches a token the API takes
        config.tokens.forget(bearer.token);
        return false;
    }

    /** Lets go of a response that will not be read: a streamed body holds its connection until closed. */
    private static void discard(HttpResponse<?> response) {
        if (response.body() instanceof InputStream in) {
            try {
                in.close();
            } catch (IOException e) {
                // a body nobody reads: nothing is lost
            }
        }
    }

    /**
     * The request of one attempt: {@code request} with the interceptors' headers and then the OAuth2 token, or
     * {@code request} itself when there are neither (no copy on the common path).
     */
    private HttpRequest prepared(HttpRequest request, int attempt, @Nullable String token) {
        if (config.interceptors.isEmpty() && token == null) return request;
        HttpRequest.Builder b = HttpRequest.newBuilder(request, (name, value) -> true);
        if (!config.interceptors.isEmpty()) {
            Interceptor.Request view = view(request, attempt);
            String authHeader = config.auth == null ? "" : config.auth.headerName();
            for (Interceptor interceptor : config.interceptors) {
                Map<String, String> more = interceptor.beforeSend(view);
                if (more == null) continue;
                more.forEach((name, value) -> {
                    // the client's auth header is set last: an interceptor cannot replace it
                    if (!name.equalsIgnoreCase(authHeader)) b.setHeader(Headers.checkedName(name), Headers.checked(name, value));
                });
            }
        }
        if (token != null) b.setHeader("Authorization", "Bearer " + token);
        return b.build();
    }

    /** Shows the interceptors a response; if one throws, a streamed body is closed before the call fails. */
    private void observe(HttpRequest sent, int attempt, HttpResponse<?> response) {
        if (config.interceptors.isEmpty()) return;
        Interceptor.Request view = view(sent, attempt);
        // as for requests, a secret is left out rather than shown: Set-Cookie, a token a login endpoint hands back
        Interceptor.Response seen = new Interceptor.Response(response.statusCode(),
                HttpHeaders.of(response.headers().map(), (name, value) -> !Headers.secret(name, java.util.Set.of())));
        try {
            for (Interceptor interceptor : config.interceptors) interceptor.afterResponse(view, seen);
        } catch (RuntimeException | Error e) {
            discard(response);
            throw e;
        }
    }

    /** What interceptors see of a request: no auth header, no header named as a secret, no query key's value. */
    private Interceptor.Request view(HttpRequest r, int attempt) {
        String keyName = config.auth instanceof Auth.ApiKey k && k.inQuery() ? UriEncoding.encode(k.name()) : null;
        Set<String> secretHeaders = config.auth == null ? Set.of() : Set.of(config.auth.headerName().toLowerCase(Locale.ROOT));
        Map<String, List<String>> headers = new LinkedHashMap<>();
        r.headers().map().forEach((name, values) -> {
            if (!Headers.secret(name, secretHeaders)) headers.put(name, values);
        });
        return new Interceptor.Request(r.method(), URI.create(Redacted.uri(r.uri(), keyName, "***")), headers, attempt);
    }

    /** The request timeout of this transport's calls: a per-call override, else the client's. */
    private Duration timeout() {
        return options.timeout() != null ? options.timeout() : config.requestTimeout;
    }

    /**
     * How an attempt started at {@code startNanos} reads its body: within the size cap, and by the end of the request
     * timeout counted from the start (the JDK counts it only until the headers come).
     */
    private BoundedBody body(HttpRequest request, long startNanos, Duration timeout) {
        return new BoundedBody(config.maxResponseBytes, startNanos + timeout.toNanos(), timeout, request.method().equals("HEAD"));
    }

    private static CompletableFuture<Void> later(Duration d) {
        return CompletableFuture.runAsync(() -> {}, CompletableFuture.delayedExecutor(d.toMillis(), TimeUnit.MILLISECONDS));
    }

    /** Whether the call may be sent again: an idempotent one, or as the policy allows, and never a body read only once. */
    private boolean mayRetry(Call<?> call) {
        if (call.payload != null && !call.payload.repeatable()) return false;
        return call.idempotent || call.idempotencyHeader != null || config.retry.retryNonIdempotent();
    }

    /** The server's {@code Retry-After}, capped, or the policy's backoff. */
    private Duration delay(HttpResponse<?> response, int attempt) {
        Duration cap = config.retry.maxRetryAfter();
        return RetryAfter.parse(response.headers().firstValue("Retry-After"), Clock.systemUTC())
                .map(d -> d.compareTo(cap) > 0 ? cap : d)
                .orElseGet(() -> config.retry.backoff(attempt, ThreadLocalRandom.current().nextDouble()));
    }

    private void sleep(Duration d, Call<?> call, int attempt) {
        if (LOG.isLoggable(Level.DEBUG)) LOG.log(Level.DEBUG, "retrying {0} in {1} ms (attempt {2} failed)", call.describe(), d.toMillis(), attempt);
        try {
            sleeper.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiConnectionException(call.describe(), attempt, e);
        }
    }

    private HttpRequest request(Call<?> call) {
        URI uri;
        if (call.target != null) {
            uri = call.credentials ? withKey(call.target) : call.target;
        } else {
            StringBuilder query = new StringBuilder();
            for (String[] q : call.query) query.append(query.length() == 0 ? '?' : '&').append(UriEncoding.encode(q[0])).append('=').append(q[1]);
            if (call.credentials && config.auth instanceof Auth.ApiKey k && k.inQuery()) {
                query.append(query.length() == 0 ? '?' : '&').append(UriEncoding.encode(k.name())).append('=').append(UriEncoding.encode(k.key()));
            }
            String base = config.bases.of(call.server).toString();
            if (base.endsWith("/")) base = base.substring(0, base.length() - 1);
            uri = URI.create(base + call.path + query);
        }

        Map<String, String> headers = new LinkedHashMap<>();
        // the docs' pins first, this endpoint's over the client's; then the caller's, the client's, this call's, a parameter's
        for (Map<String, String> layer : List.of(config.pinned, call.pinnedHeaders, config.headers, options.headers(), call.headers)) {
            layer.forEach((k, v) -> Headers.put(headers, k, v));
        }
        // an OAuth2 token is set per attempt (prepared), as a 401 renews it
        if (call.credentials && config.auth != null && !config.auth.headerName().isEmpty() && !(config.auth instanceof Auth.ClientCredentials)) {
            headers.put(config.auth.headerName(), config.auth.secret());
        }
        if (call.idempotencyHeader != null && headers.keySet().stream().noneMatch(call.idempotencyHeader::equalsIgnoreCase)) {
            // one key for every attempt of this call: the server then applies it once
            headers.put(call.idempotencyHeader, UUID.randomUUID().toString());
        }
        if (!call.cookies.isEmpty()) headers.put("Cookie", String.join("; ", call.cookies));

        HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                .timeout(timeout())
                .header("Accept", call.accept);
        headers.forEach(b::setHeader);
        if (call.payload != null) {
            RequestBodies.Encoded body = RequestBodies.encode(call.payload, config.json, call.describe());
            b.setHeader("Content-Type", body.contentType()).method(call.method, body.publisher());
        } else {
            b.method(call.method, HttpRequest.BodyPublishers.noBody());
        }
        return b.build();
    }

    /**
     * A next-page URI with the client's API key as the one query parameter of its name, where the key goes in the query:
     * a server's link may echo the key or leave it out, and either way one copy is sent, the client's own.
     */
    private URI withKey(URI target) {
        if (!(config.auth instanceof Auth.ApiKey k && k.inQuery())) return target;
        String name = UriEncoding.encode(k.name());
        String raw = target.toString();
        int hash = raw.indexOf('#');
        if (hash >= 0) raw = raw.substring(0, hash);
        int q = raw.indexOf('?');
        StringBuilder out = new StringBuilder(q < 0 ? raw : raw.substring(0, q));
        char sep = '?';
        if (q >= 0) {
            for (String part : raw.substring(q + 1).split("&", -1)) {
                if (part.isEmpty() || part.equals(name) || part.startsWith(name + "=")) continue;
                out.append(sep).append(part);
                sep = '&';
            }
        }
        return URI.create(out.append(sep).append(name).append('=').append(UriEncoding.encode(k.key())).toString());
    }

    @SuppressWarnings("unchecked")
    private <T> ApiResponse<T> read(Call<T> call, int status, HttpHeaders headers, byte[] bytes) {
        if (status >= 200 && status < 300) {
            if (call.successType == Void.class || status == 204) return new ApiResponse<>(status, headers, null);
            if (call.textResponse) return new ApiResponse<>(status, headers, (T) new String(bytes, ApiException.charset(headers)));
            if (bytes.length == 0) {
                throw new ApiException(call.describe(), status, headers, bytes, null, "the docs give a JSON body, but it is empty", null);
            }
            Object body;
            try {
                body = config.json.read(bytes, call.successType);
            } catch (IOException e) {
                throw new ApiException(call.describe(), status, headers, bytes, null, "the body is not the documented JSON ("
                        + Printable.oneLine(e.getMessage(), 200) + ")", e);
            } catch (RuntimeException e) {
                // a record's own check (a fraction in an integer) thrown through the codec
                throw new ApiException(call.describe(), status, headers, bytes, null, "the body does not read as documented ("
                        + Printable.oneLine(e.getMessage(), 200) + ")", e);
            }
            if (config.validate && call.validator != null && body != null) {
                List<Violation> violations = call.validator.apply(body);
                if (!violations.isEmpty()) throw new ResponseValidationException(call.describe(), status, headers, bytes, violations);
            }
            return new ApiResponse<>(status, headers, (T) body);
        }
        Type errorType = errorType(call, status);
        Object error = null;
        String reason = errorType == null ? "a status the docs do not give" : "a documented error";
        if (errorType != null && errorType != Void.class && bytes.length > 0) {
            try {
                error = config.json.read(bytes, errorType);
            } catch (IOException | RuntimeException e) {
                reason = "a documented error, but its body does not read as documented (" + Printable.oneLine(e.getMessage(), 200) + ")";
            }
        }
        throw StatusExceptions.of(call.describe(), status, headers, bytes, error, reason);
    }

    private static @Nullable Type errorType(Call<?> call, int status) {
        Type exact = call.errorTypes.get(Integer.toString(status));
        if (exact != null) return exact;
        Type range = call.errorTypes.get((status / 100) + "XX");
        return range != null ? range : call.errorTypes.get("DEFAULT");
    }

    private void logRequest(HttpRequest request, int attempt) {
        if (!LOG.isLoggable(Level.DEBUG)) return;
        String keyName = config.auth instanceof Auth.ApiKey k && k.inQuery() ? UriEncoding.encode(k.name()) : null;
        StringBuilder line = new StringBuilder("→ ").append(request.method()).append(' ').append(Redacted.uri(request.uri(), keyName));
        if (attempt > 1) line.append(" (attempt ").append(attempt).append(')');
        Set<String> secretHeaders = config.auth == null ? Set.of() : Set.of(config.auth.headerName().toLowerCase(Locale.ROOT));
        request.headers().map().forEach((name, values) -> line.append("\n  ").append(name).append(": ")
                .append(Headers.secret(name, secretHeaders) ? "<redacted>" : String.join(", ", values)));
        LOG.log(Level.DEBUG, line.toString());
    }

    private static void logResponse(Call<?> call, HttpResponse<?> response, long startNanos) {
        if (!LOG.isLoggable(Level.DEBUG)) return;
        Object body = response.body();
        LOG.log(Level.DEBUG, "← {0} {1} ({2} ms, {3})", response.statusCode(), call.describe(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos),
                body instanceof byte[] b ? b.length + " bytes" : body instanceof java.io.ByteArrayInputStream in ? in.available() + " bytes" : body == null ? "0 bytes" : "streamed");
    }

    @Override
    public String toString() {
        return "Transport[" + Redacted.uri(config.bases.defaultUri()) + ", auth=" + config.auth + "]";
    }
}
