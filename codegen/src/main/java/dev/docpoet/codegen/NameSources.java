package dev.docpoet.codegen;

import dev.docpoet.spec.Diagnostic;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.SourceVersion;
import org.jspecify.annotations.Nullable;

/**
 * Where a type's name comes from before docpoet's own rules: the user's pins first, then the name the docs' source
 * gives (a spec's component schema). Both are keyed as pins are ({@code GET /a/{} 200 /field}). Reports pins that are
 * malformed, doubled or never used.
 */
final class NameSources {
    private final Map<String, TypeNamePin> pins = new TreeMap<>();
    private final Set<String> usedPins = new HashSet<>();
    private final Map<String, String> sourceNames;
    private final List<Diagnostic> diagnostics;

    NameSources(List<TypeNamePin> written, Map<String, String> sourceNames, List<Diagnostic> diagnostics) {
        this.sourceNames = sourceNames;
        this.diagnostics = diagnostics;
        for (TypeNamePin p : written) {
            String key = p.key();
            if (key == null) {
                diagnostics.add(new Diagnostic(GeneratorCode.GenPinInvalid, "`" + p.of() + "` does not name a body",
                        p.at(), "write METHOD /path STATUS, METHOD /path request, or either followed by /field/…"));
            } else if (!SourceVersion.isIdentifier(p.name()) || SourceVersion.isKeyword(p.name())) {
                diagnostics.add(new Diagnostic(GeneratorCode.GenPinInvalid, "`" + p.name() + "` is not a Java type name",
                        p.at(), "pin a name such as Ticket"));
            } else if (pins.putIfAbsent(key, p) != null) {
                diagnostics.add(new Diagnostic(GeneratorCode.GenPinInvalid, "`" + p.of() + "` is pinned twice", p.at(), "keep one pin"));
            }
        }
    }

    /** The pin of what {@code key} names, which counts as used. */
    @Nullable TypeNamePin pin(String key) {
        TypeNamePin p = pins.get(key);
        if (p != null) usedPins.add(key);
        return p;
    }

    /** The name the docs' source gives what a key names (a spec's component schema), when it is a usable Java name. */
    @Nullable String sourceName(String key) {
        String name = sourceNames.get(key.strip());
        return name == null ? null : javaName(name);
    }

    /** A name the source gives as a Java type name, when it makes a usable one. */
    static @Nullable String javaName(String name) {
        String java = JavaNames.upperCamel(name);
        return java.isEmpty() || !SourceVersion.isName(java) || JavaNames.RESERVED_SIMPLE_NAMES.contains(java) ? null
                : JavaNames.shortened(java, JavaNames.MAX_TYPE_NAME);
    }

    /** {@code candidates} with the source's own name first. */
    List<String> sourceFirst(String key, List<String> candidates) {
        String named = sourceName(key);
        if (named == null || candidates.contains(named)) return candidates;
        List<String> out = new ArrayList<>();
        out.add(named);
        out.addAll(candidates);
        return out;
    }

    /** A pinned name for a nested type, taken in {@code scope}; reported (and made unique) when the scope has it already. */
    String takeNested(NameScope scope, TypeNamePin pin) {
        if (scope.isFree(pin.name())) {
            scope.take(pin.name());
            return pin.name();
        }
        diagnostics.add(new Diagnostic(GeneratorCode.GenPinInvalid, "the name `" + pin.name() + "` pinned for " + pin.of()
                + " is taken in its record", pin.at(), "pin another name"));
        return scope.allocate(pin.name());
    }

    /** Reports the pins that matched nothing; call once every name is planned. */
    void reportUnused() {
        for (TypeNamePin p : pins.values()) {
            if (!usedPins.contains(p.key())) {
                diagnostics.add(new Diagnostic(GeneratorCode.GenPinUnused, "the type name pinned for `" + p.of()
                        + "` matches no body or field of the docs", p.at(), "write it as METHOD /path STATUS|request [/field/…]"));
            }
        }
    }
}
