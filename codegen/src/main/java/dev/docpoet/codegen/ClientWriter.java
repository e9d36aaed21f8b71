package dev.docpoet.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.docpoet.codegen.ClientBinding.Argument;
import dev.docpoet.codegen.ClientBinding.Returns;
import dev.docpoet.codegen.Operation.OperationParameter;
import dev.docpoet.spec.ParameterLocation;
import dev.docpoet.spec.SecurityScheme;
import dev.docpoet.spec.Server;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javax.lang.model.element.Modifier;

/**
 * Writes the client of one {@code @ApiDocs} interface: the companion interface with one method per documented endpoint
 * (when the user declares none), and the class that implements the user's methods or the companion's on the
 * {@code docpoet-client} runtime, with its builder.
 */
final class ClientWriter {
    static final String RUNTIME = "dev.docpoet.client";
    static final ClassName CALL = ClassName.get(RUNTIME, "Call");
    static final ClassName TRANSPORT = ClassName.get(RUNTIME, "Transport");
    static final ClassName API_RESPONSE = ClassName.get(RUNTIME, "ApiResponse");
    static final ClassName API_EXCEPTION = ClassName.get(RUNTIME, "ApiException");
    static final ClassName CONNECTION_EXCEPTION = ClassName.get(RUNTIME, "ApiConnectionException");
    static final ClassName TIMEOUT_EXCEPTION = ClassName.get(RUNTIME, "ApiTimeoutException");
    static final ClassName TOO_LARGE_EXCEPTION = ClassName.get(RUNTIME, "ResponseTooLargeException");
    static final ClassName CLIENT_BUILDER = ClassName.get(RUNTIME, "ClientBuilder");
    static final ClassName REQUEST_OPTIONS = ClassName.get(RUNTIME, "RequestOptions");
    static final ClassName TYPES = ClassName.get(RUNTIME, "Types");
    static final ClassName AUTH = ClassName.get(RUNTIME, "Auth");
    static final ClassName FUTURE = ClassName.get(CompletableFuture.class);
    private static final ClassName LIST = ClassName.get(List.class);
    private static final ClassName MAP = ClassName.get(Map.class);

    /** What the runtime's builder already offers: a host variable or auth setter must not take these names. */
    private static final Set<String> BUILDER_MEMBERS = Set.of("baseUri", "httpClient", "auth", "bearerToken", "basicAuth", "header",
            "connectTimeout", "requestTimeout", "maxResponseBytes", "retryPolicy", "maxRetries", "json", "validateResponses", "build",
            "transport", "hostVariable", "baseUriFor", "oauth2TokenUri", "interceptor");

    /**
     * The runtime's {@code ApiException} subclass for each status that has one (every other status gives
     * {@code ApiException} itself), as {@code StatusExceptions} in the runtime maps them; {@code 5XX} stands for them all.
     */
    private static final Map<String, String> STATUS_EXCEPTIONS = Map.of("400", "BadRequestException", "401",
            "UnauthorizedException", "403", "PermissionDeniedException", "404", "NotFoundException", "409", "ConflictException",
            "422", "UnprocessableEntityException", "429", "RateLimitException", "5XX", "InternalServerException");

