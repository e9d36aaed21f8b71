package dev.docpoet.codegen;

import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.Statuses;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names a request or response body asks for, derived from its own endpoint and role only (never from other pages),
 * from the most readable to the most specific. Resource + verb, as a person would write them:
 *
 * <ul>
 *   <li>{@code GET /tickets/{id}} → {@code Ticket}; {@code GET /tickets} → {@code TicketList}; {@code GET /me} → {@code Me}</li>
 *   <li>{@code POST /tickets} → {@code CreateTicketRequest} / {@code CreateTicketResponse}; {@code PATCH /tickets/{id}} →
 *       {@code UpdateTicketRequest}; {@code DELETE /tickets/{id}} → {@code DeleteTicketResponse}</li>
 *   <li>an action: {@code POST /orders/{id}/cancel} → {@code CancelOrderRequest}; {@code POST /query} → {@code QueryRequest};
 *       {@code POST /vectors/delete} → {@code DeleteVectorsRequest}</li>
 *   <li>an error → its status ({@code NotFoundError}), then the API area's ({@code BillingNotFoundError}), then the
 *       operation's ({@code GetTicketNotFoundError})</li>
 * </ul>
 *
 * Later candidates add the path's earlier segments ({@code SubscriptionAsyncOperation}), and the last one names the HTTP
 * method and the whole path, which only the same endpoint documented twice can share.
 */
final class TypeNaming {
    private static final Pattern VERSION = Pattern.compile("(?i)v\\d+(?:\\.\\d+)*(?:(?:alpha|beta)\\d*)?|\\d{4}-\\d{2}-\\d{2}.*|api");
    /** Words that name an action rather than a thing, when a path ends with one. */
    private static final Set<String> VERBS = Set.of("query", "search", "fetch", "list", "delete", "upsert", "update",
            "create", "cancel", "reset", "describe", "clear", "ping", "publish", "unpublish", "resume", "pause", "remove",
            "generate", "send", "start", "stop", "restart", "validate", "verify", "check", "import", "export", "upload",
            "download", "refresh", "sync", "close", "archive", "unarchive", "restore", "rotate", "revoke", "approve",
            "reject", "complete", "run", "execute", "trigger", "test", "preview", "estimate", "count", "merge", "move",
            "copy", "assign", "unassign", "invite", "login", "logout", "authenticate", "authorize", "register",
            "subscribe", "unsubscribe", "enable", "disable", "lock", "unlock", "submit", "retry", "translate",
            "transcribe", "embed", "rerank", "classify", "chat", "lookup", "resolve", "batch", "bulk", "add", "set",
            "get", "read", "write", "apply", "confirm", "activate", "deactivate", "connect", "disconnect", "reindex");

    private TypeNaming() {}

    /** Whether a path segment's first word names an action ({@code cancel}, {@code query}) rather than a thing. */
    static boolean isAction(String segment) {
        List<String> words = JavaNames.words(segment);
        return !words.isEmpty() && VERBS.contains(words.get(0).toLowerCase(Locale.ROOT));
    }

    /** Whether a path segment only says which version ({@code v2}, {@code 2024-01-01}) or that it is an API ({@code api}). */
    static boolean isVersion(String segment) {
        return VERSION.matcher(segment).matches();
    }

    /**
     * One path segment: its text, whether it is a {@code {parameter}}, and whether a version segment ({@code v1})
     * came right before it (then it starts an API rather than continues the segment before).
     */
    private record Segment(String text, boolean param, boolean afterVersion) {}

    /** What a use is: a request body, the first success body, another success body, or an error body. */
    enum Role {
        REQUEST, SUCCESS, OTHER_SUCCESS, ERROR
    }

