package dev.docpoet.samples.media;

import dev.docpoet.ApiDocs;

/**
 * The media API as three Mintlify pages in {@code src/main/docs/media} describe it: two on {@code api.media.example}
 * and the upload on {@code upload.media.example}, each pinning the {@code Media-Version} it documents. The client
 * takes the host most pages give; the upload keeps its own.
 */
@ApiDocs("media")
public interface Media {}
