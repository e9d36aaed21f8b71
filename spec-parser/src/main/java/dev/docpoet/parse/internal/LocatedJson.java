package dev.docpoet.parse.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.docpoet.spec.Pointers;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A JSON value read from a doc page, with the page offset of every value and object key (by JSON pointer), so
 * that lint can point at the exact line of an example. Reads leniently: docs carry comments, trailing commas and
 * raw line breaks inside strings.
 */
public final class LocatedJson {
    /** Examples nested deeper than this are refused rather than risk the stack of later passes. */
    public static final int MAX_DEPTH = 256;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();
    private static final Pattern BROKEN_LINE = Pattern.compile("\\s*\\n\\s*");

    private final JsonNode root;
    private final Map<String, Integer> valueOffsets;
    private final Map<String, Integer> keyOffsets;
    private final int start;
    private final int end;

    private LocatedJson(JsonNode root, Map<String, Integer> values, Map<String, Integer> keys, int start, int end) {
        this.root = root;
        this.valueOffsets = values;
        this.keyOffsets = keys;
        this.start = start;
        this.end = end;
    }

    /** Thrown when the text is not JSON; carries the page offset of the problem. */
    public static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        public final int offset;

        Failure(String message, int offset) {
            super(message);
            this.offset = offset;
        }
    }

    public JsonNode root() {
        return root;
    }

    /** Page offset where the value ends (one past its last character). */
    public int end() {
        return end;
    }

    public int start() {
        return start;
    }

    /** Page offset of the value at a JSON pointer, or of the whole example when unknown. */
    public int offsetOf(String pointer) {
        return valueOffsets.getOrDefault(pointer, start);
    }

    /** Page offset of an object key at a JSON pointer, falling back to its value. */
    public int keyOffsetOf(String pointer) {
        Integer k = keyOffsets.get(pointer);
        return k != null ? k : offsetOf(pointer);
    }

    /**
     * Reads exactly one JSON value starting at {@code from} in {@code text}. With {@code requireEnd}, anything but
     * whitespace after the value up to {@code to} is an error.
     */
    public static LocatedJson read(String text, int from, int to, boolean requireEnd) throws Failure {
        return read(text, from, to, requireEnd, 0);
    }

    /**
     * As {@link #read(String, int, int, boolean)}, every offset moved by {@code shift}: for JSON that stands on the page
     * in another form (a code string inside a ReadMe block), so that its values are placed where that form starts.
     */
    public static LocatedJson read(String text, int from, int to, boolean requireEnd, int shift) throws Failure {
        return read(text, from, to, requireEnd, shift == 0 ? null : o -> o + shift);
    }

    /**
     * As {@link #read(String, int, int, boolean)}, every offset mapped by {@code place}: for JSON that stands on the page
     * in another form (a code string inside a ReadMe block, whose escapes make it longer on the page), so that each
     * value is placed where it is written there.
     */
    public static LocatedJson read(String text, int from, int to, boolean requireEnd, java.util.function.@Nullable IntUnaryOperator place)
            throws Failure {
        try {
            LocatedJson read = readAt(text, from, to, requireEnd);
            if (place == null) return read;
            Map<String, Integer> values = new HashMap<>();
            Map<String, Integer> keys = new HashMap<>();
            read.valueOffsets.forEach((k, v) -> values.put(k, place.applyAsInt(v)));
            read.keyOffsets.forEach((k, v) -> keys.put(k, place.applyAsInt(v)));
            return new LocatedJson(read.root, values, keys, place.applyAsInt(read.start), place.applyAsInt(read.end));
        } catch (Failure f) {
            throw place == null ? f : new Failure(f.getMessage(), place.applyAsInt(f.offset));
        }
    }

    private static LocatedJson readAt(String text, int from, int to, boolean requireEnd) throws Failure {
        String slice = text.substring(from, to);
        Map<String, Integer> values = new HashMap<>();
        Map<String, Integer> keys = new HashMap<>();
        JsonNodeFactory nf = JsonNodeFactory.instance;
        try (JsonParser p = FACTORY.createParser(slice)) {
            Deque<JsonNode> stack = new ArrayDeque<>();
            Deque<String> pointers = new ArrayDeque<>();
            Deque<Integer> indexes = new ArrayDeque<>();
            String fieldName = null;
            JsonNode root = null;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                int off = from + (int) p.currentTokenLocation().getCharOffset();
                if (t == JsonToken.FIELD_NAME) {
                    fieldName = p.currentName();
                    keys.put(pointers.peek() + "/" + escape(fieldName), off);
                    continue;
                }
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    stack.pop();
                    pointers.pop();
                    indexes.pop();
                    if (stack.isEmpty()) break;
                    continue;
                }
                String pointer;
                JsonNode parent = stack.peek();
                if (parent == null) {
                    pointer = "";
                } else if (parent.isObject()) {
                    pointer = pointers.peek() + "/" + escape(fieldName);
                } else {
                    int idx = indexes.pop();
                    indexes.push(idx + 1);
                    pointer = pointers.peek() + "/" + idx;
                }
                JsonNode node = switch (t) {
                    case START_OBJECT -> nf.objectNode();
                    case START_ARRAY -> nf.arrayNode();
                    case VALUE_STRING -> nf.textNode(cleanString(p.getText()));
                    case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                            ? nf.numberNode(p.getBigIntegerValue()) : nf.numberNode(p.getLongValue());
                    case VALUE_NUMBER_FLOAT -> nf.numberNode(p.getDecimalValue());
                    case VALUE_TRUE -> nf.booleanNode(true);
                    case VALUE_FALSE -> nf.booleanNode(false);
                    case VALUE_NULL -> nf.nullNode();
                    default -> nf.nullNode();
                };
                values.put(pointer, off);
                if (parent == null) {
                    root = node;
                } else if (parent.isObject()) {
                    ((ObjectNode) parent).set(fieldName, node);
                } else {
                    ((ArrayNode) parent).add(node);
                }
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    stack.push(node);
                    pointers.push(pointer);
                    indexes.push(0);
                } else if (parent == null) {
                    break;
                }
            }
            if (root == null) throw new Failure("no JSON value", from);
            if (!stack.isEmpty()) throw new Failure("JSON value is not closed", to);
            int end = from + (int) p.currentLocation().getCharOffset();
            if (requireEnd) {
                for (int i = end; i < to; i++) {
                    if (!Character.isWhitespace(text.charAt(i))) {
                        throw new Failure("unexpected text after the JSON value", i);
                    }
                }
            }
            return new LocatedJson(root, values, keys, from, end);
        } catch (JsonProcessingException e) {
            int off = e.getLocation() == null ? from : from + (int) Math.max(0, e.getLocation().getCharOffset());
            throw new Failure(e.getOriginalMessage(), Math.min(off, to));
        } catch (IOException e) {
            throw new Failure(String.valueOf(e.getMessage()), from);
        }
    }

    /** Raw line breaks inside a string are scraping artefacts, never part of the value. */
    private static String cleanString(String s) {
        return s.indexOf('\n') < 0 ? s : BROKEN_LINE.matcher(s).replaceAll(" ");
    }

    private static String escape(@Nullable String key) {
        return key == null ? "" : Pointers.escape(key);
    }
}
