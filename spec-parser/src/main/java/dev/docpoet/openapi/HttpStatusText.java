package dev.docpoet.openapi;

import java.util.Map;

/** Reason phrases for the response descriptions OpenAPI requires. */
final class HttpStatusText {
    private static final Map<String, String> TEXT = Map.ofEntries(
            Map.entry("200", "OK"), Map.entry("201", "Created"), Map.entry("202", "Accepted"), Map.entry("204", "No Content"),
            Map.entry("304", "Not Modified"), Map.entry("400", "Bad Request"), Map.entry("401", "Unauthorized"),
            Map.entry("403", "Forbidden"), Map.entry("404", "Not Found"), Map.entry("405", "Method Not Allowed"),
            Map.entry("406", "Not Acceptable"), Map.entry("409", "Conflict"), Map.entry("412", "Precondition Failed"),
            Map.entry("415", "Unsupported Media Type"), Map.entry("422", "Unprocessable Content"),
            Map.entry("429", "Too Many Requests"), Map.entry("500", "Internal Server Error"), Map.entry("502", "Bad Gateway"),
            Map.entry("503", "Service Unavailable"), Map.entry("504", "Gateway Timeout"), Map.entry("default", "Any other status"));

    private HttpStatusText() {}

    static String of(String status) {
        return TEXT.getOrDefault(status, "Response " + status);
    }
}
