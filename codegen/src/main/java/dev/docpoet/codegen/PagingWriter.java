package dev.docpoet.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.docpoet.codegen.ClientBinding.Argument;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes the {@code …AutoPaging} methods of a paged endpoint ({@code listAutoPaging(params)}): an {@code AutoPager} over
 * every item, whose pages the endpoint's own method fetches one after the other as the {@link PagePlan} says. They sit
 * beside that method, which keeps its signature, in its group (or, for an endpoint of no group, as default methods of
 * the companion interface), with a form without the parameters object where the endpoint's has one. An endpoint that
 * pages by its {@code Link} header sends its own call to each next page's URI, through the transport: in the companion
 * its full form is declared, and the client implements it.
 */
final class PagingWriter {
    /** What a paged endpoint's method name takes for its auto-paging twin: {@code list} → {@code listAutoPaging}. */
    static final String SUFFIX = "AutoPaging";
    static final ClassName AUTO_PAGER = ClassName.get(ClientWriter.RUNTIME, "AutoPager");
    static final ClassName PAGING = ClassName.get(ClientWriter.RUNTIME, "Paging");
    static final ClassName LINK_REFUSED = ClassName.get(ClientWriter.RUNTIME, "LinkRefusedException");

    private PagingWriter() {}

    /** The member's auto-paging methods, without modifiers beyond {@code public}; none when it does not page. */
    static List<MethodSpec.Builder> methods(ResourceGroups.Member m) {
        MethodSpec.Builder full = full(m, true);
        if (full == null) return List.of();
        List<MethodSpec.Builder> out = new ArrayList<>(List.of(full));
        out.addAll(shortForms(m));
        return out;
    }

    /**
     * Whether the member pages by its {@code Link} header: its full form sends calls itself, so a companion interface,
     * which has no transport, declares it and the client implements it.
     */
    static boolean followsLinks(ResourceGroups.Member m) {
        return m.op().paging() != null && m.op().paging().advance() instanceof PagePlan.NextLink;
    }

    /**
     * The full form ({@code listAutoPaging(params)}), with its body or, for a companion's declaration, without; null when
     * the member does not page.
     */
    static MethodSpec.@org.jspecify.annotations.Nullable Builder full(ResourceGroups.Member m, boolean withBody) {
        Operation op = m.op();
        PagePlan plan = op.paging();
        boolean links = followsLinks(m);
        // the other styles copy the parameters object with another page's value: without one, nothing moves on
        if (plan == null || (m.params() == null && !links)) return null;
        List<Argument> args = ClientWriter.arguments(m);
        Set<String> taken = new java.util.HashSet<>();
        args.forEach(a -> taken.add(a.name()));
        // lambda parameters may not shadow the method's
        NameScope locals = NameScope.methods(taken);
        String request = locals.allocateNumbered("p", "");
        String value = locals.allocateNumbered("value", "");
        TypeName returns = ParameterizedTypeName.get(AUTO_PAGER, plan.item());
        MethodSpec.Builder full = ClientWriter.deprecatedIf(op, MethodSpec.methodBuilder(m.name() + SUFFIX).addModifiers(Modifier.PUBLIC)
                .returns(returns).addJavadoc(javadoc(m, plan)));
        for (Argument a : args) full.addParameter(ClientWriter.parameter(a.name(), a.type(), a.optional()));
        if (!withBody) return full;
        CodeBlock items = plan.items() == null ? CodeBlock.of("$L -> $L", value, value) : CodeBlock.of("$T::$L", raw(plan.page()), plan.items());
        if (links) {
            // the endpoint's own call, which each next page's request repeats at the URI its link names
            ClientBinding binding = new ClientBinding(m.name(), op, args, ClientBinding.Returns.BODY, false, plan.page());
            return full.addStatement("return $T.<$T, $T>followingLinks(transport, $L,\n$L)", AUTO_PAGER, plan.page(), plan.item(),
                    ClientWriter.callBlock(binding), items);
        }
        List<String> forwarded = new ArrayList<>();
        for (Argument a : args) forwarded.add(a.fills() == null ? request : a.name());
        CodeBlock fetch = CodeBlock.of("$L -> $L($L)", request, m.name(), String.join(", ", forwarded));
        return full.addStatement("return $T.of(params, $L, $L,\n$L)", AUTO_PAGER, fetch, items, paging(m, plan, request, value));
    }

