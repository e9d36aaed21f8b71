package dev.docpoet.spec;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How a request authenticates, as data a client can act on.
 *
 * @param id the scheme's name in the docs ({@code bearerAuth}, {@code apiKey})
 * @param type {@code http}, {@code apiKey}, or {@code oauth2} for an OAuth2 scheme with a client-credentials flow (its
 *     token then travels as a bearer token; an OAuth2 scheme without one reads as {@code http} bearer)
 * @param scheme for {@code http}: {@code bearer} or {@code basic}; for {@code oauth2}: {@code bearer}
 * @param in for {@code apiKey}: where the key travels
 * @param parameterName for {@code apiKey}: the header, query or cookie name
 * @param inferred whether docpoet guessed this from the scheme's name rather than read it
 * @param tokenUrl for {@code oauth2}: the client-credentials flow's token endpoint, as the docs write it (absolute, or
 *     relative to the API's base URL)
 * @param scopes for {@code oauth2}: the scopes the flow lists, in the docs' order
 */
public record SecurityScheme(String id, String type, @Nullable String scheme, @Nullable ParameterLocation in,
        @Nullable String parameterName, boolean inferred, @Nullable String tokenUrl, List<String> scopes) {

    public SecurityScheme {
        scopes = List.copyOf(scopes);
    }

    /** A scheme without an OAuth2 token endpoint: {@code http} or {@code apiKey}. */
    public SecurityScheme(String id, String type, @Nullable String scheme, @Nullable ParameterLocation in, @Nullable String parameterName,
            boolean inferred) {
        this(id, type, scheme, in, parameterName, inferred, null, List.of());
    }

    /** An OAuth2 scheme whose client-credentials flow gets its token from {@code tokenUrl}. */
    public static SecurityScheme clientCredentials(String id, String tokenUrl, List<String> scopes) {
        return new SecurityScheme(id, "oauth2", "bearer", null, null, false, tokenUrl, scopes);
    }

    /** Whether a client can fetch its own token: an OAuth2 client-credentials flow with a token endpoint. */
    public boolean isClientCredentials() {
        return "oauth2".equals(type) && tokenUrl != null;
    }

    /** The scheme a bare name such as {@code bearerAuth} or {@code apiKeyHeader} most likely means; marked inferred. */
    public static SecurityScheme guess(String id) {
        String lower = id.toLowerCase(Locale.ROOT);
        if (lower.contains("cookie")) return new SecurityScheme(id, "apiKey", null, ParameterLocation.COOKIE, id, true);
        if (lower.contains("basic")) return new SecurityScheme(id, "http", "basic", null, null, true);
        if (lower.contains("key")) {
            ParameterLocation in = lower.contains("query") ? ParameterLocation.QUERY : ParameterLocation.HEADER;
            return new SecurityScheme(id, "apiKey", null, in, id, true);
        }
        return new SecurityScheme(id, "http", "bearer", null, null, true);
    }
}
