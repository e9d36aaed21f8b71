package dev.docpoet.spec;

/** Where a field's existence and type came from, so that users can see what was inferred. */
public enum Origin {
    DOCUMENTED, INFERRED_FROM_EXAMPLE, INFERRED_FROM_PROSE;

    public boolean inferred() {
        return this != DOCUMENTED;
    }
}
