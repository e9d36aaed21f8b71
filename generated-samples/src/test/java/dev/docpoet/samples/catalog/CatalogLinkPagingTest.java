package dev.docpoet.samples.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.docpoet.client.InternalServerException;
import dev.docpoet.client.LinkRefusedException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code listAutoPaging} docpoet adds for the Catalog spec's {@code GET /stargazers}, whose 200 documents a
 * {@code Link} header: against a server on 127.0.0.1 that answers each request (path and query) with the page and
 * {@code Link} the test gave it, and a second server that must never be contacted.
 */
class CatalogLinkPagingTest {
    private final HttpServer server;
    private final HttpServer elsewhere;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> tokens = new CopyOnWriteArrayList<>();
    private final List<String> elsewhereRequests = new CopyOnWriteArrayList<>();
    /** Each target's status, body and {@code Link} header (null for none). */
    private final Map<String, String[]> pages = new ConcurrentHashMap<>();

    CatalogLinkPagingTest() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            String target = ex.getRequestURI().toString();
            requests.add(target);
            tokens.add(String.valueOf(ex.getRequestHeaders().getFirst("Authorization")));
            String[] page = pages.getOrDefault(target, new String[] {"404", "{\"title\":\"no page\",\"status\":404}", null});
            if (page[2] != null) ex.getResponseHeaders().add("Link", page[2]);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            byte[] body = page[1].getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(Integer.parseInt(page[0]), body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        elsewhere = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        elsewhere.createContext("/", ex -> {
            elsewhereRequests.add(ex.getRequestURI() + " " + ex.getRequestHeaders().getFirst("Authorization"));
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        elsewhere.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        elsewhere.stop(0);
    }

    private String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void page(String target, String link, String... logins) {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < logins.length; i++) body.append(i == 0 ? "" : ",").append("{\"login\":\"").append(logins[i]).append("\"}");
        pages.put(target, new String[] {"200", body.append(']').toString(), link});
    }

    private CatalogClient client() {
        return CatalogClient.builder().baseUri(origin()).bearerToken("sk_1").maxRetries(0).build();
    }

    private static List<String> logins(Iterable<Stargazer> pager) {
        List<String> out = new java.util.ArrayList<>();
        pager.forEach(s -> out.add(s.login()));
        return out;
    }

    @Test
    void followsEachPagesNextLinkAbsoluteOrRelative() {
        page("/stargazers?per_page=2", "<" + origin() + "/stargazers?per_page=2&page=2>; rel=\"next\", <" + origin()
                + "/stargazers?per_page=2&page=3>; rel=\"last\"", "ada", "bob");
        page("/stargazers?per_page=2&page=2", "</stargazers?per_page=2&page=1>; rel=\"prev first\", <?per_page=2&page=3>; rel=\"next last\"",
                "cy", "di");
        page("/stargazers?per_page=2&page=3", "</stargazers?per_page=2&page=2>; rel=\"prev\"", "eve");
        var all = client().stargazers().listAutoPaging(StargazerListParams.builder().perPage(2L).build());
        assertEquals(List.of(), requests, "nothing is sent before the iteration starts");
        assertEquals(List.of("ada", "bob", "cy", "di", "eve"), logins(all));
        assertEquals(List.of("/stargazers?per_page=2", "/stargazers?per_page=2&page=2", "/stargazers?per_page=2&page=3"), requests,
                "a page without a next link is the last");
        assertEquals(List.of("Bearer sk_1", "Bearer sk_1", "Bearer sk_1"), tokens);
        assertEquals(List.of("ada", "bob", "cy"), client().stargazers().listAutoPaging(StargazerListParams.builder().perPage(2L).build())
                .stream().limit(3).map(Stargazer::login).toList(), "each iteration starts again; no page past the one asked for");
        assertEquals(5, requests.size());
        assertEquals(2, client().stargazers().list(StargazerListParams.builder().perPage(2L).build()).size(), "list() is one page, as before");
    }

    @Test
    void aNextLinkToAPageAlreadyFetchedOrAnEmptyPageEndsTheList() {
        page("/stargazers", "</stargazers?page=2>; rel=next", "ada");
        page("/stargazers?page=2", "</stargazers?page=3>; rel=next", "bob");
        page("/stargazers?page=3", "</stargazers?page=2>; rel=next", "cy");
        assertEquals(List.of("ada", "bob", "cy"), logins(client().stargazers().listAutoPaging()));
        assertEquals(3, requests.size(), "page 2 is not asked for again");

        requests.clear();
        page("/stargazers?page=2", "</stargazers?page=3>; rel=next");
        assertEquals(List.of("ada"), logins(client().stargazers().listAutoPaging()));
        assertEquals(List.of("/stargazers", "/stargazers?page=2"), requests, "an empty page is the last, whatever its link");
    }

    @Test
    void aNextLinkToAnotherHostIsRefusedWithoutContactingIt() {
        String foreign = "http://127.0.0.1:" + elsewhere.getAddress().getPort() + "/stargazers?page=2";
        page("/stargazers", "<" + foreign + ">; rel=next", "ada", "bob");
        Iterator<Stargazer> it = client().stargazers().listAutoPaging().iterator();
        assertEquals("ada", it.next().login());
        assertEquals("bob", it.next().login(), "the page's own items come first");
        LinkRefusedException e = assertThrows(LinkRefusedException.class, it::hasNext);
        assertEquals(foreign, e.link());
        assertFalse(e.getMessage().contains("sk_1"), e.getMessage());
        assertTrue(e.getMessage().contains("nothing was sent"), e.getMessage());
        assertEquals(List.of(), elsewhereRequests, "another port is another origin: the token never goes there");
        assertEquals(List.of("/stargazers"), requests);
    }

    @Test
    void anErrorMidPagingIsThrownAfterTheEarlierItems() {
        page("/stargazers", "</stargazers?page=2>; rel=next", "ada");
        pages.put("/stargazers?page=2", new String[] {"503", "{\"title\":\"down\",\"status\":503}", null});
        Iterator<Stargazer> it = client().stargazers().listAutoPaging().iterator();
        assertEquals("ada", it.next().login());
        InternalServerException e = assertThrows(InternalServerException.class, it::hasNext);
        assertEquals(503, e.status());
        page("/stargazers?page=2", null, "bob");
        assertEquals("bob", it.next().login(), "calling again asks for the same page");
        assertFalse(it.hasNext());
    }
}
