package dev.docpoet.client;

import java.net.http.HttpHeaders;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The server answered, but not with a documented success: an error status, or a success body that is not the
 * documented JSON. It carries the status, headers and raw body, and the body read into the generated error record
 * when the docs give one for the status and the body reads as it ({@link #error(Class)}; a body the docs give as a
 * list or a map of records, {@link #errorList(Class)} or {@link #errorMap(Class)}). Nothing is swallowed: an
 * undocumented status or a malformed body still gives the raw bytes.
 *
 * <p>An error status gives the subclass for it, so that a caller can catch what they handle:
 * {@link BadRequestException} (400), {@link UnauthorizedException} (401), {@link PermissionDeniedException} (403),
 * {@link NotFoundException} (404), {@link ConflictException} (409), {@link UnprocessableEntityException} (422),
 * {@link RateLimitException} (429) and {@link InternalServerException} (5xx); any other status gives this class.
 */
public class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 300;

    private final String request;
    private final int status;
    private final transient HttpHeaders headers;
    private final byte[] body;
    private final transient @Nullable Object error;

    public ApiException(String request, int status, HttpHeaders headers, byte[] body, @Nullable Object error, String reason,
            @Nullable Throwable cause) {
        super(request + " answered " + status + ": " + reason + preview(body), cause);
        this.request = request;
        this.status = status;
        this.headers = headers;
        this.body = body.clone();
        this.error = error;
    }

    /** For an answer whose body was not read (it was over the client's cap): {@code message} is the whole message. */
    protected ApiException(String request, int status, HttpHeaders headers, String message) {
        super(message);
        this.request = request;
        this.status = status;
        this.headers = headers;
        this.body = new byte[0];
        this.error = null;
    }

    /**
     * For an answer whose message the subclass words itself, keeping the raw body: the token endpoint's answer, whose
     * preview must first lose any echo of the client's secret.
     */
    protected ApiException(String request, int status, HttpHeaders headers, byte[] body, String message) {
        super(message);
        this.request = request;
        this.status = status;
        this.headers = headers;
        this.body = body.clone();
        this.error = null;
    }

    private static String preview(byte[] body) {
        if (body.length == 0) return " (empty body)";
        // one line, no control characters: the message may reach a terminal or a log
        return " (body: " + Printable.oneLine(new String(body, 0, Math.min(body.length, SHOWN * 4), StandardCharsets.UTF_8), SHOWN) + ")";
    }

    /** The request, as {@code GET /v2/conversations/12345} (no query, which may hold a key). */
    public String request() {
        return request;
    }

    public int status() {
        return status;
    }

    public HttpHeaders headers() {
        return headers;
    }

    /**
     * The body as text, whatever it was (an HTML error page, plain text, JSON that did not read): decoded in the
     * {@code charset} its {@code Content-Type} names, else UTF-8, a byte that does not decode showing as U+FFFD.
     */
    public String rawBody() {
        return new String(body, charset(headers));
    }

    /** The body exactly as received. */
    public byte[] rawBytes() {
        return body.clone();
    }

    /**
     * The body as text.
     *
     * @deprecated {@link #rawBody()}, which also honours the charset the server names
     */
    @Deprecated
    public String bodyText() {
        return rawBody();
    }

    /** The {@code charset} a {@code Content-Type} names, else UTF-8 (also for a type it names but the JDK lacks). */
    static Charset charset(@Nullable HttpHeaders headers) {
        // headers are transient: a deserialized exception reads its body as UTF-8
        Optional<String> type = headers == null ? Optional.empty() : headers.firstValue("Content-Type");
        for (String part : type.orElse("").split(";")) {
            String p = part.trim();
            if (!p.toLowerCase(Locale.ROOT).startsWith("charset=")) continue;
            String name = p.substring("charset=".length()).replace("\"", "").trim();
            try {
                return Charset.forName(name);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                break;
            }
        }
        return StandardCharsets.UTF_8;
    }

    /**
     * The body read into what the docs give for this status, when it read: the generated error record, or a
     * {@code List} or {@code Map} of them.
     */
    public Optional<Object> error() {
        return Optional.ofNullable(error);
    }

    /** The error record when it is of {@code type}: {@code e.error(NotFoundError.class).map(…)}. */
    public <E> Optional<E> error(Class<E> type) {
        return type.isInstance(error) ? Optional.of(type.cast(error)) : Optional.empty();
    }

    /**
     * The error body when the docs give it as a JSON array of {@code itemType} records and it read as one:
     * {@code e.errorList(ErrorItem.class).ifPresent(items -> …)}. Unmodifiable; a {@code null} item of the JSON stays
     * null.
     */
    public <E> Optional<List<E>> errorList(Class<E> itemType) {
        if (!(error instanceof List<?> list) || !list.stream().allMatch(i -> i == null || itemType.isInstance(i))) return Optional.empty();
        @SuppressWarnings("unchecked") // every item was checked above
        List<E> items = (List<E>) list;
        return Optional.of(java.util.Collections.unmodifiableList(items));
    }

    /**
     * The error body when the docs give it as a JSON object whose values are {@code valueType} records (a map) and it
     * read as one. Unmodifiable; a {@code null} value of the JSON stays null.
     */
    public <V> Optional<Map<String, V>> errorMap(Class<V> valueType) {
        if (!(error instanceof Map<?, ?> map)
                || !map.entrySet().stream().allMatch(e -> e.getKey() instanceof String && (e.getValue() == null || valueType.isInstance(e.getValue())))) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked") // every key and value was checked above
        Map<String, V> values = (Map<String, V>) map;
        return Optional.of(java.util.Collections.unmodifiableMap(values));
    }
}
