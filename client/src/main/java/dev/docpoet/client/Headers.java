package dev.docpoet.client;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Header names and values a client may send: no CR, LF or other control character can split a request. */
final class Headers {
    private Headers() {}

    /** Names whose values are secrets, never logged. */
    private static final Set<String> SECRET = Set.of("authorization", "proxy-authorization", "cookie", "set-cookie",
            "x-api-key", "api-key", "apikey");

    static String checkedName(String name) {
        Objects.requireNonNull(name, "header name");
        if (name.isEmpty() || !name.chars().allMatch(c -> c > 32 && c < 127 && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0)) {
            throw new IllegalArgumentException("not a valid HTTP header name: \"" + Printable.oneLine(name, 200) + "\"");
        }
        return name;
    }

    /**
     * The value, refused (without echoing it, as it may be a secret) when it holds a line break or control character,
     * or a character past U+00FF, which the JDK would refuse when sending with the whole value in its message.
     */
    static String checked(String name, String value) {
        Objects.requireNonNull(value, () -> "value of header " + name);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n' || c < 32 && c != '\t' || c == 127) {
                throw new IllegalArgumentException("the value of header " + name + " holds a line break or control character"
                        + " (at index " + i + "); it is refused before sending so that it cannot split the request");
            }
            if (c > 0xFF) {
                throw new IllegalArgumentException("the value of header " + name + " holds a character no header can carry"
                        + String.format(Locale.ROOT, " (U+%04X at index %d)", (int) c, i) + "; it is refused before sending,"
                        + " and the value is not shown as it may be a secret");
            }
        }
        return value;
    }

    /** Whether a header's value must not be logged: auth headers, cookies and the client's own secret header. */
    static boolean secret(String name, Set<String> alsoSecret) {
        String lower = name.toLowerCase(Locale.ROOT);
        return SECRET.contains(lower) || alsoSecret.contains(lower) || lower.contains("token") || lower.contains("secret")
                // Ocp-Apim-Subscription-Key, X-Goog-Api-Key, X-Auth-…: a vendor's own name for its key
                || lower.contains("key") || lower.contains("auth") || lower.contains("password") || lower.contains("session");
    }

    /** Sets a header in {@code headers}, replacing one of the same name in any case (header names are case-insensitive). */
    static void put(Map<String, String> headers, String name, String value) {
        headers.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
        headers.put(name, value);
    }
}
