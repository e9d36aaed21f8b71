package dev.docpoet.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/** The annotation types generated code uses, in one place. */
final class Annotations {
    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");
    static final ClassName NULL_MARKED = ClassName.get("org.jspecify.annotations", "NullMarked");
    /**
     * The package generated code imports Jackson's annotations from. Built at run time, because the shaded processor
     * relocates every string constant that names a Jackson package, and generated code must name the real one.
     */
    static final String JACKSON = String.join(".", "com", "fasterxml", "jackson", "annotation");
    static final ClassName JSON_PROPERTY = ClassName.get(JACKSON, "JsonProperty");
    static final ClassName JSON_IGNORE_PROPERTIES = ClassName.get(JACKSON, "JsonIgnoreProperties");
    static final ClassName JSON_FORMAT = ClassName.get(JACKSON, "JsonFormat");
    static final ClassName JSON_ANY_SETTER = ClassName.get(JACKSON, "JsonAnySetter");
    static final ClassName JSON_ANY_GETTER = ClassName.get(JACKSON, "JsonAnyGetter");
    static final ClassName JSON_CREATOR = ClassName.get(JACKSON, "JsonCreator");
    static final ClassName JSON_VALUE = ClassName.get(JACKSON, "JsonValue");
    static final ClassName VIOLATION = ClassName.get("dev.docpoet.runtime", "Violation");
    static final ClassName FORMATS = ClassName.get("dev.docpoet.runtime", "Formats");
    static final ClassName OPEN_ENUM = ClassName.get("dev.docpoet.runtime", "OpenEnum");
    static final ClassName REQUIRED = ClassName.get("dev.docpoet.runtime", "Required");

    private Annotations() {}

    static AnnotationSpec generated(String generator, String sourceLabel) {
        return AnnotationSpec.builder(GENERATED).addMember("value", "$S", generator)
                .addMember("comments", "$L", Literals.of("Source: " + sourceLabel)).build();
    }

    static AnnotationSpec nullable() {
        return AnnotationSpec.builder(NULLABLE).build();
    }
}
