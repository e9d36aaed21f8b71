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
    /** For an array: whether its items may be null. */
    public boolean itemsNullable;
    public boolean deprecated;
    public String description = "";
    public @Nullable JsonNode example;
    public @Nullable JsonNode defaultValue;
    public List<String> enumValues = new ArrayList<>();
    public @Nullable EnumKind enumKind;
    public boolean enumOpen;
    public Origin origin = Origin.DOCUMENTED;
    public final Map<String, FieldNode> children = new LinkedHashMap<>();

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

    /** Whether this node's children describe array items rather than its own properties. */
    public boolean childrenAreItems() {
        return kind == Kind.ARRAY;
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

    /** Applies a parsed type expression to this node. */
    public void applyType(TypeExpression type) {
        kind = type.kind();
        itemKind = type.itemKind();
        format = type.format();
        nullable |= type.nullable();
        required |= type.required();
        deprecated |= type.deprecated();
        if (!type.literals().isEmpty()) {
            enumValues = new ArrayList<>(type.literals());
            enumKind = type.numericLiterals() ? EnumKind.NUMBER : EnumKind.STRING;
        }
    }
}
