package dev.docpoet.diff;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docpoet.spec.Statuses;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed between two contracts, each change marked breaking or not for a client that was generated from the
 * old one (after oasdiff's rules): a client breaks when something it sends is refused (a new required parameter or
 * request field, a removed request enum value) or when something it reads changes under it (a removed endpoint or
 * response field, a type change, a value that may now be missing or null, a new value in a closed enum).
 *
 * <p>A change is also breaking when it breaks code written against the client once the client is generated again:
 * a response enum value removed (its constant goes), a value that gains or loses documented values (its type becomes
 * an enum class, or stops being one), a response value that becomes {@code any} ({@code Object}), a success response
 * that comes before the one the client read (the method now returns it), an error response with a body removed (its
 * type may go). So what this calls {@code ok} keeps the user's code compiling and meaning the same.
 *
 * <p>Hosts are judged by {@link Hosts}: a call that goes to another host, a documented host gone, or a client base URL
 * that was (or stays) another documented host, is breaking.
 */
public final class ApiDiff {
    /**
     * One change.
     *
     * @param where {@code GET /tickets/{} 200 /author/name}, {@code GET /tickets/{} query limit}
     */
    public record Change(boolean breaking, String where, String what) implements Comparable<Change> {
        @Override
        public int compareTo(Change o) {
            int c = where.compareTo(o.where);
            return c != 0 ? c : what.compareTo(o.what);
        }

        /** {@code breaking  GET /tickets/{} 200 /subject: removed}. */
        @Override
        public String toString() {
            return (breaking ? "breaking  " : "ok        ") + where + ": " + what;
        }
    }

    private final List<Change> changes = new ArrayList<>();
    private final JsonNode beforeComponents;
    private final JsonNode afterComponents;
    /** The components compared so far, with the direction they were compared in: each once. */
    private final Set<String> compared = new java.util.HashSet<>();
    /** The pairs of components being compared where they are written out: one met again contains itself. */
    private final Set<String> comparing = new java.util.HashSet<>();

    private ApiDiff(JsonNode beforeComponents, JsonNode afterComponents) {
        this.beforeComponents = beforeComponents;
        this.afterComponents = afterComponents;
    }

    /** The changes from {@code before} to {@code after}, sorted by place. */
    public static List<Change> between(ApiLock before, ApiLock after) {
        ApiDiff d = new ApiDiff(before.components(), after.components());
        d.endpoints(before.endpoints(), after.endpoints());
        // a lock written before hosts were recorded says nothing about them: no host is compared, rather than all new
        if (before.baseUrl() != null && after.baseUrl() != null) {
            Hosts.compare(before.baseUrl(), before.endpoints(), after.baseUrl(), after.endpoints()).forEach(c -> d.changes.add(c));
        }
        return d.changes.stream().sorted().toList();
    }

    private void add(boolean breaking, String where, String what) {
        changes.add(new Change(breaking, where, what));
    }

    private void endpoints(JsonNode before, JsonNode after) {
        for (String key : keys(before, after)) {
            JsonNode b = before.get(key);
            JsonNode a = after.get(key);
            if (a == null) {
                add(true, key, "endpoint removed");
            } else if (b == null) {
                add(false, key, "endpoint added");
            } else {
                parameters(key, b.path("parameters"), a.path("parameters"));
                JsonNode br = b.get("request");
                JsonNode ar = a.get("request");
                if (br != null && ar == null) add(true, key + " request", "request body removed");
                else if (br == null && ar != null) add(true, key + " request", "request body added");
                else if (br != null) schema(key + " request", br, ar, Direction.REQUEST);
                responses(key, b.path("responses"), a.path("responses"));
            }
        }
    }

    private void parameters(String key, JsonNode before, JsonNode after) {
        for (String name : keys(before, after)) {
            JsonNode b = before.get(name);
            JsonNode a = after.get(name);
            String where = key + " " + name;
            if (a == null) {
                add(true, where, "parameter removed");
            } else if (b == null) {
                boolean required = a.path("required").asBoolean();
                add(required, where, required ? "required parameter added" : "optional parameter added");
            } else {
                if (!b.path("required").asBoolean() && a.path("required").asBoolean()) add(true, where, "became required");
                if (b.path("required").asBoolean() && !a.path("required").asBoolean()) add(false, where, "became optional");
                if (name.startsWith("header ") && pinned(b) && !pinned(a)) {
                    // the client sent the one value itself; now its callers must choose one, a new required parameter
                    add(true, where, "no longer has one allowed value: callers must now give it");
                }
                schema(where, b, a, Direction.REQUEST);
            }
        }
    }

    /** A required header with one allowed value: the generated client sends it without asking its callers. */
    private static boolean pinned(JsonNode p) {
        return p.path("required").asBoolean() && p.path("enum").isArray() && p.path("enum").size() == 1;
    }

    private void responses(String key, JsonNode before, JsonNode after) {
        for (String status : keys(before, after)) {
            JsonNode b = before.get(status);
            JsonNode a = after.get(status);
            String where = key + " " + status;
            boolean success = Statuses.isSuccess(status);
            // a documented error's body has a generated type, which may go with it
            if (a == null) add(success || b.has("type"), where, success || !b.has("type") ? "response removed" : "error response with a body removed");
            else if (b == null) add(false, where, "response added");
            else schema(where, b, a, Direction.RESPONSE);
        }
        // the client reads the first success response: another coming first changes what its method returns
        String was = firstSuccess(before);
        String now = firstSuccess(after);
        if (was != null && now != null && !was.equals(now)) {
            add(true, key, "the client reads the " + now + " response now, not the " + was + " one");
        }
    }

