package dev.docpoet.diff;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docpoet.diff.ApiDiff.Change;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The host changes between two locks, judged by what a client's configuration does with them. A user points the
 * generated client somewhere else (a test server, a proxy) by host, never by endpoint: {@code baseUri(…)} moves the
 * client's base URL, {@code baseUriFor(documented, …)} any documented one and throws for a base URL the docs do not
 * give. So:
 *
 * <ul>
 *   <li>an endpoint whose calls go to another base URL is breaking: a client of the old docs sends it to the old host,
 *       and the override that moved it (a test server's, say) no longer applies to it while another may;
 *   <li>a documented base URL gone is breaking: {@code baseUriFor(it, …)} throws when the client is built;
 *   <li>the client's base URL changing is breaking when the old one is still documented or the new one was already
 *       (the hosts trade places under {@code baseUri(…)}: the uploads host becoming the client's, say), or when the
 *       docs stop giving one (the builder then needs {@code baseUri(…)}); the one host renamed, or a first host given,
 *       is {@code ok} here, as {@code baseUri(…)} still moves the same calls (the old host gone is reported as such).
 * </ul>
 *
 * An endpoint that follows the client's base URL on both sides is not listed when only that moves: the client's line
 * says it once.
 */
final class Hosts {
    private Hosts() {
    }

    /**
     * @param beforeBase the old client's base URL, empty for none
     * @param before the old lock's endpoints, each with the base URL its calls go to (none: the docs gave none)
     */
    static List<Change> compare(String beforeBase, JsonNode before, String afterBase, JsonNode after) {
        List<Change> out = new ArrayList<>();
        Map<String, String> was = hosts(before);
        Map<String, String> now = hosts(after);
        Set<String> wasDocumented = documented(beforeBase, was);
        Set<String> nowDocumented = documented(afterBase, now);
        for (Map.Entry<String, String> e : was.entrySet()) {
            String from = e.getValue();
            String to = now.get(e.getKey());
            if (to == null || from.equals(to)) continue;
            if (from.equals(beforeBase) && to.equals(afterBase)) continue;
            out.add(new Change(true, e.getKey(), "base URL " + shown(from) + " → " + shown(to) + ": its calls go to another host"));
        }
        if (!beforeBase.equals(afterBase)) {
            boolean traded = nowDocumented.contains(beforeBase) || wasDocumented.contains(afterBase);
            boolean gone = afterBase.isEmpty();
            String why = gone ? ": the builder needs baseUri(…)" : traded ? ": baseUri(…) now moves other calls than it did" : "";
            out.add(new Change(gone || traded, "client", "base URL " + shown(beforeBase) + " → " + shown(afterBase) + why));
        }
        for (String host : wasDocumented) {
            if (!nowDocumented.contains(host)) {
                out.add(new Change(true, "host " + host, "no longer documented: baseUriFor(\"" + host + "\", …) throws"));
            }
        }
        for (String host : nowDocumented) {
            if (!wasDocumented.contains(host)) out.add(new Change(false, "host " + host, "documented"));
        }
        return out;
    }

    /** Each endpoint's base URL, empty where the docs give none. */
    private static Map<String, String> hosts(JsonNode endpoints) {
        Map<String, String> out = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = endpoints.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), e.getValue().path(ApiLock.BASE_URL).asText(""));
        }
        return out;
    }

    /** What {@code baseUriFor} accepts: the client's base URL and every endpoint's. */
    private static Set<String> documented(String base, Map<String, String> hosts) {
        Set<String> out = new TreeSet<>(hosts.values());
        if (!base.isEmpty()) out.add(base);
        out.remove("");
        return out;
    }

    private static String shown(String host) {
        return host.isEmpty() ? "(none)" : host;
    }
}
