package dev.docpoet.codegen;

import dev.docpoet.codegen.TopLevelNames.Claim;
import dev.docpoet.spec.Component;
import dev.docpoet.spec.Shapes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * The names a spec's shared component asks for: the spec's own name, kept over other types (a stable claim). Pinned
 * as {@code component FILE#NAME}.
 */
final class ComponentNames {
    private ComponentNames() {}

    /**
     * A component's claim on a top-level name: its pin, else the spec's name; then {@code NameModel} for a name Java
     * or the runtime keeps ({@code Error}), then the spec file's stem in front ({@code ShopError}), which tells two
     * specs' components of one name apart. The request side of one whose readOnly or writeOnly fields set the sides
     * apart is {@code PetRequest} beside {@code Pet}, and {@code Pet} when only requests use it. The last candidate
     * carries a hash of the spec's name, so that components never run out of names.
     */
    static Claim claim(Component c, Map<String, Component> all, NameSources sources) {
        String key = Component.pinKey(c.key());
        String shape = Shapes.key(c.schema());
        TypeNamePin pin = sources.pin(key);
        if (pin != null) return new Claim(key, List.of(pin.name()), shape, TopLevelNames.Kind.RECORD, true, c.location(), Set.of());
        String name = JavaNames.upperCamel(c.name());
        if (name.isEmpty() || !SourceVersion.isName(name)) name = "Schema";
        name = JavaNames.shortened(name, JavaNames.MAX_TYPE_NAME);
        String file = c.file();
        String stem = JavaNames.upperCamel(file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.[^.]*$", "")
                .replaceAll("(?i)openapi|swagger|spec", " "));
        String byFile = stem.isEmpty() || !SourceVersion.isName(stem + name) ? null : stem + name;
        List<String> candidates = new ArrayList<>();
        if (c.requestSide() && all.containsKey(c.otherSideKey())) {
            candidates.add(name + "Request");
            if (byFile != null) candidates.add(byFile + "Request");
            candidates.add(name + "Input");
        } else {
            candidates.add(name);
            // `_metadata` beside `metadata`: the underscore tells them apart
            if (c.name().startsWith("_")) candidates.add(JavaNames.shortened("Underscore" + name, JavaNames.MAX_TYPE_NAME));
            String suffixed = name + (c.requestSide() ? "Request" : "Model");
            if (JavaNames.RESERVED_SIMPLE_NAMES.contains(name)) candidates.add(suffixed);
            if (byFile != null) candidates.add(byFile);
            if (!candidates.contains(suffixed)) candidates.add(suffixed);
        }
        // names that differ only in what a Java name drops (`pet-status`, `pet_status`) end apart, never numbered
        candidates.add(name + "_" + String.format(java.util.Locale.ROOT, "%08x", c.name().hashCode()));
        return new Claim(key, candidates, shape, TopLevelNames.Kind.RECORD, false, c.location(), Set.of(), true);
    }
}
