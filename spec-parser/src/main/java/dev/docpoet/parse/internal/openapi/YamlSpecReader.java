package dev.docpoet.parse.internal.openapi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads YAML spec text the one way docpoet reads it: once, with snakeyaml-engine, into a node tree, within bounds that
 * hold before anything is built or expanded; swagger-parser then gets the tree as JSON ({@link #json}), so that its
 * own YAML reading, which expands aliases without bound and stops at 3 Mi code points, is never used. The tree is read
 * as YAML 1.2 (its core schema: {@code yes} and {@code on} are text, as OpenAPI 3.1 asks).
 *
 * <p>Each bound is a located {@link SpecLocations.SyntaxError}, checked on the parser's events as they come, so that a
 * hostile file is refused in the time its text takes to scan:
 * <ul>
 *   <li>the text: at most {@link #MAX_CODE_POINTS}, the 16 MiB docpoet reads of a page;</li>
 *   <li>nesting: at most {@link SpecLocations#MAX_DEPTH} levels, counted before snakeyaml-engine's composer, which
 *       recurses once per level, builds anything (thousands of {@code [} overflowed its stack);</li>
 *   <li>aliases: all the aliases of a file may repeat at most {@link #MAX_ALIAS_VALUES} values once expanded (what an
 *       anchor holds is counted when it closes), and an alias inside the value it names is refused, as expanding it
 *       would never end. A 634-byte alias bomb expands to about a billion values.</li>
 * </ul>
 */
final class YamlSpecReader {
    /** The most code points a YAML spec may have: as many as the bytes of the largest page docpoet reads (16 MiB). */
    static final int MAX_CODE_POINTS = 16 * 1024 * 1024;
    /**
     * The most values the aliases ({@code *name}) of one file may repeat in all, once expanded: far above what anchors
     * share in a real spec (a response repeated on every operation of a large API is a few thousand), far below an
     * alias bomb's billion; the JSON a million values make is tens of MB at most.
     */
    static final long MAX_ALIAS_VALUES = 1_000_000;

    private static final JsonFactory JSON = new JsonFactory();

    private YamlSpecReader() {}

    /** The document's root node; empty for a file with no document. */
    static Optional<Node> read(String text) throws SpecLocations.SyntaxError {
        if (text.length() > MAX_CODE_POINTS && text.codePointCount(0, text.length()) > MAX_CODE_POINTS) {
            throw new SpecLocations.SyntaxError("the file has " + text.codePointCount(0, text.length()) + " code points, more than the "
                    + (MAX_CODE_POINTS >> 20) + " Mi docpoet reads", 1, 1, "split it into files that $ref each other");
        }
        LoadSettings settings = LoadSettings.builder().setCodePointLimit(MAX_CODE_POINTS).setMaxAliasesForCollections(Integer.MAX_VALUE)
                .setAllowDuplicateKeys(true).setSchema(new CoreSchema()).build();
        try {
            return new Composer(settings, new BoundedParser(new ParserImpl(settings, new StreamReader(settings, text)))).getSingleNode();
        } catch (Bound b) {
            Mark m = b.at.orElse(null);
            throw new SpecLocations.SyntaxError(b.getMessage(), m == null ? 1 : m.getLine() + 1, m == null ? 1 : m.getColumn() + 1, b.hint);
        } catch (MarkedYamlEngineException e) {
            Mark m = e.getProblemMark().orElse(e.getContextMark().orElse(null));
            throw new SpecLocations.SyntaxError(e.getProblem(), m == null ? 1 : m.getLine() + 1, m == null ? 1 : m.getColumn() + 1);
        } catch (YamlEngineException e) {
            throw new SpecLocations.SyntaxError(String.valueOf(e.getMessage()).lines().findFirst().orElse("not YAML"), 1, 1);
        }
    }

    /**
     * The tree as JSON text, aliases expanded (within the bound {@link #read} checked), for swagger-parser: mapping keys
     * as text (a key that is a collection has no JSON form and is left out, as {@link SpecLocations} leaves it; of a key
     * given twice, the last value), and scalars by their YAML 1.2 type.
     */
    static String json(Optional<Node> root) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            if (root.isPresent()) {
                write(root.get(), g);
            } else {
                g.writeStartObject();
                g.writeEndObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString();
    }

    /** Recursive, once per level: {@link #read} bounded the levels, aliases expanded included. */
    private static void write(Node node, JsonGenerator g) throws IOException {
        if (node instanceof MappingNode map) {
            // a key given twice: the last one, in the place of the first (as a JSON reader that keeps the last does)
            Map<String, Node> members = new LinkedHashMap<>();
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode key) members.put(key.getValue(), t.getValueNode());
            }
            g.writeStartObject();
            for (Map.Entry<String, Node> m : members.entrySet()) {
                g.writeFieldName(m.getKey());
                write(m.getValue(), g);
            }
            g.writeEndObject();
        } else if (node instanceof SequenceNode seq) {
            g.writeStartArray();
            for (Node item : seq.getValue()) write(item, g);
            g.writeEndArray();
        } else if (node instanceof ScalarNode s) {
            scalar(s, g);
        }
    }

    private static void scalar(ScalarNode s, JsonGenerator g) throws IOException {
        String v = s.getValue();
        Tag tag = s.getTag();
        if (tag.equals(Tag.NULL)) {
            g.writeNull();
        } else if (tag.equals(Tag.BOOL)) {
            g.writeBoolean(v.equalsIgnoreCase("true"));
        } else if (tag.equals(Tag.INT) && integer(v) != null) {
            g.writeNumber(integer(v));
        } else if (tag.equals(Tag.FLOAT) && decimal(v) != null) {
            g.writeNumber(decimal(v));
        } else {
            // text, a tag of the file's own, or a number JSON cannot hold (.inf, .nan): as written
            g.writeString(v);
        }
    }

    private static @Nullable BigInteger integer(String v) {
        try {
            if (v.startsWith("0x")) return new BigInteger(v.substring(2), 16);
            if (v.startsWith("0o")) return new BigInteger(v.substring(2), 8);
            return new BigInteger(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable BigDecimal decimal(String v) {
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A bound passed: what, and where. */
    private static final class Bound extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Optional<Mark> at;
        final String hint;

        Bound(String message, Optional<Mark> at, String hint) {
            super(message, null, false, false);
            this.at = at;
            this.hint = hint;
        }
    }

    /**
     * The parser's events, passed on to the composer once counted: nesting, and the values each anchor holds with its
     * aliases expanded, so that a bound is refused at the event that passes it, before the composer recurses into it.
     */
    private static final class BoundedParser implements Parser {
        /** A collection still open: the values in it so far (itself included, aliases expanded) and its levels below. */
        private static final class Open {
            final @Nullable String anchor;
            long values = 1;
            int below;

            Open(@Nullable String anchor) {
                this.anchor = anchor;
            }
        }

        /** What an anchor holds once expanded: its values, and its levels (0 for a scalar). */
        private record Held(long values, int levels) {}

        private final Parser events;
        private final Deque<Open> open = new ArrayDeque<>();
        private final Map<String, Held> anchors = new HashMap<>();
        private long repeated;

        BoundedParser(Parser events) {
            this.events = events;
        }

        @Override
        public boolean checkEvent(Event.ID id) {
            return events.checkEvent(id);
        }

        @Override
        public Event peekEvent() {
            return events.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return events.hasNext();
        }

        @Override
        public Event next() {
            Event e = events.next();
            count(e);
            return e;
        }

        private void count(Event e) {
            switch (e.getEventId()) {
                case Scalar -> {
                    anchor(e).ifPresent(a -> anchors.put(a, new Held(1, 0)));
                    add(1, 0);
                }
                case SequenceStart, MappingStart -> {
                    if (open.size() >= SpecLocations.MAX_DEPTH) {
                        throw new Bound("the spec nests deeper than " + SpecLocations.MAX_DEPTH + " levels here; docpoet reads at most "
                                + SpecLocations.MAX_DEPTH, e.getStartMark(), "move what is nested this deep under components and $ref it");
                    }
                    open.push(new Open(anchor(e).orElse(null)));
                }
                case SequenceEnd, MappingEnd -> {
                    Open closed = open.pop();
                    Held held = new Held(closed.values, closed.below + 1);
                    if (closed.anchor != null) anchors.put(closed.anchor, held);
                    add(held.values(), held.levels());
                }
                case Alias -> alias((AliasEvent) e);
                default -> {
                    // stream and document boundaries, comments: no value
                }
            }
        }

        private void alias(AliasEvent e) {
            String name = e.getAlias().getValue();
            if (open.stream().anyMatch(o -> name.equals(o.anchor))) {
                throw new Bound("the alias `*" + name + "` is inside the value `&" + name + "` names, so expanding it would never end",
                        e.getStartMark(), "name the value as a component and $ref it");
            }
            Held held = anchors.get(name);
            // an alias of no anchor: the composer says so, at the same place
            if (held == null) return;
            repeated += held.values();
            if (repeated > MAX_ALIAS_VALUES) {
                throw new Bound("the spec's YAML aliases repeat more than " + String.format(java.util.Locale.ROOT, "%,d", MAX_ALIAS_VALUES)
                        + " values once expanded, the most docpoet expands (`*" + name + "` here repeats "
                        + String.format(java.util.Locale.ROOT, "%,d", held.values()) + ")", e.getStartMark(),
                        "write what is repeated once, under components, and $ref it");
            }
            if (open.size() + held.levels() > SpecLocations.MAX_DEPTH) {
                throw new Bound("the alias `*" + name + "` nests the spec deeper than " + SpecLocations.MAX_DEPTH
                        + " levels once expanded; docpoet reads at most " + SpecLocations.MAX_DEPTH, e.getStartMark(),
                        "move what is nested this deep under components and $ref it");
            }
            add(held.values(), held.levels());
        }

        /** A value of {@code values} values and {@code levels} levels, placed in the innermost open collection. */
        private void add(long values, int levels) {
            Open parent = open.peek();
            if (parent == null) return;
            parent.values += values;
            parent.below = Math.max(parent.below, levels);
        }

        private static Optional<String> anchor(Event e) {
            return e instanceof NodeEvent n ? n.getAnchor().map(a -> a.getValue()) : Optional.empty();
        }
    }
}
