package dev.docpoet.spec;

/**
 * A named schema a spec defines once and uses by reference ({@code components/schemas/Pet}): one type wherever it is
 * used, and a type even where no operation uses it.
 *
 * @param key what a {@link Schema.RefSchema} names it by: unique in a doc set ({@code openapi.yaml#Pet},
 *     {@code openapi.yaml#Pet (request)}; see {@link #key(String, String, boolean)})
 * @param name the name the spec gives it ({@code Pet})
 * @param requestSide whether this is the request side of a component whose readOnly or writeOnly fields make the two
 *     sides differ: readOnly fields are left out of what a client sends, writeOnly ones out of what it reads
 * @param schema its schema: an object, which references other components by {@link Schema.RefSchema}, or an enum
 */
public record Component(String key, String name, boolean requestSide, Schema schema, String descriptionMarkdown, SourceLocation location) {
    private static final String REQUEST_SIDE = " (request)";

    /** The key of the component {@code name} of the spec {@code file}, on one side of the wire. */
    public static String key(String file, String name, boolean requestSide) {
        return file + "#" + name + (requestSide ? REQUEST_SIDE : "");
    }

    /**
     * How pins, the source's type names and messages name the component of {@code key}: {@code component FILE#NAME},
     * with the wire path of a field inside it after a space.
     */
    public static String pinKey(String key) {
        return "component " + key;
    }

    /** What a key names, for people: {@code Pet}, or {@code Pet (request)}. */
    public static String shownName(String key) {
        return key.substring(key.lastIndexOf('#') + 1);
    }

    /** The spec file that defines it, as its label. */
    public String file() {
        return key.substring(0, key.lastIndexOf('#'));
    }

    /** The key of the other side's component: the response side's for a request side, and the other way round. */
    public String otherSideKey() {
        return key(file(), name, !requestSide);
    }
}
