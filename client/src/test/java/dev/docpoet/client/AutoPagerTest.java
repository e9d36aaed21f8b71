package dev.docpoet.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * {@link AutoPager} and {@link Paging} on pages a function hands out (the HTTP side is {@code CatalogPagingTest} in
 * generated-samples): what each style asks for next, and each way a list ends.
 */
class AutoPagerTest {
    /** A request: a cursor, a page number, an offset and a page size, any of them unset. */
    record Req(@Nullable String cursor, @Nullable Long page, @Nullable Long offset, @Nullable Long limit) {
        static final Req NONE = new Req(null, null, null, null);

        Req cursor(String c) {
            return new Req(c, page, offset, limit);
        }

        Req page(Long p) {
            return new Req(cursor, p, offset, limit);
        }

        Req offset(Long o) {
            return new Req(cursor, page, o, limit);
        }
    }

    /** A page: its items and what it says of the next. */
    record Page(@Nullable List<String> items, @Nullable String next, @Nullable Boolean hasMore, @Nullable Long total, @Nullable Long number) {}

    private final List<Req> sent = new ArrayList<>();

    private java.util.function.Function<Req, Page> server(Map<Req, Page> pages) {
        return r -> {
            sent.add(r);
            Page p = pages.get(r);
            if (p == null) throw new IllegalStateException("no page for " + r);
            return p;
        };
    }

    private static List<String> all(AutoPager<String> pager) {
        List<String> out = new ArrayList<>();
        pager.forEach(out::add);
        return out;
    }

    @Test
    void aCursorRepeatedAnywhereInTheIterationEndsIt() {
        Map<Req, Page> pages = Map.of(Req.NONE, new Page(List.of("a"), "x", null, null, null),
                Req.NONE.cursor("x"), new Page(List.of("b"), "y", null, null, null),
                Req.NONE.cursor("y"), new Page(List.of("c"), "x", null, null, null));
        AutoPager<String> pager = AutoPager.of(Req.NONE, server(pages), Page::items,
                Paging.<Req, Page, String, String>cursor(Page::next, Req::cursor));
        assertEquals(List.of("a", "b", "c"), all(pager));
        assertEquals(3, sent.size());
    }

    @Test
    void hasMoreFalseEndsTheListEvenWithACursor() {
        Map<Req, Page> pages = Map.of(Req.NONE, new Page(List.of("a"), "x", false, null, null));
        assertEquals(List.of("a"), all(AutoPager.of(Req.NONE, server(pages), Page::items,
                Paging.<Req, Page, String, String>cursor(Page::next, Req::cursor).hasMore(Page::hasMore))));
        assertEquals(1, sent.size());
    }

    @Test
    void nullItemsReadAsAnEmptyPage() {
        Map<Req, Page> pages = Map.of(Req.NONE, new Page(null, "x", null, null, null));
        Iterator<String> it = AutoPager.of(Req.NONE, server(pages), Page::items,
                Paging.<Req, Page, String, String>cursor(Page::next, Req::cursor)).iterator();
        assertFalse(it.hasNext());
        assertThrows(NoSuchElementException.class, it::next);
    }

    @Test
    void pageNumbersStartFromTheDocumentedFirstAndStopAtTheItemsTotal() {
        Map<Req, Page> pages = Map.of(Req.NONE, new Page(List.of("a", "b"), null, null, 3L, null),
                Req.NONE.page(1L), new Page(List.of("c"), null, null, 3L, null));
        // a 0-based API: the first page is 0, so the next one asked for is 1
        assertEquals(List.of("a", "b", "c"), all(AutoPager.of(Req.NONE, server(pages), Page::items,
                Paging.<Req, Page, String>pageNumber(Req::page, null, 0, Req::page).total(Page::total))));
        assertEquals(List.of(Req.NONE, Req.NONE.page(1L)), sent);
    }

    @Test
    void offsetsCountFromThePagesOwnAndAShortPageEndsWhenNothingElseSays() {
        Req first = new Req(null, null, null, 2L);
        Map<Req, Page> pages = Map.of(first, new Page(List.of("a", "b"), null, null, null, 10L),
                first.offset(12L), new Page(List.of("c"), null, null, null, 12L));
        assertEquals(List.of("a", "b", "c"), all(AutoPager.of(first, server(pages), Page::items,
                Paging.<Req, Page, String>offset(Req::offset, Page::number, Req::offset).limit(Req::limit))));
        assertEquals(2, sent.size(), "the page of one item is shorter than the two asked for");
    }