    /**
     * The candidates for one body, most readable first, all distinct.
     *
     * @param status the response status, or null for the request body
     * @param statusPhrase for errors, the status's reason phrase in UpperCamel ({@code NotFound})
     * @param array whether the body is an array: the names are then its items' ({@code GET /models} → {@code Model})
     */
    static List<String> candidates(Endpoint e, Role role, String status, String statusPhrase, boolean array) {
        List<Segment> segs = segments(e.path());
        Operation op = operation(e.method(), segs);
        Set<String> out = new LinkedHashSet<>();
        int levels = op.qualifiers.size();
        if (role == Role.ERROR) {
            String error = statusPhrase.endsWith("Error") ? statusPhrase : statusPhrase + "Error";
            out.add(error);
            // an API's error format often differs by area (the path's first segment) before it differs by operation
            Segment area = segs.stream().filter(x -> !x.param()).findFirst().orElse(null);
            if (area != null && segs.stream().filter(x -> !x.param()).count() > 1) out.add(JavaNames.upperCamel(area.text()) + error);
            for (int q = 0; q <= levels; q++) out.add(op.name(q) + error);
            out.add(op.methodName() + error);
            out.add(versioned(e) + error);
            return List.copyOf(out);
        }
        String suffix = role == Role.OTHER_SUCCESS ? status : "";
        for (int q = 0; q <= levels; q++) {
            out.add(switch (role) {
                case REQUEST -> array ? op.name(q) + "RequestItem" : op.name(q) + "Request";
                case SUCCESS, OTHER_SUCCESS -> (array ? op.itemName(q) : op.resultName(q)) + suffix;
                case ERROR -> throw new AssertionError();
            });
        }
        if (role != Role.REQUEST) out.add(op.name(0) + (array ? "Item" : "Response") + suffix);
        out.add(op.methodName() + (role == Role.REQUEST ? "Request" : "Response" + suffix));
        // the last resort: the version segments too, for the same operation in two versions of an API
        out.add(versioned(e) + (role == Role.REQUEST ? "Request" : "Response" + suffix));
        return List.copyOf(out);
    }

    /**
     * What an endpoint does, in words: a verb, the resource's noun, and the path's earlier literal segments (nearest
     * first) that qualify it when the short name is taken.
     *
     * @param verb {@code Get}, {@code Create}, {@code Cancel}, … (empty for a GET of a thing)
     * @param noun the resource, singular for an item ({@code Ticket}), as written for a collection or action object
     * @param result what a GET returns ({@code Ticket}, {@code TicketList}, {@code Me}); null when the operation is an action
     */
    private record Operation(String verb, String noun, String result, List<String> qualifiers, String method, String allSegments) {
        String name(int q) {
            return verb + qualify(q) + noun;
        }

        String resultName(int q) {
            return result.isEmpty() ? name(q) + "Response" : qualify(q) + result;
        }

        /** What each item of an array result is: {@code GET /models} → {@code Model}, an action's → {@code QueryResult}. */
        String itemName(int q) {
            if (result.isEmpty()) return name(q) + "Result";
            return qualify(q) + (result.endsWith("List") && result.length() > 4 ? result.substring(0, result.length() - 4) : result);
        }

        String qualify(int q) {
            StringBuilder sb = new StringBuilder();
            for (int i = q - 1; i >= 0; i--) sb.append(qualifiers.get(i));
            return sb.toString();
        }

        String methodName() {
            return JavaNames.upperCamel(method.toLowerCase(Locale.ROOT)) + allSegments;
        }
    }

