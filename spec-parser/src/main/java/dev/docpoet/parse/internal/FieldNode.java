package dev.docpoet.parse.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docpoet.spec.Origin;
import dev.docpoet.spec.Schema.EnumKind;
import dev.docpoet.spec.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A field while a page is being read: mutable, so that inference and lint can complete it before it is frozen
 * into the model. Children of an array node describe its items' properties.
 */
public final class FieldNode {
    public final String name;
    public final SourceLocation location;
    public Kind kind = Kind.UNSPECIFIED;
    public Kind itemKind = Kind.UNSPECIFIED;
    public @Nullable String format;
    public boolean required;
    public boolean nullable;
    /** Whether the doc's example gives this field as {@code null}. */
    public boolean nullInExample;
    /** Whether this object is a map: its one child {@link #MAP_VALUE} describes every value, whatever the key. */
    public boolean map;
    /** For an array: whether its items may be null. */
    public boolean itemsNullable;
    public boolean deprecated;
    public String description = "";
    /** The description as the page wrote it, markdown with its paragraphs and lists. */
    public String descriptionMarkdown = "";
    public @Nullable JsonNode example;
    public @Nullable JsonNode defaultValue;
    public List<String> enumValues = new ArrayList<>();
    public @Nullable EnumKind enumKind;
    public boolean enumOpen;
    public Origin origin = Origin.DOCUMENTED;
    /**
     * The entity another section or page documents this field (or, for an array, each item) as: an attribute-heading
     * page's {@code [Account](…)} type, resolved to a component across the doc set ({@code EntityResolver}); or, written
     * {@code =KEY}, a component of the page itself (a GFM page's schema section).
     */
    public @Nullable String entity;
    public final Map<String, FieldNode> children = new LinkedHashMap<>();

    /** The name of a map's value node. */
    public static final String MAP_VALUE = "*";

    /** Makes this node a map whose values are described by {@code value} (kept under {@link #MAP_VALUE}). */
    public void becomeMap(FieldNode value) {
        kind = Kind.OBJECT;
        map = true;
        children.clear();
        children.put(MAP_VALUE, value);
    }

    public FieldNode(String name, SourceLocation location) {
        this.name = name;
        this.location = location;
    }

    /** A root node standing for a whole body. */
    public static FieldNode root(SourceLocation location) {
        FieldNode n = new FieldNode("", location);
        n.kind = Kind.OBJECT;
        return n;
    }

    /** Whether the doc gives this node properties of its own (not inferred). */
    public boolean hasDocumentedChildren() {
        return children.values().stream().anyMatch(c -> c.origin == Origin.DOCUMENTED);
    }

    /** This node and all below it, parents before children, in doc order; iterative, so depth is no risk. */
    public List<FieldNode> preorder() {
        List<FieldNode> out = new ArrayList<>();
        List<FieldNode> stack = new ArrayList<>();
        stack.add(this);
        while (!stack.isEmpty()) {
            FieldNode n = stack.remove(stack.size() - 1);
            out.add(n);
            List<FieldNode> kids = new ArrayList<>(n.children.values());
            for (int i = kids.size() - 1; i >= 0; i--) stack.add(kids.get(i));
        }
        return out;
    }

    /**
     * A deep copy of this field under another name (its own name when {@code name} is null), with everything it says:
     * type, flags, text, example, default, enum and children (to {@link FieldTree#MAX_DEPTH} levels).
     */
    public FieldNode copy(@Nullable String name) {
        return copy(name == null ? this.name : name, 0);
    }

    private FieldNode copy(String name, int depth) {
        FieldNode c = new FieldNode(name, location);
        c.kind = kind;
        c.itemKind = itemKind;
        c.format = format;
        c.required = required;
        c.nullable = nullable;
        c.nullInExample = nullInExample;
        c.map = map;
        c.itemsNullable = itemsNullable;
        c.deprecated = deprecated;
        c.description = description;
        c.descriptionMarkdown = descriptionMarkdown;
        c.example = example;
        c.defaultValue = defaultValue;
        c.enumValues = new ArrayList<>(enumValues);
        c.enumKind = enumKind;
        c.enumOpen = enumOpen;
        c.origin = origin;
        c.entity = entity;
        if (depth < FieldTree.MAX_DEPTH) children.forEach((k, v) -> c.children.put(k, v.copy(v.name, depth + 1)));
        return c;
    }

    /** Applies a parsed type expression to this node. */
    public void applyType(TypeExpression type) {
        kind = type.kind();
        itemKind = type.itemKind();
        format = type.format();
        nullable |= type.nullable();
        required |= type.required();
        deprecated |= type.deprecated();
        if (type.mapValue() != null) {
            FieldNode value = new FieldNode(MAP_VALUE, location);
            value.kind = type.mapValue();
            value.origin = origin;
            becomeMap(value);
        }
        if (!type.literals().isEmpty()) {
            enumValues = new ArrayList<>(type.literals());
            enumKind = type.numericLiterals() ? EnumKind.NUMBER : EnumKind.STRING;
        }
    }
}
