package dev.docpoet.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which host a client's calls go to: the one rule the generated client (its {@code baseUri}) and the lock (what
 * {@code docpoet diff} compares) share, so that what a diff reports is what the client does.
 *
 * <p>The client's base URL is the one the docs call the API's where they say which: the first top-level server of the
 * first source (by name) that states one, a spec's {@code servers[0]}. Counting endpoints would let a host that gains
 * endpoints (uploads, say) take the client's base URL over, moving what {@code baseUri(…)} points and what
 * {@code baseUriFor(…)} means in code nobody changed. Where no source states one (pages, which give a host per
 * endpoint), nothing better is known: the host most endpoints give, of equals the first in alphabetical order, so that
 * the order pages come in never matters.
 */
public final class BaseUrls {
    private BaseUrls() {
    }

    /** The client's base URL; empty when the docs give none. */
    public static String clientDefault(ApiModel model) {
        for (ApiDocument d : model.documents()) {
            if (!d.servers().isEmpty()) return d.servers().get(0).url();
        }
        List<String> given = model.endpoints().stream().map(Endpoint::baseUrl).filter(Objects::nonNull).sorted().toList();
        String most = mostGiven(given);
        return most == null ? "" : most;
    }

    /** Where {@code e}'s calls go: the base URL its docs give, else the client's ({@code clientDefault}). */
    public static String of(Endpoint e, String clientDefault) {
        return e.baseUrl() != null ? e.baseUrl() : clientDefault;
    }

    /** The value given most often; of equals, the one given first. Null for none. */
    public static @Nullable String mostGiven(List<String> values) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String v : values) counts.merge(v, 1, Integer::sum);
        String best = null;
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            if (best == null || c.getValue() > counts.get(best)) best = c.getKey();
        }
        return best;
    }
}
