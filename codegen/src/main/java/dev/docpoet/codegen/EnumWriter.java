package dev.docpoet.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.docpoet.codegen.Plans.EnumPlan;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes an open enum: a value class with one constant per documented value, that keeps any other wire value it is
 * given (so a new server value never breaks a client, and is written back as it came), with a {@code Known} Java enum
 * to switch on.
 */
final class EnumWriter {
    /** The enum class, for {@link TopLevelTemplate} to finish. */
    TypeSpec.Builder write(EnumPlan plan) {
        ClassName self = plan.name();
        ClassName known = self.nestedClass("Known");
        TypeName wire = plan.wireType();
        // value(), known(), isKnown(), equals, hashCode and toString live once, in the runtime's OpenEnum
        TypeSpec.Builder b = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(Annotations.OPEN_ENUM, wire.box(), known));
        CodeBlock.Builder doc = CodeBlock.builder();
        if (!plan.description().isBlank()) doc.add("$L\n\n<p>", Javadocs.markdown(plan.description()));
        doc.add("$L\n\n<p>$L\n", Javadocs.wrap("Values documented: " + Javadocs.escape(String.join(", ", plan.schema().values()))
                + ". Any other value is kept as it is: {@link #isKnown()} is then false and {@link #known()} is {@link Known#"
                + plan.catchAll() + "}."), Javadocs.source(plan.sourceLabel(), plan.location()));
        b.addJavadoc(doc.build());

        TypeSpec.Builder knownEnum = TypeSpec.enumBuilder(known).addModifiers(Modifier.PUBLIC)
                .addJavadoc("The documented values, and $L for any other.\n", plan.catchAll());
        CodeBlock.Builder lookup = CodeBlock.builder();
        for (int i = 0; i < plan.constants().size(); i++) {
            String c = plan.constants().get(i);
            String value = plan.schema().values().get(i);
            knownEnum.addEnumConstant(c);
            FieldSpec.Builder constant = FieldSpec.builder(self, c, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .initializer("new $T($L, $T.$L)", self, literal(plan, value), known, c);
            // the wire value, where the constant's name does not already say it (`in-progress`, `inProgress`, `2fast`)
            if (!c.equals(value.toUpperCase(java.util.Locale.ROOT))) constant.addJavadoc("{@code $L}\n", Javadocs.escape(value));
            b.addField(constant.build());
            if (big(plan)) {
                lookup.addStatement("if ($L.value().equals(value)) return $L", c, c);
            } else if (plan.numeric()) {
                lookup.addStatement("if (value == $L) return $L", literal(plan, value), c);
            } else {
                lookup.add("case $L -> $L;\n", Literals.of(value), c);
            }
        }
        knownEnum.addEnumConstant(plan.catchAll(), TypeSpec.anonymousClassBuilder("").addJavadoc("A value the docs do not list.\n").build());
        b.addType(knownEnum.build());

        b.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addParameter(wire, "value").addParameter(known, "known")
                .addStatement("super(value, known, $T.$L)", known, plan.catchAll()).build());

        MethodSpec.Builder of = MethodSpec.methodBuilder("of").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addAnnotation(Annotations.JSON_CREATOR).returns(self).addParameter(wire, "value")
                .addJavadoc("The constant for a documented value, or a value that keeps an undocumented one.\n");
        if (plan.numeric()) {
            if (big(plan)) of.addStatement("$T.requireNonNull(value, $S)", Objects.class, "value");
            of.addCode(lookup.build());
            of.addStatement("return new $T(value, $T.$L)", self, known, plan.catchAll());
        } else {
            of.addStatement("$T.requireNonNull(value, $S)", Objects.class, "value");
            of.addCode(CodeBlock.builder().add("return switch (value) {\n").indent().add(lookup.build())
                    .add("default -> new $T(value, $T.$L);\n", self, known, plan.catchAll()).unindent().add("};\n").build());
        }
        b.addMethod(of.build());
        CodeBlock.Builder all = CodeBlock.builder().add("return $T.of(", List.class);
        for (int i = 0; i < plan.constants().size(); i++) all.add(i == 0 ? "$L" : ", $L", plan.constants().get(i));
        b.addMethod(MethodSpec.methodBuilder("documented").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), self))
                .addJavadoc("Every documented value, in doc order.\n").addStatement(all.add(")").build()).build());
        return b;
    }

    /** Values past a long's range travel as {@code BigInteger}, compared with {@code equals}. */
    private static boolean big(EnumPlan plan) {
        return plan.wireType().equals(TypeMapper.BIG_INTEGER);
    }

    private static CodeBlock literal(EnumPlan plan, String value) {
        if (!plan.numeric()) return Literals.of(value);
        if (plan.wireType().equals(TypeName.LONG)) return CodeBlock.of("$LL", value);
        if (big(plan)) return CodeBlock.of("new $T($S)", TypeMapper.BIG_INTEGER, value);
        return CodeBlock.of("$L", value.contains(".") || value.contains("e") || value.contains("E") ? value : value + ".0");
    }
}
