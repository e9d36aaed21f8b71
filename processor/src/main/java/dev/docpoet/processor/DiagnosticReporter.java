package dev.docpoet.processor;

import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.JavaLocation;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;
import org.jspecify.annotations.Nullable;

/**
 * Reports doc diagnostics as javac messages on the {@code @ApiDocs} value they concern, starting with
 * {@code FILE:LINE:COL:}. Warnings can be suppressed with {@code @SuppressWarnings("docpoet")} (all) or
 * {@code @SuppressWarnings("docpoet:Code")}; infos print only with {@code -Adocpoet.verbose=true}.
 */
final class DiagnosticReporter {
    private final Messager messager;
    private final boolean verbose;
    private final Element element;
    private final AnnotationMirror mirror;
    private final Set<String> suppressed = new HashSet<>();
    private boolean errors;

    DiagnosticReporter(Messager messager, boolean verbose, Element element, AnnotationMirror mirror) {
        this.messager = messager;
        this.verbose = verbose;
        this.element = element;
        this.mirror = mirror;
        // as for javac's own warnings, a @SuppressWarnings on an enclosing class or package counts too
        for (Element e = element; e != null; e = e.getEnclosingElement()) {
            SuppressWarnings sw = e.getAnnotation(SuppressWarnings.class);
            if (sw != null) suppressed.addAll(java.util.List.of(sw.value()));
        }
    }

    /**
     * Reports a doc diagnostic on the annotation value that named the doc, or, for one that points at the user's
     * configuration (a {@link JavaLocation}), on that annotation value itself.
     */
    void report(Diagnostic d, @Nullable AnnotationValue value) {
        if (d.location() instanceof JavaLocation j && j.handle() instanceof AnnotationValue at) {
            value = at;
        }
        String text = d.code().withId((d.location() instanceof JavaLocation ? "" : d.location() + ": ") + d.text());
        switch (d.severity()) {
            case ERROR -> error(text, value);
            case WARNING -> {
                if (!suppressed.contains("docpoet") && !suppressed.contains("docpoet:" + d.code().id())) {
                    print(Kind.WARNING, text, value);
                }
            }
            case INFO -> {
                if (verbose) print(Kind.NOTE, text, value);
            }
        }
    }

    /** One of the processor's own errors, on the annotation (or one of its values). */
    void error(ProcessorMessage message, @Nullable AnnotationValue value, Object... args) {
        errors = true;
        print(Kind.ERROR, message.format(args), value);
    }

    private void error(String text, @Nullable AnnotationValue value) {
        errors = true;
        print(Kind.ERROR, text, value);
    }

    boolean hadErrors() {
        return errors;
    }

    private void print(Kind kind, String text, @Nullable AnnotationValue value) {
        if (value != null) {
            messager.printMessage(kind, text, element, mirror, value);
        } else {
            messager.printMessage(kind, text, element, mirror);
        }
    }
}
