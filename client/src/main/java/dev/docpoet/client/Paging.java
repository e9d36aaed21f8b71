package dev.docpoet.client;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How one page of a list endpoint leads to the next, as its docs show it: a cursor the page hands out, the last item's
 * id, a page number or an offset, and the signals that say a page was the last ({@code has_more}, a total, a number of
 * pages, a page shorter than the limit asked for). Generated {@code …AutoPaging} methods make one for {@link AutoPager};
 * immutable.
 *
 * @param <P> the endpoint's parameters class, whose copies with another cursor or page ask for the next page
 * @param <R> the type of one page's body
 * @param <T> the type of one item
 */
public final class Paging<P, R, T> {
    /** What advances the request from one page to the next. */
    private interface Advance<P, R, T> {
        /** The next page's parameters, or null when the page says it was the last. */
        @Nullable P next(P request, R page, List<T> items, Paging<P, R, T> signals);
    }

    private final Advance<P, R, T> advance;
    /** Whether {@link #advance} compares the total itself, with the next offset rather than with the items read. */
    private final boolean byOffset;
    /** Whether the client works out the next request itself (a page number, an offset) rather than the server naming it. */
    private final boolean computed;
    private final @Nullable Function<? super R, ? extends @Nullable Boolean> hasMore;
    private final @Nullable Function<? super R, ? extends @Nullable Number> total;
    private final @Nullable Function<? super R, ? extends @Nullable Number> totalPages;
    private final @Nullable Function<? super P, ? extends @Nullable Number> limit;

    private Paging(Advance<P, R, T> advance, boolean byOffset, boolean computed, @Nullable Function<? super R, ? extends @Nullable Boolean> hasMore,
            @Nullable Function<? super R, ? extends @Nullable Number> total, @Nullable Function<? super R, ? extends @Nullable Number> totalPages,
            @Nullable Function<? super P, ? extends @Nullable Number> limit) {
        this.advance = advance;
        this.byOffset = byOffset;
        this.computed = computed;
        this.hasMore = hasMore;
        this.total = total;
        this.totalPages = totalPages;
        this.limit = limit;
    }

    private Paging(Advance<P, R, T> advance, boolean byOffset, boolean computed) {
        this(advance, byOffset, computed, null, null, null, null);
    }

    /**
     * Whether the client works out each next request itself, so that a server ignoring it would hand out the same page
     * for ever: the pager then ends the list at a page that repeats the one before.
     */
    boolean computed() {
        return computed;
    }

    /**
     * Each page names the next by a cursor ({@code next_cursor}, {@code next_page_token}) that the request sends back
     * ({@code ?cursor=}); a null or blank cursor ends the list.
     *
     * @param nextCursor reads the next page's cursor from a page
     * @param withCursor the request with that cursor set
     */
    public static <P, R, T, C> Paging<P, R, T> cursor(Function<? super R, ? extends @Nullable C> nextCursor,
            BiFunction<? super P, ? super C, ? extends P> withCursor) {
        Objects.requireNonNull(nextCursor, "nextCursor");
        Objects.requireNonNull(withCursor, "withCursor");
        return new Paging<>((request, page, items, signals) -> {
            C cursor = nextCursor.apply(page);
            return present(cursor) ? withCursor.apply(request, cursor) : null;
        }, false, false);
    }

