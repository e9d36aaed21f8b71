package dev.docpoet.codegen;

import com.palantir.javapoet.ClassName;
import dev.docpoet.codegen.Operation.OperationParameter;
import dev.docpoet.spec.ApiModel;
import dev.docpoet.spec.ParameterLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Plans the resource groups of a client from the endpoints' paths: {@code GET /v1/tickets/{id}} is
 * {@code client.tickets().get(id)}, {@code GET /v1/teams/{teamId}/agents} is {@code client.teams().agents().list(teamId)}.
 * Each literal path segment (versions left out) is a group, nested as the path nests; a last segment that names an
 * action ({@code POST /orders/{id}/cancel}) is the method's name instead. Within a group a method is named by its HTTP
 * method and whether the path ends in a parameter, so that a name depends on its own endpoint only: groups come from
 * paths rather than tags because every dialect has a path (a page has no tags), and a path does not move when the docs'
 * navigation does.
 *
 * <p>Every endpoint's query, header and cookie parameters go in a parameters class with a builder (path parameters and
 * the body stay positional), so that adding an optional parameter, or making a required one optional, never changes a
 * method's signature.
 */
final class ResourceGroups {
    /** Methods and members of every object, which no generated method may take. */
    private static final Set<String> OBJECT_METHODS = Set.of("hashCode", "toString", "equals", "getClass", "notify",
            "notifyAll", "wait", "clone", "finalize");
    /** What the client class has itself, besides its groups and methods. */
    static final Set<String> CLIENT_MEMBERS = Set.of("builder", "withOptions", "toString", "transport", "hashCode", "equals",
            "getClass", "notify", "notifyAll", "wait", "clone", "finalize");
    /** The order in which methods keep a contested name: the first in it keeps {@code update}, the others fall back. */
    private static final List<String> METHOD_RANK = List.of("GET", "PATCH", "PUT", "POST", "DELETE", "HEAD", "OPTIONS", "TRACE");

    /**
     * A group: the endpoints whose paths name the same segments, and the groups below it.
     *
     * @param segments the path's literal segments that lead here ({@code [teams, agents]}); none for the client itself
     * @param name the group's class; null for the root, which is the client itself
     * @param accessor the method of the parent group that hands this one out ({@code agents})
     * @param chain how a caller reaches it: {@code client.teams().agents()}
     */
    record Group(List<String> segments, @Nullable ClassName name, String accessor, String chain, List<Member> members, List<Group> children) {
        Group {
            segments = List.copyOf(segments);
            members = List.copyOf(members);
            children = List.copyOf(children);
        }

        /** This group and every group below it, parents first. */
        List<Group> all() {
            List<Group> out = new ArrayList<>();
            out.add(this);
            for (Group c : children) out.addAll(c.all());
            return out;
        }
    }

    /**
     * One endpoint's method in its group.
     *
     * @param name its name in the group ({@code list}, {@code get}, {@code cancel})
     * @param positional what the method takes before the parameters object: path parameters in path order, then the body
     * @param grouped the query, header and cookie parameters, in the parameters class; empty when there are none
     * @param params the parameters class; null when the endpoint has no such parameter
     */
    record Member(Operation op, String name, List<OperationParameter> positional, List<OperationParameter> grouped,
            @Nullable ClassName params) {
        Member {
            positional = List.copyOf(positional);
            grouped = List.copyOf(grouped);
        }

        /** Whether a form without the parameters object is offered too: there is one, and the docs require none of them. */
        boolean shortForm() {
            return params != null && grouped.stream().noneMatch(OperationParameter::required);
        }
    }

    private ResourceGroups() {}

