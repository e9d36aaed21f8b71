/**
 * The run-time half of docpoet's generated HTTP clients: the builder options they share, the transport that sends a
 * {@link dev.docpoet.client.Call} with retries, and what a call returns or throws. JDK only ({@code java.net.http});
 * JSON goes through a {@link dev.docpoet.client.JsonCodec}, Jackson 2 or 3, whichever the class path has.
 */
@NullMarked
package dev.docpoet.client;

import org.jspecify.annotations.NullMarked;
