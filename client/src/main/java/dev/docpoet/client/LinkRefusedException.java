package dev.docpoet.client;

import java.net.URI;
import java.net.http.HttpHeaders;

/**
 * A page's {@code Link} header named a next page the client will not fetch: on another host, scheme or port than the
 * request that got the page (the client's credentials would go there), or not a URI at all. Nothing was sent to it;
 * the items of the pages before it were handed out. {@link #status()} and {@link #headers()} are the page's.
 */
public class LinkRefusedException extends ApiException {
    private static final long serialVersionUID = 1L;
    private final String link;

    LinkRefusedException(String request, int status, HttpHeaders headers, String link, String why) {
        super(request, status, headers, request + " answered " + status + " with a `Link` to its next page that " + why
                + "; paging stopped there and nothing was sent to it");
        this.link = link;
    }

    /** The next page's link as the header gave it. */
    public String link() {
        return link;
    }

    /**
     * A link to another origin than {@code request}'s, or with user info: the message names the origin only, as a path or
     * query may hold a token.
     */
    static LinkRefusedException otherOrigin(String request, int status, HttpHeaders headers, String link, URI resolved) {
        String why = resolved.getRawUserInfo() != null ? "names user info of its own"
                : "is on " + LinkHeaders.origin(resolved) + ", not the request's scheme, host and port";
        return new LinkRefusedException(request, status, headers, link, why + " (the client's credentials go only to the request's)");
    }

    /** A link whose target is no URI. */
    static LinkRefusedException notAUri(String request, int status, HttpHeaders headers, String link) {
        return new LinkRefusedException(request, status, headers, link, "is not a URI");
    }
}