    /**
     * The groups of {@code ops}, named in {@code topLevel}, the package's scope of type names (every model and enum
     * already in it, so that a group or parameters class never takes a model's name).
     *
     * @param client the client's base name ({@code Helpdesk}): groups are {@code HelpdeskTickets}, {@code HelpdeskTeamsAgents}
     */
    static Group plan(List<Operation> ops, String packageName, String client, NameScope topLevel) {
        Node root = new Node(List.of());
        List<Route> routes = new ArrayList<>();
        for (Operation op : ops) {
            Route r = route(op);
            routes.add(r);
            Node n = root;
            for (String s : r.segments) {
                Node parent = n;
                n = n.children.computeIfAbsent(s, k -> parent.child(k));
            }
            n.routes.add(r);
            r.node = n;
        }
        // class names: every group in path order, then every parameters class in endpoint order
        Map<Node, ClassName> classes = new java.util.IdentityHashMap<>();
        for (Node n : root.all()) {
            if (n == root) continue;
            StringBuilder sb = new StringBuilder(client);
            for (String s : n.segments) sb.append(JavaNames.upperCamel(s));
            classes.put(n, ClassName.get(packageName, topLevel.allocateNumbered(JavaNames.shortened(sb.toString(), JavaNames.MAX_TYPE_NAME), "")));
        }
        Map<Node, Map<Route, String>> names = new java.util.IdentityHashMap<>();
        Map<Node, Map<String, String>> accessors = new java.util.IdentityHashMap<>();
        for (Node n : root.all()) {
            NameScope members = NameScope.methods(n == root ? CLIENT_MEMBERS : OBJECT_METHODS);
            Map<String, String> acc = new TreeMap<>();
            for (String segment : n.children.keySet()) {
                String a = JavaNames.member(segment);
                acc.put(segment, members.allocate(a, a + "Group"));
            }
            accessors.put(n, acc);
            names.put(n, memberNames(n.routes, members));
        }
        Map<Route, ClassName> params = new java.util.IdentityHashMap<>();
        // parameters classes in the endpoints' order
        for (Route r : routes) {
            if (r.grouped().isEmpty()) continue;
            StringBuilder sb = new StringBuilder();
            for (String s : r.node.segments) sb.append(JavaNames.upperCamel(JavaNames.singular(s)));
            sb.append(JavaNames.capitalize(names.get(r.node).get(r))).append("Params");
            params.put(r, ClassName.get(packageName, topLevel.allocateNumbered(JavaNames.shortened(sb.toString(), JavaNames.MAX_TYPE_NAME), "")));
        }
        return build(root, root, "", "client", classes, names, accessors, params);
    }

    private static Group build(Node root, Node n, String accessor, String chain, Map<Node, ClassName> classes,
            Map<Node, Map<Route, String>> names, Map<Node, Map<String, String>> accessors, Map<Route, ClassName> params) {
        List<Member> members = new ArrayList<>();
        for (Route r : n.routes) members.add(new Member(r.op, names.get(n).get(r), r.positional(), r.grouped(), params.get(r)));
        members.sort(Comparator.comparing(Member::name));
        List<Group> children = new ArrayList<>();
        for (Map.Entry<String, Node> c : n.children.entrySet()) {
            String a = accessors.get(n).get(c.getKey());
            children.add(build(root, c.getValue(), a, chain + "." + a + "()", classes, names, accessors, params));
        }
        return new Group(n.segments, n == root ? null : classes.get(n), accessor, chain, members, children);
    }

    /**
     * The name of each endpoint in one group: the name its HTTP method and path give ({@link Route#primary}), unless an
     * endpoint that ranks before it took it; then its name by the README's flat rule (its title: {@code searchOldWay}),
     * then its verb and whole path ({@code getV2Search}), then numbered. A method's {@code …Async} twin, and a paged endpoint's
     * {@code …AutoPaging} method, must be free too.
     * The rank: endpoints the docs do not deprecate first, then items before collections and actions before other shapes,
     * then by HTTP method (GET, PATCH, PUT, POST, DELETE, others), then by path.
     */
    private static Map<Route, String> memberNames(List<Route> routes, NameScope scope) {
        Map<Route, String> out = new java.util.IdentityHashMap<>();
        List<Route> ranked = routes.stream().sorted(Comparator.comparing((Route r) -> r.op.endpoint().deprecated())
                .thenComparingInt(Route::shapeRank).thenComparingInt(Route::methodRank)
                .thenComparing(r -> ApiModel.normalizedPath(r.op.endpoint().path())).thenComparing(r -> r.op.endpoint().path())).toList();
        for (Route r : ranked) {
            // a paged endpoint's …AutoPaging method must be free too
            List<String> suffixes = r.op.paging() == null ? List.of("", "Async") : List.of("", "Async", PagingWriter.SUFFIX);
            String chosen = null;
            for (String c : List.of(r.primary, r.op.methodName(), ClientPlanner.fromPath(r.op.endpoint(), true))) {
                if (free(scope, c, suffixes)) {
                    chosen = c;
                    break;
                }
            }
            if (chosen == null) {
                for (int i = 2; chosen == null; i++) {
                    String c = r.primary + i;
                    if (free(scope, c, suffixes)) chosen = c;
                }
            }
            for (String suffix : suffixes) scope.take(chosen + suffix);
            out.put(r, chosen);
        }
        return out;
    }

