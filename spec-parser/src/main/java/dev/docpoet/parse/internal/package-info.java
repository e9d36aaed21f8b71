/**
 * Internal: drafts that readers, inference and lint fill in while a page is read, and the pipeline that freezes them
 * into the immutable model. Not an API; only {@code dev.docpoet.parse} and {@code dev.docpoet.spec} are.
 */
@NullMarked
package dev.docpoet.parse.internal;

import org.jspecify.annotations.NullMarked;
