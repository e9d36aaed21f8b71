package dev.docpoet.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * GETs one URL at a time over {@link HttpClient}: only http and https, the JDK's proxies, a timeout, retries with
 * backoff, the size caps, redirects followed by hand so that one to another host is refused (or, when allowed, said),
 * and conditional requests from what the lock remembers. Every failure is a {@link FetchException} naming the URL.
 */
final class Downloader {
    private static final int MAX_REDIRECTS = 5;
    private static final Set<Integer> RETRIED = Set.of(429, 500, 502, 503, 504);
    private static final String AGENT = "docpoet-fetch (+https://github.com/docpoet)";
    /** Closes a body still being read when its time is up; a daemon thread, so it never keeps a JVM alive. */
    private static final ScheduledExecutorService DEADLINES = deadlines();

    /**
     * One response.
     *
     * @param uri where the bytes came from, after redirects
     * @param notModified whether the server answered 304 to a conditional request: {@code bytes} is then empty
     */
    record Got(URI uri, byte[] bytes, @Nullable String etag, @Nullable String lastModified, boolean notModified) {}

    private final HttpClient client;
    private final FetchOptions options;
    private final Consumer<String> notes;
    private long downloaded;

    Downloader(FetchOptions options, Consumer<String> notes) {
        this.options = options;
        this.notes = notes;
        // HttpClient falls back to ProxySelector.getDefault() without .proxy(…) too; naming it says where proxies come
        // from: the JDK's properties (https.proxyHost, http.nonProxyHosts), which the default selector honours
        this.client = HttpClient.newBuilder().proxy(ProxySelector.getDefault()).connectTimeout(options.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Refuses what is no absolute http or https URL, with the fix. */
    static URI checked(String url) throws FetchException {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (java.net.URISyntaxException e) {
            throw new FetchException(url + ": not a URL (" + e.getReason() + "); give an http or https URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(url + ": docpoet fetches only http and https URLs" + (scheme.isEmpty() ? "" : ", not " + scheme)
                    + "; copy local docs into src/main/docs yourself");
        }
        if (uri.getHost() == null) throw new FetchException(url + ": no host in the URL; give a full URL such as https://docs.example.com/");
        return uri;
    }

    /** GETs {@code uri}; with a validator from the lock, a 304 comes back as {@link Got#notModified()}. */
    Got get(URI uri, @Nullable String etag, @Nullable String lastModified) throws FetchException {
        URI at = uri;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpResponse<InputStream> r = send(at, etag, lastModified);
            int status = r.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                closeQuietly(r);
                String location = r.headers().firstValue("Location").orElse(null);
                if (location == null) throw new FetchException(at + ": HTTP " + status + " without a Location header; fetch the page's final URL");
                URI next;
                try {
                    next = checked(at.resolve(location.strip()).toString());
                } catch (IllegalArgumentException e) {
                    throw new FetchException(at + ": HTTP " + status + " redirects to \"" + location + "\", which is no URL; fetch the page's"
                            + " final URL", status);
                }
                if (!sameHost(at, next)) {
                    if (!options.allowOtherHosts()) {
                        throw new FetchException(at + ": HTTP " + status + " redirects to another host, " + next
                                + "; docpoet follows no redirect to another host unless told to: fetch " + next
                                + " directly, or allow it (--allow-redirect-host, <allowRedirectHost>true</allowRedirectHost>)");
                    }
                    notes.accept("note: " + at + " redirects to another host, " + next + " (allowed)");
                }
                at = next;
                continue;
            }
            if (status == 304) {
                closeQuietly(r);
                if (etag == null && lastModified == null) {
                    // nothing to be unchanged from: the bytes it stands for are not here
                    throw new FetchException(at + ": HTTP 304 (not modified) to a request that was not conditional; the server is"
                            + " wrong, try again later or tell its owner", status);
                }
                return new Got(at, new byte[0], etag, lastModified, true);
            }
            if (status != 200) {
                closeQuietly(r);
                throw new FetchException(at + ": HTTP " + status + hint(status), status);
            }
            byte[] bytes = body(at, r);
            return new Got(at, bytes, r.headers().firstValue("ETag").orElse(null), r.headers().firstValue("Last-Modified").orElse(null), false);
        }
        throw new FetchException(uri + ": more than " + MAX_REDIRECTS + " redirects; fetch the page's final URL");
    }

    private static String hint(int status) {
        return switch (status) {
            case 401, 403 -> " (not allowed); docpoet fetches public docs only: download them yourself into src/main/docs";
            case 404, 410 -> " (not found); check the URL, or leave the page out with an exclude pattern";
            case 429 -> " (too many requests, still after retries); try again later, or with more retries (--retries N, <retries>)";
            default -> status >= 500 ? " (a server error, still there after retries); try again later" : "; check the URL";
        };
    }

