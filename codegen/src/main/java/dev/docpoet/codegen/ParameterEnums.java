package dev.docpoet.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.docpoet.codegen.Plans.EnumPlan;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.Parameter;
import dev.docpoet.spec.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Plans the type of each client parameter with documented values ({@code ?role=admin|agent|viewer}): the open enum class
 * bodies use. A parameter asks for the name a body field of its name would get ({@code Channel}; a generic word with
 * its resource, {@code AgentRole} on {@code /teams/{teamId}/agents}), then longer ones. It takes the enum a body has
 * under that name when the two share a documented value (a value only the parameter lists has no constant there:
 * {@code AgentRole.of("owner")}), else a class of its own, which the parameters of that name whose values overlap share,
 * with a constant for every value any of them lists. Sharing by overlap rather than by equal values keeps a parameter's
 * type when the docs add a value on either side. A parameter never takes or moves a body's name: bodies are named
 * first, and parameters only fill what is left.
 */
final class ParameterEnums {
    private static final ClassName LIST = ClassName.get(List.class);

    /** A class of the parameters' own while planning: the values every parameter that shares it lists, in order. */
    private record Own(Schema.EnumKind kind, List<String> values, Parameter first) {}

    private final String packageName;
    private final Function<String, String> labels;
    private final Map<String, EnumPlan> bodyEnums = new TreeMap<>();
    private final Map<String, Own> own = new TreeMap<>();
    private final NameScope taken;

    /**
     * @param bodyEnums the enums the bodies use
     * @param taken the package's scope of type names, holding every name generated so far; the parameters' own enums
     *     are taken in it
     */
    ParameterEnums(String packageName, Function<String, String> labels, List<EnumPlan> bodyEnums, NameScope taken) {
        this.packageName = packageName;
        this.labels = labels;
        for (EnumPlan e : bodyEnums) this.bodyEnums.put(e.name().simpleName(), e);
        this.taken = taken;
    }

    /** The Java type of a parameter: an enum class for documented values (a list of them for a list), else its plain type. */
    TypeName type(Endpoint e, Parameter p) {
        Schema s = p.schema();
        if (s instanceof Schema.ArraySchema a && enumOf(a.items()) != null) {
            return ParameterizedTypeName.get(LIST, enumClass(e, p, enumOf(a.items()), true));
        }
        Schema.EnumSchema en = enumOf(s);
        return en == null ? TypeMapper.parameter(s) : enumClass(e, p, en, false);
    }

    /** The enums planned for parameters alone, by name. */
    List<EnumPlan> planned() {
        List<EnumPlan> out = new ArrayList<>();
        own.forEach((name, o) -> out.add(EnumPlanner.plan(ClassName.get(packageName, name), new Schema.EnumSchema(o.kind(), o.values(), true),
                o.first().description(), o.first().location(), labels.apply(o.first().location().file()))));
        return out;
    }

    /** An enum worth a class: two values or more (one value is a constant, as in bodies). */
    private static Schema.@Nullable EnumSchema enumOf(Schema s) {
        return s instanceof Schema.EnumSchema en && en.values().size() > 1 ? en : null;
    }

    private static boolean overlap(Schema.EnumKind kind, List<String> values, Schema.EnumSchema en) {
        return kind == en.kind() && en.values().stream().anyMatch(values::contains);
    }

    private ClassName enumClass(Endpoint e, Parameter p, Schema.EnumSchema en, boolean list) {
        List<String> candidates = candidates(e, p, list);
        for (String c : candidates) {
            EnumPlan body = bodyEnums.get(c);
            if (body != null) {
                if (overlap(body.schema().kind(), body.schema().values(), en)) return body.name();
                continue;
            }
            Own mine = own.get(c);
            if (mine != null) {
                if (!overlap(mine.kind(), mine.values(), en)) continue;
                for (String v : en.values()) if (!mine.values().contains(v)) mine.values().add(v);
                return ClassName.get(packageName, c);
            }
            if (taken.isFree(c)) return plan(c, en, p);
        }
        return plan(taken.allocateNumbered(candidates.get(candidates.size() - 1), ""), en, p);
    }

    private ClassName plan(String name, Schema.EnumSchema en, Parameter p) {
        taken.take(name);
        own.put(name, new Own(en.kind(), new ArrayList<>(en.values()), p));
        return ClassName.get(packageName, name);
    }

    /**
     * {@code channel} → {@code Channel}; a generic word ({@code role}) with the resource the path names first
     * ({@code AgentRole}); then with every segment ({@code TeamAgentRole}), with the HTTP method too
     * ({@code GetTeamAgentRole}), and the word alone with {@code Param} ({@code RoleParam}).
     */
    private static List<String> candidates(Endpoint e, Parameter p, boolean list) {
        String prop = JavaNames.upperCamel(list ? JavaNames.singular(p.name()) : p.name());
        boolean generic = EnumPlanner.GENERIC.contains(p.name().toLowerCase(Locale.ROOT))
                || JavaNames.RESERVED_SIMPLE_NAMES.contains(prop);
        List<String> segments = new ArrayList<>();
        for (String s : e.path().split("/")) {
            if (s.isEmpty() || s.startsWith("{") || s.startsWith(":") || TypeNaming.isVersion(s) || JavaNames.words(s).isEmpty()) continue;
            segments.add(JavaNames.upperCamel(JavaNames.singular(s)));
        }
        // an action (/orders/{id}/cancel) is no resource
        List<String> resources = new ArrayList<>(segments);
        if (!resources.isEmpty() && TypeNaming.isAction(resources.get(resources.size() - 1))) resources.remove(resources.size() - 1);
        List<String> out = new ArrayList<>();
        if (!generic) out.add(prop);
        if (!resources.isEmpty()) {
            String noun = resources.get(resources.size() - 1);
            if (!prop.startsWith(noun)) out.add(JavaNames.shortened(noun + prop, JavaNames.MAX_TYPE_NAME));
        }
        String all = String.join("", segments);
        add(out, all + prop);
        add(out, JavaNames.upperCamel(e.method().toLowerCase(Locale.ROOT)) + all + prop);
        if (out.isEmpty() || generic && !out.contains(prop)) add(out, prop);
        add(out, prop + "Param");
        return out;
    }

    private static void add(List<String> out, String name) {
        String n = JavaNames.shortened(name, JavaNames.MAX_TYPE_NAME);
        if (!out.contains(n)) out.add(n);
    }
}
