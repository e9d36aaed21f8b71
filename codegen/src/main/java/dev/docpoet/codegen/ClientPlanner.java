package dev.docpoet.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.docpoet.codegen.Operation.OperationParameter;
import dev.docpoet.spec.ApiModel;
import dev.docpoet.spec.BaseUrls;
import dev.docpoet.spec.Body;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.Parameter;
import dev.docpoet.spec.ParameterLocation;
import dev.docpoet.spec.Response;
import dev.docpoet.spec.Schema;
import dev.docpoet.spec.SecurityScheme;
import dev.docpoet.spec.Server;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.SourceVersion;
import org.jspecify.annotations.Nullable;

/**
 * Plans a client from a model: one {@link Operation} per endpoint, named by the README's rule, and what the client
 * sends on every request (the docs' base URL, headers they pin, their auth schemes). The client's base URL is the one
 * {@link BaseUrls#clientDefault} names (a spec's {@code servers[0]}, else the one most endpoints give); where endpoints
 * disagree on a pinned header, the client takes the value most of them give. Each other endpoint keeps its own.
 */
final class ClientPlanner {
    /** Names a client method may not take: the client's own members and every object's. */
    private static final Set<String> TAKEN = Set.of("builder", "withOptions", "toString", "hashCode", "equals", "getClass",
            "notify", "notifyAll", "wait", "clone", "finalize");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    /**
     * What a client sends on every request.
     *
     * @param baseUrl the docs' base URL ({@code https://{endpoint}/v1}), or empty when they give none
     * @param pinnedHeaders headers the docs fix, such as the API version they describe
     * @param schemes the auth schemes the docs name
     * @param otherBaseUrls the base URLs some endpoints give besides {@code baseUrl}, sorted
     */
    record Defaults(String baseUrl, Map<String, String> pinnedHeaders, List<SecurityScheme> schemes, List<String> otherBaseUrls) {
        Defaults {
            // the headers' order is the order the builder sends them in
            pinnedHeaders = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(pinnedHeaders));
            schemes = List.copyOf(schemes);
            otherBaseUrls = List.copyOf(otherBaseUrls);
        }

