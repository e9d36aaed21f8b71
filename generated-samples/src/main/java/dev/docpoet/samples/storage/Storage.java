package dev.docpoet.samples.storage;

import dev.docpoet.ApiDocs;

/**
 * The storage API as its OpenAPI file {@code src/main/docs/storage/openapi.yaml} describes it: OAuth2 client
 * credentials, an upload endpoint on a host of its own, and a version header each endpoint pins. Compiling this
 * interface generates {@code StorageClient}, whose builder offers {@code oauth2ClientCredentials(…)}.
 */
@ApiDocs("storage/openapi.yaml")
public interface Storage {}
