package dev.docpoet.codegen;

import java.util.Map;

/** Reason phrases that name error types after their status ({@code 404} → NotFound). */
final class StatusPhrases {
    private static final Map<String, String> PHRASES = Map.ofEntries(
            Map.entry("400", "Bad Request"), Map.entry("401", "Unauthorized"), Map.entry("402", "Payment Required"),
            Map.entry("403", "Forbidden"), Map.entry("404", "Not Found"), Map.entry("405", "Method Not Allowed"),
            Map.entry("406", "Not Acceptable"), Map.entry("408", "Request Timeout"), Map.entry("409", "Conflict"),
            Map.entry("410", "Gone"), Map.entry("412", "Precondition Failed"), Map.entry("413", "Content Too Large"),
            Map.entry("415", "Unsupported Media Type"), Map.entry("422", "Unprocessable Content"),
            Map.entry("429", "Too Many Requests"), Map.entry("500", "Internal Server Error"), Map.entry("501", "Not Implemented"),
            Map.entry("502", "Bad Gateway"), Map.entry("503", "Service Unavailable"), Map.entry("504", "Gateway Timeout"),
            Map.entry("default", "Default"));

    private StatusPhrases() {}

    static String of(String status) {
        String p = PHRASES.get(status);
        if (p != null) return p;
        if (status.startsWith("4")) return "Client " + status;
        if (status.startsWith("5")) return "Server " + status;
        return "Status " + status;
    }
}