    private static @org.jspecify.annotations.Nullable String firstSuccess(JsonNode responses) {
        String first = null;
        for (Iterator<String> it = responses.fieldNames(); it.hasNext(); ) {
            String status = it.next();
            if (Statuses.isSuccess(status) && (first == null || status.compareTo(first) < 0)) first = status;
        }
        return first;
    }

    private enum Direction {
        /** The client sends it: narrowing breaks. */
        REQUEST,
        /** The client reads it: widening breaks. */
        RESPONSE
    }

    private void schema(String where, JsonNode b, JsonNode a, Direction dir) {
        String bt = b.path("type").asText();
        String at = a.path("type").asText();
        if (!bt.equals(at)) {
            // anything may be sent where a type was; what is read as anything is an Object, which breaks the code reading it
            add(dir == Direction.RESPONSE || !at.equals("any"), where, "type " + bt + " → " + at);
            return;
        }
        if (b.has("nullable") && a.has("nullable")) {
            boolean bn = b.path("nullable").asBoolean();
            boolean an = a.path("nullable").asBoolean();
            if (bn != an) add(dir == Direction.RESPONSE ? an : bn, where, an ? "became nullable" : "no longer nullable");
        }
        if (!b.path("format").asText().equals(a.path("format").asText())) {
            add(true, where, "format " + text(b.path("format")) + " → " + text(a.path("format")));
        }
        if (b.has("enum") || a.has("enum")) enums(where, b, a, dir);
        if (b.has("$ref") || a.has("$ref")) {
            components(where, b, a, dir);
            return;
        }
        switch (bt) {
            case "object" -> properties(where, b.path("properties"), a.path("properties"), dir);
            case "array" -> schema(where + " []", b.path("items"), a.path("items"), dir);
            case "map" -> schema(where + " {}", b.path("values"), a.path("values"), dir);
            default -> { }
        }
    }

    /**
     * A value that is a shared component on one side or both: one component on both sides is compared once per
     * direction, its changes placed at the component; otherwise both are compared where they are used.
     */
    private void components(String where, JsonNode b, JsonNode a, Direction dir) {
        String bk = b.path("$ref").asText(null);
        String ak = a.path("$ref").asText(null);
        if (bk != null && bk.equals(ak)) {
            if (!compared.add(dir + " " + bk)) return;
            JsonNode bc = beforeComponents.path(bk);
            JsonNode ac = afterComponents.path(ak);
            String at = "component " + dev.docpoet.spec.Component.shownName(bk) + (dir == Direction.REQUEST ? " (sent)" : "");
            if (bc.isMissingNode() || ac.isMissingNode()) return;
            properties(at, bc.path("properties"), ac.path("properties"), dir);
            return;
        }
        String pair = bk + " " + ak + " " + dir;
        if (!comparing.add(pair)) return;
        JsonNode bn = bk == null ? b : beforeComponents.path(bk);
        JsonNode an = ak == null ? a : afterComponents.path(ak);
        properties(where, bn.path("properties"), an.path("properties"), dir);
        comparing.remove(pair);
    }

    private void enums(String where, JsonNode b, JsonNode a, Direction dir) {
        Set<String> before = values(b.path("enum"));
        Set<String> after = values(a.path("enum"));
        // a value's Java type is an enum class exactly when the docs list its values
        if (!b.has("enum")) {
            add(true, where, "documented values added (" + String.join(", ", after) + "): the value's type becomes an enum");
            return;
        }
        if (!a.has("enum")) {
            add(true, where, "documented values dropped: the value's type is no enum any more");
            return;
        }
        for (String v : after) {
            if (!before.contains(v)) {
                // a client reading a closed enum meets a value it does not know; docpoet's open enums keep it
                boolean closed = !a.path("open").asBoolean();
                add(dir == Direction.RESPONSE && closed, where, "enum value `" + v + "` added");
            }
        }
        // a request the client sends with it is refused; code that reads it loses its constant
        for (String v : before) {
            if (!after.contains(v)) add(true, where, "enum value `" + v + "` removed");
        }
    }

    private void properties(String where, JsonNode before, JsonNode after, Direction dir) {
        for (String name : keys(before, after)) {
            JsonNode b = before.get(name);
            JsonNode a = after.get(name);
            String at = where + " /" + name;
            if (a == null) {
                add(true, at, "field removed");
            } else if (b == null) {
                boolean required = a.path("required").asBoolean();
                add(dir == Direction.REQUEST && required, at, required ? "required field added" : "optional field added");
            } else {
                boolean br = b.path("required").asBoolean();
                boolean ar = a.path("required").asBoolean();
                if (br != ar) {
                    boolean breaking = dir == Direction.REQUEST ? ar : !ar;
                    add(breaking, at, ar ? "became required" : "became optional");
                }
                schema(at, b, a, dir);
            }
        }
    }

    private static Set<String> keys(JsonNode before, JsonNode after) {
        Set<String> keys = new TreeSet<>();
        for (Iterator<String> it = before.fieldNames(); it.hasNext(); ) keys.add(it.next());
        for (Iterator<String> it = after.fieldNames(); it.hasNext(); ) keys.add(it.next());
        return keys;
    }

    private static Set<String> values(JsonNode array) {
        Set<String> out = new TreeSet<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static String text(JsonNode n) {
        return n.isMissingNode() || n.asText().isEmpty() ? "none" : n.asText();
    }
}