        /** Every host variable of every base URL, in the order they first appear. */
        List<String> hostVariables() {
            java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(Server.of(baseUrl).variables());
            otherBaseUrls.forEach(u -> all.addAll(Server.of(u).variables()));
            return List.copyOf(all);
        }
    }

    /**
     * Names a parameter's Java name may not take: the members of the parameters class it goes in ({@code builder()},
     * {@code toBuilder()}, its builder's {@code build()}) and the argument that class is passed as.
     */
    private static final Set<String> PARAMETER_TAKEN = Set.of("builder", "toBuilder", "build", "params");

    private final Map<BodyKey, Plans.BodyPlan> bodies;
    private final @Nullable ParameterEnums enums;
    private final @Nullable PagingPlanner paging;

    /** @param bodies the generated type of each body that has one, and its validator */
    ClientPlanner(Map<BodyKey, Plans.BodyPlan> bodies) {
        this(bodies, null, null);
    }

    /**
     * @param enums the enum class of each parameter with documented values; null to type them by their plain values
     * @param paging finds the endpoints that page; null to plan none
     */
    ClientPlanner(Map<BodyKey, Plans.BodyPlan> bodies, @Nullable ParameterEnums enums, @Nullable PagingPlanner paging) {
        this.bodies = bodies;
        this.enums = enums;
        this.paging = paging;
    }

    Defaults defaults(ApiModel model) {
        List<Endpoint> endpoints = sorted(model);
        // the docs' own word first (a spec's servers[0]), a count of endpoints only where they say nothing: see BaseUrls
        String base = BaseUrls.clientDefault(model);
        Map<String, List<String>> given = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, String> names = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Endpoint e : endpoints) {
            for (Parameter p : e.parameters()) {
                String value = pinnedValue(e, p);
                if (value == null) continue;
                names.putIfAbsent(p.name(), p.name());
                given.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(value);
            }
        }
        Map<String, String> pinned = new LinkedHashMap<>();
        given.forEach((name, values) -> pinned.put(names.get(name), BaseUrls.mostGiven(values)));
        String client = base;
        List<String> others = model.servers().stream().map(Server::url).filter(u -> !u.equals(client)).toList();
        return new Defaults(base, pinned, schemes(model), others);
    }

    /**
     * The docs' auth schemes, an API key's parameter made concrete: a scheme docpoet only guessed from a name such as
     * {@code keyAuth} takes the header the pages document for a key ({@code X-API-Key}), or no name at all (the
     * builder then offers no {@code apiKey(…)}: sending a guessed header name would be wrong).
     */
    private static List<SecurityScheme> schemes(ApiModel model) {
        List<SecurityScheme> out = new ArrayList<>();
        for (SecurityScheme s : model.securitySchemes()) {
            if (!"apiKey".equals(s.type()) || !s.inferred()) {
                out.add(s);
                continue;
            }
            String header = null;
            for (Endpoint e : sorted(model)) {
                for (Parameter p : e.parameters()) {
                    String lower = p.name().toLowerCase(Locale.ROOT);
                    if (header == null && p.in() == ParameterLocation.HEADER && !lower.contains("idempotency")
                            && (lower.contains("key") || lower.contains("token"))) {
                        header = p.name();
                    }
                }
            }
            out.add(new SecurityScheme(s.id(), s.type(), s.scheme(), header == null ? null : ParameterLocation.HEADER, header, true));
        }
        return out;
    }

    /**
     * A warning for each API key the docs ask for without naming its header, at the first endpoint that needs it: the
     * client's builder then takes the header's name with the key.
     */
    List<dev.docpoet.spec.Diagnostic> unnamedKeys(ApiModel model) {
        List<dev.docpoet.spec.Diagnostic> out = new ArrayList<>();
        List<Endpoint> endpoints = sorted(model);
        for (SecurityScheme s : schemes(model)) {
            if (!unnamed(s)) continue;
            Endpoint first = endpoints.stream().filter(e -> e.security().contains(s.id())).findFirst().orElse(null);
            if (first == null) continue;
            out.add(new dev.docpoet.spec.Diagnostic(GeneratorCode.GenAuthHeaderUnknown, "the docs ask for an API key (`" + s.id()
                    + "`) but never name the header it travels in: the client's builder takes the header's name with the key, and sends"
                    + " no key unless it is given",
                    first.location(), "document the key's header as a header parameter (X-API-Key, say)"));
        }
        return out;
    }

    /** An API key the docs ask for without naming where it travels: the caller names its header. */
    static boolean unnamed(SecurityScheme s) {
        return "apiKey".equals(s.type()) && (s.parameterName() == null || s.in() == null);
    }

    /**
     * A header the client sends itself: the API version the docs describe, a header's documented default, or the one
     * value a required header may take ({@code anthropic-version} with {@code enum: [2023-06-01]}, or {@code const}).
     */
    private static @Nullable String pinnedValue(Endpoint e, Parameter p) {
        if (p.in() != ParameterLocation.HEADER) return null;
        if (e.version() != null && p.name().toLowerCase(Locale.ROOT).contains("version")) return e.version();
        if (p.defaultValue() != null && p.defaultValue().node().isTextual()) return p.defaultValue().node().textValue();
        if (p.required() && p.schema() instanceof Schema.EnumSchema en && en.values().size() == 1) return en.values().get(0);
        return null;
    }

    /** The headers {@code e}'s docs pin to a value other than the client's: its call sends them in place of the client's. */
    private static Map<String, String> ownPins(Endpoint e, Defaults d) {
        Map<String, String> own = new LinkedHashMap<>();
        for (Parameter p : e.parameters()) {
            String value = pinnedValue(e, p);
            String client = d.pinnedHeaders().entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(p.name())).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
            if (value != null && !value.equals(client)) own.put(p.name(), value);
        }
        return own;
    }

    List<Operation> operations(ApiModel model) {
        Defaults defaults = defaults(model);
        List<Endpoint> endpoints = sorted(model);
        Set<String> authHeaders = new HashSet<>(Set.of("authorization"));
        for (SecurityScheme s : schemes(model)) {
            if (s.parameterName() != null) authHeaders.add(s.parameterName().toLowerCase(Locale.ROOT));
        }
        Map<Endpoint, String> names = names(endpoints);
        // an endpoint that lists no security requirement asks for none only where the docs list some elsewhere (a spec
        // with a global `security`, whose `security: []` is then an explicit opt-out); docs that list none anywhere say
        // nothing either way, and the client's credentials go with every call
        boolean securityStated = endpoints.stream().anyMatch(e -> !e.security().isEmpty());
        List<Operation> ops = new ArrayList<>();
        for (Endpoint e : endpoints) {
            // a request body no client can send: left out, with a warning (MediaPlanner.diagnostics)
            if (MediaPlanner.unsendable(e) == null) ops.add(operation(e, names.get(e), authHeaders, defaults, securityStated));
        }
        return ops;
    }

    private static List<Endpoint> sorted(ApiModel model) {
        return model.endpoints().stream()
                .sorted(Comparator.comparing((Endpoint e) -> ApiModel.normalizedPath(e.path())).thenComparing(Endpoint::method))
                .toList();
    }

    /**
     * The doc's title in lowerCamel; where two titles give one name, or a title gives none, verb and path without
     * version segments; where those collide too, verb and full path; numbered if still equal.
     */
    private static Map<Endpoint, String> names(List<Endpoint> endpoints) {
        Map<Endpoint, String> names = new LinkedHashMap<>();
        for (Endpoint e : endpoints) names.put(e, fromTitle(e.title()));
        retry(names, e -> fromPath(e, false));
        retry(names, e -> fromPath(e, true));
        NameScope methods = NameScope.methods(Set.of());
        names.replaceAll((e, n) -> methods.allocateNumbered(n, ""));
        return names;
    }

    /** Renames, by {@code rule}, every endpoint without a name or whose name another endpoint has too. */
    private static void retry(Map<Endpoint, String> names, java.util.function.Function<Endpoint, String> rule) {
        Map<String, Integer> count = new HashMap<>();
        names.values().forEach(n -> {
            if (n != null) count.merge(n, 1, Integer::sum);
        });
        names.replaceAll((e, n) -> n == null || count.get(n) > 1 ? rule.apply(e) : n);
    }

    private static @Nullable String fromTitle(@Nullable String title) {
        if (title == null) return null;
        List<String> words = new ArrayList<>(JavaNames.words(title));
        words.removeIf(w -> ARTICLES.contains(w.toLowerCase(Locale.ROOT)));
        if (words.isEmpty() || words.size() > 8) return null;
        return safe(JavaNames.lowerCamel(String.join(" ", words)));
    }

    /** A path segment that only says which version: {@code v2}, {@code v1beta1}, {@code 2024-01-01}. */
    private static final java.util.regex.Pattern VERSION = java.util.regex.Pattern.compile("v\\d+(?:(?:alpha|beta|rc)\\d*)?|\\d{4}-\\d{2}-\\d{2}");

    /**
     * {@code GET /v2/conversations/{id}} → {@code getConversationsById}, or with {@code versions}
     * {@code getV2ConversationsById}.
     */
    static String fromPath(Endpoint e, boolean versions) {
        StringBuilder words = new StringBuilder(e.method().toLowerCase(Locale.ROOT));
        List<String> params = new ArrayList<>();
        for (String segment : e.path().split("/")) {
            if (segment.startsWith("{") && segment.endsWith("}")) {
                params.add(segment.substring(1, segment.length() - 1));
            } else if (!segment.isEmpty() && (versions || !VERSION.matcher(segment.toLowerCase(Locale.ROOT)).matches())) {
                words.append(' ').append(segment);
            }
        }
        if (!params.isEmpty()) words.append(" by ").append(String.join(" and ", params));
        return safe(JavaNames.lowerCamel(words.toString()));
    }

    private static String safe(String name) {
        return SourceVersion.isKeyword(name) || TAKEN.contains(name) ? name + "Endpoint" : name;
    }

    private Operation operation(Endpoint e, String name, Set<String> authHeaders, Defaults defaults, boolean securityStated) {
        List<OperationParameter> path = new ArrayList<>();
        List<OperationParameter> required = new ArrayList<>();
        List<OperationParameter> optional = new ArrayList<>();
        NameScope javaNames = NameScope.methods(PARAMETER_TAKEN);
        String idempotency = null;
        // path parameters in the order of the path
        List<Parameter> params = new ArrayList<>(e.parameters());
        params.sort(Comparator.comparingInt(p -> p.in() == ParameterLocation.PATH ? pathIndex(e.path(), p.name()) : Integer.MAX_VALUE));
        for (Parameter p : params) {
            if (p.in() == ParameterLocation.HEADER) {
                String lower = p.name().toLowerCase(Locale.ROOT);
                if (authHeaders.contains(lower) || pinnedValue(e, p) != null) continue;
                if (lower.replace("-", "").replace("_", "").endsWith("idempotencykey")) {
                    idempotency = p.name();
                    continue;
                }
            }
            String javaName = javaNames.allocateNumbered(JavaNames.member(p.name()), "");
            boolean req = p.required() || p.in() == ParameterLocation.PATH;
            TypeName plain = TypeMapper.parameter(p.schema());
            OperationParameter op = new OperationParameter(javaName, enums == null ? plain : enums.type(e, p), p, req, plain);
            (p.in() == ParameterLocation.PATH ? path : req ? required : optional).add(op);
        }
        List<OperationParameter> all = new ArrayList<>(path);
        if (e.requestBody() != null) {
            all.add(new OperationParameter(javaNames.allocateNumbered("body", ""),
                    MediaPlanner.requestType(e.requestBody(), bodyType(e, null, e.requestBody())), null, true));
        }
        all.addAll(required);
        all.addAll(optional);

        Response success = e.responses().stream().filter(Response::isSuccess).min(Comparator.comparing(Response::status)).orElse(null);
        TypeName successType = success == null || success.body() == null ? null
                : MediaPlanner.replyType(success.body(), bodyType(e, success.status(), success.body()));
        Plans.BodyPlan successPlan = success == null ? null : bodies.get(new BodyKey(e.method(), e.path(), success.status()));
        Map<String, TypeName> errors = new TreeMap<>();
        java.util.Set<String> bodiless = new java.util.TreeSet<>();
        for (Response r : e.responses()) {
            if (!r.isError()) continue;
            Plans.BodyPlan t = r.body() == null ? null : bodies.get(new BodyKey(e.method(), e.path(), r.status()));
            if (t != null) errors.put(r.status(), t.type());
            else bodiless.add(r.status());
        }
        String server = e.baseUrl() == null || e.baseUrl().equals(defaults.baseUrl()) ? null : e.baseUrl();
        // a stream or a download is no page of a list: only a JSON body pages
        PagePlan pages = paging == null || success == null || success.body() == null
                || MediaPlanner.reply(success.body()) != MediaPlanner.Reply.JSON ? null : paging.plan(e, all, successType);
        return new Operation(e, name, all, successType, success == null ? "200" : success.status(), errors, List.copyOf(bodiless), idempotency,
                successPlan == null || success.body() == null ? null : successPlan.validator(), server, ownPins(e, defaults), pages,
                server == null || !e.security().isEmpty() || !securityStated);
    }

    private static int pathIndex(String path, String name) {
        int i = path.indexOf("{" + name + "}");
        return i < 0 ? Integer.MAX_VALUE - 1 : i;
    }

    /** A body's generated type; a body the generator made no record for reads as what its schema says, or as any JSON. */
    private TypeName bodyType(Endpoint e, @Nullable String status, Body body) {
        Plans.BodyPlan t = bodies.get(new BodyKey(e.method(), e.path(), status));
        if (t != null) return t.type();
        return body.schema() == null ? ClassName.OBJECT : TypeMapper.parameter(body.schema());
    }
}
