package dev.docpoet.spec;

/** Where an HTTP parameter travels, named as OpenAPI names it. */
public enum ParameterLocation {
    PATH, QUERY, HEADER, COOKIE;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
