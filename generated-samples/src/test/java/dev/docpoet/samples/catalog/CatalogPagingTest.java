package dev.docpoet.samples.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.docpoet.client.AutoPager;
import dev.docpoet.client.InternalServerException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code listAutoPaging} methods docpoet adds for {@code @ApiDocs("catalog/openapi.yaml") interface Catalog {}}, against
 * a server on 127.0.0.1 that answers each request (path and query) with the page the test gave it: every paging style the
 * spec shows, and how an iteration ends (an empty page, a repeated or blank cursor, the page's own signals) or fails.
 */
class CatalogPagingTest {
    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Object[]> pages = new ConcurrentHashMap<>();

    CatalogPagingTest() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            String target = ex.getRequestURI().toString();
            requests.add(target);
            Object[] page = pages.getOrDefault(target, new Object[] {404, "{\"title\":\"no page for " + target + "\",\"status\":404}"});
            byte[] body = ((String) page[1]).getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders((Integer) page[0], body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void page(String target, String json) {
        pages.put(target, new Object[] {200, json});
    }

    private CatalogClient client() {
        return CatalogClient.builder().baseUri("http://127.0.0.1:" + server.getAddress().getPort()).bearerToken("sk_1").maxRetries(0).build();
    }

    private static String products(String nextCursor, String... ids) {
        String data = java.util.Arrays.stream(ids).map(id -> "{\"id\":\"" + id + "\",\"name\":\"n" + id + "\"}").collect(Collectors.joining(","));
        return "{\"data\":[" + data + "],\"next_cursor\":" + (nextCursor == null ? "null" : "\"" + nextCursor + "\"") + "}";
    }

    private static List<String> ids(AutoPager<Product> pager) {
        return pager.stream().map(Product::id).toList();
    }

    @Test
    void aCursorIsSentBackUntilAPageHandsOutNone() {
        page("/products?limit=2", products("c2", "p1", "p2"));
        page("/products?limit=2&cursor=c2", products("c3", "p3", "p4"));
        page("/products?limit=2&cursor=c3", products(null, "p5"));
        AutoPager<Product> all = client().products().listAutoPaging(ProductListParams.builder().limit(2L).build());
        assertEquals(List.of(), requests, "nothing is sent before the iteration starts");
        assertEquals(List.of("p1", "p2", "p3", "p4", "p5"), ids(all));
        assertEquals(List.of("/products?limit=2", "/products?limit=2&cursor=c2", "/products?limit=2&cursor=c3"), requests);
        // each iteration starts again from the first page
        assertEquals(List.of("p1", "p2", "p3", "p4", "p5"), ids(all));
        assertEquals(6, requests.size());
    }

    @Test
    void pagesAreFetchedOnlyAsTheIterationReachesThem() {
        page("/products", products("c2", "p1", "p2"));
        page("/products?cursor=c2", products(null, "p3"));
        assertEquals(List.of("p1", "p2"), client().products().listAutoPaging().stream().limit(2).map(Product::id).toList());
        assertEquals(List.of("/products"), requests, "the second page is never asked for");
    }

    @Test
    void aBlankCursorEndsTheList() {
        page("/products", products("", "p1"));
        assertEquals(List.of("p1"), ids(client().products().listAutoPaging()));
        assertEquals(List.of("/products"), requests);
    }

    @Test
    void anEmptyPageEndsTheListWhateverItsCursorSays() {
        page("/products", products("c2", "p1"));
        page("/products?cursor=c2", products("c3"));
        assertEquals(List.of("p1"), ids(client().products().listAutoPaging()));
        assertEquals(List.of("/products", "/products?cursor=c2"), requests);
    }

    @Test
    void aCursorTheServerHandsOutAgainEndsTheListInsteadOfLooping() {
        page("/products", products("c2", "p1"));
        page("/products?cursor=c2", products("c3", "p2"));
        page("/products?cursor=c3", products("c2", "p3"));
        assertEquals(List.of("p1", "p2", "p3"), ids(client().products().listAutoPaging()));
        assertEquals(List.of("/products", "/products?cursor=c2", "/products?cursor=c3"), requests, "c2 is not asked for twice");
    }

    @Test
    void aPageThatFailsThrowsFromTheIterationAfterTheItemsBeforeIt() {
        page("/products", products("c2", "p1", "p2"));
        pages.put("/products?cursor=c2", new Object[] {503, "{\"title\":\"down\",\"status\":503}"});
        Iterator<Product> it = client().products().listAutoPaging().iterator();
        List<String> seen = new ArrayList<>();
        seen.add(it.next().id());
        seen.add(it.next().id());
        InternalServerException e = assertThrows(InternalServerException.class, it::hasNext);
        assertEquals(503, e.status());
        assertEquals(List.of("p1", "p2"), seen);
        // the caller may try the page again: the iteration did not move on
        page("/products?cursor=c2", products(null, "p3"));
        assertEquals("p3", it.next().id());
        assertTrue(!it.hasNext());
    }

    @Test
    void theNextPageStartsAfterTheLastItemUntilHasMoreIsFalse() {
        page("/customers?limit=2", "{\"data\":[{\"id\":\"cu_1\",\"email\":\"a@x\"},{\"id\":\"cu_2\",\"email\":\"b@x\"}],\"has_more\":true}");
        page("/customers?limit=2&starting_after=cu_2", "{\"data\":[{\"id\":\"cu_3\",\"email\":\"c@x\"}],\"has_more\":false}");
        List<String> emails = new ArrayList<>();
        for (Customer c : client().customers().listAutoPaging(CustomerListParams.builder().limit(2L).build())) emails.add(c.email());
        assertEquals(List.of("a@x", "b@x", "c@x"), emails);
        assertEquals(2, requests.size());
    }

    @Test
    void pageNumbersCountUpFromThePagesOwnUntilTheLastPage() {
        page("/reviews?stars=5", "{\"reviews\":[{\"id\":\"r1\",\"stars\":5}],\"page\":1,\"total_pages\":3}");
        page("/reviews?page=2&stars=5", "{\"reviews\":[{\"id\":\"r2\",\"stars\":5}],\"page\":2,\"total_pages\":3}");
        page("/reviews?page=3&stars=5", "{\"reviews\":[{\"id\":\"r3\",\"stars\":5}],\"page\":3,\"total_pages\":3}");
        List<String> ids = client().reviews().listAutoPaging(ReviewListParams.builder().stars(5L).build()).stream().map(Review::id).toList();
        assertEquals(List.of("r1", "r2", "r3"), ids);
        assertEquals(List.of("/reviews?stars=5", "/reviews?page=2&stars=5", "/reviews?page=3&stars=5"), requests, "no page past total_pages");
    }

    @Test
    void offsetsMovePastEachPageUntilTheTotal() {
        page("/events?limit=2", "{\"items\":[{\"id\":\"e1\",\"type\":\"a\"},{\"id\":\"e2\",\"type\":\"b\"}],\"total\":3}");
        page("/events?offset=2&limit=2", "{\"items\":[{\"id\":\"e3\",\"type\":\"c\"}],\"total\":3}");
        assertEquals(List.of("e1", "e2", "e3"),
                client().events().listAutoPaging(EventListParams.builder().limit(2L).build()).stream().map(Event::id).toList());
        assertEquals(List.of("/events?limit=2", "/events?offset=2&limit=2"), requests);
    }

    @Test
    void aBareListPagesByNumberUntilAPageShorterThanAsked() {
        page("/tags?per_page=2", "[{\"name\":\"a\"},{\"name\":\"b\"}]");
        page("/tags?page=2&per_page=2", "[{\"name\":\"c\"},{\"name\":\"d\"}]");
        page("/tags?page=3&per_page=2", "[{\"name\":\"e\"}]");
        assertEquals(List.of("a", "b", "c", "d", "e"),
                client().tags().listAutoPaging(TagListParams.builder().perPage(2L).build()).stream().map(Tag::name).toList());
        assertEquals(3, requests.size());
    }

    @Test
    void theListMethodItselfIsUnchanged() {
        page("/products?cursor=c9", products("c10", "p9"));
        ProductPage one = client().products().list(ProductListParams.builder().cursor("c9").build());
        assertEquals("c10", one.nextCursor());
        assertEquals(List.of("/products?cursor=c9"), requests);
    }
}
