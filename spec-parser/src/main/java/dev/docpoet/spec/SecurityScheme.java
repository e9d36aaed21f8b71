package dev.docpoet.spec;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How a request authenticates, as data a client can act on.
 *
 * @param id the scheme's name in the docs ({@code bearerAuth}, {@code apiKey})
 * @param type {@code http} or {@code apiKey}
 * @param scheme for {@code http}: {@code bearer} or {@code basic}
 * @param in for {@code apiKey}: where the key travels
 * @param parameterName for {@code apiKey}: the header, query or cookie name
 * @param inferred whether docpoet guessed this from the scheme's name rather than read it
 */
public record SecurityScheme(String id, String type, @Nullable String scheme, @Nullable ParameterLocation in,
        @Nullable String parameterName, boolean inferred) {

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
