package dev.docpoet.client;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Per-call overrides, for {@code client.withOptions(…)}: extra or replaced headers and a request timeout.
 *
 * @param headers sent on top of the client's (a header of the same name replaces the client's)
 * @param timeout the request timeout, instead of the client's; null keeps the client's
 */
public record RequestOptions(Map<String, String> headers, @Nullable Duration timeout) {
    public RequestOptions {
        Map<String, String> checked = new LinkedHashMap<>();
        headers.forEach((k, v) -> checked.put(Headers.checkedName(k), Headers.checked(k, v)));
        headers = java.util.Collections.unmodifiableMap(checked);
    }

    /** No overrides. */
    public static RequestOptions none() {
        return new RequestOptions(Map.of(), null);
    }

    /** These options with one more header. */
    public RequestOptions header(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        Headers.put(more, name, value);
        return new RequestOptions(more, timeout);
    }

    /** These options with a request timeout. */
    public RequestOptions timeout(Duration timeout) {
        return new RequestOptions(headers, Objects.requireNonNull(timeout, "timeout"));
    }

    /** {@code other} laid over these: its headers win, and its timeout when it has one. */
    RequestOptions then(RequestOptions other) {
        Map<String, String> merged = new LinkedHashMap<>(headers);
        other.headers.forEach((k, v) -> Headers.put(merged, k, v));
        return new RequestOptions(merged, other.timeout != null ? other.timeout : timeout);
    }
}
