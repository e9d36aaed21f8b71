package dev.docpoet.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code Link} response headers as RFC 8288 writes them ({@code <https://api.example.com/items?page=3>;
 * rel="next"}), and resolves a link's URI reference against the request URI as RFC 3986 section 5 says: what following a
 * list's {@code rel="next"} page needs.
 */
final class LinkHeaders {
    /** RFC 3986 appendix B: scheme, authority, path, query and fragment of any URI reference. */
    private static final Pattern REFERENCE = Pattern.compile("^(?:([^:/?#]+):)?(?://([^/?#]*))?([^?#]*)(?:\\?([^#]*))?(?:#(.*))?$",
            Pattern.DOTALL);

    private LinkHeaders() {}

    /**
     * One link of a header: its target as written (a URI reference, maybe relative) and its parameters, names in lower
     * case, the first of a repeated name kept (RFC 8288 section 3.3 says later {@code rel}s are ignored).
     */
    record Link(String target, Map<String, String> params) {
        /** Whether its {@code rel} lists {@code relation} among its space-separated types, compared without case. */
        boolean is(String relation) {
            String rel = params.get("rel");
            if (rel == null) return false;
            for (String type : rel.trim().split("[ \\t]+")) if (type.equalsIgnoreCase(relation)) return true;
            return false;
        }
    }

    /**
     * The target of the first {@code rel="next"} link among every {@code Link} header of a response, as written; null
     * when there is none. A link with an {@code anchor} is about another resource than this page, so it does not count.
     */
    static @Nullable String next(HttpHeaders headers) {
        for (String value : headers.allValues("Link")) {
            for (Link link : parse(value)) {
                if (link.is("next") && !link.params().containsKey("anchor")) return link.target();
            }
        }
        return null;
    }

