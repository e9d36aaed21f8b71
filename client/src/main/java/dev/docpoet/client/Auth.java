package dev.docpoet.client;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * How a client authenticates each request, as the docs' security schemes describe. The secret never appears in
 * {@code toString()}, an exception message or a log line; the client builder checks it can go into a header when it
 * is given one ({@link ClientBuilder#auth(Auth)}).
 */
public sealed interface Auth {
    /** {@code Authorization: Bearer <token>}. */
    static Auth bearer(String token) {
        return new Bearer(Objects.requireNonNull(token, "token"));
    }

    /** {@code Authorization: Basic <base64(user:password)>}. */
    static Auth basic(String user, String password) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        return new Basic(Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** A key in a header such as {@code X-API-Key}. */
    static Auth apiKeyHeader(String header, String key) {
        return new ApiKey(Headers.checkedName(header), Objects.requireNonNull(key, "key"), false);
    }

    /** A key in a query parameter such as {@code ?api_key=}. */
    static Auth apiKeyQuery(String parameter, String key) {
        Objects.requireNonNull(parameter, "parameter");
        return new ApiKey(parameter, Objects.requireNonNull(key, "key"), true);
    }

    /**
     * OAuth2 client credentials (RFC 6749 §4.4): the client fetches a token from {@code tokenUrl}, authenticating with
     * HTTP Basic, caches it, renews it before it expires and once on a 401, and sends it as a bearer token.
     *
     * @param tokenUrl the token endpoint, absolute or relative to the client's base URI
     * @param scopes the scopes to ask for; none asks for the server's default
     */
    static Auth oauth2ClientCredentials(String tokenUrl, String clientId, String clientSecret, Collection<String> scopes) {
        return new ClientCredentials(Objects.requireNonNull(tokenUrl, "tokenUrl"), Objects.requireNonNull(clientId, "clientId"),
                Objects.requireNonNull(clientSecret, "clientSecret"), List.copyOf(scopes));
    }

    /** The header it sends, or null for a query key. */
    String headerName();

    /**
     * The header's value, or the query parameter's.
     *
     * @throws UnsupportedOperationException for {@link ClientCredentials}, whose header carries a token fetched at run time
     */
    String secret();

    /** Bearer token. */
    record Bearer(String token) implements Auth {
        @Override
        public String headerName() {
            return "Authorization";
        }

        @Override
        public String secret() {
            return "Bearer " + token;
        }

        @Override
        public String toString() {
            return "Auth.bearer(***)";
        }
    }

    /** Basic credentials, already encoded. */
    record Basic(String encoded) implements Auth {
        @Override
        public String headerName() {
            return "Authorization";
        }

        @Override
        public String secret() {
            return "Basic " + encoded;
        }

        @Override
        public String toString() {
            return "Auth.basic(***)";
        }
    }

    /** An API key in a header or the query. */
    record ApiKey(String name, String key, boolean inQuery) implements Auth {
        @Override
        public String headerName() {
            return inQuery ? "" : name;
        }

        @Override
        public String secret() {
            return key;
        }

        @Override
        public String toString() {
            return "Auth.apiKey" + (inQuery ? "Query(" : "Header(") + name + ", ***)";
        }
    }

    /** OAuth2 client credentials; the token they get is the client's, fetched and renewed by it. */
    record ClientCredentials(String tokenUrl, String clientId, String clientSecret, List<String> scopes) implements Auth {
        public ClientCredentials {
            scopes = List.copyOf(scopes);
        }

        @Override
        public String headerName() {
            return "Authorization";
        }

        @Override
        public String secret() {
            throw new UnsupportedOperationException("OAuth2 client credentials have no fixed header value: the client fetches a token");
        }

        @Override
        public String toString() {
            // the client id is left out with the secret: some providers treat it as half of one
            return "Auth.oauth2ClientCredentials(" + Redacted.userInfo(tokenUrl) + ", ***)";
        }
    }
}
