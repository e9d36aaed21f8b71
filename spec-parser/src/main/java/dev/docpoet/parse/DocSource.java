package dev.docpoet.parse;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * One doc page of a doc set, the same for every front end: its label (its path relative to the docs root, with
 * forward slashes, never absolute: generated code and fingerprints cite it), the file it was read from when it is on
 * disk (for messages), and its bytes.
 */
public record DocSource(String label, @Nullable Path file, byte[] bytes) {
    /**
     * The docs folder the page was read from, in the form its file has (relative when the user gave a relative path):
     * the file less the label's segments; null when the page was not read from disk.
     */
    public @Nullable Path root() {
        if (file == null) return null;
        Path p = file;
        for (String seg : label.split("/")) {
            if (!seg.isEmpty() && !seg.equals(".")) p = p.getParent() == null ? Path.of("") : p.getParent();
        }
        return p;
    }

    /** {@link #root()} absolute and normalised: the one form roots are compared in; null when not read from disk. */
    public @Nullable Path absoluteRoot() {
        Path root = root();
        return root == null ? null : root.toAbsolutePath().normalize();
    }

    /** The name diagnostics give the page: the file as the user reaches it, else the label. */
    public String displayName() {
        return file == null ? label : file.toString();
    }
}
