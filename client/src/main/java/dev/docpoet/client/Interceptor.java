package dev.docpoet.client;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Code of the caller's that runs around every attempt a client sends ({@code builder.interceptor(…)}): it may add
 * headers before an attempt goes out (a trace id, a signature) and observe each response's status and headers
 * (metrics, logs). It sees read-only views that hold no secret, and it cannot send, resend or drop a request, so the
 * client's retries, timeouts and size cap hold whatever it does. Interceptors run in the order they were added, on
 * the thread that sends (for an {@code …Async} call, the JDK's); what one throws fails the call.
 */
public interface Interceptor {
    /**
     * Headers to add to the attempt about to be sent; one of the same name as the request's replaces it, except the
     * client's auth header, which is set last. Called once per attempt, retries included.
     */
    default Map<String, String> beforeSend(Request request) {
        return Map.of();
    }

    /**
     * Sees the status and headers of each response, before the client reads its body, retries or throws: a 503 that is
     * retried shows here too. The body is not offered: it is the client's to read within its cap.
     */
    default void afterResponse(Request request, Response response) {}

    /** An interceptor that adds header {@code name} with a value {@code value} gives for each attempt. */
    static Interceptor header(String name, Supplier<String> value) {
        Headers.checkedName(name);
        Objects.requireNonNull(value, "value");
        return new Interceptor() {
            @Override
            public Map<String, String> beforeSend(Request request) {
                return Map.of(name, value.get());
            }

            @Override
            public String toString() {
                return "Interceptor.header(" + name + ")";
            }
        };
    }

    /** An interceptor that only observes responses. */
    static Interceptor onResponse(BiConsumer<Request, Response> observer) {
        Objects.requireNonNull(observer, "observer");
        return new Interceptor() {
            @Override
            public void afterResponse(Request request, Response response) {
                observer.accept(request, response);
            }

            @Override
            public String toString() {
                return "Interceptor.onResponse(…)";
            }
        };
    }

    /**
     * A read-only view of one attempt. Secrets are left out rather than masked, so that no interceptor can log them:
     * {@code uri} has the values of query keys redacted, and {@code headers} lacks the auth header and any header whose
     * name says it holds a secret (cookies, tokens, keys).
     *
     * @param method {@code GET}, {@code POST}, …
     * @param attempt 1 for the first send, 2 for the first retry, …
     */
    record Request(String method, URI uri, Map<String, List<String>> headers, int attempt) {
        public Request {
            // sorted, so that what an interceptor logs is the same from run to run
            java.util.TreeMap<String, List<String>> sorted = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.forEach((k, v) -> sorted.put(k, List.copyOf(v)));
            headers = java.util.Collections.unmodifiableMap(sorted);
        }

        /** The first value of header {@code name} (any case), or null. */
        public @org.jspecify.annotations.Nullable String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    /**
     * The status and headers of one response, without any header whose name says it holds a secret ({@code Set-Cookie},
     * tokens, keys). {@code toString()} lists header names only.
     */
    record Response(int status, HttpHeaders headers) {
        @Override
        public String toString() {
            return "Response[status=" + status + ", headers=" + headers.map().keySet() + "]";
        }
    }
}
