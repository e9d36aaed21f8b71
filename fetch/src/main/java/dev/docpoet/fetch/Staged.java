package dev.docpoet.fetch;

import org.jspecify.annotations.Nullable;

/**
 * One fetched file, in memory until the whole fetch has succeeded.
 *
 * @param bytes what the project keeps (a page without its generated header)
 * @param entrySpec whether it is a spec the user named (a source of its own), rather than a page, a stub page's spec or
 *     a file a {@code $ref} names
 */
record Staged(String path, String url, byte[] bytes, String sha256, @Nullable String etag, @Nullable String lastModified,
        boolean entrySpec) {
    SourcesLock.Entry entry() {
        return new SourcesLock.Entry(path, url, sha256, etag, lastModified);
    }
}
