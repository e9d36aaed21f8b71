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

    private static CodeGenerator.Result generateSpec(String paths) {
        String spec = "openapi: 3.0.3\ninfo: {title: Hub, version: '1'}\nservers: [{url: 'https://api.example.com'}]\npaths:\n" + paths
                + "components:\n  headers:\n    Link: {schema: {type: string}}\n  schemas:\n    Repo:\n      type: object\n"
                + "      properties: {id: {type: string}}\n";
        ApiModel model = ApiModel.of(List.of(DocParser.parse("hub.yaml", spec.getBytes(StandardCharsets.UTF_8))));
        return CodeGenerator.generate(model, new CodeGenerator.Options("a", s -> "docs/" + s, List.of(), Set.of(), "Api", true), null);
    }

    /** A GET of {@code path} whose 200 is a list of repos, with {@code parameters} and the response's {@code headers}. */
    private static String listing(String path, String parameters, String headers) {
        return "  " + path + ":\n    get:\n" + parameters + "      responses:\n        '200':\n          description: Repos.\n" + headers
                + "          content:\n            application/json:\n              schema:\n                type: array\n"
                + "                items: {$ref: '#/components/schemas/Repo'}\n";
    }

    private static final String LINK = "          headers:\n            Link: {$ref: '#/components/headers/Link'}\n";
    private static final String PER_PAGE = "      parameters:\n        - {name: per_page, in: query, schema: {type: integer}}\n";

    @Test
    void aDocumentedLinkHeaderPagesByItsNextLinkWhereNoParameterDoes() {
        CodeGenerator.Result r = generateSpec(listing("/repos", PER_PAGE, LINK));
        PagePlan p = r.operations().get(0).paging();
        assertEquals(new PagePlan.NextLink("Link"), p.advance());
        assertNull(p.items(), "the body is the list");
        assertNull(p.limit(), "a missing next link says when the list ends");
        Diagnostic d = r.diagnostics().stream().filter(x -> x.code() == GeneratorCode.GenPagination).findFirst().orElseThrow();
        assertEquals("`GET /repos` pages by its `Link` header, as its documented 200 response headers show: each page's `Link` response"
                + " header names the next page (`rel=\"next\"`), and the same request goes there if it is on the same scheme, host and port;"
                + " an empty page, a page without a next link or a link to a page already fetched ends the list. The client adds an"
                + " …AutoPaging method that hands out the items of its list body across pages", d.message());
        assertEquals(new SourceLocation("hub.yaml", 10, 9), d.location(), "at the 200 response");
        String group = r.files().stream().filter(f -> f.simpleName().equals("ApiRepos")).findFirst().orElseThrow().source();
        assertTrue(group.contains("public AutoPager<Repo> listAutoPaging(RepoListParams params) {\n"
                + "        return AutoPager.<List<Repo>, Repo>followingLinks(transport, Call.<List<Repo>>builder(\"GET\", \"/repos\""), group);
        assertTrue(group.contains("public AutoPager<Repo> listAutoPaging() {"), group);
    }

    @Test
    void aParameterThatPagesWinsOverALinkHeaderAndOnlyAGetPages() {
        PagePlan numbered = generateSpec(listing("/repos", PER_PAGE + "        - {name: page, in: query, schema: {type: integer}}\n", LINK))
                .operations().get(0).paging();
        assertInstanceOf(PagePlan.PageNumber.class, numbered.advance(), "GitHub documents both: the page number is read first");
        assertNull(generateSpec(listing("/repos", PER_PAGE, "")).operations().get(0).paging(), "no Link header, no page parameter");
        assertNull(generateSpec(listing("/repos", PER_PAGE, LINK).replace("    get:", "    post:")).operations().get(0).paging());
    }

    @Test
    void aRootListThatFollowsLinksIsDeclaredByTheCompanionAndSentByTheClient(@org.junit.jupiter.api.io.TempDir java.nio.file.Path out)
            throws Exception {
        CodeGenerator.Result r = generateSpec(listing("/", "", LINK));
        assertInstanceOf(PagePlan.NextLink.class, r.operations().get(0).paging().advance(), "no parameter at all is needed");
        String companion = r.files().stream().filter(f -> f.simpleName().equals("ApiEndpoints")).findFirst().orElseThrow().source();
        String client = r.files().stream().filter(f -> f.simpleName().equals("ApiClient")).findFirst().orElseThrow().source();
        assertTrue(companion.matches("(?s).*\n    AutoPager<Repo> \\w+AutoPaging\\(\\);.*"), companion);
        assertTrue(client.matches("(?s).*@Override\n    public AutoPager<Repo> \\w+AutoPaging\\(\\) \\{\n        return AutoPager.<List<Repo>, Repo>"
                + "followingLinks\\(transport,.*"), client);
        List<java.nio.file.Path> sources = new java.util.ArrayList<>();
        for (GeneratedFile f : r.files()) sources.add(f.writeToPath(out.resolve("src")));
        javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
        java.io.StringWriter log = new java.io.StringWriter();
        try (javax.tools.StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
            assertTrue(javac.getTask(log, fm, null, List.of("-Xlint:all", "-Werror", "-proc:none", "-d", out.resolve("classes").toString(),
                    "-classpath", System.getProperty("java.class.path")), null, fm.getJavaFileObjectsFromPaths(sources)).call(), log.toString());
        }
    }

    @Test
    void aRedoclyPagesLinkHeaderPagesAPageOfItems() {
        CodeGenerator.Result r = generate(ENDPOINT + "## Response 200 headers:\n\n  - `link` (string)\n\n"
                + "## Response 200 fields (application/json):\n\n" + THINGS);
        PagePlan p = r.operations().get(0).paging();
        assertEquals(new PagePlan.NextLink("link"), p.advance(), "the header as the page spells it");
        assertEquals("data", p.items());
        String group = r.files().stream().filter(f -> f.simpleName().equals("ApiThings")).findFirst().orElseThrow().source();
        assertTrue(group.contains("public AutoPager<ThingList.DataItem> listAutoPaging() {\n        return AutoPager.<ThingList, "
                + "ThingList.DataItem>followingLinks(transport, Call.<ThingList>builder(\"GET\", \"/v1/things\", ThingList.class)"), group);
        assertTrue(group.contains("ThingList::data);"), group);
    }
}
