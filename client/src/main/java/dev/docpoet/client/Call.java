package dev.docpoet.client;

import dev.docpoet.runtime.Violation;
import java.lang.reflect.Type;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One request a generated client method makes: method, path with its values encoded, query, headers, cookies and
 * body, and how to read the answer (the success type, its validator, the error type of each documented status).
 * Required parameters are checked while it is built, before anything is sent.
 *
 * @param <T> the success body's type ({@code Void} for none)
 */
public final class Call<T> {
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^{}]+)}");
    private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE");

    final String method;
    final String pathTemplate;
    final String path;
    final List<String[]> query;
    final Map<String, String> headers;
    final Map<String, String> pinnedHeaders;
    final @Nullable String server;
    /** Whether the client's credentials go with the call: not to another host whose docs ask for none. */
    final boolean credentials;
    final List<String> cookies;
    final @Nullable Payload payload;
    final Type successType;
    final String accept;
    final boolean textResponse;
    final @Nullable String streamEnd;
    final @Nullable Function<Object, List<Violation>> validator;
    final Map<String, Type> errorTypes;
    final boolean idempotent;
    final @Nullable String idempotencyHeader;
    /** Where the call goes instead of its base URL, path and query: the next page a {@code Link} header named; else null. */
    final @Nullable URI target;

    private Call(Builder<T> b) {
        this.method = b.method;
        this.pathTemplate = b.pathTemplate;
        this.path = b.expandPath();
        this.query = List.copyOf(b.query);
        this.headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
        this.pinnedHeaders = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.pinnedHeaders));
        this.server = b.server;
        this.credentials = b.credentials;
        this.cookies = List.copyOf(b.cookies);
        this.payload = b.payload();
        this.successType = b.successType;
        this.accept = b.accept;
        this.textResponse = b.textResponse;
        this.streamEnd = b.streamEnd;
        this.validator = b.validator;
        this.errorTypes = Map.copyOf(b.errorTypes);
        this.idempotent = IDEMPOTENT.contains(b.method);
        this.idempotencyHeader = b.idempotencyHeader;
        this.target = null;
    }

    /** {@code c} sent to {@code target}. */
    private Call(Call<T> c, URI target) {
        this.method = c.method;
        this.pathTemplate = c.pathTemplate;
        // messages keep naming the endpoint's path: where a link points is the server's affair, and its query may hold a token
        this.path = c.path;
        this.query = List.of();
        this.headers = c.headers;
        this.pinnedHeaders = c.pinnedHeaders;
        this.server = c.server;
        this.credentials = c.credentials;
        this.cookies = c.cookies;
        this.payload = c.payload;
        this.successType = c.successType;
        this.accept = c.accept;
        this.textResponse = c.textResponse;
        this.streamEnd = c.streamEnd;
        this.validator = c.validator;
        this.errorTypes = c.errorTypes;
        this.idempotent = c.idempotent;
        this.idempotencyHeader = c.idempotencyHeader;
        this.target = target;
    }

    /**
     * This call sent to the absolute {@code uri} (the next page a {@code Link} header names) instead of its own path and
     * query, with everything else as it is: headers, cookies, how the answer reads. The caller checks that {@code uri} is
     * on the host the call was meant for, as the client's credentials go with it.
     */
    Call<T> at(URI uri) {
        if (!uri.isAbsolute()) throw new IllegalArgumentException("not an absolute URI");
        return new Call<>(this, uri);
    }

    /** A call of {@code method} on {@code pathTemplate} ({@code /v2/conversations/{id}}) whose success body is {@code type}. */
    public static <T> Builder<T> builder(String method, String pathTemplate, Type successType) {
        return new Builder<>(method, pathTemplate, successType);
    }

    /**
     * A validator for a list body from the validator of its items; violations are located under the item's index
     * ({@code /3/author/type}).
     */
    public static <E> Function<List<E>, List<Violation>> eachItem(Function<E, List<Violation>> validate) {
        return list -> {
            List<Violation> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                E item = list.get(i);
                if (item == null) continue;
                for (Violation v : validate.apply(item)) out.add(new Violation("/" + i + v.path(), v.rule(), v.value(), v.detail()));
            }
            return out;
        };
    }

    /** {@code GET /v2/conversations/12345}: what messages name (the query is left out, as it may hold a key). */
    String describe() {
        return method + " " + path;
    }

    /** Builds a {@link Call}; generated code calls it, one method per documented parameter kind. */
    public static final class Builder<T> {
        private final String method;
        private final String pathTemplate;
        private final Type successType;
        private final Map<String, String> pathValues = new LinkedHashMap<>();
        private final List<String[]> query = new ArrayList<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private final Map<String, String> pinnedHeaders = new LinkedHashMap<>();
        private @Nullable String server;
        private boolean credentials = true;
        private final List<String> cookies = new ArrayList<>();
        private final Map<String, Type> errorTypes = new LinkedHashMap<>();
        private @Nullable Payload single;
        /** Whether fields go into a multipart or form body, set by {@link #multipart} or {@link #form}. */
        private @Nullable String fieldsOf;
        /** The fields so far; null when the form record given was null, so that no body is sent. */
        private @Nullable List<Payload.Part> parts;
        private String accept = "application/json";
        private boolean textResponse;
        private @Nullable String streamEnd;
        private @Nullable Function<Object, List<Violation>> validator;
        private @Nullable String idempotencyHeader;

        private Builder(String method, String pathTemplate, Type successType) {
            this.method = method.toUpperCase(Locale.ROOT);
            this.pathTemplate = pathTemplate;
            this.successType = successType;
        }

        /** A path parameter, required: it is encoded as one segment. */
        public Builder<T> path(String name, @Nullable Object value) {
            pathValues.put(name, UriEncoding.segment(UriEncoding.text(required(name, value, "path"))));
            return this;
        }

        /**
         * A query parameter; left out when null. A collection repeats the name per item when {@code explode}
         * ({@code ?tag=a&tag=b}), else joins the items with commas ({@code ?tag=a,b}).
         */
        public Builder<T> query(String name, @Nullable Object value, boolean explode) {
            if (value == null) return this;
            if (value instanceof Collection<?> items) {
                if (explode) {
                    for (Object item : items) {
                        if (item != null) query.add(new String[] {name, UriEncoding.encode(UriEncoding.text(item))});
                    }
                } else if (!items.isEmpty()) {
                    List<String> parts = new ArrayList<>();
                    for (Object item : items) {
                        if (item != null) parts.add(UriEncoding.encode(UriEncoding.text(item)));
                    }
                    query.add(new String[] {name, String.join(",", parts)});
                }
                return this;
            }
            query.add(new String[] {name, UriEncoding.encode(UriEncoding.text(value))});
            return this;
        }

        /** A required query parameter. */
        public Builder<T> requiredQuery(String name, @Nullable Object value, boolean explode) {
            return query(name, required(name, value, "query"), explode);
        }

        /** A header; left out when null, so that the client's default (a pinned API version) applies. */
        public Builder<T> header(String name, @Nullable Object value) {
            if (value != null) headers.put(Headers.checkedName(name), Headers.checked(name, UriEncoding.text(value)));
            return this;
        }

        /** A required header. */
        public Builder<T> requiredHeader(String name, @Nullable Object value) {
            return header(name, required(name, value, "header"));
        }

        /**
         * A header this endpoint's docs pin (its API version, a header with one allowed value): sent unless the caller
         * sets it, on the client ({@code header(…)}), per call ({@code withOptions}) or as a parameter; it replaces what
         * the client pins for every endpoint.
         */
        public Builder<T> pinnedHeader(String name, String value) {
            Headers.put(pinnedHeaders, Headers.checkedName(name), Headers.checked(name, value));
            return this;
        }

        /**
         * The base URL this endpoint's docs give when it is not the client's ({@code https://uploads.example.com/v1}),
         * exactly as the docs give it: the call goes there, or where the builder's {@code baseUriFor} points it.
         */
        public Builder<T> server(String documentedBaseUrl) {
            this.server = Objects.requireNonNull(documentedBaseUrl, "documentedBaseUrl");
            return this;
        }

        /**
         * Sends the call without the client's credentials (its auth header, API key or OAuth2 token): an endpoint on
         * another host whose docs require no security, so that a key never reaches a host that did not ask for it.
         */
        public Builder<T> withoutCredentials() {
            this.credentials = false;
            return this;
        }

        /** A cookie; left out when null. */
        public Builder<T> cookie(String name, @Nullable Object value) {
            if (value != null) cookies.add(name + "=" + UriEncoding.encode(UriEncoding.text(value)));
            return this;
        }

        /** A required cookie. */
        public Builder<T> requiredCookie(String name, @Nullable Object value) {
            return cookie(name, required(name, value, "cookie"));
        }

        /** The JSON body (a generated request record). */
        public Builder<T> body(@Nullable Object value) {
            this.single = value == null ? null : new Payload.Json(value);
            this.fieldsOf = null;
            this.parts = null;
            return this;
        }

        /** A required JSON body. */
        public Builder<T> requiredBody(@Nullable Object value) {
            return body(required("body", value, "request"));
        }

        /**
         * A {@code multipart/form-data} body, whose fields {@link #field} and {@link #jsonField} then add: {@code form} is
         * the generated form record they come from, and when it is null no body is sent.
         */
        public Builder<T> multipart(@Nullable Object form) {
            return fields(form, true);
        }

        /** A required {@code multipart/form-data} body: {@code form} must not be null. */
        public Builder<T> requiredMultipart(@Nullable Object form) {
            return multipart(required("body", form, "request"));
        }

        /**
         * An {@code application/x-www-form-urlencoded} body, whose fields {@link #field} and {@link #jsonField} then add;
         * when {@code form} is null no body is sent.
         */
        public Builder<T> form(@Nullable Object form) {
            return fields(form, false);
        }

        /** A required {@code application/x-www-form-urlencoded} body: {@code form} must not be null. */
        public Builder<T> requiredForm(@Nullable Object form) {
            return form(required("body", form, "request"));
        }

        private Builder<T> fields(@Nullable Object form, boolean multipart) {
            this.fieldsOf = multipart ? "multipart/form-data" : "application/x-www-form-urlencoded";
            this.parts = form == null ? null : new ArrayList<>();
            this.single = null;
            return this;
        }

        /**
         * A field of the multipart or form body; left out when null. An {@link Upload} is a file part (multipart only); a
         * collection adds one field of the same name per item; a plain value is text as a query value is ({@code true}, an
         * enum's wire value, an ISO-8601 date); anything else (a record, a map) is JSON, as {@link #jsonField} sends it.
         *
         * @throws IllegalStateException before {@link #multipart} or {@link #form}
         */
        public Builder<T> field(String name, @Nullable Object value) {
            if (fieldsOf == null) throw new IllegalStateException("field `" + name + "` before multipart(…) or form(…)");
            // no form record given: nothing is sent
            if (parts == null || value == null) return this;
            if (value instanceof Collection<?> items) {
                for (Object item : items) field(name, item);
                return this;
            }
            if (value instanceof Upload u) {
                if (fieldsOf.startsWith("application/")) {
                    throw new IllegalArgumentException("field `" + name + "` of " + method + " " + pathTemplate
                            + " is a file, which an application/x-www-form-urlencoded body cannot carry");
                }
                parts.add(new Payload.Part.File(name, u));
            } else if (plain(value)) {
                parts.add(new Payload.Part.Text(name, UriEncoding.text(value)));
            } else {
                parts.add(new Payload.Part.Json(name, value));
            }
            return this;
        }

        /** A value a field carries as text: a string, number, boolean, enum, date or time. */
        private static boolean plain(Object value) {
            return value instanceof CharSequence || value instanceof Number || value instanceof Boolean || value instanceof Character
                    || value instanceof Enum<?> || value instanceof dev.docpoet.runtime.OpenEnum<?, ?>
                    || value instanceof java.time.temporal.TemporalAccessor || value instanceof java.util.UUID;
        }

        /**
         * A field of the multipart or form body whose value is an object or a list of them: a JSON part
         * ({@code application/json}) in multipart, JSON text in a form. Left out when null.
         */
        public Builder<T> jsonField(String name, @Nullable Object value) {
            if (fieldsOf == null) throw new IllegalStateException("field `" + name + "` before multipart(…) or form(…)");
            if (parts != null && value != null) parts.add(new Payload.Part.Json(name, value));
            return this;
        }

        /** The whole body is {@code upload}'s content, sent as its content type; nothing is sent when null. */
        public Builder<T> upload(@Nullable Upload upload) {
            this.single = upload == null ? null : new Payload.Binary(upload);
            this.fieldsOf = null;
            this.parts = null;
            return this;
        }

        /** A required binary body. */
        public Builder<T> requiredUpload(@Nullable Upload upload) {
            return upload((Upload) required("body", upload, "request"));
        }

        /** The whole body is {@code text}, sent as {@code mediaType} ({@code text/plain}) in UTF-8; nothing when null. */
        public Builder<T> text(@Nullable String text, String mediaType) {
            this.single = text == null ? null : new Payload.Text(text, Headers.checked("Content-Type", mediaType));
            this.fieldsOf = null;
            this.parts = null;
            return this;
        }

        /** A required text body. */
        public Builder<T> requiredText(@Nullable String text, String mediaType) {
            return text((String) required("body", text, "request"), mediaType);
        }

        /**
         * The media type asked for in {@code Accept} (default {@code application/json}): {@code text/event-stream} for a
         * stream, the documented type of a download.
         */
        public Builder<T> accept(String mediaType) {
            this.accept = Headers.checked("Accept", mediaType);
            return this;
        }

        /**
         * The success body is text of {@code mediaType} ({@code text/plain}, {@code text/csv}), handed over as a
         * {@code String} decoded in the charset its {@code Content-Type} names, else UTF-8; {@code T} is {@code String}.
         */
        public Builder<T> textResponse(String mediaType) {
            this.textResponse = true;
            return accept(mediaType);
        }

        /**
         * The data that ends a stream of server-sent events ({@code [DONE]}), where the docs show one: the stream ends
         * there, and the connection is closed, without handing it out as an event.
         */
        public Builder<T> streamEnd(String data) {
            this.streamEnd = Objects.requireNonNull(data, "data");
            return this;
        }

        private @Nullable Payload payload() {
            if (fieldsOf == null) return single;
            if (parts == null) return null;
            return fieldsOf.startsWith("multipart/") ? new Payload.Multipart(parts) : new Payload.Form(parts);
        }

        /** The generated validator of the success body, run when the client validates responses. */
        @SuppressWarnings("unchecked")
        public <B> Builder<T> validator(Function<B, List<Violation>> validate) {
            this.validator = v -> validate.apply((B) v);
            return this;
        }

        /** The generated error record for {@code status} ({@code 404}, {@code 4XX} or {@code default}). */
        public Builder<T> error(String status, Type type) {
            errorTypes.put(status.toUpperCase(Locale.ROOT), type);
            return this;
        }

        /**
         * A status the docs give as an error without a body to read ({@code 401}, {@code 5XX}): an answer with it is a
         * documented error, its raw body kept.
         */
        public Builder<T> error(String status) {
            errorTypes.putIfAbsent(status.toUpperCase(Locale.ROOT), Void.class);
            return this;
        }

        /**
         * The header the docs give for an idempotency key: the client then sends one random key for all attempts of a
         * call (unless the caller set it) and retries the call even when its method is not idempotent.
         */
        public Builder<T> idempotencyKey(String header) {
            this.idempotencyHeader = Headers.checkedName(header);
            return this;
        }

        public Call<T> build() {
            return new Call<>(this);
        }

        private String expandPath() {
            Matcher m = PATH_PARAMETER.matcher(pathTemplate);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String value = pathValues.get(m.group(1));
                if (value == null) {
                    throw new IllegalArgumentException("path parameter `" + m.group(1) + "` of " + method + " " + pathTemplate
                            + " has no value");
                }
                m.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            m.appendTail(out);
            return out.toString();
        }

        private Object required(String name, @Nullable Object value, String kind) {
            return Objects.requireNonNull(value, () -> "`" + name + "` is a required " + kind + " parameter of " + method + " "
                    + pathTemplate + "; nothing was sent");
        }
    }
}
