package dev.docpoet.parse.internal.openapi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Tells a spec from a page by its content: a JSON document (in a file of any name) whose top-level object has an
 * {@code openapi} or {@code swagger} key with a version, or a {@code .yaml}/{@code .yml} file whose top-level mapping
 * has one. JSON is read key by key at the top level, skipping every value, so the key counts wherever it sits (a
 * prefix of the text would miss a key after a long {@code info} or {@code components}); an {@code "openapi"} inside a
 * value never counts.
 */
final class SpecDetector {
    /** What a spec is: the key that made it one, and whether its text is JSON. */
    record Detected(boolean swagger2, boolean json) {}

    /** A top-level key of block YAML starts its line; a key inside a value is indented. */
    private static final Pattern YAML_KEY = Pattern.compile("(?m)^[\"']?(openapi|swagger)[\"']?[ \\t]*:");
    private static final Pattern VERSION = Pattern.compile("[23]\\.[0-9].*", Pattern.DOTALL);
    /** Skipping a value is iterative in Jackson, so any depth is cheap to skip; what is too deep is refused when read. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(Integer.MAX_VALUE)
                    .maxStringLength(Integer.MAX_VALUE).maxNumberLength(Integer.MAX_VALUE).build())
            .build();

    private SpecDetector() {}

    static @Nullable Detected detect(String name, String text) {
        String n = name.toLowerCase(Locale.ROOT);
        boolean yamlName = n.endsWith(".yaml") || n.endsWith(".yml");
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        int start = firstContent(text);
        if (start < text.length() && text.charAt(start) == '{') {
            String key = jsonVersionKey(text);
            if (key != null) return new Detected(key.equals("swagger"), true);
            // flow-style YAML also starts with a brace: it is a spec when a .yaml file's top-level key says so
        }
        if (!yamlName) return null;
        var m = YAML_KEY.matcher(text);
        return m.find() ? new Detected(m.group(1).equals("swagger"), false) : null;
    }

    private static int firstContent(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    /**
     * The first top-level {@code openapi} or {@code swagger} key of a JSON object whose value is a version (2.x or 3.x),
     * or null: a config such as Mintlify's {@code docs.json} has an {@code "openapi"} key that names a file. JSON that
     * breaks before such a key is no spec; after it, it is a broken spec, which the reader reports where it breaks.
     */
    private static @Nullable String jsonVersionKey(String text) {
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) return null;
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String key = p.currentName();
                JsonToken value = p.nextToken();
                if ((key.equals("openapi") || key.equals("swagger")) && value != null && value.isScalarValue()
                        && VERSION.matcher(p.getText()).matches()) {
                    return key;
                }
                p.skipChildren();
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }
}
