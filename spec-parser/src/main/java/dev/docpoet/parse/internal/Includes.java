package dev.docpoet.parse.internal;

import org.jspecify.annotations.Nullable;

/**
 * The other files of the docs folder a page may pull in: a Mintlify/Fern {@code <Snippet file="…"/>}, the JSON a
 * docusaurus-openapi-docs page imports, a GitBook page's spec. Never a file outside the docs folder, never the network.
 */
public interface Includes {
    /** No file is reachable: a page read from text alone, or from a jar. */
    Includes NONE = (written, snippet) -> null;

    /**
     * The text of the file {@code written} names, from the page's folder up to the docs folder (and, for a snippet, in a
     * {@code snippets/} folder on the way), named as the page's diagnostics name files; null when there is none.
     */
    @Nullable SourceText find(String written, boolean snippet);

    /** The file {@code written} names relative to the page's folder ({@code ./x.json}, {@code ../x.json}), as an import is. */
    default @Nullable SourceText relative(String written) {
        return null;
    }
}
