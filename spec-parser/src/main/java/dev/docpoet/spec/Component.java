package dev.docpoet.spec;

/**
 * A named schema a spec defines once and uses by reference ({@code components/schemas/Pet}): one type wherever it is
 * used, and a type even where no operation uses it.
 *
 * @param key what a {@link Schema.RefSchema} names it by: unique in a doc set ({@code openapi.yaml#Pet},
 *     {@code openapi.yaml#Pet (request)})
 * @param name the name the spec gives it ({@code Pet})
 * @param requestSide whether this is the request side of a component whose readOnly or writeOnly fields make the two
 *     sides differ: readOnly fields are left out of what a client sends, writeOnly ones out of what it reads
 * @param schema its schema: an object, which references other components by {@link Schema.RefSchema}, or an enum
 */
public record Component(String key, String name, boolean requestSide, Schema schema, String descriptionMarkdown, SourceLocation location) {}