    private HttpResponse<InputStream> send(URI uri, @Nullable String etag, @Nullable String lastModified) throws FetchException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(options.timeout()).header("User-Agent", AGENT)
                .header("Accept", "text/markdown, text/plain, application/json, application/yaml, */*;q=0.5").GET();
        if (etag != null) b.header("If-None-Match", etag);
        if (lastModified != null) b.header("If-Modified-Since", lastModified);
        HttpRequest request = b.build();
        Duration wait = options.backoff();
        for (int attempt = 0; ; attempt++) {
            String failure;
            Duration retryAfter = null;
            try {
                HttpResponse<InputStream> r = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
                if (!RETRIED.contains(r.statusCode()) || attempt >= options.retries()) return r;
                failure = "HTTP " + r.statusCode();
                retryAfter = retryAfter(r.headers().firstValue("Retry-After"));
                closeQuietly(r);
            } catch (HttpTimeoutException e) {
                failure = "no answer within " + seconds(options.timeout());
                if (attempt >= options.retries()) {
                    throw new FetchException(uri + ": " + failure + " (tried " + (attempt + 1) + " times); try again later, or allow more"
                            + " time (--timeout SECONDS, <timeout>)");
                }
            } catch (IOException e) {
                failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                if (attempt >= options.retries()) {
                    throw new FetchException(uri + ": cannot connect (" + failure + ", tried " + (attempt + 1) + " times); check the URL,"
                            + " your network and proxy (-Dhttps.proxyHost, -Dhttps.proxyPort)");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException(uri + ": interrupted");
            }
            Duration sleep = retryAfter != null ? retryAfter : wait;
            notes.accept("note: " + uri + ": " + failure + "; trying again in " + seconds(sleep));
            try {
                Thread.sleep(sleep.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException(uri + ": interrupted");
            }
            wait = wait.multipliedBy(2);
        }
    }

    private static @Nullable Duration retryAfter(Optional<String> header) {
        if (header.isEmpty()) return null;
        try {
            long s = Long.parseLong(header.get().strip());
            return Duration.ofSeconds(Math.max(0, Math.min(s, 60)));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Reads a body within the timeout. The JDK's request timeout ends when the headers arrive, so a server that then
     * stalls would hold the read for ever: a task closes the stream when the time is up, which ends the read.
     */
    private byte[] body(URI uri, HttpResponse<InputStream> r) throws FetchException {
        AtomicBoolean late = new AtomicBoolean();
        InputStream body = r.body();
        ScheduledFuture<?> deadline = DEADLINES.schedule(() -> {
            late.set(true);
            try {
                body.close();
            } catch (IOException e) {
                // the read ends either way
            }
        }, options.timeout().toMillis(), TimeUnit.MILLISECONDS);
        try (InputStream in = body) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > options.maxPageBytes()) {
                    throw new FetchException(uri + ": larger than " + options.maxPageBytes() + " bytes, the cap for one file; leave it out"
                            + " with an exclude pattern, or raise the cap (--max-page-bytes, <maxPageBytes>)");
                }
                if (downloaded + total > options.maxTotalBytes()) {
                    throw new FetchException(uri + ": this fetch passed " + options.maxTotalBytes() + " bytes, the cap for one fetch; narrow"
                            + " it with include and exclude patterns, or raise the cap (--max-total-bytes, <maxTotalBytes>)");
                }
                out.write(buf, 0, n);
            }
            if (late.get()) throw new HttpTimeoutException("closed at the deadline");
            downloaded += total;
            return out.toByteArray();
        } catch (IOException e) {
            if (late.get() || e instanceof HttpTimeoutException) {
                throw new FetchException(uri + ": the response did not finish within " + seconds(options.timeout()) + "; try again later, or"
                        + " allow more time (--timeout SECONDS, <timeout>)");
            }
            throw new FetchException(uri + ": the response broke off (" + e.getMessage() + "); try again");
        } finally {
            deadline.cancel(false);
        }
    }

    private static boolean sameHost(URI a, URI b) {
        return a.getHost().equalsIgnoreCase(b.getHost()) && port(a) == port(b) || a.getHost().equalsIgnoreCase(b.getHost())
                && "http".equalsIgnoreCase(a.getScheme()) && "https".equalsIgnoreCase(b.getScheme()) && a.getPort() == -1 && b.getPort() == -1;
    }

    private static int port(URI u) {
        if (u.getPort() != -1) return u.getPort();
        return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    private static ScheduledExecutorService deadlines() {
        ScheduledThreadPoolExecutor e = new ScheduledThreadPoolExecutor(1, task -> {
            Thread t = new Thread(task, "docpoet-fetch-deadlines");
            t.setDaemon(true);
            return t;
        });
        e.setRemoveOnCancelPolicy(true);
        return e;
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static void closeQuietly(HttpResponse<InputStream> r) {
        try {
            r.body().close();
        } catch (IOException e) {
            // nothing to keep from a body we do not read
        }
    }
}
