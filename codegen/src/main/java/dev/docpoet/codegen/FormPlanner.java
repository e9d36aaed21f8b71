package dev.docpoet.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.docpoet.codegen.TopLevelNames.Claim;
import dev.docpoet.spec.ApiModel;
import dev.docpoet.spec.Body;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.MediaKind;
import dev.docpoet.spec.Property;
import dev.docpoet.spec.Schema;
import dev.docpoet.spec.Shapes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Plans a record for each form request body ({@code multipart/form-data}, {@code application/x-www-form-urlencoded}):
 * one component per documented field, a file as the runtime's {@code Upload} (a list of them for several), other values
 * as a parameter of that type would be, an object as its component's record or a map. Its name is claimed with the
 * others ({@code UploadFileRequest}, as a JSON request body would be named) whether or not a client is written, so that
 * adding docpoet-client renames nothing; the record itself is written only with the client, which sends it.
 */
final class FormPlanner {
    private static final ClassName LIST = ClassName.get(List.class);
    /** What a form record's component may not be named: its own static members and a record's methods. */
    private static final Set<String> RESERVED = Set.of("builder", "toBuilder", "hashCode", "toString", "equals", "getClass");

    /** One form record to write. */
    record Form(ClassName name, Endpoint endpoint, Body body, List<Field> fields, String label) {
        Form {
            fields = List.copyOf(fields);
        }
    }

    /**
     * One field of a form.
     *
     * @param file whether it is a file, or a list of files
     * @param partType the content type the docs give its part (OpenAPI's {@code encoding}), or null
     */
    record Field(Property property, String javaName, TypeName type, boolean file, @Nullable String partType) {}

    private final Function<String, String> labels;
    private final NameSources sources;
    private final List<Diagnostic> diagnostics;
    private final Map<Endpoint, Claim> claims = new LinkedHashMap<>();

    FormPlanner(Function<String, String> labels, NameSources sources, List<Diagnostic> diagnostics) {
        this.labels = labels;
        this.sources = sources;
        this.diagnostics = diagnostics;
    }

    /** The name claims of the model's form bodies, in a fixed order. */
    List<Claim> claims(ApiModel model) {
        List<Endpoint> endpoints = model.endpoints().stream().filter(e -> MediaPlanner.form(e.requestBody()))
                .sorted(Comparator.comparing(Endpoint::signature)).toList();
        for (Endpoint e : endpoints) {
            String pinKey = TypeNamePin.key(e.method(), e.path(), "request");
            TypeNamePin pin = sources.pin(pinKey);
            List<String> candidates = pin != null ? List.of(pin.name())
                    : TypeNaming.candidates(e, TypeNaming.Role.REQUEST, "", JavaNames.upperCamel(TypeNaming.statusPhrase("")), false);
            Body b = e.requestBody();
            // never one type with a JSON record of the same fields: a form is written differently
            String shape = "form " + b.kind() + " " + Shapes.key(b.schema());
            claims.put(e, new Claim(e.signature() + " request", candidates, shape, TopLevelNames.Kind.RECORD, pin != null, b.location(), Set.of()));
        }
        return List.copyOf(claims.values());
    }

    /** The form records, once the claims have their names; also warns of fields a urlencoded form sends as JSON text. */
    List<Form> plans(String packageName, Map<String, ClassName> componentClasses) {
        Map<String, Form> byName = new java.util.TreeMap<>();
        for (Map.Entry<Endpoint, Claim> c : claims.entrySet()) {
            Endpoint e = c.getKey();
            Body b = e.requestBody();
            List<Field> fields = new ArrayList<>();
            List<String> names = javaNames(b);
            for (int i = 0; i < b.fields().size(); i++) {
                Property p = b.fields().get(i);
                boolean file = Body.isFile(p.schema());
                if (b.kind() == MediaKind.FORM && !file && !plain(p.schema())) {
                    diagnostics.add(new Diagnostic(GeneratorCode.GenFormFieldAsJson, "field `" + p.name() + "` of the "
                            + b.contentType() + " body of " + e.signature() + " is an object: it is sent as JSON text, as no standard"
                            + " says how a form carries one", p.location(), "document it as a string, or as fields of their own"));
                }
                fields.add(new Field(p, names.get(i), type(p.schema(), componentClasses), file, b.partContentTypes().get(p.name())));
            }
            // bodies of one name share one record (the same endpoint can only come once; pins may join two alike)
            byName.putIfAbsent(c.getValue().name(), new Form(ClassName.get(packageName, c.getValue().name()), e, b, fields,
                    labels.apply(b.location().file())));
        }
        return List.copyOf(byName.values());
    }

    /** The form record of each endpoint, by endpoint. */
    Map<Endpoint, String> names() {
        Map<Endpoint, String> out = new LinkedHashMap<>();
        claims.forEach((e, c) -> out.put(e, c.name()));
        return out;
    }

    /**
     * The Java name of each field of a form body, in order: what the record's components and the client's calls both
     * use, so that they always agree.
     */
    static List<String> javaNames(Body b) {
        NameScope scope = NameScope.methods(RESERVED);
        List<String> out = new ArrayList<>();
        for (Property p : b.fields()) out.add(scope.allocateNumbered(JavaNames.member(p.name()), ""));
        return out;
    }

    /** A field's Java type: files as {@code Upload}, an object component as its record, other values as parameters are. */
    private static TypeName type(Schema s, Map<String, ClassName> componentClasses) {
        if (Body.isFile(s)) return s instanceof Schema.ArraySchema ? ParameterizedTypeName.get(LIST, MediaPlanner.UPLOAD) : MediaPlanner.UPLOAD;
        if (s instanceof Schema.RefSchema r) {
            ClassName record = componentClasses.get(r.key());
            return record != null ? record : TypeMapper.anyObject();
        }
        if (s instanceof Schema.ArraySchema a) return ParameterizedTypeName.get(LIST, type(a.items(), componentClasses).box());
        return TypeMapper.parameter(s);
    }

    /** Whether a value is text in a form: a scalar, an enum, or a list of them. */
    private static boolean plain(Schema s) {
        if (s instanceof Schema.ArraySchema a) return plain(a.items());
        return s instanceof Schema.StringSchema || s instanceof Schema.IntegerSchema || s instanceof Schema.NumberSchema
                || s instanceof Schema.BooleanSchema || s instanceof Schema.EnumSchema;
    }
}
