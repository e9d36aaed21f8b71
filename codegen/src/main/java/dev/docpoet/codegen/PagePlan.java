package dev.docpoet.codegen;

import com.palantir.javapoet.TypeName;
import dev.docpoet.codegen.Operation.OperationParameter;
import org.jspecify.annotations.Nullable;

/**
 * How the pages of a list endpoint follow one another, as {@link PagingPlanner} read it from the docs: what a page's
 * items are, what moves the request on to the next page, and what says a page was the last. The client writes an
 * {@code …AutoPaging} method from it.
 *
 * @param page the type of one page's body
 * @param item the type of one item
 * @param items the page's accessor of its items ({@code data}), or null when the body is the list itself
 * @param hasMore the page's {@code has_more} accessor, if the docs give one
 * @param total the page's accessor of how many items the whole list holds, if the docs give one
 * @param totalPages the page's accessor of how many pages there are, if the docs give one
 * @param limit the page-size parameter, when it is the only sign of a last page (a page shorter than asked for); never
 *     with {@link NextLink}, where a missing link is that sign
 * @param description how the pages follow one another and end, by their wire names in backticks (markdown), for the
 *     diagnostic and the method's Javadoc to say the same
 */
public record PagePlan(TypeName page, TypeName item, @Nullable String items, Advance advance, @Nullable String hasMore,
        @Nullable String total, @Nullable String totalPages, @Nullable OperationParameter limit, String description) {

    /** What moves the request from one page to the next. */
    public sealed interface Advance {}

    /** The next page's request is this one with a query parameter set anew. */
    public sealed interface ByParameter extends Advance {
        /** The query parameter the next page's request sets. */
        OperationParameter parameter();
    }

    /**
     * Each page's {@code Link} response header names the next page's URL ({@code rel="next"}, RFC 8288), which the same
     * call is sent to.
     *
     * @param header the header's name as the docs spell it
     */
    public record NextLink(String header) implements Advance {}

    /**
     * Each page hands out the next page's cursor, which the request sends back.
     *
     * @param nextCursor the page's accessor of the cursor ({@code nextCursor})
     */
    public record Cursor(OperationParameter parameter, String nextCursor) implements ByParameter {}

    /**
     * The next page starts after the last item's id ({@code starting_after}).
     *
     * @param id the item's accessor of its id
     */
    public record AfterLastItem(OperationParameter parameter, String id) implements ByParameter {}

    /**
     * The request names a page by number.
     *
     * @param current the page's accessor of its own number, if the docs give one
     * @param first the number of the page a request without one gets: the docs' default, else 1
     */
    public record PageNumber(OperationParameter parameter, @Nullable String current, long first) implements ByParameter {}

    /**
     * The request skips a number of items.
     *
     * @param current the page's accessor of its own offset, if the docs give one
     */
    public record Offset(OperationParameter parameter, @Nullable String current) implements ByParameter {}
}
