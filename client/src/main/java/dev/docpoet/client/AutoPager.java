package dev.docpoet.client;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Every item of a paged list endpoint, fetched a page at a time as the iteration reaches it: what a generated
 * {@code …AutoPaging} method returns ({@code for (Product p : client.products().listAutoPaging(params))}, or
 * {@link #stream()}).
 *
 * <p>Nothing is sent until an iteration asks for an item, and each {@link #iterator()} starts again from the first
 * request, so the pager itself is immutable and may be shared; an iterator, and a stream, belong to one thread. The
 * list ends at an empty page, at a page its {@link Paging} says is the last, or when the next request would repeat one
 * this iteration already sent (a server that hands out the same cursor again would otherwise loop forever). A page that
 * fails throws its {@link ApiException} (or {@link ApiConnectionException}) from {@code hasNext()} or {@code next()},
 * the items before it having been handed out; calling again retries that page.
 *
 * @param <T> the type of one item
 */
public final class AutoPager<T> implements Iterable<T> {
    private static final System.Logger LOG = System.getLogger("dev.docpoet.client");

    private final Supplier<Iterator<T>> iterators;

    private AutoPager(Supplier<Iterator<T>> iterators) {
        this.iterators = iterators;
    }

    /**
     * The items of the pages that {@code first} and the requests {@code paging} makes from it fetch.
     *
     * @param first the first page's request: an endpoint's parameters, whose {@code equals} tells a repeated request
     * @param fetch sends a request and reads its page, throwing {@link ApiException} as the endpoint's method does
     * @param items reads a page's items (null reads as none)
     */
    public static <P, R, T> AutoPager<T> of(P first, Function<? super P, ? extends R> fetch,
            Function<? super R, ? extends @Nullable List<T>> items, Paging<P, R, T> paging) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(fetch, "fetch");
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(paging, "paging");
        return new AutoPager<>(() -> new Pages<>(first, fetch, items, paging));
    }

    /**
     * The items of the pages that {@code first} and the {@code rel="next"} links of their {@code Link} headers (RFC 8288,
     * as GitHub pages) fetch. Each next page is the same call sent to the link's URI, a relative one resolved against the
     * request's, with the client's auth, headers, interceptors, retries and timeout. The list ends at a page without a
     * next link, at an empty page, and at a link to a page this iteration already fetched. A link to another scheme, host
     * or port than the request's is never followed, as the client's credentials would go with it: the iteration throws
     * {@link LinkRefusedException} where that page would come, having sent nothing there.
     *
     * @param transport the client's transport, which sends every page
     * @param first the first page's call, as the endpoint's method builds it
     * @param items reads a page's items (null reads as none)
     */
    public static <R, T> AutoPager<T> followingLinks(Transport transport, Call<R> first, Function<? super R, ? extends @Nullable List<T>> items) {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(items, "items");
        return new AutoPager<>(() -> new LinkedPages<>(transport, first, items));
    }

    /** A fresh iteration from the first page. */
    @Override
    public Iterator<T> iterator() {
        return iterators.get();
    }

    /** The items as a sequential stream, fetched lazily as {@link #iterator()} fetches them. */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }

    @Override
    public String toString() {
        return "AutoPager";
    }

    /** One iteration: the request to send next, the page being handed out, and every request sent so far. */
    private static final class Pages<P, R, T> implements Iterator<T> {
        private final Function<? super P, ? extends R> fetch;
        private final Function<? super R, ? extends @Nullable List<T>> items;
        private final Paging<P, R, T> paging;
        private final Set<P> sent = new HashSet<>();
        private @Nullable P request;
        private Iterator<T> current = java.util.Collections.emptyIterator();
        private List<T> previous = List.of();
        private long read;

        Pages(P first, Function<? super P, ? extends R> fetch, Function<? super R, ? extends @Nullable List<T>> items, Paging<P, R, T> paging) {
            this.fetch = fetch;
            this.items = items;
            this.paging = paging;
            this.request = first;
            sent.add(first);
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && request != null) fetchPage(request);
            return current.hasNext();
        }

        @Override
        public T next() {
            if (!hasNext()) throw new NoSuchElementException("no more items");
            return current.next();
        }

        /** Fetches one page; the state moves on only once it read, so that a caller who catches a failure may retry. */
        private void fetchPage(P at) {
            R page = fetch.apply(at);
            List<T> got = page == null ? null : items.apply(page);
            List<T> pageItems = got == null ? List.of() : got;
            if (pageItems.isEmpty() || paging.computed() && pageItems.equals(previous)) {
                // a server that ignores the page number or offset the client works out hands out the same page again,
                // and again: its items are not handed out twice, and the list ends there (a cursor the server names
                // moves on by itself, and a repeated one ends the list below)
                if (!pageItems.isEmpty()) LOG.log(Level.WARNING, "paging stopped: a page repeats the one before it (does the server ignore the page or offset?)");
                request = null;
                return;
            }
            // worked out before anything moves on, so that a failure here too leaves the page to be fetched again
            P next = paging.next(at, page, pageItems, read + pageItems.size());
            read += pageItems.size();
            current = pageItems.iterator();
            previous = pageItems;
            if (next != null && !sent.add(next)) {
                if (LOG.isLoggable(Level.DEBUG)) {
                    // the parameters are left out of the log: a header among them may be a secret
                    LOG.log(Level.DEBUG, "paging stopped: the next request repeats one already sent");
                }
                next = null;
            }
            request = next;
        }
    }

    /**
     * One iteration of {@link #followingLinks}: the URI to fetch next (null for the first page, the call's own), every URI
     * fetched so far, and a refused link, thrown where its page would come.
     */
    private static final class LinkedPages<R, T> implements Iterator<T> {
        private final Transport transport;
        private final Call<R> first;
        private final Function<? super R, ? extends @Nullable List<T>> items;
        private final Set<URI> fetched = new HashSet<>();
        private @Nullable URI next;
        private boolean more = true;
        private @Nullable LinkRefusedException refused;
        private Iterator<T> current = java.util.Collections.emptyIterator();

        LinkedPages(Transport transport, Call<R> first, Function<? super R, ? extends @Nullable List<T>> items) {
            this.transport = transport;
            this.first = first;
            this.items = items;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && more) {
                if (refused != null) throw refused;
                fetchPage();
            }
            return current.hasNext();
        }

        @Override
        public T next() {
            if (!hasNext()) throw new NoSuchElementException("no more items");
            return current.next();
        }

        /** Fetches one page; the state moves on only once it read, so that a caller who catches a failure may retry. */
        private void fetchPage() {
            Call<R> call = next == null ? first : first.at(next);
            Transport.Sent<R> sent = transport.sent(call);
            ApiResponse<R> response = sent.response();
            R page = response.body();
            List<T> got = page == null ? null : items.apply(page);
            List<T> pageItems = got == null ? List.of() : got;
            fetched.add(next == null ? sent.uri() : next);
            current = pageItems.iterator();
            String link = LinkHeaders.next(response.headers());
            if (pageItems.isEmpty() || link == null) {
                more = false;
                return;
            }
            String request = call.describe();
            URI target;
            try {
                target = LinkHeaders.resolve(sent.uri(), link);
            } catch (IllegalArgumentException e) {
                refused = LinkRefusedException.notAUri(request, response.status(), response.headers(), link);
                return;
            }
            if (!LinkHeaders.sameOrigin(sent.uri(), target)) {
                refused = LinkRefusedException.otherOrigin(request, response.status(), response.headers(), link, target);
                return;
            }
            if (fetched.contains(target)) {
                if (LOG.isLoggable(Level.DEBUG)) {
                    // the URI is left out of the log: its query may hold a key
                    LOG.log(Level.DEBUG, "paging stopped: the next link names a page already fetched");
                }
                more = false;
                return;
            }
            next = target;
        }
    }
}