    private static boolean free(NameScope scope, String name, List<String> suffixes) {
        return suffixes.stream().allMatch(suffix -> scope.isFree(name + suffix));
    }

    /** One node of the path tree, while planning: the segments that lead to it, the nodes below, its endpoints. */
    private static final class Node {
        final List<String> segments;
        final Map<String, Node> children = new TreeMap<>();
        final List<Route> routes = new ArrayList<>();

        Node(List<String> segments) {
            this.segments = segments;
        }

        Node child(String segment) {
            List<String> path = new ArrayList<>(segments);
            path.add(segment);
            return new Node(List.copyOf(path));
        }

        List<Node> all() {
            List<Node> out = new ArrayList<>();
            out.add(this);
            for (Node c : children.values()) out.addAll(c.all());
            return out;
        }
    }

    /** Where one operation goes: its group's segments, and the name its method and path give it. */
    private static final class Route {
        final Operation op;
        final List<String> segments;
        final String primary;
        /** 0 for an item ({@code /tickets/{id}}), 1 for a collection or an action, 2 for any other shape. */
        final int shape;
        Node node;

        Route(Operation op, List<String> segments, String primary, int shape) {
            this.op = op;
            this.segments = segments;
            this.primary = primary;
            this.shape = shape;
        }

        int shapeRank() {
            return shape;
        }

        int methodRank() {
            int i = METHOD_RANK.indexOf(op.endpoint().method().toUpperCase(Locale.ROOT));
            return i < 0 ? METHOD_RANK.size() : i;
        }

        List<OperationParameter> positional() {
            return op.parameters().stream().filter(p -> p.parameter() == null || p.parameter().in() == ParameterLocation.PATH).toList();
        }

        List<OperationParameter> grouped() {
            return op.parameters().stream().filter(p -> p.parameter() != null && p.parameter().in() != ParameterLocation.PATH).toList();
        }
    }

    /**
     * {@code GET /v1/teams/{teamId}/agents} → group {@code [teams, agents]}, method {@code list}; {@code POST
     * /orders/{id}/cancel} → group {@code [orders]}, method {@code cancel}.
     */
    private static Route route(Operation op) {
        List<String> raw = new ArrayList<>();
        List<Boolean> isParam = new ArrayList<>();
        for (String s : op.endpoint().path().split("/")) {
            if (s.isEmpty()) continue;
            boolean param = s.startsWith("{") || s.startsWith(":");
            if (!param && (TypeNaming.isVersion(s) || JavaNames.words(s).isEmpty())) continue;
            raw.add(s);
            isParam.add(param);
        }
        List<String> literals = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) if (!isParam.get(i)) literals.add(raw.get(i));
        int trailing = 0;
        for (int i = raw.size() - 1; i >= 0 && isParam.get(i); i--) trailing++;
        String method = op.endpoint().method().toUpperCase(Locale.ROOT);
        if (trailing == 0 && !literals.isEmpty() && TypeNaming.isAction(literals.get(literals.size() - 1))) {
            String action = literals.remove(literals.size() - 1);
            return new Route(op, List.copyOf(literals), JavaNames.member(action), 1);
        }
        boolean item = trailing == 1 && !literals.isEmpty();
        String last = literals.isEmpty() ? "" : literals.get(literals.size() - 1);
        boolean plural = !last.isEmpty() && !JavaNames.singular(last).equals(last);
        String primary = switch (method) {
            case "GET" -> item || !plural ? "get" : "list";
            case "POST" -> item ? "update" : "create";
            // PUT replaces, PATCH updates: the two often sit on one path, and neither may take the other's name later
            case "PUT" -> "replace";
            case "PATCH" -> "update";
            case "DELETE" -> "delete";
            default -> JavaNames.member(method.toLowerCase(Locale.ROOT));
        };
        int shape = item ? 0 : trailing == 0 ? 1 : 2;
        return new Route(op, List.copyOf(literals), primary, shape);
    }
}