    /**
     * The links of one header value: {@code <target>} then {@code ; name=value} parameters (a token or a quoted string with
     * backslash escapes), links separated by commas, whitespace allowed around each part. A link that does not read so
     * is left out, and reading goes on at the next comma outside quotes and angle brackets.
     */
    static List<Link> parse(String value) {
        List<Link> links = new ArrayList<>();
        int i = 0;
        int n = value.length();
        while (i < n) {
            i = skipSpace(value, i);
            if (i < n && value.charAt(i) == ',') {
                i++;
                continue;
            }
            if (i >= n) break;
            if (value.charAt(i) != '<') {
                i = pastComma(value, i);
                continue;
            }
            int close = value.indexOf('>', i + 1);
            if (close < 0) break;
            String target = value.substring(i + 1, close).trim();
            Map<String, String> params = new LinkedHashMap<>();
            i = close + 1;
            boolean broken = false;
            while (true) {
                i = skipSpace(value, i);
                if (i >= n || value.charAt(i) == ',') break;
                if (value.charAt(i) != ';') {
                    broken = true;
                    break;
                }
                i = skipSpace(value, i + 1);
                int start = i;
                while (i < n && "=;, \t".indexOf(value.charAt(i)) < 0) i++;
                String name = value.substring(start, i).toLowerCase(Locale.ROOT);
                i = skipSpace(value, i);
                String param = "";
                if (i < n && value.charAt(i) == '=') {
                    i = skipSpace(value, i + 1);
                    if (i < n && value.charAt(i) == '"') {
                        StringBuilder quoted = new StringBuilder();
                        i++;
                        while (i < n && value.charAt(i) != '"') {
                            if (value.charAt(i) == '\\' && i + 1 < n) i++;
                            quoted.append(value.charAt(i++));
                        }
                        if (i >= n) {
                            broken = true; // an unclosed quote: nothing after it reads as a link
                            break;
                        }
                        i++;
                        param = quoted.toString();
                    } else {
                        start = i;
                        while (i < n && ";, \t".indexOf(value.charAt(i)) < 0) i++;
                        param = value.substring(start, i);
                    }
                }
                if (!name.isEmpty()) params.putIfAbsent(name, param);
            }
            if (broken) {
                i = pastComma(value, i);
                continue;
            }
            links.add(new Link(target, java.util.Collections.unmodifiableMap(params)));
        }
        return links;
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) i++;
        return i;
    }

    /** The index after the next comma that is outside a quoted string and angle brackets, or the end. */
    private static int pastComma(String s, int i) {
        boolean quoted = false;
        boolean bracketed = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '\\') i++;
                else if (c == '"') quoted = false;
            } else if (bracketed) {
                if (c == '>') bracketed = false;
            } else if (c == '"') {
                quoted = true;
            } else if (c == '<') {
                bracketed = true;
            } else if (c == ',') {
                return i + 1;
            }
        }
        return s.length();
    }

    /**
     * {@code reference} resolved against {@code base} as RFC 3986 section 5.2 says (dot segments removed, the fragment
     * dropped: it is never sent). {@link URI#resolve} follows the older RFC 2396, which differs for {@code ?page=2} and
     * for {@code ../} above the root.
     *
     * @throws IllegalArgumentException when the result is not a URI ({@code <a page>} with a space)
     */
    static URI resolve(URI base, String reference) {
        Matcher r = REFERENCE.matcher(reference);
        if (!r.matches()) throw new IllegalArgumentException("not a URI reference");
        String scheme;
        String authority;
        String path;
        String query;
        String rPath = r.group(3);
        if (r.group(1) != null) {
            scheme = r.group(1);
            authority = r.group(2);
            path = removeDots(rPath);
            query = r.group(4);
        } else {
            scheme = base.getScheme();
            if (r.group(2) != null) {
                authority = r.group(2);
                path = removeDots(rPath);
                query = r.group(4);
            } else {
                authority = base.getRawAuthority();
                String basePath = base.getRawPath() == null ? "" : base.getRawPath();
                if (rPath.isEmpty()) {
                    path = basePath;
                    query = r.group(4) != null ? r.group(4) : base.getRawQuery();
                } else {
                    path = removeDots(rPath.startsWith("/") ? rPath : merge(authority != null, basePath, rPath));
                    query = r.group(4);
                }
            }
        }
        StringBuilder out = new StringBuilder(scheme).append(':');
        if (authority != null) out.append("//").append(authority);
        out.append(path);
        if (query != null) out.append('?').append(query);
        try {
            return new URI(out.toString());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URI: " + Printable.oneLine(e.getReason(), 100), e);
        }
    }

    /** RFC 3986 section 5.2.3: a relative path joined to the base path's directory. */
    private static String merge(boolean baseHasAuthority, String basePath, String relative) {
        if (baseHasAuthority && basePath.isEmpty()) return "/" + relative;
        int slash = basePath.lastIndexOf('/');
        return slash < 0 ? relative : basePath.substring(0, slash + 1) + relative;
    }

    /** RFC 3986 section 5.2.4: {@code /a/b/../c/./d} → {@code /a/c/d}, never above the root. */
    static String removeDots(String path) {
        StringBuilder in = new StringBuilder(path);
        StringBuilder out = new StringBuilder();
        while (in.length() > 0) {
            String s = in.toString();
            if (s.startsWith("../")) {
                in.delete(0, 3);
            } else if (s.startsWith("./")) {
                in.delete(0, 2);
            } else if (s.startsWith("/./")) {
                in.delete(0, 2);
            } else if (s.equals("/.")) {
                in.replace(0, 2, "/");
            } else if (s.startsWith("/../") || s.equals("/..")) {
                // "/../x" → "/x", "/.." → "/": and the output loses its last segment
                in.replace(0, 3, s.equals("/..") ? "/" : "");
                int last = out.lastIndexOf("/");
                out.setLength(Math.max(last, 0));
            } else if (s.equals(".") || s.equals("..")) {
                in.setLength(0);
            } else {
                int next = s.indexOf('/', s.startsWith("/") ? 1 : 0);
                int end = next < 0 ? s.length() : next;
                out.append(s, 0, end);
                in.delete(0, end);
            }
        }
        return out.toString();
    }

    /**
     * Whether {@code link} is on the origin of {@code request}: the same scheme, host and port (a scheme's default port
     * counted as given), and no user info of its own. The client's credentials go with every request, so only such a
     * link is followed.
     */
    static boolean sameOrigin(URI request, URI link) {
        if (link.getRawUserInfo() != null || request.getScheme() == null || link.getScheme() == null) return false;
        if (!request.getScheme().equalsIgnoreCase(link.getScheme())) return false;
        if (request.getHost() == null || link.getHost() == null || !request.getHost().equalsIgnoreCase(link.getHost())) return false;
        return port(request) == port(link);
    }

    private static int port(URI u) {
        if (u.getPort() >= 0) return u.getPort();
        return switch (u.getScheme().toLowerCase(Locale.ROOT)) {
            case "http" -> 80;
            case "https" -> 443;
            default -> -1;
        };
    }

    /** {@code https://api.example.com:8443}: what messages show of a link, as its path and query may hold a token. */
    static String origin(URI u) {
        return u.getScheme() + "://" + (u.getHost() == null ? "?" : u.getHost()) + (u.getPort() >= 0 ? ":" + u.getPort() : "");
    }
}
