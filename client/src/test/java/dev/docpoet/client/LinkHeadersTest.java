package dev.docpoet.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link LinkHeaders}: RFC 8288 {@code Link} values as servers write them, and RFC 3986 reference resolution. */
class LinkHeadersTest {
    private static HttpHeaders headers(String... links) {
        return HttpHeaders.of(Map.of("Link", List.of(links)), (a, b) -> true);
    }

    @Test
    void githubsHeaderGivesItsNextPage() {
        String github = "<https://api.github.com/repositories/1300192/issues?page=2>; rel=\"prev\", "
                + "<https://api.github.com/repositories/1300192/issues?page=4>; rel=\"next\", "
                + "<https://api.github.com/repositories/1300192/issues?page=515>; rel=\"last\", "
                + "<https://api.github.com/repositories/1300192/issues?page=1>; rel=\"first\"";
        assertEquals("https://api.github.com/repositories/1300192/issues?page=4", LinkHeaders.next(headers(github)));
        assertEquals(4, LinkHeaders.parse(github).size());
    }

    @Test
    void relListsTokensQuotesCaseAndWhitespace() {
        assertEquals("/b", LinkHeaders.next(headers("</a>;rel=last,</b>;rel=\"next last\"")), "a rel list names next among others");
        assertEquals("/c", LinkHeaders.next(headers("  </c>\t ;  title=\"a, b; c\" ; REL = NEXT  ")), "a token, any case, commas in quotes");
        assertEquals("/d", LinkHeaders.next(headers("</x>; rel=\"nextish\", </d>; rel=\"next\"")), "a rel type is a whole word");
        assertEquals("/e?ids=1,2", LinkHeaders.next(headers("</e?ids=1,2>; rel=next")), "a comma inside the brackets is the URI's");
        assertEquals("/f", LinkHeaders.next(headers("</f>; title=\"say \\\"hi\\\"\"; rel=next")), "escapes in a quoted string");
        assertEquals("/g", LinkHeaders.next(headers("</y>; rel=\"prev\"; rel=\"next\", </g>; rel=next")), "a second rel is ignored");
        assertNull(LinkHeaders.next(headers("</a>; rel=\"prev\"", "</b>; rel=last")));
    }

    @Test
    void severalHeadersAndBrokenLinks() {
        assertEquals("/2", LinkHeaders.next(headers("</0>; rel=prev", "</2>; rel=next")), "the second Link header");
        assertEquals("/3", LinkHeaders.next(headers("garbage, </1> junk; rel=next, </3>; rel=next")), "broken links are skipped");
        assertNull(LinkHeaders.next(headers("</1>; rel=\"next")), "an unclosed quote gives nothing");
        assertNull(LinkHeaders.next(headers("</1>; rel=next; anchor=\"#x\"")), "an anchored link is about another resource");
        assertNull(LinkHeaders.next(headers("<https://a.example/")), "no closing bracket");
        assertNull(LinkHeaders.next(headers("")));
        assertNull(LinkHeaders.next(HttpHeaders.of(Map.of(), (a, b) -> true)));
    }

    @Test
    void referencesResolveAsRfc3986Says() {
        // RFC 3986 section 5.4's examples, those that keep the base's scheme
        URI base = URI.create("http://a/b/c/d;p?q");
        Map<String, String> examples = new java.util.LinkedHashMap<>();
        examples.put("g", "http://a/b/c/g");
        examples.put("./g", "http://a/b/c/g");
        examples.put("g/", "http://a/b/c/g/");
        examples.put("/g", "http://a/g");
        examples.put("//g", "http://g");
        examples.put("?y", "http://a/b/c/d;p?y");
        examples.put("g?y", "http://a/b/c/g?y");
        examples.put("#s", "http://a/b/c/d;p?q");
        examples.put("", "http://a/b/c/d;p?q");
        examples.put(".", "http://a/b/c/");
        examples.put("..", "http://a/b/");
        examples.put("../g", "http://a/b/g");
        examples.put("../..", "http://a/");
        examples.put("../../../g", "http://a/g");
        examples.put("/./g", "http://a/g");
        examples.put("/../g", "http://a/g");
        examples.put("g.", "http://a/b/c/g.");
        examples.put("./../g", "http://a/b/g");
        examples.put("g/./h", "http://a/b/c/g/h");
        examples.put("g;x=1/../y", "http://a/b/c/y");
        examples.put("https://other.example:8443/x?p=2#f", "https://other.example:8443/x?p=2");
        examples.forEach((ref, want) -> assertEquals(want, LinkHeaders.resolve(base, ref).toString(), ref));
        assertThrows(IllegalArgumentException.class, () -> LinkHeaders.resolve(base, "/a page"));
    }

    @Test
    void onlyTheSameSchemeHostAndPortIsTheSameOrigin() {
        URI request = URI.create("https://api.example.com/v1/items?page=1");
        assertTrue(LinkHeaders.sameOrigin(request, URI.create("https://API.example.com:443/v1/items?page=2")));
        assertFalse(LinkHeaders.sameOrigin(request, URI.create("http://api.example.com/v1/items?page=2")), "another scheme");
        assertFalse(LinkHeaders.sameOrigin(request, URI.create("https://api.example.com:8443/v1/items")), "another port");
        assertFalse(LinkHeaders.sameOrigin(request, URI.create("https://evil.example/v1/items")), "another host");
        assertFalse(LinkHeaders.sameOrigin(request, URI.create("https://api.example.com.evil.example/")), "a host that only starts alike");
        assertFalse(LinkHeaders.sameOrigin(request, URI.create("https://me@api.example.com/v1/items")), "user info of its own");
    }
}
