package dev.docpoet.spec;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What docpoet knows about an HTTP status as documented ({@code 200}, {@code 4XX}, {@code default}): its class and reason phrase. */
public final class Statuses {
    // only the statuses API docs use; each caller words the others in its own way
    private static final Map<String, String> PHRASES = Map.ofEntries(
            Map.entry("200", "OK"), Map.entry("201", "Created"), Map.entry("202", "Accepted"), Map.entry("204", "No Content"),
            Map.entry("304", "Not Modified"), Map.entry("400", "Bad Request"), Map.entry("401", "Unauthorized"),
            Map.entry("402", "Payment Required"), Map.entry("403", "Forbidden"), Map.entry("404", "Not Found"),
            Map.entry("405", "Method Not Allowed"), Map.entry("406", "Not Acceptable"), Map.entry("408", "Request Timeout"),
            Map.entry("409", "Conflict"), Map.entry("410", "Gone"), Map.entry("412", "Precondition Failed"),
            Map.entry("413", "Content Too Large"), Map.entry("415", "Unsupported Media Type"),
            Map.entry("422", "Unprocessable Content"), Map.entry("429", "Too Many Requests"),
            Map.entry("500", "Internal Server Error"), Map.entry("501", "Not Implemented"), Map.entry("502", "Bad Gateway"),
            Map.entry("503", "Service Unavailable"), Map.entry("504", "Gateway Timeout"));

    private Statuses() {}

    /** The standard reason phrase ({@code 404} → "Not Found"), or null for a status not in the table and for {@code default}. */
    public static @Nullable String phrase(String status) {
        return PHRASES.get(status);
    }

    /** Whether the status is a 2xx (a range such as {@code 2XX} included). */
    public static boolean isSuccess(String status) {
        return status.startsWith("2");
    }

    /** Whether the status documents an error: 4xx, 5xx, or {@code default}, which APIs use for their error shape. */
    public static boolean isError(String status) {
        return status.equals("default") || status.startsWith("4") || status.startsWith("5");
    }
}
