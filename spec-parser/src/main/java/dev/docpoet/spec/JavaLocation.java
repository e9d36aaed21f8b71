package dev.docpoet.spec;

import java.util.Objects;

/**
 * A diagnostic's place in the user's Java code or build configuration rather than in a doc: the front end that made
 * it passes {@code handle} (for the processor, the annotation value) and reports the diagnostic there.
 *
 * @param what a readable name of the place, printed where no better position exists
 * @param handle the front end's own anchor, opaque to every other layer
 */
public record JavaLocation(String what, Object handle) implements Location {
    public JavaLocation {
        Objects.requireNonNull(what);
        Objects.requireNonNull(handle);
    }

    @Override
    public String file() {
        return what;
    }

    @Override
    public int line() {
        return 0;
    }

    @Override
    public int column() {
        return 0;
    }

    @Override
    public String toString() {
        return what;
    }
}
