package dev.docpoet.client;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * URIs as {@code toString()}, messages and logs show them: the user info of {@code https://user:pass@host/} and the
 * values of query parameters that hold keys are replaced, so that a credential put in a base URL never gets printed.
 */
final class Redacted {
    private Redacted() {}

    /**
     * {@code scheme://} and all up to the last {@code @} before the path: the user info, also in a string that does not
     * parse as a URI (a space in a password), where more is let go rather than less.
     */
    private static final Pattern USER_INFO = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@");

    /** Query parameters whose values are secrets whatever the docs call them. */
    private static final Set<String> QUERY_SECRETS = Set.of("api_key", "apikey", "key", "token", "access_token");

    /** {@code text}, a URI or what was meant as one, with its user info replaced by {@code ***}. */
    static String userInfo(String text) {
        return USER_INFO.matcher(text).replaceAll("$1***@");
    }

    /** The URI without its user info. */
    static String uri(URI uri) {
        return userInfo(uri.toString());
    }

    /**
     * The URI without its user info, and with the value of the query parameter {@code keyParameter} (the client's API
     * key, already encoded) and of the usual key parameters redacted.
     */
    static String uri(URI uri, @Nullable String keyParameter) {
        return uri(uri, keyParameter, "<redacted>");
    }

    /** {@link #uri(URI, String)} with {@code mask} for each value left out: {@code ***} keeps it a URI. */
    static String uri(URI uri, @Nullable String keyParameter, String mask) {
        String shown = uri(uri);
        int q = shown.indexOf('?');
        if (q < 0) return shown;
        StringBuilder out = new StringBuilder(shown.substring(0, q + 1));
        String[] parts = shown.substring(q + 1).split("&");
        for (int i = 0; i < parts.length; i++) {
            String name = parts[i].contains("=") ? parts[i].substring(0, parts[i].indexOf('=')) : parts[i];
            boolean secret = name.equals(keyParameter) || QUERY_SECRETS.contains(name.toLowerCase(Locale.ROOT));
            out.append(i == 0 ? "" : "&").append(secret ? name + "=" + mask : parts[i]);
        }
        return out.toString();
    }
}
