package dev.docpoet.parse.internal;

import dev.docpoet.spec.ParserCode;
import java.util.ArrayList;
import java.util.List;

/**
 * Places fields under their parents by path, the one nesting rule both dialects share: dotted names
 * ({@code a.b.c}), array items without {@code []}, and names relative to an enclosing field.
 */
public final class FieldTree {
    /** Deeper nesting than this is reported and cut off, so that hostile input cannot exhaust the stack. */
    public static final int MAX_DEPTH = 64;

    private final DiagnosticSink sink;

    public FieldTree(DiagnosticSink sink) {
        this.sink = sink;
    }

    /** Splits a dotted field name into its path, dropping {@code []} markers. */
    public static List<String> path(String name) {
        List<String> out = new ArrayList<>();
        for (String seg : name.split("\\.")) {
            String s = seg.replace("[]", "").trim();
            if (s.isEmpty()) continue;
            // "…:2.0:Group" is one name with a version in it, not a path: a segment never starts with a digit
            if (!out.isEmpty() && Character.isDigit(s.charAt(0))) {
                out.set(out.size() - 1, out.get(out.size() - 1) + "." + s);
            } else {
                out.add(s);
            }
        }
        if (out.isEmpty()) out.add(name.trim());
        return out;
    }

    /**
     * Adds {@code leaf} under {@code parent} at the path its doc name {@code written} gives (the last segment is
     * the leaf's own name). Returns false when the field was not added (a duplicate, or too deep).
     */
    public boolean add(FieldNode parent, String written, FieldNode leaf, int parentDepth) {
        List<String> path = path(written);
        if (parentDepth + path.size() > MAX_DEPTH) {
            sink.report(ParserCode.SpecTooDeep, leaf.location,
                    "field `" + written + "` is nested more than " + MAX_DEPTH + " levels deep",
                    "flatten the field list; docpoet ignores fields below that depth");
            return false;
        }
        FieldNode at = parent;
        for (int i = 0; i < path.size() - 1; i++) {
            String seg = path.get(i);
            FieldNode next = at.children.get(seg);
            if (next == null) {
                String parentPath = String.join(".", path.subList(0, i + 1));
                sink.report(ParserCode.SpecOrphanField, leaf.location,
                        "field `" + written + "` is documented but its parent `" + parentPath + "` is not; docpoet assumes `"
                                + parentPath + "` is an object",
                        "document `" + parentPath + "` before its children");
                next = new FieldNode(seg, leaf.location);
                next.kind = Kind.OBJECT;
                at.children.put(seg, next);
            } else if (next.kind != Kind.ARRAY && next.kind != Kind.OBJECT) {
                next.kind = next.kind == Kind.UNSPECIFIED || next.kind == Kind.ANY ? Kind.OBJECT : next.kind;
            }
            at = next;
        }
        String last = path.get(path.size() - 1);
        FieldNode existing = at.children.get(last);
        if (existing != null) {
            sink.report(ParserCode.LintDuplicateField, leaf.location,
                    "field `" + written + "` is documented twice (first at line " + existing.location.line() + ")",
                    "remove one of the two; docpoet keeps the first, and leaves out the second with any field nested under it");
            return false;
        }
        at.children.put(last, leaf);
        return true;
    }
}
