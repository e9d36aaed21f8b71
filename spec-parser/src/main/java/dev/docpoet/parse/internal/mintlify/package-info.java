/** Mintlify MDX pages: a small line-preserving scanner for JSX components and fenced code, and the field reader. */
@NullMarked
package dev.docpoet.parse.internal.mintlify;

import org.jspecify.annotations.NullMarked;