    /** The form without the parameters object, where the endpoint's method has one; it calls the full form. */
    static List<MethodSpec.Builder> shortForms(ResourceGroups.Member m) {
        PagePlan plan = m.op().paging();
        if (plan == null || m.params() == null || !m.shortForm()) return List.of();
        List<Argument> args = ClientWriter.arguments(m);
        List<Argument> shorter = args.subList(0, args.size() - 1);
        TypeName returns = ParameterizedTypeName.get(AUTO_PAGER, plan.item());
        String name = m.name() + SUFFIX;
        CodeBlock.Builder call = CodeBlock.builder();
        for (Argument a : shorter) call.add("$L, ", a.name());
        MethodSpec.Builder s = ClientWriter.deprecatedIf(m.op(), MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(returns)
                .addJavadoc("{@link #$L} with none of its parameters set.\n", ClientWriter.link(m, SUFFIX)));
        for (Argument a : shorter) s.addParameter(ClientWriter.parameter(a.name(), a.type(), a.optional()));
        return List.of(s.addStatement("return $L($L$T.builder().build())", name, call.build(), m.params()));
    }

    /** The {@code Paging} of the plan: how the request moves on, and the signals that end the list. */
    private static CodeBlock paging(ResourceGroups.Member m, PagePlan plan, String request, String value) {
        ClassName params = m.params();
        TypeName page = plan.page();
        ClassName pageClass = raw(page);
        CodeBlock.Builder b = CodeBlock.builder();
        PagePlan.ByParameter advance = (PagePlan.ByParameter) plan.advance();
        String setter = advance.parameter().javaName();
        CodeBlock with = CodeBlock.of("($L, $L) -> $L.toBuilder().$L($L).build()", request, value, request, setter, value);
        if (advance instanceof PagePlan.Cursor c) {
            b.add("$T.<$T, $T, $T, $T>cursor($T::$L, $L)", PAGING, params, page, plan.item(), advance.parameter().type().withoutAnnotations(),
                    pageClass, c.nextCursor(), with);
        } else if (advance instanceof PagePlan.AfterLastItem a) {
            b.add("$T.<$T, $T, $T, $T>afterLastItem($T::$L, $L)", PAGING, params, page, plan.item(),
                    advance.parameter().type().withoutAnnotations(), raw(plan.item()), a.id(), with);
        } else if (advance instanceof PagePlan.PageNumber n) {
            b.add("$T.<$T, $T, $T>pageNumber($T::$L, $L, $LL, $L)", PAGING, params, page, plan.item(), params, setter,
                    n.current() == null ? "null" : CodeBlock.of("$T::$L", pageClass, n.current()), n.first(), with);
        } else if (advance instanceof PagePlan.Offset o) {
            b.add("$T.<$T, $T, $T>offset($T::$L, $L, $L)", PAGING, params, page, plan.item(), params, setter,
                    o.current() == null ? "null" : CodeBlock.of("$T::$L", pageClass, o.current()), with);
        }
        if (plan.hasMore() != null) b.add("\n.hasMore($T::$L)", pageClass, plan.hasMore());
        if (plan.total() != null) b.add("\n.total($T::$L)", pageClass, plan.total());
        if (plan.totalPages() != null) b.add("\n.totalPages($T::$L)", pageClass, plan.totalPages());
        if (plan.limit() != null) b.add("\n.limit($T::$L)", params, plan.limit().javaName());
        return b.build();
    }

    private static ClassName raw(TypeName t) {
        TypeName plain = t.withoutAnnotations();
        return plain instanceof ParameterizedTypeName p ? p.rawType() : (ClassName) plain;
    }

    /** What the method hands out, how its pages follow one another (the plan's own words), and when it sends. */
    private static CodeBlock javadoc(ResourceGroups.Member m, PagePlan plan) {
        CodeBlock.Builder d = CodeBlock.builder();
        d.add("Every item of {@link #$L}, page after page: each page is fetched when the iteration reaches it.\n\n",
                ClientWriter.link(m, ""));
        d.add("<p>$L\n\n", Javadocs.markdown(plan.description()));
        if (plan.advance() instanceof PagePlan.NextLink) {
            d.add("<p>Nothing is sent until the iteration starts, and each iteration starts again from the first page. A next link to\n"
                    + "another scheme, host or port is never followed (the client's credentials would go there): the iteration throws\n"
                    + "{@link $T} where its page would come. A page that fails throws from {@code hasNext()} or {@code next()} as\n"
                    + "{@code $L} throws. An iterator belongs to one thread.\n\n", LINK_REFUSED, m.name());
        } else {
            d.add("<p>Nothing is sent until the iteration starts, and each iteration starts again from {@code params}; a request that\n"
                    + "repeats one already sent ends it too. A page that fails throws from {@code hasNext()} or {@code next()} as\n"
                    + "{@code $L} throws. An iterator belongs to one thread.\n\n", m.name());
        }
        d.add(ClientWriter.parameterDocs(m));
        d.add("@return the items of every page: iterate them, or {@link $T#stream()}\n", AUTO_PAGER);
        return d.build();
    }
}
