package dev.docpoet.codegen;

import javax.lang.model.element.Element;
import org.jspecify.annotations.Nullable;

/**
 * What every writer stamps on the types it writes: the generator named in {@code @Generated}, and the element
 * each type names as its originating element (for incremental builds; none from the CLI).
 */
record WriterContext(String generator, @Nullable Element origin) {}
