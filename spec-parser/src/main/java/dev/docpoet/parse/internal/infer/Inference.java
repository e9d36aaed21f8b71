package dev.docpoet.parse.internal.infer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docpoet.parse.internal.BodyDraft;
import dev.docpoet.parse.internal.DiagnosticSink;
import dev.docpoet.parse.internal.EndpointDraft;
import dev.docpoet.parse.internal.FieldNode;
import dev.docpoet.parse.internal.Kind;
import dev.docpoet.parse.internal.ProseEnums;
import dev.docpoet.parse.internal.SourceText;
import dev.docpoet.spec.Dialect;
import dev.docpoet.spec.ParserCode;
import dev.docpoet.spec.Origin;
import dev.docpoet.spec.Pointers;
import dev.docpoet.spec.Schema.EnumKind;
import dev.docpoet.spec.Statuses;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completes an endpoint from the evidence beyond its field lists: ties loose examples to responses, infers
 * undocumented children from examples and prose lists, reads enum values from prose, and recognises timestamps.
 * Every inference is reported with a code of its own at its evidence: one that chooses or changes a type is a warning
 * that says what it inferred, from what, and how to pin or silence it; one that changes no type is an info.
 */
public final class Inference {
    private static final Pattern TIMESTAMP_WORDS = Pattern.compile(
            "(?i)\\b(?:ISO[- ]?8601|ISO timestamp|timestamp|date[- ]time|datetime)\\b");
    private static final Pattern NULL_ITEMS = Pattern.compile("(?i)\\b(?:array\\s+)?(?:elements|items|entries|values)\\s+(?:can|may)\\s+be\\s+null\\b");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]+}|<[^<>]+>|\\[[^\\[\\]]+]|:[A-Za-z_][\\w-]*");
    private static final Pattern EPOCH_WORDS = Pattern.compile("(?i)\\b(?:epoch|unix|milliseconds|seconds)\\b");
    /** Kinds of value other than a date that a description may say a field holds ("text, a number, a date or a boolean"). */
    private static final List<Pattern> OTHER_KINDS = List.of(
            Pattern.compile("(?i)\\b(?:text|free[- ]form)\\b"),
            Pattern.compile("(?i)\\b(?:numbers?|numeric|integers?|decimals?|floats?)\\b"),
            Pattern.compile("(?i)\\b(?:booleans?|true or false)\\b"),
            Pattern.compile("(?i)\\b(?:arrays?|lists?)\\b"),
            Pattern.compile("(?i)\\bobjects?\\b"));

    private final SourceText src;
    private final DiagnosticSink sink;
    private final ExampleInference examples;
    private final Hints hints;

    /** @param dialect the page's, whose syntax the warnings' hints use */
    public Inference(SourceText src, DiagnosticSink sink, Dialect dialect) {
        this.src = src;
        this.sink = sink;
        this.hints = new Hints(dialect);
        this.examples = new ExampleInference(src, sink, hints);
    }

    public void complete(EndpointDraft ep) {
        attachExamples(ep);
        for (BodyDraft body : bodies(ep)) mapPlaceholders(body.root);
        List<ProseList> lists = ProseLists.find(ep.prose);
        BodyDraft success = ep.responses.entrySet().stream().filter(e -> Statuses.isSuccess(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        List<BodyDraft> bodies = bodies(ep);
        for (BodyDraft body : bodies) {
            hints.enterBody(hints.canDocument(body == ep.request, status(ep, body)));
            // a body that is an entity another page documents is known from that page, not from its example here
            if (body.example != null && body.root.entity == null) {
                // a body the page documents no field of is known from its examples alone: each of them is evidence
                boolean onlyExamples = body.root.children.isEmpty() && body.root.kind == Kind.OBJECT;
                envelope(body);
                arrayBody(body);
                examples.complete(body.root, body.example);
                if (onlyExamples) {
                    for (dev.docpoet.parse.internal.LocatedJson more : body.moreExamples) {
                        examples.completeFrom(body.root, more, body.example);
                    }
                }
            }
            // "Returns a … object with:" describes what the call returns: its success body, not its errors
            applyProse(body.root, lists, body == success);
            hints.leaveBody(body.root);
        }
        for (EndpointDraft.Param p : ep.params) p.node().preorder().forEach(this::refine);
        for (BodyDraft body : bodies) {
            for (FieldNode c : body.root.children.values()) c.preorder().forEach(this::refine);
        }
        adoptSiblingEnums(bodies);
    }

    /**
     * A field documented under a placeholder name ({@code {model-id}}, {@code <locale>}, {@code [key]}) stands for every
     * key of its parent: the parent is a map of it.
     */
    private void mapPlaceholders(FieldNode root) {
        for (FieldNode n : root.preorder()) {
            if (n.map || n.children.size() != 1 || n.kind == Kind.ARRAY) continue;
            FieldNode only = n.children.values().iterator().next();
            if (!PLACEHOLDER.matcher(only.name).matches()) continue;
            n.becomeMap(only);
            sink.report(ParserCode.InferMapFromPlaceholder, only.location, "`" + only.name + "` is a placeholder, not a name: "
                    + (n.name.isEmpty() ? "the body" : "`" + n.name + "`") + " is a map from it to its values",
                    Hints.silence(ParserCode.InferMapFromPlaceholder));
        }
    }

    /**
     * An envelope: the example wraps what the fields document in a key of its own ({@code {"result": …}},
     * {@code {"data": …}}), maybe beside others ({@code status}, {@code time}). The body is then that wrapper, with the
     * documented fields inside the key (as an object or a list, as the example shows) and the other keys inferred. Also
     * when the docs give the inside one display name ({@code Scores}) that the example does not use.
     */
    private void envelope(BodyDraft body) {
        JsonNode root = body.example.root();
        FieldNode node = body.root;
        if (!root.isObject() || node.kind != Kind.OBJECT || node.map || !node.hasDocumentedChildren()) return;
        java.util.Set<String> documented = node.children.keySet();
        if (documented.stream().anyMatch(root::has)) return;
        FieldNode display = documented.size() == 1 ? node.children.values().iterator().next() : null;
        java.util.Set<String> inner = display != null && !display.children.isEmpty() ? display.children.keySet() : documented;
        String wrapper = null;
        for (java.util.Iterator<String> it = root.fieldNames(); it.hasNext() && wrapper == null; ) {
            String k = it.next();
            JsonNode v = root.get(k);
            JsonNode sample = v.isArray() && !v.isEmpty() ? v.get(0) : v;
            if (!sample.isObject()) continue;
            long matched = inner.stream().filter(sample::has).count();
            if (matched > 0 && matched * 2 >= inner.size()) wrapper = k;
        }
        if (wrapper == null) return;
        JsonNode inside = root.get(wrapper);
        FieldNode w = new FieldNode(wrapper, src.location(body.example.keyOffsetOf("/" + Pointers.escape(wrapper))));
        w.origin = Origin.INFERRED_FROM_EXAMPLE;
        w.kind = inside.isArray() ? Kind.ARRAY : Kind.OBJECT;
        if (inside.isArray()) w.itemKind = Kind.OBJECT;
        if (display != null && inner != documented) {
            w.description = display.description;
            w.children.putAll(display.children);
        } else {
            w.children.putAll(node.children);
        }
        node.children.clear();
        List<String> others = new ArrayList<>();
        for (java.util.Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (k.equals(wrapper)) {
                node.children.put(k, w);
            } else {
                node.children.put(k, examples.inferField(k, root.get(k),
                        body.example.keyOffsetOf("/" + Pointers.escape(k))));
                others.add(k);
            }
        }
        sink.report(ParserCode.InferEnvelope, w.location, "the example wraps the documented fields in `" + wrapper + "`"
                + (inside.isArray() ? " (a list of them)" : "") + ": the body is that envelope"
                + (others.isEmpty() ? "" : ", with " + String.join(", ", others) + " inferred from the example"),
                hints.pinOrSilence(node, "document `" + wrapper + "` with the fields inside it to pin the body",
                        ParserCode.InferEnvelope));
    }

    /**
     * A body whose example is a top-level array is an array: of the documented fields' objects when the fields describe
     * its items (their names are the items' keys), else of what the example shows.
     */
    private void arrayBody(BodyDraft body) {
        JsonNode root = body.example.root();
        if (!root.isArray() || body.root.kind == Kind.ARRAY) return;
        if (!body.root.children.isEmpty()) {
            java.util.Set<String> keys = new java.util.HashSet<>();
            root.forEach(item -> item.fieldNames().forEachRemaining(keys::add));
            if (body.root.children.keySet().stream().noneMatch(keys::contains)) {
                unwrapped(body, keys);
                return;
            }
        }
        body.root.kind = Kind.ARRAY;
        body.root.itemKind = body.root.children.isEmpty() ? Kind.UNSPECIFIED : Kind.OBJECT;
        sink.report(ParserCode.InferArrayBody, src.location(body.example.start()), "the body is an array"
                + (body.root.children.isEmpty() ? "" : " of the documented fields' objects") + ", as its example shows",
                body.root.children.isEmpty()
                        ? hints.pinOrSilence(body.root, "document the items' fields to pin their types", ParserCode.InferArrayBody)
                        : Hints.silence(ParserCode.InferArrayBody));
    }

    /**
     * The fields document one list ({@code actions: [...]}) and the example is that list alone: the wire carries no
     * wrapper, so the body is the list, its items the documented items.
     */
    private void unwrapped(BodyDraft body, java.util.Set<String> exampleKeys) {
        if (body.root.children.size() != 1) return;
        FieldNode only = body.root.children.values().iterator().next();
        if (only.kind != Kind.ARRAY || only.children.isEmpty() || only.children.keySet().stream().noneMatch(exampleKeys::contains)) return;
        body.root.kind = Kind.ARRAY;
        body.root.itemKind = Kind.OBJECT;
        body.root.children.clear();
        body.root.children.putAll(only.children);
        sink.report(ParserCode.InferEnvelope, only.location, "the example is the list `" + only.name + "` holds, without the object"
                + " around it the fields document: the body is that list", Hints.silence(ParserCode.InferEnvelope));
    }

    /**
     * An inferred string field named like a documented enum field of the same endpoint, whose example value is one
     * of that enum's values, is that enum (a conversation part's {@code channel} is the source's {@code channel}).
     */
    private void adoptSiblingEnums(List<BodyDraft> bodies) {
        Map<String, List<FieldNode>> documented = new java.util.LinkedHashMap<>();
        List<FieldNode> inferred = new ArrayList<>();
        for (BodyDraft body : bodies) {
            for (FieldNode n : body.root.preorder()) {
                if (n.origin == Origin.DOCUMENTED && !n.enumValues.isEmpty() && !n.enumOpen && n.kind == Kind.STRING) {
                    documented.computeIfAbsent(n.name, k -> new ArrayList<>()).add(n);
                } else if (n.origin.inferred() && n.kind == Kind.STRING && n.enumValues.isEmpty()) {
                    inferred.add(n);
                }
            }
        }
        for (FieldNode n : inferred) {
            if (n.example == null) continue;
            FieldNode twin = documented.getOrDefault(n.name, List.of()).stream()
                    .filter(t -> t.enumValues.contains(n.example.asText())).findFirst().orElse(null);
            if (twin == null) continue;
            n.enumValues = new ArrayList<>(twin.enumValues);
            n.enumKind = twin.enumKind;
            n.format = null;
            sink.report(ParserCode.InferEnumFromSibling, n.location, "`" + n.name + "` takes the values of the documented `"
                    + twin.name + "` at line " + twin.location.line() + " (its example " + n.example + " is one of them)",
                    hints.pinOrSilence(n, "document `" + n.name + "` to pin its type", ParserCode.InferEnumFromSibling));
        }
    }

    private static @org.jspecify.annotations.Nullable String status(EndpointDraft ep, BodyDraft body) {
        return ep.responses.entrySet().stream().filter(e -> e.getValue() == body).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private static List<BodyDraft> bodies(EndpointDraft ep) {
        List<BodyDraft> out = new ArrayList<>();
        if (ep.request != null) out.add(ep.request);
        out.addAll(ep.responses.values());
        return out;
    }

    private void attachExamples(EndpointDraft ep) {
        for (EndpointDraft.LooseExample ex : ep.looseExamples) {
            BodyDraft target;
            if (ex.request()) {
                if (ep.request == null) ep.request = new BodyDraft("application/json", src.location(ex.json().start()));
                target = ep.request;
            } else if (ex.status() != null) {
                target = ep.response(ex.status(), src.location(ex.json().start()));
            } else {
                target = ep.responses.entrySet().stream().filter(e -> Statuses.isSuccess(e.getKey())).map(Map.Entry::getValue)
                        .findFirst().orElseGet(() -> ep.response("200", src.location(ex.json().start())));
            }
            if (target.example == null) {
                target.example = ex.json();
                if (target.contentType.isEmpty()) target.contentType = "application/json";
            } else {
                target.moreExamples.add(ex.json());
            }
        }
    }

    /** Applies prose lists to {@code node} and its descendants whose name matches a list's subject. */
    private void applyProse(FieldNode root, List<ProseList> lists, boolean isRoot) {
        if (lists.isEmpty()) return;
        List<FieldNode> stack = new ArrayList<>();
        stack.add(root);
        while (!stack.isEmpty()) {
            FieldNode n = stack.remove(stack.size() - 1);
            boolean container = n.kind == Kind.OBJECT || n.kind == Kind.ARRAY || n == root;
            if (container) {
                String key = ProseLists.key(n.name);
                for (ProseList list : lists) {
                    if ((n == root && isRoot && list.root()) || (!n.name.isEmpty() && list.subject().equals(key))) {
                        apply(n, list);
                    }
                }
            }
            stack.addAll(n.children.values());
        }
    }

    private void apply(FieldNode node, ProseList list) {
        boolean documented = node.hasDocumentedChildren();
        List<String> added = new ArrayList<>();
        for (ProseList.Item item : list.items()) {
            FieldNode child = node.children.get(item.name());
            if (child != null) {
                if (child.description.isEmpty()) child.description = item.description();
                continue;
            }
            sink.report(ParserCode.LintProseFieldUndocumented, src.location(item.offset()),
                    "`" + item.name() + "` is listed in prose but neither the field list nor the example has it",
                    "document it as a field, or add it to the example");
            if (documented) continue;
            FieldNode inferred = new FieldNode(item.name(), src.location(item.offset()));
            inferred.origin = Origin.INFERRED_FROM_PROSE;
            inferred.description = item.description();
            inferred.kind = item.description().matches("(?i)^(array|list) of.*") ? Kind.ARRAY
                    : item.description().matches("(?i)^whether\\b.*") ? Kind.BOOLEAN : Kind.STRING;
            node.children.put(item.name(), inferred);
            added.add(item.name());
        }
        if (node.kind == Kind.ARRAY && node.itemKind == Kind.UNSPECIFIED && !node.children.isEmpty()) node.itemKind = Kind.OBJECT;
        if (!added.isEmpty()) {
            sink.report(ParserCode.InferFieldFromProse, node.location,
                    "fields of " + (node.name.isEmpty() ? "the body" : "`" + node.name + "`") + " inferred from prose: "
                            + String.join(", ", added.stream().map(a -> a + " (" + Hints.describe(node.children.get(a)) + ")")
                                    .toList()),
                    hints.pinOrSilence(node, "document them as fields to pin their types", ParserCode.InferFieldFromProse));
        }
    }

    /** Enum values from prose and the date-time format, for one node. */
    private void refine(FieldNode n) {
        if (n.kind == Kind.ARRAY && !n.itemsNullable && NULL_ITEMS.matcher(n.description).find()) n.itemsNullable = true;
        boolean stringish = n.kind == Kind.STRING || n.kind == Kind.UNSPECIFIED
                || (n.kind == Kind.ARRAY && (n.itemKind == Kind.STRING || n.itemKind == Kind.UNSPECIFIED) && n.children.isEmpty());
        if (stringish && n.enumValues.isEmpty() && !n.description.isEmpty()) {
            ProseEnums.Found found = ProseEnums.find(n.description);
            if (found != null) {
                n.enumValues = new ArrayList<>(found.values());
                n.enumKind = EnumKind.STRING;
                n.enumOpen = found.open();
                if (n.kind == Kind.UNSPECIFIED) n.kind = Kind.STRING;
                sink.report(ParserCode.InferEnumFromProse, n.location,
                        (found.open() ? "open enum (known values, others allowed)" : "enum")
                                + " for `" + n.name + "` read from its description: " + String.join(", ", found.values()),
                        // an open enum, or one of an array's items, has no type expression of its own: only silencing helps
                        found.open() || n.kind == Kind.ARRAY ? Hints.silence(ParserCode.InferEnumFromProse)
                                : hints.pinType(n, hints.enumType(found.values(), n), ParserCode.InferEnumFromProse));
            }
        }
        if (n.kind == Kind.STRING && n.enumValues.isEmpty() && n.format == null && isTimestamp(n)) {
            n.format = "date-time";
            String evidence;
            if (n.example != null && parses(n.example)) {
                evidence = "its example " + n.example + " is ISO-8601";
            } else {
                Matcher words = TIMESTAMP_WORDS.matcher(n.description);
                evidence = "its description says \"" + (words.find() ? words.group() : "timestamp") + "\"";
            }
            sink.report(ParserCode.InferDateTime, n.location, "`" + n.name + "` is typed date-time (OffsetDateTime): " + evidence,
                    hints.pinType(n, hints.type("date-time", n), ParserCode.InferDateTime));
        }
    }

    private static boolean isTimestamp(FieldNode n) {
        // a field the docs say holds several kinds of value, a date among them, is no timestamp: one example of a date
        // never narrows it (a "value" of text, a number, a date or a boolean must read "blue" too)
        if (OTHER_KINDS.stream().filter(k -> k.matcher(n.description).find()).count() >= 2) return false;
        // an example decides: ISO-8601 text is a timestamp; any other value (epoch millis, "") says it is not one
        JsonNode ex = n.example;
        if (ex != null && !ex.isNull()) return parses(ex);
        return TIMESTAMP_WORDS.matcher(n.description).find() && !EPOCH_WORDS.matcher(n.description).find();
    }

    private static boolean parses(JsonNode ex) {
        if (!ex.isTextual()) return false;
        try {
            OffsetDateTime.parse(ex.asText());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
