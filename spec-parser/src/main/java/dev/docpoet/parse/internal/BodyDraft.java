package dev.docpoet.parse.internal;

import dev.docpoet.spec.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A request or response body while its page is read: the documented fields under a root node, and its example. */
public final class BodyDraft {
    public String contentType;
    public final FieldNode root;
    public @Nullable LocatedJson example;
    /** The body's further examples (a second error example for the same status), after {@link #example}. */
    public final List<LocatedJson> moreExamples = new ArrayList<>();
    /** For an event stream, the data that ends it where the page shows one ({@code [DONE]}). */
    public @Nullable String streamEnd;
    public final SourceLocation location;

    public BodyDraft(String contentType, SourceLocation location) {
        this.contentType = contentType;
        this.location = location;
        this.root = FieldNode.root(location);
    }

    /** Whether the doc says anything about this body's shape. */
    public boolean hasShape() {
        return !root.children.isEmpty() || example != null || root.kind == Kind.ARRAY || root.entity != null;
    }
}
