package dev.docpoet.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import org.jspecify.annotations.Nullable;

/**
 * Annotations read by name, as javac sees them: the processor does not load {@code dev.docpoet} annotation classes,
 * which may not be on its own class path.
 */
final class Mirrors {
    private Mirrors() {}

    /** The annotation named {@code qualifiedName} on {@code e}, or null. */
    static @Nullable AnnotationMirror annotation(Element e, String qualifiedName) {
        for (AnnotationMirror a : e.getAnnotationMirrors()) {
            if (((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().contentEquals(qualifiedName)) return a;
        }
        return null;
    }
}
