/** The {@code docpoet} command line: export, lint, inspect and generate, sharing the parser and generator. */
@NullMarked
package dev.docpoet.cli;

import org.jspecify.annotations.NullMarked;
