package dev.docpoet.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes one resource group of a client ({@code client.teams().agents()}): a class of its own file with a method per
 * endpoint of the group, each with its {@code …Async} twin, and the groups below it. It holds only the client's
 * transport, so that a group costs one small object and no file grows with the whole API.
 */
final class GroupWriter {
    /** The group's class, for {@link TopLevelTemplate} to finish. */
    TypeSpec.Builder write(ResourceGroups.Group g, String docsName) {
        TypeSpec.Builder b = TypeSpec.classBuilder(g.name()).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("$L\n", summary(g, true))
                .addJavadoc("\n<p>From the $L docs; thread-safe and immutable, as the client is.\n", Javadocs.escape(docsName));
        b.addField(ClientWriter.TRANSPORT, "transport", Modifier.PRIVATE, Modifier.FINAL);
        // only the client makes groups: the constructor is the package's
        b.addMethod(MethodSpec.constructorBuilder().addParameter(ClientWriter.TRANSPORT, "transport")
                .addStatement("this.transport = transport").build());
        Set<String> taken = new HashSet<>(Set.of("transport", "hashCode", "equals", "toString", "getClass", "notify", "notifyAll", "wait",
                "clone", "finalize"));
        for (ResourceGroups.Group c : g.children()) {
            taken.add(c.accessor());
            b.addMethod(MethodSpec.methodBuilder(c.accessor()).addModifiers(Modifier.PUBLIC).returns(c.name())
                    .addJavadoc("$L\n", summary(c, false)).addStatement("return new $T(transport)", c.name()).build());
        }
        List<MethodSpec> methods = ClientWriter.methods(ClientWriter.bindings(g), taken, false, binding -> {
            ResourceGroups.Member m = g.members().stream().filter(x -> x.name().equals(binding.methodName())
                    || (x.name() + "Async").equals(binding.methodName())).findFirst().orElseThrow();
            // the blocking form carries the docs; the other refers to it, as the companion's do
            return binding.async() ? ClientWriter.asyncJavadoc(m) : ClientWriter.javadoc(m);
        });
        // the full forms, then the short ones, then the private helpers the full forms share
        methods.stream().filter(x -> !x.modifiers().contains(Modifier.PRIVATE)).forEach(b::addMethod);
        for (ResourceGroups.Member m : g.members()) {
            for (MethodSpec.Builder s : ClientWriter.shortForms(m)) b.addMethod(s.build());
            for (MethodSpec.Builder s : PagingWriter.methods(m)) b.addMethod(s.build());
        }
        methods.stream().filter(x -> x.modifiers().contains(Modifier.PRIVATE)).forEach(b::addMethod);
        return b;
    }

    /**
     * What a group is and how to reach it ({@code client.teams().agents()}); with {@code members}, its endpoints too (in
     * the group's own Javadoc: where a parent hands it out, the list would make the parent grow with the API).
     */
    static CodeBlock summary(ResourceGroups.Group g, boolean members) {
        CodeBlock.Builder d = CodeBlock.builder().add("The endpoints grouped under {@code $L} (the segments of their paths), as\n"
                + "{@code $L} hands them out.", Javadocs.escape(String.join("/", g.segments())), g.chain());
        if (!members) {
            d.add(" See {@link $T}.", g.name());
        } else if (g.members().isEmpty() && !g.children().isEmpty()) {
            d.add(" It has no endpoint of its own, only groups:");
            for (int i = 0; i < g.children().size(); i++) d.add(i == 0 ? " {@link $T}" : ", {@link $T}", g.children().get(i).name());
            d.add(".");
        } else if (!g.members().isEmpty()) {
            d.add("\n\n<ul>\n");
            for (ResourceGroups.Member m : g.members()) {
                d.add("  <li>{@code $L}: {@code $L}\n", m.name(), Javadocs.escape(m.op().signature()));
            }
            d.add("</ul>");
        }
        return d.build();
    }
}