    private static Operation operation(String method, List<Segment> segs) {
        String m = method.toUpperCase(Locale.ROOT);
        String verb = switch (m) {
            case "GET" -> "Get";
            case "POST" -> "Create";
            case "PUT", "PATCH" -> "Update";
            case "DELETE" -> "Delete";
            default -> JavaNames.upperCamel(method.toLowerCase(Locale.ROOT));
        };
        StringBuilder all = new StringBuilder();
        for (Segment s : segs) all.append(JavaNames.upperCamel(s.text()));
        List<Integer> literals = new ArrayList<>();
        for (int i = 0; i < segs.size(); i++) {
            if (!segs.get(i).param()) literals.add(i);
        }
        if (literals.isEmpty()) return new Operation(verb, "Root", m.equals("GET") ? "Root" : "", List.of(), method, all.toString());
        int lastLit = literals.get(literals.size() - 1);
        String word = segs.get(lastLit).text();
        boolean item = lastLit < segs.size() - 1;
        boolean afterParam = lastLit > 0 && segs.get(lastLit - 1).param();
        String single = JavaNames.singular(word);
        boolean plural = !single.equals(word);
        String firstWord = JavaNames.words(word).isEmpty() ? "" : JavaNames.words(word).get(0).toLowerCase(Locale.ROOT);
        List<String> qualifiers = new ArrayList<>();
        for (int k = literals.size() - 2; k >= 0; k--) qualifiers.add(JavaNames.upperCamel(JavaNames.singular(segs.get(literals.get(k)).text())));
        if (item) {
            // GET /tickets/{id}: the thing itself
            String noun = JavaNames.upperCamel(single);
            return new Operation(verb, noun, m.equals("GET") ? noun : "", qualifiers, method, all.toString());
        }
        boolean underCollection = lastLit > 0 && !afterParam && !segs.get(lastLit).afterVersion()
                && !JavaNames.singular(segs.get(lastLit - 1).text()).equals(segs.get(lastLit - 1).text());
        if (plural && !VERBS.contains(firstWord) && m.equals("GET") && underCollection) {
            // GET /personas/stats: something of the whole collection, not a list of "stat"s
            String owner = qualifiers.get(0);
            String noun = owner + JavaNames.upperCamel(word);
            return new Operation("Get", noun, noun, qualifiers.subList(1, qualifiers.size()), method, all.toString());
        }
        if (plural && !VERBS.contains(firstWord)) {
            // a collection: GET lists it, POST creates one of it
            String noun = m.equals("POST") ? JavaNames.upperCamel(single) : JavaNames.upperCamel(word);
            String verbHere = m.equals("GET") ? "List" : verb;
            return new Operation(verbHere, noun, m.equals("GET") ? JavaNames.upperCamel(single) + "List" : "", qualifiers, method, all.toString());
        }
        if (VERBS.contains(firstWord) || !m.equals("GET")) {
            // an action: POST /orders/{id}/cancel, POST /query, POST /vectors/delete, PUT /orders/{id}/status
            String action = JavaNames.upperCamel(word);
            String object = qualifiers.isEmpty() ? "" : qualifiers.get(0);
            List<String> rest = qualifiers.isEmpty() ? List.of() : qualifiers.subList(1, qualifiers.size());
            if (!VERBS.contains(firstWord)) {
                // a sub-resource changed by a non-GET method: PUT /orders/{id}/status → UpdateOrderStatus
                return new Operation(verb, object + action, "", rest, method, all.toString());
            }
            if (!afterParam && literals.size() > 1) object = JavaNames.upperCamel(segs.get(literals.get(literals.size() - 2)).text());
            return new Operation(action, object, "", rest, method, all.toString());
        }
        // GET of a single thing that is not an item of a collection: GET /me, GET /users/{id}/profile, GET /device/detail;
        // named with its owner, as a lone "Detail" says nothing
        String noun = JavaNames.upperCamel(word);
        String owner = qualifiers.isEmpty() ? "" : qualifiers.get(0);
        List<String> rest = owner.isEmpty() ? qualifiers : qualifiers.subList(1, qualifiers.size());
        return new Operation("Get", owner + noun, owner + noun, rest, method, all.toString());
    }

    /** The method and every segment of the path, versions included: {@code POST /v2/agent/{id}/job} → {@code PostV2AgentIdJob}. */
    private static String versioned(Endpoint e) {
        StringBuilder sb = new StringBuilder(JavaNames.upperCamel(e.method().toLowerCase(Locale.ROOT)));
        for (String s : e.path().split("/")) {
            if (!s.isEmpty()) sb.append(JavaNames.upperCamel(s.replaceAll("[{}:]", "")));
        }
        return sb.toString();
    }

    /** The path's segments that can name something: no empty ones, no versions ({@code v2}, {@code 2024-01-01}). */
    private static List<Segment> segments(String path) {
        List<Segment> out = new ArrayList<>();
        boolean version = false;
        for (String s : path.split("/")) {
            if (s.isEmpty()) continue;
            if (VERSION.matcher(s).matches()) {
                version = true;
                continue;
            }
            boolean param = s.startsWith("{") || s.startsWith(":");
            String text = param ? s.replaceAll("[{}:]", "") : s;
            if (!param && JavaNames.words(text).isEmpty()) continue;
            out.add(new Segment(text, param, version));
            version = false;
        }
        return out;
    }

    /** The words an error type is named after: the reason phrase ({@code 404} → "Not Found"), else the status's class and number. */
    static String statusPhrase(String status) {
        if (status.equals("default")) return "Default";
        String phrase = Statuses.phrase(status);
        if (phrase != null) return phrase;
        if (status.startsWith("4")) return "Client " + status;
        if (status.startsWith("5")) return "Server " + status;
        return "Status " + status;
    }
}