    @Test
    void afterTheLastItemUsesItsId() {
        Map<Req, Page> pages = Map.of(Req.NONE, new Page(List.of("a", "b"), null, true, null, null),
                Req.NONE.cursor("b"), new Page(List.of("c"), null, false, null, null));
        assertEquals(List.of("a", "b", "c"), all(AutoPager.of(Req.NONE, server(pages), Page::items,
                Paging.<Req, Page, String, String>afterLastItem(item -> item, Req::cursor).hasMore(Page::hasMore))));
    }

    @Test
    void aFailedPageIsAskedForAgainOnTheNextCall() {
        List<Req> calls = new ArrayList<>();
        int[] failures = {1};
        AutoPager<String> pager = AutoPager.of(Req.NONE, r -> {
            calls.add(r);
            if (r.cursor() != null && failures[0]-- > 0) throw new ApiConnectionException("GET /x", 1, new java.io.IOException("reset"));
            return r.cursor() == null ? new Page(List.of("a"), "x", null, null, null) : new Page(List.of("b"), null, null, null, null);
        }, Page::items, Paging.<Req, Page, String, String>cursor(Page::next, Req::cursor));
        Iterator<String> it = pager.iterator();
        assertEquals("a", it.next());
        assertThrows(ApiConnectionException.class, it::hasNext);
        assertEquals("b", it.next());
        assertFalse(it.hasNext());
        assertEquals(List.of(Req.NONE, Req.NONE.cursor("x"), Req.NONE.cursor("x")), calls);
    }

    @Test
    void aServerThatIgnoresTheOffsetEndsTheListInsteadOfRepeatingItForEver() {
        // every offset gets the same two items, and no total or limit says when to stop
        java.util.function.Function<Req, Page> stuck = r -> {
            sent.add(r);
            if (sent.size() > 10) throw new AssertionError("still paging");
            return new Page(List.of("a", "b"), null, null, null, r.offset());
        };
        assertEquals(List.of("a", "b"), all(AutoPager.of(Req.NONE.offset(0L), stuck, Page::items,
                Paging.<Req, Page, String>offset(Req::offset, Page::number, Req::offset))));
        assertEquals(2, sent.size(), "the second page repeats the first: nothing of it handed out, and the end");
    }

    @Test
    void aPageWhoseNextRequestCannotBeWorkedOutIsFetchedAgainNotHandedOutTwice() {
        int[] failures = {1};
        List<Req> calls = new ArrayList<>();
        AutoPager<String> pager = AutoPager.of(Req.NONE, r -> {
            calls.add(r);
            return r.cursor() == null ? new Page(List.of("a"), "x", null, null, null) : new Page(List.of("b"), null, null, null, null);
        }, Page::items, Paging.<Req, Page, String, String>cursor(page -> {
            if (page.next() != null && failures[0]-- > 0) throw new IllegalStateException("a cursor of another type");
            return page.next();
        }, Req::cursor));
        Iterator<String> it = pager.iterator();
        assertThrows(IllegalStateException.class, it::hasNext);
        assertEquals(List.of("a", "b"), List.of(it.next(), it.next()), "the first page again, once");
        assertFalse(it.hasNext());
    }

    @Test
    void twoEqualPagesACursorMovesBetweenAreBothHandedOut() {
        // values without ids (metric samples): a page may equal the one before, and the server's cursor still moves on
        Map<Req, Page> pages = Map.of(Req.NONE, new Page(List.of("0", "0"), "c2", null, null, null),
                Req.NONE.cursor("c2"), new Page(List.of("0", "0"), "c3", null, null, null),
                Req.NONE.cursor("c3"), new Page(List.of("1"), null, null, null, null));
        assertEquals(List.of("0", "0", "0", "0", "1"), all(AutoPager.of(Req.NONE, server(pages), Page::items,
                Paging.<Req, Page, String, String>cursor(Page::next, Req::cursor))));
    }
}
