package dev.docpoet.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.docpoet.codegen.Plans.ComponentPlan;
import dev.docpoet.codegen.Plans.Constant;
import dev.docpoet.codegen.Plans.EnumRef;
import dev.docpoet.codegen.Plans.RecordRef;
import dev.docpoet.codegen.Plans.RecordPlan;
import dev.docpoet.codegen.Plans.Shape;
import dev.docpoet.codegen.Plans.UnionRef;
import dev.docpoet.spec.Pointers;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes a record's checks and a top-level record's {@code validate()}: reflection-free checks of required values,
 * closed enums and string formats, recursing into nested records and lists, each violation with its JSON pointer.
 */
final class ValidatorWriter {
    private static final TypeName VIOLATIONS = ParameterizedTypeName.get(ClassName.get(List.class), Annotations.VIOLATION);

    /**
     * A top-level record's {@code validate()}: the record checks itself, so that no validator class per record is
     * needed ({@code Ticket::validate} is what the client calls on a response).
     */
    static MethodSpec validate() {
        return MethodSpec.methodBuilder("validate").addModifiers(Modifier.PUBLIC).returns(VIOLATIONS)
                .addJavadoc("Every violation of the documented contract, in nested records too, in field order; none when it conforms.\n")
                .addStatement("return $T.collect(out -> check(this, $S, out))", Annotations.VIOLATION, "").build();
    }

    /**
     * The checks of one record, generated into the record itself (package-private) so that they read its fields: the
     * accessor of a required value that the JSON lacked throws, and the validator must see the missing value instead.
     */
    private static final ClassName UNREADABLE = ClassName.get("dev.docpoet.runtime", "Unreadable");

    static MethodSpec check(RecordPlan r) {
        // no Javadoc and no @SuppressWarnings: it is package-private, and deprecated components of the same top-level
        // record never warn where the record itself reads them
        MethodSpec.Builder m = MethodSpec.methodBuilder("check").addModifiers(Modifier.STATIC)
                .addParameter(r.name(), "v").addParameter(String.class, "path").addParameter(VIOLATIONS, "out");
        // values of another type than documented first: they are kept among the other properties, not in their fields
        m.addStatement("$T.report(v.$L, path, out)", UNREADABLE, r.extraName());
        for (ComponentPlan c : r.components()) {
            String wire = "/" + Pointers.escape(c.property().name());
            CodeBlock value = valueChecks(c, CodeBlock.of("v.$L", c.javaName()), wire);
            if (c.required() || RecordWriter.writesNull(c)) {
                // a value of another type is not missing: it is reported above. A null the JSON had is kept as null among
                // the other properties: for a required value that is missing too, for one that may be null it is not
                CodeBlock present = CodeBlock.of("$T.$L(v.$L, v.$L, $L, path, $L, out)", Annotations.REQUIRED,
                        c.required() ? "check" : "checkKey", c.javaName(), r.extraName(), Literals.of(c.property().name()), Literals.of(wire));
                if (value.isEmpty()) {
                    m.addStatement("$L", present);
                } else {
                    m.beginControlFlow("if ($L)", present).addCode(value).endControlFlow();
                }
            } else if (!value.isEmpty()) {
                m.beginControlFlow("if (v.$L != null)", c.javaName()).addCode(value).endControlFlow();
            }
        }
        return m.build();
    }

    /** Checks of a non-null component value (for a list or a map, of each element). */
    private static CodeBlock valueChecks(ComponentPlan c, CodeBlock value, String wire) {
        if (c.shape() == Shape.MAP) {
            CodeBlock entry = elementChecks(c, CodeBlock.of("e.getValue()"),
                    CodeBlock.of("path + $L + e.getKey().replace(\"~\", \"~0\").replace(\"/\", \"~1\")", Literals.of(wire + "/")));
            if (entry.isEmpty()) return entry;
            return CodeBlock.builder()
                    .beginControlFlow("for (var e : $L.entrySet())", value)
                    .beginControlFlow("if (e.getValue() != null)").add(entry).endControlFlow()
                    .endControlFlow().build();
        }
        CodeBlock element = elementChecks(c, CodeBlock.of("e"), CodeBlock.of("path + $L + i", Literals.of(wire + "/")));
        if (c.shape() == Shape.ONE) return elementChecks(c, value, CodeBlock.of("path + $L", Literals.of(wire)));
        if (element.isEmpty()) return element;
        return CodeBlock.builder()
                .beginControlFlow("for (int i = 0; i < $L.size(); i++)", value)
                .addStatement("var e = $L.get(i)", value)
                .beginControlFlow("if (e != null)").add(element).endControlFlow()
                .endControlFlow().build();
    }

    private static CodeBlock elementChecks(ComponentPlan c, CodeBlock value, CodeBlock path) {
        CodeBlock.Builder b = CodeBlock.builder();
        if (c.value() instanceof RecordRef ref) b.addStatement("$T.check($L, $L, out)", ref.name(), value, path);
        if (c.value() instanceof UnionRef union) {
            // each documented variant checks itself; an undocumented one has nothing documented to check
            for (int i = 0; i < union.union().variants().size(); i++) {
                ClassName r = union.union().variants().get(i).name();
                if (i == 0) b.beginControlFlow("if ($L instanceof $T u$L)", value, r, i);
                else b.nextControlFlow("else if ($L instanceof $T u$L)", value, r, i);
                b.addStatement("$T.check(u$L, $L, out)", r, i, path);
            }
            b.endControlFlow();
        }
        if (c.value() instanceof Constant k) {
            b.beginControlFlow("if (!$T.$L.equals($L))", k.owner(), k.fieldName(), value)
                    .addStatement("out.add($T.unknownEnumValue($L, $L, $L))", Annotations.VIOLATION, path, value,
                            Literals.of("[" + k.value() + "]"))
                    .endControlFlow();
        }
        if (c.value() instanceof EnumRef e && c.enumClosed()) {
            b.beginControlFlow("if (!$L.isKnown())", value)
                    .addStatement("out.add($T.unknownEnumValue($L, $L.value(), $L))", Annotations.VIOLATION, path, value,
                            Literals.of(e.plan().schema().values().toString()))
                    .endControlFlow();
        }
        String check = c.format() == null ? null : switch (c.format()) {
            case "email" -> "isEmail";
            case "uri" -> "isUri";
            case "uuid" -> "isUuid";
            default -> null;
        };
        if (check != null) {
            b.beginControlFlow("if (!$T.$L($L))", Annotations.FORMATS, check, value)
                    .addStatement("out.add($T.format($L, $L, $S))", Annotations.VIOLATION, path, value, c.format())
                    .endControlFlow();
        }
        return b.build();
    }
}
