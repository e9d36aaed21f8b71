package dev.docpoet.parse.internal.openapi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.docpoet.spec.Pointers;
import dev.docpoet.spec.SourceLocation;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Where each value of a spec file is, by JSON pointer ({@code /paths/~1pets/get}), so that a diagnostic about a spec
 * construct names the spec file's line and column. swagger-parser's model keeps no positions, so the file is read
 * once more for them: JSON with Jackson's streaming parser; YAML is the tree {@link YamlSpecReader} read, the one
 * swagger-parser is given as JSON.
 */
final class SpecLocations {
    /** The spec file is not JSON or YAML, or it passes a bound docpoet reads within: where and why. */
    static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;
        /** For a bound passed, what to do: the message then says it all; null for a syntax error. */
        final @Nullable String hint;

        SyntaxError(String message, int line, int column) {
            this(message, line, column, null);
        }

        SyntaxError(String message, int line, int column, @Nullable String hint) {
            super(message);
            this.line = line;
            this.column = column;
            this.hint = hint;
        }
    }

    /** The most levels of nesting a spec may have, JSON or YAML. */
    static final int MAX_DEPTH = 256;

    private final String file;
    private final Map<String, int[]> positions;
    private final Map<String, String> refs;
    private final Map<String, String> bigIntegers;
    private final List<Duplicate> duplicates;

    private SpecLocations(String file, Map<String, int[]> positions, Map<String, String> refs, Map<String, String> bigIntegers,
            List<Duplicate> duplicates) {
        this.file = file;
        this.positions = positions;
        this.refs = refs;
        this.bigIntegers = bigIntegers;
        this.duplicates = List.copyOf(duplicates);
    }
    /**
     * A key a YAML mapping gives twice: the earlier one is left out, as the last one is read.
     *
     * @param dropped where the key that is left out is
     * @param again the line of the key that is read
     */
    record Duplicate(String key, SourceLocation dropped, int again) {}

    /** The keys of YAML mappings given more than once, each but the last, in the file's order. */
    List<Duplicate> duplicates() {
        return duplicates;
    }

    private static int line(Node n) {
        return n.getStartMark().map(m -> m.getLine() + 1).orElse(1);
    }

    private static int column(Node n) {
        return n.getStartMark().map(m -> m.getColumn() + 1).orElse(1);
    }

    static SpecLocations of(String file, String text) throws SyntaxError {
        String trimmed = text.stripLeading();
        if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) return of(file, YamlSpecReader.read(text));
        Map<String, int[]> at = new HashMap<>();
        Map<String, String> refs = new java.util.TreeMap<>();
        Map<String, String> bigIntegers = new HashMap<>();
        json(text, at, refs, bigIntegers);
        return new SpecLocations(file, at, refs, bigIntegers, List.of());
    }

    /** The places in a YAML file {@link YamlSpecReader} has read. */
    static SpecLocations of(String file, Optional<Node> root) throws SyntaxError {
        Map<String, int[]> at = new HashMap<>();
        Map<String, String> refs = new java.util.TreeMap<>();
        Map<String, String> bigIntegers = new HashMap<>();
        List<Duplicate> duplicates = new ArrayList<>();
        if (root.isPresent()) {
            walk(root.get(), "", at, refs, bigIntegers, 0, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()), file,
                    duplicates);
        }
        return new SpecLocations(file, at, refs, bigIntegers, duplicates);
    }

    /**
     * The integer written at {@code pointer} when it is past a long's range ({@code 18446744073709551615}), as written;
     * null for any other value. swagger-parser's integer schemas drop such an enum value (it reads as null).
     */
    @org.jspecify.annotations.Nullable String bigInteger(String pointer) {
        return bigIntegers.get(pointer);
    }

    private static boolean pastLong(String text) {
        return text.matches("-?\\d{19,}") && new java.math.BigInteger(text).bitLength() >= Long.SIZE;
    }

    /** Every {@code $ref} of the file by the pointer of the object holding it, in pointer order. */
    Map<String, String> refs() {
        return refs;
    }

    /**
     * The place of the value at {@code pointer}, or of its nearest enclosing value that has one (a construct that
     * swagger-parser moved, as in a Swagger 2.0 file, is placed at what holds it).
     */
    SourceLocation at(String pointer) {
        String p = pointer;
        while (true) {
            int[] pos = positions.get(p);
            if (pos != null) return new SourceLocation(file, pos[0], pos[1]);
            if (p.isEmpty()) return new SourceLocation(file, 1, 1);
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    boolean has(String pointer) {
        return positions.containsKey(pointer);
    }

    private static void json(String text, Map<String, int[]> at, Map<String, String> refs, Map<String, String> bigIntegers)
            throws SyntaxError {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build();
        JsonParser p;
        try {
            p = factory.createParser(text);
        } catch (IOException e) {
            throw new SyntaxError(String.valueOf(e.getMessage()), 1, 1);
        }
        try {
            // each open container: its pointer, and for an array the index of the next element
            Deque<String> pointers = new ArrayDeque<>();
            Deque<int[]> indices = new ArrayDeque<>();
            String pending = "";
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME) {
                    pending = Pointers.append(pointers.peek(), p.currentName());
                    // a member is placed at its key, where a reader looks for it
                    JsonLocation key = p.currentTokenLocation();
                    at.put(pending, new int[] {(int) key.getLineNr(), (int) key.getColumnNr()});
                    continue;
                }
                if (t == JsonToken.VALUE_STRING && pending.endsWith("/$ref") && indices.peek()[0] < 0) {
                    refs.put(pointers.peek(), p.getText());
                }
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    pointers.pop();
                    indices.pop();
                    continue;
                }
                String here = pointers.isEmpty() ? "" : indices.peek()[0] >= 0 ? pointers.peek() + "/" + indices.peek()[0]++ : pending;
                JsonLocation loc = p.currentTokenLocation();
                at.putIfAbsent(here, new int[] {(int) loc.getLineNr(), (int) loc.getColumnNr()});
                if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) bigIntegers.put(here, p.getText());
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    pointers.push(here);
                    indices.push(new int[] {t == JsonToken.START_ARRAY ? 0 : -1});
                }
            }
        } catch (StreamConstraintsException e) {
            // the exception has no place: the parser stands just past the bracket that is one level too deep
            JsonLocation loc = p.currentLocation();
            throw new SyntaxError("the spec nests deeper than " + MAX_DEPTH + " levels here; docpoet reads at most " + MAX_DEPTH,
                    loc == null ? 1 : Math.max(1, loc.getLineNr()), loc == null ? 1 : Math.max(1, loc.getColumnNr() - 1),
                    "move what is nested this deep under components and $ref it");
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String msg = e.getOriginalMessage().lines().findFirst().orElse("not JSON");
            throw new SyntaxError(msg, loc == null ? 1 : Math.max(1, loc.getLineNr()), loc == null ? 1 : Math.max(1, loc.getColumnNr()));
        } catch (IOException e) {
            throw new SyntaxError(String.valueOf(e.getMessage()), 1, 1);
        } finally {
            // closed after the catches, which ask the parser where it stands
            try {
                p.close();
            } catch (IOException e) {
                // a parser of a string has nothing to release
            }
        }
    }

    /**
     * Records the positions under a node; a node met again through an alias is not walked again, so that anchors
     * cannot multiply the work (its values are placed at the anchor).
     */
    private static void walk(Node node, String pointer, Map<String, int[]> at, Map<String, String> refs, Map<String, String> bigIntegers,
            int depth, Set<Node> seen, String file, List<Duplicate> duplicates) throws SyntaxError {
        node.getStartMark().ifPresent(m -> at.putIfAbsent(pointer, new int[] {m.getLine() + 1, m.getColumn() + 1}));
        if (node instanceof ScalarNode scalar && scalar.isPlain() && pastLong(scalar.getValue())) bigIntegers.put(pointer, scalar.getValue());
        if (depth > MAX_DEPTH) {
            int[] pos = at.getOrDefault(pointer, new int[] {1, 1});
            throw new SyntaxError("nested deeper than " + MAX_DEPTH + " levels", pos[0], pos[1]);
        }
        if (!(node instanceof ScalarNode) && !seen.add(node)) return;
        if (node instanceof MappingNode map) {
            // a key given twice: the last is what swagger-parser reads (YamlSpecReader.json), so it alone is placed
            Map<String, ScalarNode> last = new HashMap<>();
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode key) last.put(key.getValue(), key);
            }
            for (NodeTuple t : map.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode key)) continue;
                ScalarNode kept = last.get(key.getValue());
                if (kept != key) {
                    duplicates.add(new Duplicate(key.getValue(), new SourceLocation(file, line(key), column(key)), line(kept)));
                    continue;
                }
                if (key.getValue().equals("$ref") && t.getValueNode() instanceof ScalarNode ref) refs.put(pointer, ref.getValue());
                String member = Pointers.append(pointer, key.getValue());
                // a member is placed at its key, where a reader looks for it
                key.getStartMark().ifPresent(m -> at.putIfAbsent(member, new int[] {m.getLine() + 1, m.getColumn() + 1}));
                walk(t.getValueNode(), member, at, refs, bigIntegers, depth + 1, seen, file, duplicates);
            }
        } else if (node instanceof SequenceNode seq) {
            int i = 0;
            for (Node item : seq.getValue()) walk(item, pointer + "/" + i++, at, refs, bigIntegers, depth + 1, seen, file, duplicates);
        }
    }
}
