package dev.docpoet.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.docpoet.codegen.Operation.OperationParameter;
import dev.docpoet.codegen.PagePlan.Advance;
import dev.docpoet.codegen.Plans.ComponentPlan;
import dev.docpoet.codegen.Plans.RecordPlan;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.JsonValue;
import dev.docpoet.spec.ParameterLocation;
import dev.docpoet.spec.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the list endpoints whose docs show how to page through them, from the names of what they document: a GET whose
 * success body holds a list of items (or is one), with a query parameter that moves on to the next page. In order:
 *
 * <ol>
 *   <li>a cursor parameter ({@code cursor}, {@code page_token}, {@code after}, …) and a field of the page of the same
 *       type that hands out the next one ({@code next_cursor}, {@code nextPageToken}, …);
 *   <li>{@code starting_after} (or {@code after}) with a boolean {@code has_more} and items that have an {@code id} of
 *       the parameter's type: the next page starts after the last item, as Stripe's lists do;
 *   <li>an integer {@code page} (or {@code page_number}, …): the next page's number is one more;
 *   <li>an integer {@code offset} (or {@code skip}): the next offset is past this page's items;
 *   <li>none of those, but a success response that documents a {@code Link} header (GitHub's): each page's
 *       {@code rel="next"} link is the next page's request.
 * </ol>
 *
 * <p>A boolean {@code has_more}, a {@code total} and a {@code total_pages} end the list where the docs give them; a page
 * shorter than the page size asked for ({@code limit}, {@code per_page}) does only where they give none of those. Names are
 * compared without case, {@code _} or {@code -}. Each endpoint recognised so is an inference from names, reported as a
 * {@link GeneratorCode#GenPagination} info at the parameter that moves on (for a {@code Link} header, at the response).
 */
final class PagingPlanner {
    private static final Set<String> CURSOR_PARAMETERS = Set.of("cursor", "pagetoken", "pagecursor", "continuationtoken", "startcursor",
            "paginationtoken", "nextpagetoken", "nexttoken", "after", "marker");
    private static final Set<String> NEXT_CURSORS = Set.of("nextcursor", "nextpagetoken", "nexttoken", "nextpagecursor", "continuationtoken",
            "endcursor", "nextmarker", "cursor", "paginationtoken");
    private static final Set<String> AFTER_ID_PARAMETERS = Set.of("startingafter", "after", "afterid");
    private static final Set<String> PAGE_PARAMETERS = Set.of("page", "pagenumber", "pageno", "pagenum");
    private static final Set<String> OFFSET_PARAMETERS = Set.of("offset", "skip");
    private static final Set<String> LIMIT_PARAMETERS = Set.of("limit", "perpage", "pagesize", "size", "maxresults", "pagelimit");
    private static final Set<String> HAS_MORE = Set.of("hasmore", "hasnext", "hasnextpage", "hasmorepages");
    private static final Set<String> TOTALS = Set.of("total", "totalcount", "totalitems", "totalresults", "totalrecords", "totalentries",
            "totalsize");
    private static final Set<String> TOTAL_PAGES = Set.of("totalpages", "pagecount", "numpages", "lastpage");
    private static final Set<String> CURRENT_PAGE = Set.of("page", "currentpage", "pagenumber", "pageno");
    private static final Set<String> ITEM_LISTS = Set.of("data", "items", "results", "records", "entries", "nodes", "values", "list",
            "elements", "objects");
    private static final ClassName STRING = ClassName.get(String.class);
    private static final ClassName LONG = ClassName.get(Long.class);
    private static final ClassName BOOLEAN = ClassName.get(Boolean.class);

    private final Map<ClassName, RecordPlan> records = new HashMap<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    /** @param records every top-level record the models planned (nested ones are found inside them) */
    PagingPlanner(List<RecordPlan> records) {
        records.forEach(this::index);
    }

    private void index(RecordPlan r) {
        records.put(r.name(), r);
        r.nested().forEach(this::index);
        r.unions().forEach(u -> u.variants().forEach(v -> {
            // a variant that is a shared component is indexed as the top-level record it is
            if (v.nested() != null) index(v.nested());
        }));
    }

    /** What the planner inferred so far, one info per paged endpoint. */
    List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    /**
     * How {@code e}'s pages follow one another, or null where its docs show no way to page.
     *
     * @param parameters the endpoint's parameters as the client passes them
     * @param success the type its success body reads into
     */
    @Nullable PagePlan plan(Endpoint e, List<OperationParameter> parameters, @Nullable TypeName success) {
        if (!e.method().equalsIgnoreCase("GET") || success == null) return null;
        Map<String, OperationParameter> query = new HashMap<>();
        List<OperationParameter> inOrder = new ArrayList<>();
        for (OperationParameter p : parameters) {
            if (p.parameter() != null && p.parameter().in() == ParameterLocation.QUERY) {
                query.putIfAbsent(key(p.wireName()), p);
                inOrder.add(p);
            }
        }
        Response ok = e.responses().stream().filter(Response::isSuccess).min(Comparator.comparing(Response::status)).orElse(null);
        // the header as the docs spell it, for the info and the Javadoc to say what they say
        String link = ok == null ? null : ok.headers().stream().filter("Link"::equalsIgnoreCase).findFirst().orElse(null);
        TypeName plain = success.withoutAnnotations();
        if (plain instanceof ParameterizedTypeName list && list.rawType().equals(ClassName.get(List.class))) {
            // a body that is the list itself (GitHub's): only numbers or a Link header can move on
            TypeName item = list.typeArguments().get(0);
            Advance advance = numbered(inOrder, null);
            if (advance == null) return link == null ? null : linked(e, ok, link, success, item, null);
            OperationParameter limit = first(inOrder, LIMIT_PARAMETERS, LONG);
            return report(e, new PagePlan(success, item, null, advance, null, null, null, limit, ""), null, null, null, null);
        }
        RecordPlan page = plain instanceof ClassName c ? records.get(c) : null;
        if (page == null) return null;
        ComponentPlan items = items(page, e.path());
        if (items == null) return null;
        TypeName item = ((ParameterizedTypeName) items.type().withoutAnnotations()).typeArguments().get(0);
        ComponentPlan hasMore = field(page, HAS_MORE, BOOLEAN);
        ComponentPlan total = field(page, TOTALS, null);
        ComponentPlan totalPages = field(page, TOTAL_PAGES, null);
        Advance advance = cursor(inOrder, page);
        if (advance == null && hasMore != null) advance = afterLastItem(inOrder, item);
        if (advance == null) advance = numbered(inOrder, page);
        if (advance == null) return link == null ? null : linked(e, ok, link, success, item, items);
        boolean signalled = hasMore != null || total != null || totalPages != null || advance instanceof PagePlan.Cursor;
        OperationParameter limit = signalled ? null : first(inOrder, LIMIT_PARAMETERS, LONG);
        PagePlan plan = new PagePlan(success, item, items.javaName(), advance, javaName(hasMore), javaName(total),
                advance instanceof PagePlan.PageNumber ? javaName(totalPages) : null, limit, "");
        return report(e, plan, items, hasMore, total, advance instanceof PagePlan.PageNumber ? totalPages : null);
    }

    /**
     * A list whose success response documents a {@code Link} header, where no parameter says how it pages: each page
     * names the next by its {@code rel="next"} link. An empty page or one without such a link ends it.
     */
    private PagePlan linked(Endpoint e, Response ok, String header, TypeName page, TypeName item, @Nullable ComponentPlan items) {
        String what = items == null ? "the items of its list body" : "the items of `" + items.property().name() + "`";
        String how = "each page's `" + header + "` response header names the next page (`rel=\"next\"`), and the same request goes there"
                + " if it is on the same scheme, host and port; an empty page, a page without a next link or a link to a page already"
                + " fetched ends the list";
        diagnostics.add(new Diagnostic(GeneratorCode.GenPagination, "`" + e.signature() + "` pages by its `" + header + "` header, as its"
                + " documented " + ok.status() + " response headers show: " + how + ". The client adds an …AutoPaging method that hands out "
                + what + " across pages", ok.location(), "if the docs mean something else by this header, leave the …AutoPaging method unused; "
                + "@SuppressWarnings(\"docpoet:GenPagination\") silences this note"));
        return new PagePlan(page, item, items == null ? null : items.javaName(), new PagePlan.NextLink(header), null, null, null, null,
                "The docs page by the `" + header + "` response header (docpoet recognised it): " + how + ".");
    }

    /** The page's list of items: its only list, else the one named like the path's last word or a usual name. */
    private static @Nullable ComponentPlan items(RecordPlan page, String path) {
        List<ComponentPlan> lists = page.components().stream().filter(c -> c.shape() == Plans.Shape.LIST).toList();
        if (lists.size() == 1) return lists.get(0);
        String last = "";
        for (String s : path.split("/")) if (!s.isEmpty() && !s.startsWith("{")) last = key(s);
        String resource = last;
        List<ComponentPlan> named = lists.stream().filter(c -> key(c.property().name()).equals(resource)).toList();
        if (named.size() == 1) return named.get(0);
        List<ComponentPlan> usual = lists.stream().filter(c -> ITEM_LISTS.contains(key(c.property().name()))).toList();
        return usual.size() == 1 ? usual.get(0) : null;
    }

    /** A cursor parameter and the page's field of its type that hands out the next one. */
    private @Nullable Advance cursor(List<OperationParameter> query, RecordPlan page) {
        for (OperationParameter p : query) {
            if (!CURSOR_PARAMETERS.contains(key(p.wireName()))) continue;
            TypeName type = p.type().withoutAnnotations();
            if (!type.equals(STRING) && !type.equals(LONG)) continue;
            ComponentPlan next = field(page, NEXT_CURSORS, type);
            if (next != null) return new PagePlan.Cursor(p, next.javaName());
        }
        return null;
    }

    /** {@code starting_after} and items whose {@code id} has its type. */
    private @Nullable Advance afterLastItem(List<OperationParameter> query, TypeName item) {
        RecordPlan itemRecord = item.withoutAnnotations() instanceof ClassName c ? records.get(c) : null;
        if (itemRecord == null) return null;
        for (OperationParameter p : query) {
            if (!AFTER_ID_PARAMETERS.contains(key(p.wireName()))) continue;
            ComponentPlan id = field(itemRecord, Set.of("id"), p.type().withoutAnnotations());
            if (id != null) return new PagePlan.AfterLastItem(p, id.javaName());
        }
        return null;
    }

    /** A page number or an offset, with the page's own where the docs give it. */
    private @Nullable Advance numbered(List<OperationParameter> query, @Nullable RecordPlan page) {
        OperationParameter number = first(query, PAGE_PARAMETERS, LONG);
        if (number != null) {
            ComponentPlan current = page == null ? null : field(page, CURRENT_PAGE, LONG);
            JsonValue d = number.parameter().defaultValue();
            long first = d != null && d.node().canConvertToLong() && d.node().isIntegralNumber() ? d.node().longValue() : 1;
            return new PagePlan.PageNumber(number, javaName(current), first);
        }
        OperationParameter offset = first(query, OFFSET_PARAMETERS, LONG);
        if (offset == null) return null;
        ComponentPlan current = page == null ? null : field(page, OFFSET_PARAMETERS, LONG);
        return new PagePlan.Offset(offset, javaName(current));
    }

    private static @Nullable OperationParameter first(List<OperationParameter> query, Set<String> names, TypeName type) {
        for (OperationParameter p : query) {
            if (names.contains(key(p.wireName())) && p.type().withoutAnnotations().equals(type)) return p;
        }
        return null;
    }

    /** A single-valued field of {@code r} with one of {@code names}, of {@code type} (any number when null). */
    private static @Nullable ComponentPlan field(RecordPlan r, Set<String> names, @Nullable TypeName type) {
        for (ComponentPlan c : r.components()) {
            if (c.shape() != Plans.Shape.ONE || !names.contains(key(c.property().name()))) continue;
            TypeName t = c.type().withoutAnnotations();
            boolean fits = type == null ? t.equals(LONG) || t.equals(ClassName.get(java.math.BigDecimal.class))
                    || t.equals(TypeMapper.BIG_INTEGER) : t.equals(type);
            if (fits) return c;
        }
        return null;
    }

    private static @Nullable String javaName(@Nullable ComponentPlan c) {
        return c == null ? null : c.javaName();
    }

    /** {@code next_page-Token} → {@code nextpagetoken}: how names are compared. */
    static String key(String name) {
        StringBuilder sb = new StringBuilder();
        for (char ch : name.toCharArray()) if (Character.isLetterOrDigit(ch)) sb.append(Character.toLowerCase(ch));
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** Says what was inferred, at the parameter that moves on, and hands the plan back. */
    private PagePlan report(Endpoint e, PagePlan plan, @Nullable ComponentPlan items, @Nullable ComponentPlan hasMore,
            @Nullable ComponentPlan total, @Nullable ComponentPlan totalPages) {
        PagePlan.ByParameter advance = (PagePlan.ByParameter) plan.advance();
        OperationParameter moves = advance.parameter();
        String style;
        String how;
        if (advance instanceof PagePlan.Cursor c) {
            style = "by cursor";
            how = "the query parameter `" + moves.wireName() + "` takes each page's `" + wire(plan, c.nextCursor()) + "`";
        } else if (advance instanceof PagePlan.AfterLastItem) {
            style = "after the last item";
            how = "the query parameter `" + moves.wireName() + "` takes the `id` of each page's last item";
        } else if (advance instanceof PagePlan.PageNumber n) {
            style = "by page number";
            how = "the query parameter `" + moves.wireName() + "` counts up from "
                    + (n.current() == null ? "the one asked for (" + n.first() + " when unset)" : "each page's `" + wire(plan, n.current()) + "`");
        } else {
            // what is left of a parameter's advance: an offset
            style = "by offset";
            how = "the query parameter `" + moves.wireName() + "` moves past each page's items";
        }
        List<String> ends = new ArrayList<>();
        ends.add("an empty page");
        if (hasMore != null) ends.add("a false `" + hasMore.property().name() + "`");
        if (total != null) ends.add("reaching `" + total.property().name() + "`");
        if (totalPages != null) ends.add("reaching `" + totalPages.property().name() + "`");
        if (plan.limit() != null) ends.add("a page shorter than `" + plan.limit().wireName() + "`");
        if (advance instanceof PagePlan.Cursor) ends.add("a null cursor");
        String end = String.join(", ", ends.subList(0, ends.size() - 1)) + (ends.size() > 1 ? " or " : "") + ends.get(ends.size() - 1)
                + " ends the list";
        String what = items == null ? "the items of its list body" : "the items of `" + items.property().name() + "`";
        diagnostics.add(new Diagnostic(GeneratorCode.GenPagination, "`" + e.signature() + "` pages " + style
                + ", as the names of its parameters and fields show: " + how + "; " + end + ". The client adds an …AutoPaging method that"
                + " hands out " + what + " across pages",
                moves.parameter().location(), "if the docs mean something else by these names, leave the …AutoPaging method unused; "
                        + "@SuppressWarnings(\"docpoet:GenPagination\") silences this note"));
        return new PagePlan(plan.page(), plan.item(), plan.items(), advance, plan.hasMore(), plan.total(), plan.totalPages(), plan.limit(),
                "The docs page " + style + " (docpoet recognised their names): " + how + "; " + end + ".");
    }

    /** The wire name of a page's component, from its Java name. */
    private String wire(PagePlan plan, String javaName) {
        RecordPlan r = plan.page().withoutAnnotations() instanceof ClassName c ? records.get(c) : null;
        if (r == null) return javaName;
        return r.components().stream().filter(c -> c.javaName().equals(javaName)).map(c -> c.property().name()).findFirst().orElse(javaName);
    }
}
