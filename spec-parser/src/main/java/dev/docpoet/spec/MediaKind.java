package dev.docpoet.spec;

import java.util.Locale;

/** What a body's media type makes of it, for a client that sends or reads it. */
public enum MediaKind {
    /** {@code application/json}, any {@code +json} or {@code /json} type, or {@code *}{@code /*}: a JSON value. */
    JSON,
    /** {@code text/event-stream}: server-sent events, each event's data a JSON value of the schema (or text). */
    EVENT_STREAM,
    /** {@code multipart/form-data}: fields and files. */
    MULTIPART,
    /** {@code application/x-www-form-urlencoded}: name and value pairs. */
    FORM,
    /** Bytes: {@code application/octet-stream}, {@code image/*}, {@code application/pdf}, and any other concrete type. */
    BINARY,
    /** Text: {@code text/*} ({@code text/plain}, {@code text/csv}, {@code text/html}), XML, YAML, newline-delimited JSON. */
    TEXT,
    /** What no client can send or read as one value: {@code multipart/*} types other than form data, a type without a slash. */
    OTHER;

    /** The kind of a media type, parameters ({@code ; charset=utf-8}) and case ignored. */
    public static MediaKind of(String contentType) {
        String t = contentType.toLowerCase(Locale.ROOT);
        int semicolon = t.indexOf(';');
        if (semicolon >= 0) t = t.substring(0, semicolon);
        t = t.trim();
        if (t.isEmpty()) return OTHER;
        if (t.equals("application/json") || t.endsWith("+json") || t.endsWith("/json") || t.equals("*/*")) return JSON;
        if (t.equals("text/event-stream")) return EVENT_STREAM;
        if (t.equals("multipart/form-data")) return MULTIPART;
        if (t.equals("application/x-www-form-urlencoded")) return FORM;
        if (t.startsWith("multipart/") || t.indexOf('/') <= 0 || t.endsWith("/")) return OTHER;
        if (t.startsWith("text/") || t.endsWith("/xml") || t.endsWith("+xml") || t.endsWith("/yaml") || t.endsWith("/x-yaml")
                || t.endsWith("+yaml") || t.equals("application/x-ndjson") || t.equals("application/jsonl")) {
            return TEXT;
        }
        return BINARY;
    }


}
