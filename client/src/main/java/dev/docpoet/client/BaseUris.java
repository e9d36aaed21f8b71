package dev.docpoet.client;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where each base URL the docs give points at run time. The client's base URL (a spec's {@code servers[0]}, else the
 * one most endpoints give) is the builder's {@code baseUri}; an endpoint whose docs give another host keeps that host,
 * filled with the host variables and moved only by its own {@code baseUriFor(documented, uri)}, so that pointing the
 * client at a proxy or test server never sends an upload host's calls there by accident, nor the other way round.
 *
 * @param defaultUri the client's base URI
 * @param others each other documented base URL, resolved
 * @param unresolved each other documented base URL that lacks a host variable, with the message a call on it gets
 */
record BaseUris(URI defaultUri, Map<String, URI> others, Map<String, String> unresolved) {
    private static final Pattern VARIABLE = Pattern.compile("\\{([^{}/]+)}");

    BaseUris {
        others = Map.copyOf(others);
        unresolved = Map.copyOf(unresolved);
    }

    /**
     * The base URI of a call whose docs give {@code documented}, or the client's for null.
     *
     * @throws IllegalStateException when {@code documented} needs a host variable that was not set
     */
    URI of(@Nullable String documented) {
        if (documented == null) return defaultUri;
        URI uri = others.get(documented);
        if (uri != null) return uri;
        String why = unresolved.get(documented);
        if (why != null) throw new IllegalStateException(why);
        // a base URL no generated builder registered (a call built by hand): usable when it is complete
        if (VARIABLE.matcher(documented).find()) throw new IllegalStateException("the base URL " + documented + " has host variables");
        return URI.create(documented);
    }

    /**
     * {@code documented} with its {@code {variables}} filled from {@code values}.
     *
     * @throws IllegalStateException naming the setters of the variables missing, and {@code orSet} (another way out)
     */
    static URI expand(String documented, Map<String, String> values, String orSet) {
        Matcher m = VARIABLE.matcher(documented);
        StringBuilder out = new StringBuilder();
        List<String> missing = new ArrayList<>();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) missing.add(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the docs' base URL " + documented + " needs " + String.join(", ", missing)
                    + ": set " + (missing.size() == 1 ? "it" : "them") + " with " + String.join("(…), ", missing) + "(…), or set " + orSet);
        }
        return URI.create(out.toString());
    }
}
