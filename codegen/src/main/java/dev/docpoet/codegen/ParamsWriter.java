package dev.docpoet.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.docpoet.codegen.Operation.OperationParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes the parameters class of one endpoint ({@code TeamAgentListParams}): its query, header and cookie parameters,
 * made only through a builder. It is a class with a private constructor rather than a record on purpose: a record's
 * canonical constructor is public and lists every component, so a parameter the docs add would break every call that
 * used it; through the builder, adding an optional parameter or making a required one optional changes no call.
 * {@code build()} refuses a parameter the docs require that was left unset, naming it and its setter.
 */
final class ParamsWriter {
    /** The parameters class, for {@link TopLevelTemplate} to finish. */
    TypeSpec.Builder write(ResourceGroups.Member m) {
        ClassName self = m.params();
        ClassName builder = self.nestedClass("Builder");
        Operation op = m.op();
        String what = kinds(m);
        TypeSpec.Builder b = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("The $L parameters of {@code $L}, made with {@link #builder()}: set what you need;\n"
                        + "{@link Builder#build()} refuses one the docs require that is unset. Unset optional ones are not sent.\n",
                        what, Javadocs.escape(op.signature()));
        String title = op.endpoint().title();
        if (title != null && !title.isBlank()) b.addJavadoc("\n<p>For \"$L\".\n", Javadocs.escape(title.strip()));
        TypeSpec.Builder bld = TypeSpec.classBuilder(builder).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Builds a {@link $T}; {@link #build()} checks that every parameter the docs require is set.\n", self);
        MethodSpec.Builder ctor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(builder, "builder");
        MethodSpec.Builder copy = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(self, "from");
        MethodSpec.Builder build = MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(self)
                .addJavadoc("The parameters.\n\n@throws IllegalStateException if a parameter the docs require is not set\n");
        List<String> names = new ArrayList<>();
        for (OperationParameter p : m.grouped()) {
            String n = p.javaName();
            names.add(n);
            TypeName nullable = p.type().annotated(Annotations.nullable());
            TypeName type = p.required() ? p.type() : nullable;
            CodeBlock doc = doc(p);
            b.addField(FieldSpec.builder(type, n, Modifier.PRIVATE, Modifier.FINAL).build());
            ctor.addStatement("this.$L = $L", n, p.required() ? CodeBlock.of("$T.requireNonNull(builder.$L)", Objects.class, n)
                    : CodeBlock.of("builder.$L", n));
            // the client reads the accessors: only the setter says the docs deprecate the parameter, where callers set it
            b.addMethod(MethodSpec.methodBuilder(n).addModifiers(Modifier.PUBLIC).returns(type)
                    .addJavadoc(doc).addJavadoc("@return the value set, $L\n", p.required() ? "never null" : "or null when unset (not sent)")
                    .addStatement("return $L", n).build());
            bld.addField(FieldSpec.builder(nullable, n, Modifier.PRIVATE).build());
            copy.addStatement("this.$L = from.$L", n, n);
            MethodSpec.Builder setter = MethodSpec.methodBuilder(n).addModifiers(Modifier.PUBLIC).returns(builder).addJavadoc(doc);
            if (p.required()) {
                setter.addJavadoc("@param $L required: {@link #build()} refuses to build without it\n", n)
                        .addParameter(p.type(), n).addStatement("this.$L = $T.requireNonNull($L, $S)", n, Objects.class, n, n);
                build.beginControlFlow("if ($L == null)", n)
                        .addStatement("throw new $T($S)", IllegalStateException.class, "`" + p.wireName() + "` is a required " + p.kind()
                                + " parameter of " + op.signature() + ": set it with " + n + "(…)")
                        .endControlFlow();
            } else {
                setter.addJavadoc("@param $L the value, or null to leave it unset (not sent)\n", n)
                        .addParameter(nullable, n).addStatement("this.$L = $L", n, n);
            }
            bld.addMethod(deprecatedIf(p, setter.addStatement("return this")).build());
        }
        bld.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        bld.addMethod(copy.build());
        bld.addMethod(build.addStatement("return new $T(this)", self).build());
        b.addMethod(ctor.build());
        b.addMethod(MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(builder)
                .addJavadoc("A builder with nothing set.\n").addStatement("return new $T()", builder).build());
        b.addMethod(MethodSpec.methodBuilder("toBuilder").addModifiers(Modifier.PUBLIC).returns(builder)
                .addJavadoc("A builder holding these parameters, to make a changed copy.\n").addStatement("return new $T(this)", builder).build());
        b.addMethod(equalsMethod(self, names));
        b.addMethod(MethodSpec.methodBuilder("hashCode").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(TypeName.INT)
                .addStatement("return $T.hash($L)", Objects.class, String.join(", ", names)).build());
        CodeBlock.Builder text = CodeBlock.builder().add("return $S", self.simpleName() + "[");
        for (int i = 0; i < names.size(); i++) {
            text.add(" + $S + $L", (i == 0 ? "" : ", ") + names.get(i) + "=", names.get(i));
        }
        b.addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(String.class)
                .addStatement(text.add(" + $S", "]").build()).build());
        b.addType(bld.build());
        return b;
    }

    /** {@code query}, {@code header and query}: the kinds of parameter a member's parameters class holds. */
    static String kinds(ResourceGroups.Member m) {
        List<String> kinds = m.grouped().stream().map(OperationParameter::kind).distinct().sorted().toList();
        return kinds.size() == 1 ? kinds.get(0) : String.join(", ", kinds.subList(0, kinds.size() - 1)) + " and " + kinds.get(kinds.size() - 1);
    }

    private static MethodSpec equalsMethod(ClassName self, List<String> names) {
        CodeBlock.Builder same = CodeBlock.builder().add("return other instanceof $T that", self);
        for (String n : names) same.add("\n&& $T.equals($L, that.$L)", Objects.class, n, n);
        return MethodSpec.methodBuilder("equals").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(TypeName.BOOLEAN)
                .addParameter(ClassName.OBJECT.annotated(Annotations.nullable()), "other").addStatement(same.build()).build();
    }

    /** A parameter's description, or what it is when the docs say nothing. */
    private static CodeBlock doc(OperationParameter p) {
        String text = Javadocs.markdown(p.parameter().description());
        String what = "The {@code " + Javadocs.escape(p.wireName()) + "} " + p.kind() + " parameter" + (p.required() ? " (required)." : ".");
        return text.isEmpty() ? CodeBlock.of("$L\n\n", what) : CodeBlock.of("$L\n\n<p>$L\n\n", text, what);
    }

    private static MethodSpec.Builder deprecatedIf(OperationParameter p, MethodSpec.Builder m) {
        return p.parameter().deprecated() ? m.addAnnotation(Deprecated.class) : m;
    }
}
