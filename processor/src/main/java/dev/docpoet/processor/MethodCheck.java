package dev.docpoet.processor;

import dev.docpoet.spec.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic.Kind;

/**
 * Checks the methods of an {@code @ApiDocs} interface, which may name types docpoet generates: a type that does not
 * exist yet may still be generated in a later round, so such a method is deferred, and reported only in the last round
 * (AutoValue's {@code MissingTypes}, MapStruct's deferred mappers). {@code @Endpoint} is reported at once: nothing reads
 * it before client stubs exist.
 */
final class MethodCheck {
    private final ProcessingEnvironment env;

    MethodCheck(ProcessingEnvironment env) {
        this.env = env;
    }

    /** Where an interface's methods stand. */
    enum State {
        /** A type they name may still be generated: look again next round. */
        WAIT,
        /** A type they name does not exist, and this was reported. */
        MISSING,
        /** Every type they name exists. */
        RESOLVED
    }

    /** Checks {@code type}'s methods; in the last round, reports the types still missing. */
    State check(TypeElement type, Set<String> generated, boolean lastRound) {
        List<Element> missing = new ArrayList<>();
        for (Element e : type.getEnclosedElements()) {
            if (e.getKind() != ElementKind.METHOD) continue;
            ExecutableElement m = (ExecutableElement) e;
            if (unresolved(m.getReturnType())) missing.add(m);
            for (VariableElement p : m.getParameters()) {
                if (unresolved(p.asType())) missing.add(p);
            }
        }
        if (missing.isEmpty()) return State.RESOLVED;
        if (!lastRound) return State.WAIT;
        for (Element e : missing) {
            TypeMirror t = e instanceof ExecutableElement m ? m.getReturnType() : e.asType();
            String name = innermostError(t).toString();
            String suggestion = Suggestions.closest(name.substring(name.lastIndexOf('.') + 1), generated);
            env.getMessager().printMessage(Kind.ERROR, ProcessorMessage.ApiDocsMissingType.format(name,
                    suggestion == null ? "" : "; did you mean " + suggestion + "?"), e);
        }
        return State.MISSING;
    }

    /** The missing type itself: {@code Modle} of {@code List<Modle>}. */
    private static TypeMirror innermostError(TypeMirror t) {
        if (t.getKind() == TypeKind.ERROR) return t;
        if (t instanceof javax.lang.model.type.DeclaredType d) {
            for (TypeMirror arg : d.getTypeArguments()) {
                if (unresolved(arg)) return innermostError(arg);
            }
        }
        if (t instanceof javax.lang.model.type.ArrayType a) return innermostError(a.getComponentType());
        return t;
    }

    /** Whether the type, or a type argument in it ({@code List<Model>}), does not exist yet. */
    private static boolean unresolved(TypeMirror t) {
        if (t.getKind() == TypeKind.ERROR) return true;
        if (t instanceof javax.lang.model.type.DeclaredType d) return d.getTypeArguments().stream().anyMatch(MethodCheck::unresolved);
        if (t instanceof javax.lang.model.type.ArrayType a) return unresolved(a.getComponentType());
        if (t instanceof javax.lang.model.type.WildcardType w) {
            return w.getExtendsBound() != null && unresolved(w.getExtendsBound()) || w.getSuperBound() != null && unresolved(w.getSuperBound());
        }
        return false;
    }
}
