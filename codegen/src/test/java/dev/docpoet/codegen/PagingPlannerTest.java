package dev.docpoet.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.parse.DocParser;
import dev.docpoet.spec.ApiModel;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.SourceLocation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Which list endpoints page, and how, by the names their docs give (PagingPlanner's rules), what the info that says so
 * reads and where it points, and the {@code …AutoPaging} method the group gets.
 */
class PagingPlannerTest {
    private static final String ENDPOINT = "Endpoint: GET /v1/things\n\n";

    private static CodeGenerator.Result generate(String page) {
        ApiModel model = ApiModel.of(List.of(DocParser.parse("things.md", page.getBytes(StandardCharsets.UTF_8))));
        return CodeGenerator.generate(model, new CodeGenerator.Options("a", s -> "docs/" + s, List.of(), Set.of(), "Api", true), null);
    }

    private static PagePlan plan(String page) {
        return generate(page).operations().get(0).paging();
    }

    private static String page(String query, String response) {
        return ENDPOINT + "## Query parameters:\n\n" + query + "\n## Response 200 fields (application/json):\n\n" + response;
    }

    private static final String THINGS = "  - `data` (array, required)\n\n  - `data.id` (string, required)\n\n";

    @Test
    void aCursorParameterAndANextCursorField() {
        PagePlan p = plan(page("  - `limit` (integer)\n\n  - `cursor` (string)\n\n", THINGS + "  - `next_cursor` (string,null)\n\n"
                + "  - `has_more` (boolean)\n"));
        PagePlan.Cursor c = assertInstanceOf(PagePlan.Cursor.class, p.advance());
        assertEquals("cursor", c.parameter().wireName());
        assertEquals("nextCursor", c.nextCursor());
        assertEquals("data", p.items());
        assertEquals("hasMore", p.hasMore());
        assertNull(p.limit(), "a cursor says when the list ends: the page size is no signal");
    }

    @Test
    void theInfoSaysWhatWasInferredFromWhichNamesAtTheParameter() {
        String doc = page("  - `limit` (integer)\n\n  - `page_token` (string)\n\n", THINGS + "  - `nextPageToken` (string)\n");
        Diagnostic d = generate(doc).diagnostics().stream().filter(x -> x.code() == GeneratorCode.GenPagination).findFirst().orElseThrow();
        assertEquals("`GET /v1/things` pages by cursor, as the names of its parameters and fields show: the query parameter `page_token`"
                + " takes each page's `nextPageToken`; an empty page or a null cursor ends the list. The client adds an …AutoPaging method"
                + " that hands out the items of `data` across pages", d.message());
        SourceLocation at = (SourceLocation) d.location();
        assertEquals("things.md", at.file());
        assertEquals(doc.substring(0, doc.indexOf("`page_token`")).split("\n", -1).length, at.line(), "the line of `page_token`");
        assertTrue(d.hint().contains("@SuppressWarnings(\"docpoet:GenPagination\")"), d.hint());
    }

    @Test
    void startingAfterWithHasMoreTakesTheLastItemsId() {
        PagePlan p = plan(page("  - `starting_after` (string)\n\n", THINGS + "  - `has_more` (boolean, required)\n"));
        assertEquals("id", assertInstanceOf(PagePlan.AfterLastItem.class, p.advance()).id());
    }

    @Test
    void afterWithoutHasMoreOrACursorFieldIsNoPaging() {
        // `after` may as well be a date filter: without has_more nothing says the list pages
        assertNull(plan(page("  - `after` (string)\n\n", THINGS)));
    }

    @Test
    void pageNumbersAndOffsetsWithTheirSignals() {
        PagePlan pages = plan(page("  - `page` (integer)\n    Default: 0\n\n  - `per_page` (integer)\n\n",
                THINGS + "  - `current_page` (integer)\n\n  - `total_pages` (integer)\n"));
        PagePlan.PageNumber n = assertInstanceOf(PagePlan.PageNumber.class, pages.advance());
        assertEquals("currentPage", n.current());
        assertEquals("totalPages", pages.totalPages());
        assertNull(pages.limit());

        PagePlan offsets = plan(page("  - `offset` (integer)\n\n  - `limit` (integer)\n\n", THINGS));
        assertInstanceOf(PagePlan.Offset.class, offsets.advance());
        assertEquals("limit", offsets.limit().wireName(), "with no other signal, a short page ends the list");
    }

    @Test
    void aCursorParameterWithNothingThatHandsOneOutIsNoPaging() {
        assertNull(plan(page("  - `cursor` (string)\n\n", THINGS)));
        assertNull(plan(page("  - `limit` (integer)\n\n", THINGS + "  - `nextCursor` (string)\n")), "no parameter sends the cursor back");
        assertFalse(generate(page("  - `limit` (integer)\n\n", THINGS)).diagnostics().stream()
                .anyMatch(x -> x.code() == GeneratorCode.GenPagination));
    }

    @Test
    void twoListsAndNoneNamedAfterThePathIsNoPaging() {
        assertNull(plan(page("  - `page` (integer)\n\n", "  - `left` (array)\n\n  - `left.id` (string)\n\n  - `right` (array)\n\n"
                + "  - `right.id` (string)\n")));
        assertEquals("things", plan(page("  - `page` (integer)\n\n", "  - `things` (array)\n\n  - `things.id` (string)\n\n"
                + "  - `related` (array)\n\n  - `related.id` (string)\n")).items());
    }

    @Test
    void theGroupGetsListAutoPagingBesideAnUnchangedList() {
        CodeGenerator.Result r = generate(page("  - `cursor` (string)\n\n", THINGS + "  - `next_cursor` (string,null)\n"));
        String group = r.files().stream().filter(f -> f.simpleName().equals("ApiThings")).findFirst().orElseThrow().source();
        assertTrue(group.contains("public ThingList list(ThingListParams params) {"), group);
        assertTrue(group.contains("public AutoPager<ThingList.DataItem> listAutoPaging(ThingListParams params) {"), group);
        assertTrue(group.contains("Paging.<ThingListParams, ThingList, ThingList.DataItem, String>cursor("
                + "ThingList::nextCursor, (p, value) -> p.toBuilder().cursor(value).build())"), group);
        assertTrue(group.contains("public AutoPager<ThingList.DataItem> listAutoPaging() {"), group);
    }

    @Test
    void aPostOrAnEndpointWithoutQueryParametersNeverPages() {
        assertNull(plan("Endpoint: POST /v1/things\n\n## Query parameters:\n\n  - `cursor` (string)\n\n"
                + "## Response 200 fields (application/json):\n\n" + THINGS + "  - `next_cursor` (string)\n"));
    }
}
