/** GitBook pages: {@code {% swagger %}} blocks with their parameters and responses, and blocks that point at a spec. */
@NullMarked
package dev.docpoet.parse.internal.gitbook;

import org.jspecify.annotations.NullMarked;