    /**
     * The companion interface: the client's groups ({@code tickets()}), and the endpoints whose paths name no group, each
     * with its non-blocking twin and, where the docs require no query or header parameter, a form without them.
     */
    TypeSpec.Builder companion(ClassName name, ClassName client, String docsName, ResourceGroups.Group root) {
        TypeSpec.Builder b = TypeSpec.interfaceBuilder(name).addModifiers(Modifier.PUBLIC)
                .addJavadoc("The endpoints of the $L docs, grouped by the resources their paths name ({@code client.tickets().get(id)});\n"
                        + "{@link $T} implements them.\n", Javadocs.escape(docsName), client);
        for (ResourceGroups.Group g : root.children()) {
            b.addMethod(MethodSpec.methodBuilder(g.accessor()).addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT).returns(g.name())
                    .addJavadoc("$L\n", GroupWriter.summary(g, false)).build());
        }
        for (ResourceGroups.Member m : root.members()) {
            for (MethodSpec.Builder method : declarations(m)) {
                b.addMethod(method.addModifiers(Modifier.ABSTRACT).build());
            }
            for (MethodSpec.Builder method : shortForms(m)) b.addMethod(method.addModifiers(Modifier.DEFAULT).build());
            if (PagingWriter.followsLinks(m)) {
                // it sends calls itself, and an interface has no transport: the client implements it
                b.addMethod(PagingWriter.full(m, false).addModifiers(Modifier.ABSTRACT).build());
                for (MethodSpec.Builder method : PagingWriter.shortForms(m)) b.addMethod(method.addModifiers(Modifier.DEFAULT).build());
            } else {
                for (MethodSpec.Builder method : PagingWriter.methods(m)) b.addMethod(method.addModifiers(Modifier.DEFAULT).build());
            }
        }
        return b;
    }

    /** A member's method and its {@code …Async} twin, without bodies, with their Javadoc. */
    static List<MethodSpec.Builder> declarations(ResourceGroups.Member m) {
        Operation op = m.op();
        TypeName returns = op.success() == null ? TypeName.VOID : op.success();
        TypeName future = ParameterizedTypeName.get(FUTURE, boxed(op.success()));
        List<ParameterSpec> parameters = arguments(m).stream().map(a -> parameter(a.name(), a.type(), a.optional())).toList();
        MethodSpec.Builder sync = deprecatedIf(op, MethodSpec.methodBuilder(m.name()).addModifiers(Modifier.PUBLIC)
                .returns(returns).addParameters(parameters).addJavadoc(javadoc(m)));
        MethodSpec.Builder async = deprecatedIf(op, MethodSpec.methodBuilder(m.name() + "Async").addModifiers(Modifier.PUBLIC)
                .returns(future).addParameters(parameters).addJavadoc(asyncJavadoc(m)));
        return List.of(sync, async);
    }

    /** The Javadoc of a member's {@code …Async} twin: what it shares with the blocking form. */
    static CodeBlock asyncJavadoc(ResourceGroups.Member m) {
        return CodeBlock.of("{@link #$L} without blocking: the future fails with the exceptions it would throw.\n", link(m, ""));
    }

    /**
     * The forms without the parameters object, where the docs require none of its parameters: they call the full form
     * with none set. Adding an optional parameter later keeps every call to them as it is.
     */
    static List<MethodSpec.Builder> shortForms(ResourceGroups.Member m) {
        if (!m.shortForm()) return List.of();
        Operation op = m.op();
        TypeName returns = op.success() == null ? TypeName.VOID : op.success();
        TypeName future = ParameterizedTypeName.get(FUTURE, boxed(op.success()));
        List<Argument> args = arguments(m);
        List<ParameterSpec> shorter = args.subList(0, args.size() - 1).stream().map(a -> parameter(a.name(), a.type(), a.optional())).toList();
        CodeBlock.Builder without = CodeBlock.builder();
        for (ParameterSpec p : shorter) without.add("$L, ", p.name());
        CodeBlock call = without.add("$T.builder().build()", m.params()).build();
        MethodSpec.Builder sync = deprecatedIf(op, MethodSpec.methodBuilder(m.name()).addModifiers(Modifier.PUBLIC)
                .returns(returns).addParameters(shorter)
                .addJavadoc("{@link #$L} with none of its parameters set.\n", link(m, ""))
                .addStatement((op.success() == null ? "" : "return ") + "$L($L)", m.name(), call));
        MethodSpec.Builder async = deprecatedIf(op, MethodSpec.methodBuilder(m.name() + "Async").addModifiers(Modifier.PUBLIC)
                .returns(future).addParameters(shorter)
                .addJavadoc("{@link #$L} with none of its parameters set.\n", link(m, "Async"))
                .addStatement("return $LAsync($L)", m.name(), call));
        return List.of(sync, async);
    }

    /** {@code list(String, TeamAgentListParams)}: a link to a member's full form, which overloads may share the name of. */
    static String link(ResourceGroups.Member m, String suffix) {
        List<String> types = new ArrayList<>();
        for (Argument a : arguments(m)) types.add(erasure(a.type()));
        return m.name() + suffix + "(" + String.join(", ", types) + ")";
    }

    /** A type as a Javadoc link names a parameter: its raw class, unqualified. */
    private static String erasure(TypeName t) {
        TypeName plain = t.withoutAnnotations();
        if (plain instanceof ParameterizedTypeName p) return p.rawType().simpleName();
        if (plain instanceof ClassName c) return String.join(".", c.simpleNames());
        return plain.toString();
    }

    /**
     * {@code m} marked deprecated when the docs mark its endpoint so: the annotation for javac's warnings at call sites, and
     * the Javadoc tag saying why.
     */
    static MethodSpec.Builder deprecatedIf(Operation op, MethodSpec.Builder m) {
        if (!op.endpoint().deprecated()) return m;
        return m.addAnnotation(Deprecated.class).addJavadoc("@deprecated the docs mark {@code $L} deprecated\n", Javadocs.escape(op.signature()));
    }

    /** The arguments of a member's method: path parameters, the body, then the parameters object, if any. */
    static List<Argument> arguments(ResourceGroups.Member m) {
        List<Argument> args = new ArrayList<>();
        for (OperationParameter p : m.positional()) args.add(new Argument(p.javaName(), p.type(), p));
        if (m.params() != null) args.add(new Argument("params", m.params(), null, m.grouped()));
        return args;
    }

    /** The bindings of a group's members (the root's: the companion's), blocking and not. */
    static List<ClientBinding> bindings(ResourceGroups.Group g) {
        List<ClientBinding> out = new ArrayList<>();
        for (ResourceGroups.Member m : g.members()) {
            Operation op = m.op();
            List<Argument> args = arguments(m);
            Returns r = op.success() == null ? Returns.VOID : Returns.BODY;
            out.add(new ClientBinding(m.name(), op, args, r, false, op.success() == null ? TypeName.VOID : op.success()));
            out.add(new ClientBinding(m.name() + "Async", op, args, r, true, ParameterizedTypeName.get(FUTURE, boxed(op.success()))));
        }
        return out;
    }

    /**
     * The client class, implementing {@code implemented} with {@code bindings}, and handing out {@code groups} (the
     * companion's; none for the user's own interface).
     */
    TypeSpec.Builder client(ClassName name, ClassName implemented, String docsName, List<ClientBinding> bindings,
            ClientPlanner.Defaults defaults, List<ResourceGroups.Group> groups) {
        return client(name, implemented, docsName, bindings, defaults, groups, List.of());
    }

    /**
     * {@link #client(ClassName, ClassName, String, List, ClientPlanner.Defaults, List)}, also implementing the companion's
     * {@code …AutoPaging} methods of {@code rootMembers} that follow {@code Link} headers (the companion only declares them).
     */
    TypeSpec.Builder client(ClassName name, ClassName implemented, String docsName, List<ClientBinding> bindings,
            ClientPlanner.Defaults defaults, List<ResourceGroups.Group> groups, List<ResourceGroups.Member> rootMembers) {
        ClassName builder = name.nestedClass("Builder");
        Setters setters = Setters.of(defaults);
        TypeSpec.Builder b = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.FINAL).addSuperinterface(implemented)
                .addJavadoc("A client for the $L docs' endpoints, on {@code java.net.http}:\n\n"
                        + "<pre>{@code\n$T client = $T.builder()$L.build();\n}</pre>\n\n"
                        + "<p>Thread-safe and immutable; {@link #withOptions} gives a copy with per-call headers or timeout.\n",
                        Javadocs.escape(docsName), name, name, exampleSetters(defaults, setters));
        b.addField(TRANSPORT, "transport", Modifier.PRIVATE, Modifier.FINAL);
        b.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(TRANSPORT, "transport")
                .addStatement("this.transport = transport").build());
        b.addMethod(MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(builder)
                .addJavadoc("A builder with the docs' base URL, pinned headers and defaults: two retries, 10 s to connect, 60 s a request,\n"
                        + "bodies up to 64 MiB.\n")
                .addStatement("return new $T()", builder).build());
        b.addMethod(MethodSpec.methodBuilder("withOptions").addModifiers(Modifier.PUBLIC).returns(name)
                .addParameter(REQUEST_OPTIONS, "options")
                .addJavadoc("This client with {@code options} laid over its own headers and timeout.\n")
                .addStatement("return new $T(transport.with(options))", name).build());
        for (ResourceGroups.Group g : groups) {
            b.addMethod(MethodSpec.methodBuilder(g.accessor()).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                    .returns(g.name()).addStatement("return new $T(transport)", g.name()).build());
        }
        Set<String> taken = new java.util.HashSet<>(ResourceGroups.CLIENT_MEMBERS);
        groups.forEach(g -> taken.add(g.accessor()));
        b.addMethods(methods(bindings, taken, true, null));
        for (ResourceGroups.Member m : rootMembers) {
            if (PagingWriter.followsLinks(m)) b.addMethod(PagingWriter.full(m, true).addAnnotation(Override.class).build());
        }
        b.addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(String.class).addStatement("return $S + transport + $S", name.simpleName() + "[", "]").build());
        b.addType(builder(name, builder, defaults, setters).build());
        return b;
    }

    private static String exampleSetters(ClientPlanner.Defaults d, Setters setters) {
        StringBuilder sb = new StringBuilder();
        if (d.baseUrl().isEmpty()) sb.append(".baseUri(\"https://…\")");
        for (String v : d.hostVariables()) sb.append('.').append(setters.host(v)).append("(\"…\")");
        for (SecurityScheme s : d.schemes()) {
            if (s.isClientCredentials()) sb.append('.').append(setters.oauth2(s)).append("(clientId, clientSecret)");
            else if ("bearer".equals(s.scheme())) sb.append(".bearerToken(token)");
            else if ("basic".equals(s.scheme())) sb.append(".basicAuth(user, password)");
            else if ("apiKey".equals(s.type())) sb.append('.').append(setters.apiKey(s)).append(ClientPlanner.unnamed(s) ? "(\"HEADER-NAME\", key)" : "(key)");
        }
        return sb.toString();
    }

    /**
     * The builder's setters for the docs' host variables and API keys, named in one scope with the runtime builder's
     * own members, so that no two setters and no setter and inherited method share a name.
     */
    private record Setters(Map<String, String> hosts, Map<String, String> apiKeys, Map<String, String> oauth2) {
        static Setters of(ClientPlanner.Defaults d) {
            NameScope scope = NameScope.methods(BUILDER_MEMBERS);
            Map<String, String> hosts = new java.util.LinkedHashMap<>();
            for (String v : d.hostVariables()) {
                String n = JavaNames.member(v);
                hosts.put(v, scope.allocate(n, n + "Host"));
            }
            long count = d.schemes().stream().filter(x -> "apiKey".equals(x.type())).count();
            Map<String, String> keys = new java.util.LinkedHashMap<>();
            for (SecurityScheme s : d.schemes()) {
                if (!"apiKey".equals(s.type())) continue;
                String n = count == 1 ? "apiKey" : JavaNames.member(s.id());
                keys.put(s.id(), scope.allocate(n, n + "Key"));
            }
            long flows = d.schemes().stream().filter(SecurityScheme::isClientCredentials).count();
            Map<String, String> oauth2 = new java.util.LinkedHashMap<>();
            for (SecurityScheme s : d.schemes()) {
                if (!s.isClientCredentials()) continue;
                String n = flows == 1 ? "oauth2ClientCredentials" : JavaNames.member(s.id()) + "ClientCredentials";
                oauth2.put(s.id(), scope.allocate(n, n + "Flow"));
            }
            return new Setters(hosts, keys, oauth2);
        }

        String oauth2(SecurityScheme s) {
            return oauth2.get(s.id());
        }

        String host(String variable) {
            return hosts.get(variable);
        }

        String apiKey(SecurityScheme s) {
            return apiKeys.get(s.id());
        }
    }

    /**
     * The methods implementing {@code bindings}. Bindings that send the same call from the same arguments (a method and
     * its {@code Async} twin) share one private method that builds it.
     */
    static List<MethodSpec> methods(List<ClientBinding> bindings, Set<String> taken, boolean override,
            java.util.function.@org.jspecify.annotations.Nullable Function<ClientBinding, CodeBlock> docs) {
        Map<String, List<ClientBinding>> byCall = new java.util.LinkedHashMap<>();
        for (ClientBinding b : bindings) byCall.computeIfAbsent(callKey(b), k -> new ArrayList<>()).add(b);
        List<MethodSpec> out = new ArrayList<>();
        List<MethodSpec> helpers = new ArrayList<>();
        // the class's own members and every binding's method are taken before any helper is named
        NameScope members = NameScope.methods(taken);
        for (ClientBinding b : bindings) members.take(b.methodName());
        for (List<ClientBinding> same : byCall.values()) {
            ClientBinding first = same.get(0);
            if (same.size() == 1) {
                out.add(method(first, null, override, docs));
                continue;
            }
            String helper = members.allocate(first.methodName() + "Call");
            TypeName success = MediaCalls.callType(first.operation());
            MethodSpec.Builder h = MethodSpec.methodBuilder(helper).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(ParameterizedTypeName.get(CALL, success));
            for (Argument a : first.arguments()) h.addParameter(parameter(a.name(), a.type(), a.optional()));
            helpers.add(h.addStatement("return $L", callBlock(first)).build());
            CodeBlock call = CodeBlock.of("$L($L)", helper, String.join(", ", first.arguments().stream().map(Argument::name).toList()));
            for (ClientBinding b : same) out.add(method(b, call, override, docs));
        }
        out.addAll(helpers);
        return out;
    }

    private static String callKey(ClientBinding b) {
        StringBuilder k = new StringBuilder(b.operation().signature());
        for (Argument a : b.arguments()) {
            k.append('|').append(a.name()).append(':').append(a.type()).append('>').append(a.fills() == null ? "*" : a.fills().wireName());
        }
        return k.toString();
    }

    /** The {@code Call} a binding sends, built from its arguments. */
    static CodeBlock callBlock(ClientBinding binding) {
        Operation op = binding.operation();
        TypeName success = MediaCalls.callType(op);
        CodeBlock.Builder call = CodeBlock.builder().add("$T.<$T>builder($S, $L, $L)", CALL, success,
                op.endpoint().method(), Literals.of(op.endpoint().path()), typeLiteral(success));
        for (Argument a : binding.arguments()) {
            if (a.fills() != null) {
                fill(call, op, a.fills(), CodeBlock.of("$L", a.name()));
            } else {
                for (OperationParameter p : a.group()) fill(call, op, p, CodeBlock.of("$L.$L()", a.name(), p.javaName()));
            }
        }
        MediaCalls.response(call, op);
        if (op.server() != null) call.add("\n.server($L)", Literals.of(op.server()));
        if (!op.credentials()) call.add("\n.withoutCredentials()");
        op.pinnedHeaders().forEach((name, value) -> call.add("\n.pinnedHeader($L, $L)", Literals.of(name), Literals.of(value)));
        if (op.idempotencyHeader() != null) call.add("\n.idempotencyKey($L)", Literals.of(op.idempotencyHeader()));
        if (op.validator() != null) {
            if (success instanceof ParameterizedTypeName) {
                call.add("\n.validator($T.eachItem($T::validate))", CALL, op.validator());
            } else {
                call.add("\n.validator($T::validate)", op.validator());
            }
        }
        for (Map.Entry<String, TypeName> e : new java.util.TreeMap<>(op.errors()).entrySet()) {
            call.add("\n.error($S, $L)", e.getKey(), typeLiteral(e.getValue()));
        }
        // documented without a body to read: still a documented error, never "a status the docs do not give"
        for (String status : op.bodilessErrors()) call.add("\n.error($S)", status);
        return call.add("\n.build()").build();
    }

    private static void fill(CodeBlock.Builder call, Operation op, OperationParameter p, CodeBlock value) {
        switch (p.kind()) {
            case "path" -> call.add("\n.path($L, $L)", Literals.of(p.wireName()), value);
            case "query" -> call.add("\n.$L($L, $L, $L)", p.required() ? "requiredQuery" : "query", Literals.of(p.wireName()), value,
                    p.parameter().explode());
            case "header" -> call.add("\n.$L($L, $L)", p.required() ? "requiredHeader" : "header", Literals.of(p.wireName()), value);
            case "cookie" -> call.add("\n.$L($L, $L)", p.required() ? "requiredCookie" : "cookie", Literals.of(p.wireName()), value);
            default -> MediaCalls.body(call, op, p, value);
        }
    }

    /**
     * One method: it builds its call (or has {@code sharedCall} build it), sends it, returns as declared; an
     * implementation of an interface's method when {@code override}, else documented by {@code docs}.
     */
    private static MethodSpec method(ClientBinding binding, @org.jspecify.annotations.Nullable CodeBlock sharedCall, boolean override,
            java.util.function.@org.jspecify.annotations.Nullable Function<ClientBinding, CodeBlock> docs) {
        TypeName success = MediaCalls.callType(binding.operation());
        MethodSpec.Builder m = MethodSpec.methodBuilder(binding.methodName()).addModifiers(Modifier.PUBLIC).returns(binding.declaredReturn());
        if (override) m.addAnnotation(Override.class);
        if (docs != null) m.addJavadoc(docs.apply(binding));
        // an implementation of a deprecated method is deprecated too, or javac warns that it overrides one
        if (binding.operation().endpoint().deprecated()) {
            m.addAnnotation(Deprecated.class);
            if (!override) m.addJavadoc("@deprecated the docs mark {@code $L} deprecated\n", Javadocs.escape(binding.operation().signature()));
        }
        for (Argument a : binding.arguments()) m.addParameter(parameter(a.name(), a.type(), a.optional()));
        CodeBlock call = sharedCall;
        if (call == null) {
            m.addStatement("$T<$T> call = $L", CALL, success, callBlock(binding));
            call = CodeBlock.of("call");
        }
        String send = binding.async() ? "sendAsync" : "send";
        if (MediaCalls.send(m, binding, call)) return m.build();
        switch (binding.returns()) {
            case BODY -> {
                if (binding.async()) m.addStatement("return transport.$L($L).thenApply($T::body)", send, call, API_RESPONSE);
                else m.addStatement("return transport.$L($L).body()", send, call);
            }
            case RESPONSE -> m.addStatement("return transport.$L($L)", send, call);
            case VOID -> {
                if (binding.async()) m.addStatement("return transport.$L($L).thenApply(response -> null)", send, call);
                else m.addStatement("transport.$L($L)", send, call);
            }
        }
        return m.build();
    }

    private TypeSpec.Builder builder(ClassName client, ClassName builder, ClientPlanner.Defaults d, Setters setters) {
        TypeSpec.Builder b = TypeSpec.classBuilder(builder).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(CLIENT_BUILDER, builder))
                .addJavadoc("Builds the {@link $T}; the runtime's {@link $T} has the settings every client shares.\n", client, CLIENT_BUILDER);
        CodeBlock pinned = d.pinnedHeaders().isEmpty() ? CodeBlock.of("$T.of()", MAP) : pinnedMap(d.pinnedHeaders());
        if (d.otherBaseUrls().isEmpty()) {
            b.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                    .addStatement("super($L, $L)", Literals.of(d.baseUrl()), pinned).build());
        } else {
            // the hosts some endpoints' docs give besides the client's: their calls go there ({@code baseUriFor} moves them)
            CodeBlock others = CodeBlock.join(d.otherBaseUrls().stream().map(Literals::of).toList(), ", ");
            b.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                    .addStatement("super($L, $T.of($L), $L)", Literals.of(d.baseUrl()), LIST, others, pinned).build());
            b.addJavadoc("\n<p>Some endpoints' docs give another base URL, which {@code baseUri} does not move:\n<ul>\n");
            for (String other : d.otherBaseUrls()) {
                b.addJavadoc("  <li>{@code $L}: {@code baseUriFor(\"$L\", uri)} moves it\n", Javadocs.escape(other), Javadocs.escape(other));
            }
            b.addJavadoc("</ul>\n");
        }
        for (String v : d.hostVariables()) {
            String setter = setters.host(v);
            String url = Server.of(d.baseUrl()).variables().contains(v) ? d.baseUrl()
                    : d.otherBaseUrls().stream().filter(u -> Server.of(u).variables().contains(v)).findFirst().orElseThrow();
            b.addMethod(MethodSpec.methodBuilder(setter).addModifiers(Modifier.PUBLIC).returns(builder)
                    .addParameter(String.class, setter)
                    .addJavadoc("The {@code {$L}} of the docs' base URL {@code $L}.\n", Javadocs.escape(v), Javadocs.escape(url))
                    .addStatement("return hostVariable($L, $L)", Literals.of(v), setter).build());
        }
        for (SecurityScheme s : d.schemes()) {
            if (s.isClientCredentials()) oauth2Setters(b, builder, s, setters.oauth2(s));
        }
        for (SecurityScheme s : d.schemes()) {
            if (!"apiKey".equals(s.type())) continue;
            String setter = setters.apiKey(s);
            if (ClientPlanner.unnamed(s)) {
                // the docs ask for a key but never say where it goes: the caller names the header, nothing is sent unasked
                b.addMethod(MethodSpec.methodBuilder(setter).addModifiers(Modifier.PUBLIC).returns(builder)
                        .addParameter(String.class, "header").addParameter(String.class, "key")
                        .addJavadoc("The API key the docs ask for ({@code $L}), sent in {@code header}: the docs do not name the header.\n",
                                Javadocs.escape(s.id()))
                        .addStatement("return auth($T.apiKeyHeader(header, key), $S)", AUTH, setter).build());
                continue;
            }
            String factory = s.in() == ParameterLocation.QUERY ? "apiKeyQuery" : "apiKeyHeader";
            b.addMethod(MethodSpec.methodBuilder(setter).addModifiers(Modifier.PUBLIC).returns(builder).addParameter(String.class, "key")
                    .addJavadoc("The API key, sent as the {@code $L} $L the docs give.\n", Javadocs.escape(s.parameterName()),
                            s.in() == ParameterLocation.QUERY ? "query parameter" : "header")
                    .addStatement("return auth($T.$L($L, key), $S)", AUTH, factory, Literals.of(s.parameterName()), setter).build());
        }
        b.addMethod(MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(client)
                .addJavadoc("The client.\n\n@throws IllegalStateException if the base URL lacks a value (a host variable, or a base URI\n"
                        + "    where the docs give none), or no JSON library is on the class path\n")
                .addStatement("return new $T(transport())", client).build());
        return b;
    }

    /**
     * The setters of an OAuth2 client-credentials flow: without scopes (the server's default) and with them. The token
     * is the client's to fetch and renew; {@code bearerToken} still takes one fetched elsewhere.
     */
    private static void oauth2Setters(TypeSpec.Builder b, ClassName builder, SecurityScheme s, String setter) {
        String scopes = s.scopes().isEmpty() ? "" : " The docs list the scopes " + String.join(", ", s.scopes().stream()
                .map(x -> "{@code " + Javadocs.escape(x) + "}").toList()) + ".";
        b.addMethod(MethodSpec.methodBuilder(setter).addModifiers(Modifier.PUBLIC).returns(builder)
                .addParameter(String.class, "clientId").addParameter(String.class, "clientSecret")
                .addJavadoc("OAuth2 client credentials ({@code $L}), for a token from\n{@code $L}:\n"
                        + "the client fetches it (HTTP Basic), keeps it, renews it before it expires and once on a 401, and sends it as a\n"
                        + "bearer token. No scope is asked for: the server's default applies.$L\n", Javadocs.escape(s.id()),
                        Javadocs.escape(s.tokenUrl()), scopes)
                .addStatement("return $L(clientId, clientSecret, $T.of())", setter, LIST).build());
        b.addMethod(MethodSpec.methodBuilder(setter).addModifiers(Modifier.PUBLIC).returns(builder)
                .addParameter(String.class, "clientId").addParameter(String.class, "clientSecret")
                .addParameter(ParameterizedTypeName.get(LIST, ClassName.get(String.class)), "scopes")
                .addJavadoc("{@link #$L(String, String)}, asking for {@code scopes}.\n", setter)
                .addStatement("return auth($T.oauth2ClientCredentials($L, clientId, clientSecret, scopes), $S)", AUTH, Literals.of(s.tokenUrl()),
                        setter).build());
    }

    private static CodeBlock pinnedMap(Map<String, String> headers) {
        CodeBlock.Builder c = CodeBlock.builder().add("$T.ofEntries(", MAP);
        boolean first = true;
        for (Map.Entry<String, String> e : headers.entrySet()) {
            c.add(first ? "$T.entry($L, $L)" : ", $T.entry($L, $L)", MAP, Literals.of(e.getKey()), Literals.of(e.getValue()));
            first = false;
        }
        return c.add(")").build();
    }

    static ParameterSpec parameter(String name, TypeName type, boolean nullable) {
        boolean annotate = nullable && !type.isPrimitive() && type.annotations().isEmpty();
        return ParameterSpec.builder(annotate ? type.annotated(Annotations.nullable()) : type, name).build();
    }

    static TypeName boxed(TypeName t) {
        return t == null || t.equals(TypeName.VOID) ? ClassName.get(Void.class) : t.box();
    }

    /** The runtime {@code Type} of a body: {@code Ticket.class}, {@code Types.listOf(Ticket.class)}. */
    private static CodeBlock typeLiteral(TypeName t) {
        if (t instanceof ParameterizedTypeName p) {
            if (p.rawType().equals(LIST)) return CodeBlock.of("$T.listOf($L)", TYPES, typeLiteral(p.typeArguments().get(0)));
            if (p.rawType().equals(MAP)) return CodeBlock.of("$T.mapOf($L)", TYPES, typeLiteral(p.typeArguments().get(1)));
            return CodeBlock.of("$T.class", p.rawType());
        }
        return CodeBlock.of("$T.class", t.withoutAnnotations());
    }

    /** The runtime's exception for a documented status ({@code 404}, {@code 503}, {@code 5XX}), or null for {@code ApiException}. */
    private static @org.jspecify.annotations.Nullable ClassName statusException(String status) {
        String key = status.length() == 3 && status.charAt(0) == '5' ? "5XX" : status;
        String name = STATUS_EXCEPTIONS.get(key);
        return name == null ? null : ClassName.get(RUNTIME, name);
    }

    /**
     * What an error status carries, and how {@code ApiException} hands it out: a record ({@code error(T.class)}), or a list
     * or map of them, which a body that is a JSON array or a map of records reads into.
     */
    private static CodeBlock errorBody(TypeName type) {
        if (type.withoutAnnotations() instanceof ParameterizedTypeName p) {
            boolean list = p.rawType().equals(LIST);
            TypeName item = p.typeArguments().get(p.typeArguments().size() - 1).withoutAnnotations();
            return CodeBlock.of("a $L of {@link $T} ({@code $L($T.class)})", list ? "list" : "map", item, list ? "errorList" : "errorMap", item);
        }
        return CodeBlock.of("{@link $T}", type.withoutAnnotations());
    }

    /** A member's Javadoc: the doc's title and description, the endpoint, parameters, errors. */
    static CodeBlock javadoc(ResourceGroups.Member m) {
        Operation op = m.op();
        CodeBlock.Builder d = CodeBlock.builder();
        String title = op.endpoint().title();
        String description = op.endpoint().description();
        if (title != null && !title.isBlank()) d.add("$L.\n\n", Javadocs.escape(title.replaceAll("[.\\s]+$", "")));
        if (description != null && !description.isBlank()) d.add("<p>$L\n\n", Javadocs.markdown(description));
        d.add("<p>{@code $L}.\n\n", Javadocs.escape(op.signature()));
        d.add(parameterDocs(m));
        if (op.success() != null) d.add("@return $L\n", MediaCalls.returnDoc(op));
        CodeBlock.Builder errors = CodeBlock.builder();
        boolean first = true;
        for (Map.Entry<String, TypeName> e : new java.util.TreeMap<>(op.errors()).entrySet()) {
            errors.add(first ? "; $L" : ", $L", e.getKey());
            ClassName thrown = statusException(e.getKey());
            if (thrown != null) errors.add(" ({@link $T})", thrown);
            errors.add(" carries ").add(errorBody(e.getValue()));
            first = false;
        }
        d.add("@throws $T for an error status, as its subclass for the status ({@code NotFoundException} for 404…), a body that\n"
                + "    is not the documented JSON, or one over the client's size cap ({@link $T})$L\n", API_EXCEPTION, TOO_LARGE_EXCEPTION,
                errors.build());
        d.add("@throws $T when no answer came within the retries allowed ({@link $T} when the request\n"
                + "    timeout ran out)\n", CONNECTION_EXCEPTION, TIMEOUT_EXCEPTION);
        return d.build();
    }

    /** The {@code @param} lines of a member's full form: its path parameters, body and parameters object. */
    static CodeBlock parameterDocs(ResourceGroups.Member m) {
        ClassName params = m.params();
        CodeBlock.Builder d = CodeBlock.builder();
        for (OperationParameter p : m.positional()) {
            String text = p.parameter() == null ? "the request body" : Javadocs.markdown(p.parameter().description());
            d.add("@param $L $L\n", p.javaName(), text.isEmpty() ? "the {@code " + Javadocs.escape(p.wireName()) + "} " + p.kind()
                    + " parameter" : text);
        }
        if (params != null) {
            List<String> required = m.grouped().stream().filter(OperationParameter::required).map(p -> "{@code " + Javadocs.escape(p.wireName()) + "}").toList();
            d.add("@param params the $L parameters, from {@link $T#builder()}$L\n", ParamsWriter.kinds(m), params,
                    required.isEmpty() ? " (all optional)" : "; the docs require " + String.join(", ", required));
        }
        return d.build();
    }
}
