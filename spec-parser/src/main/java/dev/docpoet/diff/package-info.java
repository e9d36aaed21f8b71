/**
 * Doc drift: an API's contract without its prose ({@link dev.docpoet.diff.ApiLock}, the committed
 * {@code docpoet.lock.json}) and what changed between two of them, each change marked breaking or not for a client
 * ({@link dev.docpoet.diff.ApiDiff}).
 */
@NullMarked
package dev.docpoet.diff;

import org.jspecify.annotations.NullMarked;
