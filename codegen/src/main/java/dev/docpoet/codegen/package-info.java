/** The generator: spec model in, JavaPoet files out (records, open enums, validators). Shared by every front end. */
@NullMarked
package dev.docpoet.codegen;

import org.jspecify.annotations.NullMarked;