    /**
     * The next page starts after the last item of this one, named by its id ({@code ?starting_after=}), as Stripe's
     * lists page; pair it with {@link #hasMore}.
     *
     * @param id reads an item's id
     * @param withLastId the request starting after that id
     */
    public static <P, R, T, C> Paging<P, R, T> afterLastItem(Function<? super T, ? extends @Nullable C> id,
            BiFunction<? super P, ? super C, ? extends P> withLastId) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(withLastId, "withLastId");
        return new Paging<>((request, page, items, signals) -> {
            T last = items.get(items.size() - 1);
            C lastId = last == null ? null : id.apply(last);
            return present(lastId) ? withLastId.apply(request, lastId) : null;
        }, false, false);
    }

    /**
     * The request names a page by number ({@code ?page=2}): the next is one more than this page's, which the page itself
     * says where the docs give it ({@code current}), else the request, else {@code first} (the docs' default, or 1).
     *
     * @param requested the page number the request set, or null when unset
     * @param current reads the page's own number; null where the docs give none
     * @param withPage the request for another page number
     */
    public static <P, R, T> Paging<P, R, T> pageNumber(Function<? super P, ? extends @Nullable Number> requested,
            @Nullable Function<? super R, ? extends @Nullable Number> current, long first, BiFunction<? super P, Long, ? extends P> withPage) {
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(withPage, "withPage");
        return new Paging<>((request, page, items, signals) -> {
            long number = firstOf(current == null ? null : current.apply(page), requested.apply(request), first);
            Number pages = signals.totalPages == null ? null : signals.totalPages.apply(page);
            // a 0-based API's last page is one less than its page count: that costs an empty page, never an item
            if (pages != null && number >= pages.longValue()) return null;
            return withPage.apply(request, number + 1);
        }, false, true);
    }

    /**
     * The request skips a number of items ({@code ?offset=40}): the next offset is this page's, which the page says where
     * the docs give it ({@code current}), else the request's, else 0, plus the items it held. With {@link #total}, the
     * list ends once the next offset reaches it.
     *
     * @param requested the offset the request set, or null when unset
     * @param current reads the page's own offset; null where the docs give none
     * @param withOffset the request with another offset
     */
    public static <P, R, T> Paging<P, R, T> offset(Function<? super P, ? extends @Nullable Number> requested,
            @Nullable Function<? super R, ? extends @Nullable Number> current, BiFunction<? super P, Long, ? extends P> withOffset) {
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(withOffset, "withOffset");
        return new Paging<>((request, page, items, signals) -> {
            long next = firstOf(current == null ? null : current.apply(page), requested.apply(request), 0) + items.size();
            Number all = signals.total == null ? null : signals.total.apply(page);
            if (all != null && next >= all.longValue()) return null;
            return withOffset.apply(request, next);
        }, true, true);
    }

    /** This paging, ended by a page whose {@code has_more} is false (null says nothing). */
    public Paging<P, R, T> hasMore(Function<? super R, ? extends @Nullable Boolean> read) {
        return new Paging<>(advance, byOffset, computed, Objects.requireNonNull(read, "read"), total, totalPages, limit);
    }

    /**
     * This paging, ended once as many items as a page's {@code total} have been read (for offsets, once the next offset
     * reaches it).
     */
    public Paging<P, R, T> total(Function<? super R, ? extends @Nullable Number> read) {
        return new Paging<>(advance, byOffset, computed, hasMore, Objects.requireNonNull(read, "read"), totalPages, limit);
    }

    /** This paging by page number, ended by the page whose number reaches the page's {@code total_pages}. */
    public Paging<P, R, T> totalPages(Function<? super R, ? extends @Nullable Number> read) {
        return new Paging<>(advance, byOffset, computed, hasMore, total, Objects.requireNonNull(read, "read"), limit);
    }

    /**
     * This paging, ended by a page that holds fewer items than the request's page size asked for. Only for docs that give
     * no other signal: a server that caps the size below what was asked for ends the list early.
     */
    public Paging<P, R, T> limit(Function<? super P, ? extends @Nullable Number> read) {
        return new Paging<>(advance, byOffset, computed, hasMore, total, totalPages, Objects.requireNonNull(read, "read"));
    }

    /**
     * The request for the page after {@code page}, or null when {@code page} was the last; {@code read} counts the items
     * of every page so far, this one's included.
     */
    @Nullable P next(P request, R page, List<T> items, long read) {
        if (hasMore != null && Boolean.FALSE.equals(hasMore.apply(page))) return null;
        if (total != null && !byOffset) {
            Number all = total.apply(page);
            if (all != null && read >= all.longValue()) return null;
        }
        if (limit != null) {
            Number size = limit.apply(request);
            if (size != null && items.size() < size.longValue()) return null;
        }
        return advance.next(request, page, items, this);
    }

    /** A cursor or id that names a page: not null, and not an empty or blank string. */
    static boolean present(@Nullable Object cursor) {
        return cursor != null && !(cursor instanceof CharSequence s && s.toString().isBlank());
    }

    private static long firstOf(@Nullable Number a, @Nullable Number b, long otherwise) {
        return a != null ? a.longValue() : b != null ? b.longValue() : otherwise;
    }
}
