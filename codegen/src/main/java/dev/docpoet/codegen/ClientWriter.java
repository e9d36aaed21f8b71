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
            "transport", "hostVariable");

    /**
     * The runtime's {@code ApiException} subclass for each status that has one (every other status gives
     * {@code ApiException} itself), as {@code StatusExceptions} in the runtime maps them; {@code 5XX} stands for them all.
     */
    private static final Map<String, String> STATUS_EXCEPTIONS = Map.of("400", "BadRequestException", "401",
            "UnauthorizedException", "403", "PermissionDeniedException", "404", "NotFoundException", "409", "ConflictException",
            "422", "UnprocessableEntityException", "429", "RateLimitException", "5XX", "InternalServerException");

    /** The members every client class has, which a private helper must not take. */
    private static final Set<String> CLIENT_MEMBERS = Set.of("builder", "withOptions", "toString", "transport");

    /** Past this many optional parameters, the companion takes them in a parameters record with a builder. */
    static final int PARAMS_THRESHOLD = 3;

    /** The optional parameters a companion method takes in a record, or none when there are few. */
    static List<OperationParameter> grouped(Operation op) {
        List<OperationParameter> optional = op.parameters().stream().filter(p -> !p.required() && p.parameter() != null).toList();
        return optional.size() > PARAMS_THRESHOLD ? optional : List.of();
    }

    /** {@code HelpdeskEndpoints.ListTicketsParams}: nested in the companion, so that no top-level name is taken. */
    static ClassName paramsName(ClassName companion, Operation op) {
        return companion.nestedClass(JavaNames.capitalize(op.methodName()) + "Params");
    }

    /** The companion interface: one method per operation, and its non-blocking twin. */
    TypeSpec.Builder companion(ClassName name, ClassName client, String docsName, List<Operation> ops) {
        TypeSpec.Builder b = TypeSpec.interfaceBuilder(name).addModifiers(Modifier.PUBLIC)
                .addJavadoc("The endpoints of the $L docs, one method each (named as the docs title them); {@link $T} implements them.\n",
                        Javadocs.escape(docsName), client);
        List<TypeSpec> records = new ArrayList<>();
        for (Operation op : ops) {
            List<OperationParameter> group = grouped(op);
            ClassName params = group.isEmpty() ? null : paramsName(name, op);
            if (params != null) records.add(paramsRecord(params, op, group));
            TypeName returns = op.success() == null ? TypeName.VOID : op.success();
            TypeName future = ParameterizedTypeName.get(FUTURE, boxed(op.success()));
            List<Argument> args = arguments(name, op);
            List<ParameterSpec> parameters = args.stream().map(a -> parameter(a.name(), a.type(), a.optional())).toList();
            b.addMethod(deprecatedIf(op, MethodSpec.methodBuilder(op.methodName()).addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .returns(returns).addParameters(parameters).addJavadoc(javadoc(op, params))).build());
            b.addMethod(deprecatedIf(op, MethodSpec.methodBuilder(op.methodName() + "Async").addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .returns(future).addParameters(parameters)
                    .addJavadoc("{@link #$L} without blocking: the future fails with the exceptions it would throw.\n", op.methodName()))
                    .build());
            if (params != null) {
                // the common call, without the optional parameters (the last argument, their record)
                List<ParameterSpec> shorter = parameters.subList(0, parameters.size() - 1);
                List<String> names = new ArrayList<>(shorter.stream().map(ParameterSpec::name).toList());
                names.add("null");
                String call = String.join(", ", names);
                b.addMethod(deprecatedIf(op, MethodSpec.methodBuilder(op.methodName()).addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                        .returns(returns).addParameters(shorter)
                        .addJavadoc("{@link #$L} without its optional parameters.\n", op.methodName())
                        .addStatement((op.success() == null ? "" : "return ") + "$L($L)", op.methodName(), call)).build());
                b.addMethod(deprecatedIf(op, MethodSpec.methodBuilder(op.methodName() + "Async").addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                        .returns(future).addParameters(shorter)
                        .addJavadoc("{@link #$LAsync} without its optional parameters.\n", op.methodName())
                        .addStatement("return $LAsync($L)", op.methodName(), call)).build());
            }
        }
        records.forEach(b::addType);
        return b;
    }

    /**
     * {@code m} marked deprecated when the docs mark its endpoint so: the annotation for javac's warnings at call sites, and
     * the Javadoc tag saying why.
     */
    private static MethodSpec.Builder deprecatedIf(Operation op, MethodSpec.Builder m) {
        if (!op.endpoint().deprecated()) return m;
        return m.addAnnotation(Deprecated.class).addJavadoc("@deprecated the docs mark {@code $L} deprecated\n", Javadocs.escape(op.signature()));
    }

    /** A record of an operation's optional parameters, with a builder: nobody writes {@code f(id, null, null, 20L, null)}. */
    private static TypeSpec paramsRecord(ClassName name, Operation op, List<OperationParameter> group) {
        ClassName builder = name.nestedClass("Builder");
        MethodSpec.Builder ctor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
        CodeBlock.Builder doc = CodeBlock.builder().add("The optional parameters of {@code $L}; leave out what you do not need.\n\n",
                Javadocs.escape(op.signature()));
        TypeSpec.Builder bld = TypeSpec.classBuilder(builder).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Builds a {@link $T}.\n", name);
        bld.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        List<String> names = new ArrayList<>();
        for (OperationParameter p : group) {
            TypeName type = p.type().annotated(Annotations.nullable());
            ctor.addParameter(ParameterSpec.builder(type, p.javaName()).build());
            String text = Javadocs.markdown(p.parameter().description());
            doc.add("@param $L $L\n", p.javaName(), text.isEmpty() ? "the {@code " + Javadocs.escape(p.wireName()) + "} " + p.kind()
                    + " parameter" : text);
            bld.addField(com.palantir.javapoet.FieldSpec.builder(type, p.javaName(), Modifier.PRIVATE).build());
            MethodSpec.Builder setter = MethodSpec.methodBuilder(p.javaName()).addModifiers(Modifier.PUBLIC).returns(builder)
                    .addParameter(type, p.javaName()).addStatement("this.$L = $L", p.javaName(), p.javaName())
                    .addStatement("return this");
            if (!text.isEmpty()) setter.addJavadoc("$L\n", text);
            bld.addMethod(setter.build());
            names.add(p.javaName());
        }
        bld.addMethod(MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(name)
                .addStatement("return new $T($L)", name, String.join(", ", names)).build());
        return TypeSpec.recordBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.STATIC).recordConstructor(ctor.build())
                .addJavadoc(doc.build())
                .addMethod(MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(builder)
                        .addJavadoc("A builder with nothing set.\n").addStatement("return new $T()", builder).build())
                .addType(bld.build()).build();
    }

    /**
     * The arguments of an operation's companion method: its parameters, with more than three optional ones in their
     * record, which comes last.
     */
    private static List<Argument> arguments(ClassName companion, Operation op) {
        List<OperationParameter> group = grouped(op);
        List<Argument> args = new ArrayList<>();
        for (OperationParameter p : op.parameters()) {
            if (!group.contains(p)) args.add(new Argument(p.javaName(), p.type(), p));
        }
        if (!group.isEmpty()) args.add(new Argument("params", paramsName(companion, op), null, group));
        return args;
    }

    /** The bindings of a companion: every operation with all its parameters, blocking and not. */
    static List<ClientBinding> companionBindings(ClassName companion, List<Operation> ops) {
        List<ClientBinding> out = new ArrayList<>();
        for (Operation op : ops) {
            List<Argument> args = arguments(companion, op);
            Returns r = op.success() == null ? Returns.VOID : Returns.BODY;
            out.add(new ClientBinding(op.methodName(), op, args, r, false, op.success() == null ? TypeName.VOID : op.success()));
            out.add(new ClientBinding(op.methodName() + "Async", op, args, r, true,
                    ParameterizedTypeName.get(FUTURE, boxed(op.success()))));
        }
        return out;
    }

    /** The client class, implementing {@code implemented} with {@code bindings}. */
    TypeSpec.Builder client(ClassName name, ClassName implemented, String docsName, List<ClientBinding> bindings,
            ClientPlanner.Defaults defaults) {
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
        b.addMethods(methods(bindings));
        b.addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(String.class).addStatement("return $S + transport + $S", name.simpleName() + "[", "]").build());
        b.addType(builder(name, builder, defaults, setters).build());
        return b;
    }

    private static String exampleSetters(ClientPlanner.Defaults d, Setters setters) {
        StringBuilder sb = new StringBuilder();
        if (d.baseUrl().isEmpty()) sb.append(".baseUri(\"https://…\")");
        for (String v : Server.of(d.baseUrl()).variables()) sb.append('.').append(setters.host(v)).append("(\"…\")");
        for (SecurityScheme s : d.schemes()) {
            if ("bearer".equals(s.scheme())) sb.append(".bearerToken(token)");
            else if ("basic".equals(s.scheme())) sb.append(".basicAuth(user, password)");
            else if ("apiKey".equals(s.type())) sb.append('.').append(setters.apiKey(s)).append(ClientPlanner.unnamed(s) ? "(\"HEADER-NAME\", key)" : "(key)");
        }
        return sb.toString();
    }

    /**
     * The builder's setters for the docs' host variables and API keys, named in one scope with the runtime builder's
     * own members, so that no two setters and no setter and inherited method share a name.
     */
    private record Setters(Map<String, String> hosts, Map<String, String> apiKeys) {
        static Setters of(ClientPlanner.Defaults d) {
            NameScope scope = NameScope.methods(BUILDER_MEMBERS);
            Map<String, String> hosts = new java.util.LinkedHashMap<>();
            for (String v : Server.of(d.baseUrl()).variables()) {
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
            return new Setters(hosts, keys);
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
    private static List<MethodSpec> methods(List<ClientBinding> bindings) {
        Map<String, List<ClientBinding>> byCall = new java.util.LinkedHashMap<>();
        for (ClientBinding b : bindings) byCall.computeIfAbsent(callKey(b), k -> new ArrayList<>()).add(b);
        List<MethodSpec> out = new ArrayList<>();
        List<MethodSpec> helpers = new ArrayList<>();
        // the class's own members and every binding's method are taken before any helper is named
        NameScope members = NameScope.methods(CLIENT_MEMBERS);
        for (ClientBinding b : bindings) members.take(b.methodName());
        for (List<ClientBinding> same : byCall.values()) {
            ClientBinding first = same.get(0);
            if (same.size() == 1) {
                out.add(method(first, null));
                continue;
            }
            String helper = members.allocate(first.operation().methodName() + "Call");
            TypeName success = MediaCalls.callType(first.operation());
            MethodSpec.Builder h = MethodSpec.methodBuilder(helper).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(ParameterizedTypeName.get(CALL, success));
            for (Argument a : first.arguments()) h.addParameter(parameter(a.name(), a.type(), a.optional()));
            helpers.add(h.addStatement("return $L", callBlock(first)).build());
            CodeBlock call = CodeBlock.of("$L($L)", helper, String.join(", ", first.arguments().stream().map(Argument::name).toList()));
            for (ClientBinding b : same) out.add(method(b, call));
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
    private static CodeBlock callBlock(ClientBinding binding) {
        Operation op = binding.operation();
        TypeName success = MediaCalls.callType(op);
        CodeBlock.Builder call = CodeBlock.builder().add("$T.<$T>builder($S, $L, $L)", CALL, success,
                op.endpoint().method(), Literals.of(op.endpoint().path()), typeLiteral(success));
        for (Argument a : binding.arguments()) {
            if (a.fills() != null) {
                fill(call, op, a.fills(), CodeBlock.of("$L", a.name()));
            } else {
                for (OperationParameter p : a.group()) fill(call, op, p, CodeBlock.of("$L == null ? null : $L.$L()", a.name(), a.name(), p.javaName()));
            }
        }
        MediaCalls.response(call, op);
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

    /** One implementing method: it builds its call (or has {@code sharedCall} build it), sends it, returns as declared. */
    private static MethodSpec method(ClientBinding binding, @org.jspecify.annotations.Nullable CodeBlock sharedCall) {
        TypeName success = MediaCalls.callType(binding.operation());
        MethodSpec.Builder m = MethodSpec.methodBuilder(binding.methodName()).addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).returns(binding.declaredReturn());
        // an implementation of a deprecated method is deprecated too, or javac warns that it overrides one
        if (binding.operation().endpoint().deprecated()) m.addAnnotation(Deprecated.class);
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
        b.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addStatement("super($L, $L)", Literals.of(d.baseUrl()), pinned).build());
        for (String v : Server.of(d.baseUrl()).variables()) {
            String setter = setters.host(v);
            b.addMethod(MethodSpec.methodBuilder(setter).addModifiers(Modifier.PUBLIC).returns(builder)
                    .addParameter(String.class, setter)
                    .addJavadoc("The {@code {$L}} of the docs' base URL {@code $L}.\n", Javadocs.escape(v), Javadocs.escape(d.baseUrl()))
                    .addStatement("return hostVariable($L, $L)", Literals.of(v), setter).build());
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

    private static CodeBlock pinnedMap(Map<String, String> headers) {
        CodeBlock.Builder c = CodeBlock.builder().add("$T.ofEntries(", MAP);
        boolean first = true;
        for (Map.Entry<String, String> e : headers.entrySet()) {
            c.add(first ? "$T.entry($L, $L)" : ", $T.entry($L, $L)", MAP, Literals.of(e.getKey()), Literals.of(e.getValue()));
            first = false;
        }
        return c.add(")").build();
    }

    private static ParameterSpec parameter(String name, TypeName type, boolean nullable) {
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

    /** The companion method's Javadoc: the doc's title and description, the endpoint, parameters, errors. */
    private static CodeBlock javadoc(Operation op, @org.jspecify.annotations.Nullable ClassName params) {
        CodeBlock.Builder d = CodeBlock.builder();
        String title = op.endpoint().title();
        String description = op.endpoint().description();
        if (title != null && !title.isBlank()) d.add("$L.\n\n", Javadocs.escape(title.replaceAll("[.\\s]+$", "")));
        if (description != null && !description.isBlank()) d.add("<p>$L\n\n", Javadocs.markdown(description));
        d.add("<p>{@code $L}.\n\n", Javadocs.escape(op.signature()));
        List<OperationParameter> group = params == null ? List.of() : grouped(op);
        for (OperationParameter p : op.parameters()) {
            if (group.contains(p)) continue;
            String text = p.parameter() == null ? "the request body" : Javadocs.markdown(p.parameter().description());
            d.add("@param $L $L\n", p.javaName(), text.isEmpty() ? "the {@code " + Javadocs.escape(p.wireName()) + "} " + p.kind()
                    + " parameter" : text);
        }
        if (params != null) d.add("@param params the optional parameters ({@link $T}), or null for none\n", params);
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
}
