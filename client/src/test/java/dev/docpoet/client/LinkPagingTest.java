package dev.docpoet.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.client.TestServer.Answer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link AutoPager#followingLinks} against real servers on 127.0.0.1: each page is the same call sent to the
 * {@code rel="next"} link of the last, with the client's auth, until a page has no next link, is empty, or links to a page
 * already fetched; a link to another origin is refused without contacting it.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class LinkPagingTest {
    private final TestServer server = new TestServer();
    private final TestServer other = new TestServer();

    LinkPagingTest() throws Exception {}

    @AfterEach
    void stop() {
        server.close();
        other.close();
    }

    private TransportTest.Builder client() {
        return new TransportTest.Builder("https://api.example.com/v1", Map.of()).baseUri(server.uri() + "/v1")
                .retryPolicy(RetryPolicy.defaults().maxRetries(1).backoff(Duration.ofMillis(1), Duration.ofMillis(2)));
    }

    private static Call<List<String>> repos() {
        return Call.<List<String>>builder("GET", "/repos", Types.listOf(String.class)).query("per_page", 2, true).build();
    }

    private static AutoPager<String> pager(Transport t) {
        return AutoPager.followingLinks(t, repos(), page -> page);
    }

    private static List<String> all(AutoPager<String> pager) {
        List<String> out = new ArrayList<>();
        pager.forEach(out::add);
        return out;
    }

    private static Answer page(String body, String link) {
        Answer a = Answer.json(200, body);
        return link == null ? a : a.header("Link", link);
    }

    @Test
    void followsAbsoluteAndRelativeNextLinksWithTheClientsAuth() {
        server.then(page("[\"a\",\"b\"]", "<" + server.uri() + "/v1/repos?per_page=2&page=2>; rel=\"next\", <" + server.uri()
                        + "/v1/repos?per_page=2&page=3>; rel=\"last\""))
                .then(page("[\"c\",\"d\"]", "<?per_page=2&page=3>; rel=\"next last\""))
                .then(page("[\"e\"]", "</v1/repos?per_page=2&page=1>; rel=\"first\""));
        List<String> intercepted = new java.util.concurrent.CopyOnWriteArrayList<>();
        Transport t = client().bearerToken("s3cret").header("X-Client", "c1").interceptor(new Interceptor() {
            @Override
            public Map<String, String> beforeSend(Interceptor.Request request) {
                intercepted.add(request.uri().getRawQuery());
                return Map.of("X-Trace", "t" + intercepted.size());
            }
        }).build();
        AutoPager<String> pager = pager(t);
        assertEquals(List.of(), server.seen, "nothing is sent before the iteration starts");
        assertEquals(List.of("a", "b", "c", "d", "e"), all(pager));
        assertEquals(List.of("per_page=2", "per_page=2&page=2", "per_page=2&page=3"), server.seen.stream().map(TestServer.Seen::rawQuery).toList(),
                "a query-only reference keeps the request's path (RFC 3986, not java.net.URI's RFC 2396)");
        assertTrue(server.seen.stream().allMatch(s -> s.rawPath().equals("/v1/repos") && "Bearer s3cret".equals(s.header("Authorization"))),
                "every page with the client's auth");
        assertEquals(List.of("c1", "c1", "c1"), server.seen.stream().map(x -> x.header("X-Client")).toList(), "and its headers");
        assertEquals(List.of("t1", "t2", "t3"), server.seen.stream().map(x -> x.header("X-Trace")).toList(), "and its interceptors");
    }

    @Test
    void anEmptyPageEndsTheListWhateverItsLink() {
        server.then(page("[\"a\"]", "</v1/repos?page=2>; rel=next")).then(page("[]", "</v1/repos?page=3>; rel=next"));
        assertEquals(List.of("a"), all(pager(client().build())));
        assertEquals(2, server.seen.size());
    }

    @Test
    void aNextLinkToAPageAlreadyFetchedEndsTheList() {
        server.then(page("[\"a\"]", "</v1/repos?per_page=2&page=2>; rel=next"))
                .then(page("[\"b\"]", "</v1/repos?per_page=2&page=3>; rel=next"))
                .then(page("[\"c\"]", "</v1/repos?per_page=2&page=2>; rel=next"));
        assertEquals(List.of("a", "b", "c"), all(pager(client().build())));
        assertEquals(3, server.seen.size(), "page 2 again is not fetched");

        server.seen.clear();
        server.then(page("[\"a\"]", "<" + server.uri() + "/v1/repos?per_page=2>; rel=next"));
        assertEquals(List.of("a"), all(pager(client().build())), "a link back to the first page ends it too");
        assertEquals(1, server.seen.size());
    }

    @Test
    void aLinkToAnotherHostIsRefusedWithoutContactingIt() {
        String foreign = other.uri() + "/v1/repos?page=2&token=abc";
        server.then(page("[\"a\",\"b\"]", "<" + foreign + ">; rel=next"));
        Iterator<String> it = pager(client().bearerToken("s3cret").build()).iterator();
        assertEquals("a", it.next());
        assertEquals("b", it.next(), "the items of the page that gave the link are handed out first");
        LinkRefusedException e = assertThrows(LinkRefusedException.class, it::hasNext);
        assertEquals(List.of(), other.seen, "the other port is another origin: nothing is sent there");
        assertEquals(foreign, e.link());
        assertEquals(200, e.status());
        assertTrue(e.getMessage().contains(other.uri().substring("http://".length())), e.getMessage());
        assertFalse(e.getMessage().contains("s3cret") || e.getMessage().contains("abc"), "no token in the message: " + e.getMessage());
        assertThrows(LinkRefusedException.class, it::hasNext, "asking again refuses again");

        server.then(page("[\"a\"]", "<https://evil.example/v1/repos?page=2>; rel=next"));
        assertThrows(LinkRefusedException.class, () -> all(pager(client().build())), "another host");
        server.then(page("[\"a\"]", "<" + server.uri().replace("//", "//me:pw@") + "/v1/repos?page=2>; rel=next"));
        LinkRefusedException userInfo = assertThrows(LinkRefusedException.class, () -> all(pager(client().build())), "user info");
        assertTrue(userInfo.getMessage().contains("names user info of its own") && !userInfo.getMessage().contains("pw"), userInfo.getMessage());
        server.then(page("[\"a\"]", "</v1/a page>; rel=next"));
        assertThrows(LinkRefusedException.class, () -> all(pager(client().build())), "not a URI");
    }

    @Test
    void anErrorMidPagingSurfacesAfterTheEarlierItemsAndRetriesOnTheNextCall() {
        server.then(page("[\"a\"]", "</v1/repos?page=2>; rel=next"))
                .then(Answer.json(503, "busy")).then(Answer.json(503, "busy"))
                .then(page("[\"b\"]", null));
        Iterator<String> it = pager(client().build()).iterator();
        assertEquals("a", it.next());
        InternalServerException e = assertThrows(InternalServerException.class, it::hasNext, "after its one retry");
        assertEquals("GET /repos", e.request(), "the endpoint, as its first page names it");
        assertEquals("b", it.next(), "calling again asks for the same page");
        assertFalse(it.hasNext());
        assertEquals(List.of("per_page=2", "page=2", "page=2", "page=2"), server.seen.stream().map(TestServer.Seen::rawQuery).toList());
    }

    @Test
    void aQueryKeyIsSentOnceOnEveryPage() {
        server.then(page("[\"a\"]", "</v1/repos?page=2&api_key=echoed>; rel=next")).then(page("[\"b\"]", "</v1/repos?page=3>; rel=next"))
                .then(page("[\"c\"]", null));
        assertEquals(List.of("a", "b", "c"), all(pager(client().auth(Auth.apiKeyQuery("api_key", "k1")).build())));
        assertEquals(List.of("per_page=2&api_key=k1", "page=2&api_key=k1", "page=3&api_key=k1"),
                server.seen.stream().map(TestServer.Seen::rawQuery).toList());
    }
}
