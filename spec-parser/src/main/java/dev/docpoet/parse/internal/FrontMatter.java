package dev.docpoet.parse.internal;

import dev.docpoet.spec.ParserCode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * A page's YAML front matter: its scalar keys and where the body starts. Reads the collapsed one-line form that
 * scraped pages have ({@code --- title: "x" api: "GET /y" ---}) as well as real YAML.
 *
 * @param bodyStart the offset at which the page's body begins (0 when there is no front matter)
 */
public record FrontMatter(Map<String, String> values, Map<String, Integer> offsets, int bodyStart) {
    private static final Pattern OPEN = Pattern.compile("\\A\\uFEFF?\\s*---[ \\t]*(\\r?\\n|\\s)");
    private static final Pattern CLOSE_LINE = Pattern.compile("(?m)^---[ \\t]*$");
    private static final Pattern CLOSE_INLINE = Pattern.compile("\\s---(\\s|\\z)");
    private static final Pattern INLINE_KEY = Pattern.compile(
            "(?:^|\\s)([A-Za-z_][\\w-]*):\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^']|'')*'|.*?)(?=\\s+[A-Za-z_][\\w-]*:\\s|\\s*\\z)");
    private static final Pattern LINE_KEY = Pattern.compile("(?m)^([A-Za-z_][\\w-]*)\\s*:");

    public static FrontMatter none() {
        return new FrontMatter(Map.of(), Map.of(), 0);
    }

    /** How deep {@code [ ]} and {@code { }} may nest in front matter. */
    static final int MAX_FLOW_DEPTH = 64;

    /** Where flow collections in YAML text first nest deeper than the limit (outside quotes), or -1. */
    static int tooDeepAt(String yaml) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
                continue;
            }
            if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[' || c == '{') {
                if (++depth > MAX_FLOW_DEPTH) return i;
            } else if ((c == ']' || c == '}') && depth > 0) {
                depth--;
            }
        }
        return -1;
    }

    public static FrontMatter read(SourceText src, DiagnosticSink sink) {
        String s = src.text();
        Matcher open = OPEN.matcher(s);
        if (!open.find()) return none();
        int contentStart = open.end();
        boolean multiLine = open.group(1).contains("\n");
        Matcher close = (multiLine ? CLOSE_LINE : CLOSE_INLINE).matcher(s);
        if (!close.find(contentStart)) return none();
        int contentEnd = close.start() + (multiLine ? 0 : 1);
        int bodyStart = close.end();
        String content = s.substring(contentStart, contentEnd);
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> offsets = new LinkedHashMap<>();
        int tooDeep = multiLine ? tooDeepAt(content) : -1;
        if (tooDeep >= 0) {
            // SnakeYAML parses flow collections by recursion and has no depth limit: a page must not overflow the stack
            sink.report(ParserCode.SpecBadFrontMatter, src.location(contentStart + tooDeep), "front matter nests [ ] or { } more than "
                    + MAX_FLOW_DEPTH + " deep; it is not read", "front matter holds a page's title and endpoint, which need no nesting");
        } else if (multiLine) {
            try {
                Object loaded = new Load(LoadSettings.builder().setMaxAliasesForCollections(10).build()).loadFromString(content);
                if (loaded instanceof Map<?, ?> map) {
                    for (Map.Entry<?, ?> e : map.entrySet()) {
                        if (e.getKey() != null && e.getValue() != null && !(e.getValue() instanceof Map) && !(e.getValue() instanceof Iterable)) {
                            values.put(e.getKey().toString(), e.getValue().toString());
                        }
                    }
                }
                Matcher k = LINE_KEY.matcher(content);
                while (k.find()) offsets.putIfAbsent(k.group(1), contentStart + k.start(1));
            } catch (MarkedYamlEngineException e) {
                int off = contentStart + e.getProblemMark().map(m -> m.getIndex()).orElse(0);
                sink.report(ParserCode.SpecBadFrontMatter, src.location(off),
                        "front matter is not valid YAML: " + e.getProblem(), "quote values that contain ':' or '#'");
            } catch (YamlEngineException e) {
                sink.report(ParserCode.SpecBadFrontMatter, src.location(contentStart),
                        "front matter is not valid YAML: " + e.getMessage(), "quote values that contain ':' or '#'");
            }
        } else {
            Matcher k = INLINE_KEY.matcher(content);
            while (k.find()) {
                String v = k.group(2).trim();
                if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
                    v = v.substring(1, v.length() - 1);
                }
                values.putIfAbsent(k.group(1), v);
                offsets.putIfAbsent(k.group(1), contentStart + k.start(1));
            }
        }
        // unmodifiable views keep the page's key order (Map.copyOf would not)
        return new FrontMatter(Collections.unmodifiableMap(values), Collections.unmodifiableMap(offsets), bodyStart);
    }

    /**
     * A key whose value is a mapping ({@code api: {file: …, operationId: …}}), which {@link #values} leaves out: the
     * front matter read again; null when the key holds no mapping or the front matter does not read.
     */
    public java.util.@org.jspecify.annotations.Nullable Map<?, ?> mapping(SourceText src, String key) {
        if (!offsets.containsKey(key) || values.containsKey(key)) return null;
        String s = src.text();
        Matcher open = OPEN.matcher(s);
        if (!open.find() || !open.group(1).contains("\n")) return null;
        Matcher close = CLOSE_LINE.matcher(s);
        if (!close.find(open.end()) || close.start() > bodyStart) return null;
        String content = s.substring(open.end(), close.start());
        if (tooDeepAt(content) >= 0) return null;
        try {
            Object loaded = new Load(LoadSettings.builder().setMaxAliasesForCollections(10).build()).loadFromString(content);
            return loaded instanceof Map<?, ?> map && map.get(key) instanceof Map<?, ?> value ? value : null;
        } catch (YamlEngineException e) {
            return null;
        }
    }

    public @org.jspecify.annotations.Nullable String get(String key) {
        return values.get(key);
    }

    public int offsetOf(String key) {
        return offsets.getOrDefault(key, 0);
    }
}
