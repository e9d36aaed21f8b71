package dev.docpoet.fetch;

import java.time.Duration;

/**
 * How a fetch treats the network, which is the user's: proxies come from the JDK's system properties
 * ({@code https.proxyHost}, {@code http.proxyHost}, {@code http.nonProxyHosts}) through {@link java.net.ProxySelector#getDefault()}.
 *
 * @param timeout for connecting and for each whole response
 * @param retries how many times a request that failed for a reason worth retrying (a connection error, a timeout, 429,
 *     500, 502, 503, 504) is sent again
 * @param backoff the wait before the first retry; it doubles for each next one (a server's {@code Retry-After} wins,
 *     up to a minute)
 * @param maxPageBytes the most one file may have
 * @param maxTotalBytes the most one fetch may download, all files together
 * @param allowOtherHosts whether a redirect to another host is followed (it is said either way)
 */
public record FetchOptions(Duration timeout, int retries, Duration backoff, long maxPageBytes, long maxTotalBytes, boolean allowOtherHosts) {
    /** The same page cap as the parser's ({@code DocParser.MAX_PAGE_BYTES}). */
    public static final long MAX_PAGE_BYTES = 16L * 1024 * 1024;
    /** The most one fetch downloads by default: far above any docs site's API reference, below a runaway. */
    public static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;

    /** 30 s, 3 retries from 500 ms, the default caps, no redirect to another host. */
    public static FetchOptions defaults() {
        return new FetchOptions(Duration.ofSeconds(30), 3, Duration.ofMillis(500), MAX_PAGE_BYTES, MAX_TOTAL_BYTES, false);
    }

    public FetchOptions {
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("the timeout must be positive");
        if (retries < 0) throw new IllegalArgumentException("retries must be 0 or more");
        if (backoff.isNegative()) throw new IllegalArgumentException("the backoff must be 0 or more");
        if (maxPageBytes <= 0 || maxTotalBytes <= 0) throw new IllegalArgumentException("size caps must be positive");
    }

    /** These options with another timeout, for connecting and for each whole response. */
    public FetchOptions withTimeout(Duration t) {
        return new FetchOptions(t, retries, backoff, maxPageBytes, maxTotalBytes, allowOtherHosts);
    }

    /** These options with {@code r} retries, the first after {@code b}. */
    public FetchOptions withRetries(int r, Duration b) {
        return new FetchOptions(timeout, r, b, maxPageBytes, maxTotalBytes, allowOtherHosts);
    }

    /** These options with other size caps, per file and per fetch. */
    public FetchOptions withCaps(long page, long total) {
        return new FetchOptions(timeout, retries, backoff, page, total, allowOtherHosts);
    }

    /** These options, following a redirect to another host or not. */
    public FetchOptions allowingOtherHosts(boolean allow) {
        return new FetchOptions(timeout, retries, backoff, maxPageBytes, maxTotalBytes, allow);
    }
}
