package dev.docpoet.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What counts in a fetched file, what a stub page names, what llms.txt links and what a spec's refs name. */
class PageTextTest {
    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theGeneratedHeaderIsNotKeptAndTimestampsAndLineEndsDoNotCount() {
        String page = "---\ntitle: T\n---\n\nText.\n";
        String served = "> ## Documentation Index\r\n> Fetch the complete documentation index at: https://x.dev/llms.txt\r\n\r\n"
                + page.replace("\n", "\r\n");
        assertEquals(page, new String(PageText.stored(b(served)), StandardCharsets.UTF_8));
        assertEquals(PageText.hash("t.md", b(page)), PageText.hash("t.md", b(page + "Last updated: 2026-03-01\n")));
        assertEquals(PageText.hash("t.md", b(page)), PageText.hash("t.md", b(page.replace("Text.", "Text.   ") + "\n\n")));
        assertNotEquals(PageText.hash("t.md", b(page)), PageText.hash("t.md", b(page.replace("Text.", "Text!"))));
        // a blockquote that is the page's own stays
        String quote = "> Note: this is the page.\n\nText.\n";
        assertEquals(quote, new String(PageText.stored(b(quote)), StandardCharsets.UTF_8));
    }

    @Test
    void onlyALineThatIsALabelAndADateIsATimestampAndOnlyInAPage() {
        String page = "---\ntitle: T\n---\n\nText.\n";
        for (String stamp : new String[] {"Last updated: 2026-03-01", "_Generated on 2026-03-01T10:15:00Z_", "> Published 2026-03-01",
                "**Last modified:** 2026-03-01 10:15 UTC"}) {
            String stamped = page + "\n" + stamp + "\n";
            assertEquals(PageText.hash("t.md", b(page)), PageText.hash("t.md", b(stamped)), stamp);
            assertTrue(PageText.onlyStampsDiffer("t.md", b(page), b(stamped)), stamp);
            assertNotEquals(PageText.hash("t.yaml", b(page)), PageText.hash("t.yaml", b(stamped)), "a spec's lines all count: " + stamp);
        }
        // a line that says more than a date is the API's, even with a date and a label in it
        for (String api : new String[] {"published: {type: boolean, description: since 2024-01-01}",
                "updated_at: {type: string, example: 2024-01-01T00:00:00Z}", "Updated: 2024-01-01 the limit is now 100 requests"}) {
            String changed = api.replace("2024", "2025");
            assertNotEquals(PageText.hash("t.md", b(page + api + "\n")), PageText.hash("t.md", b(page + changed + "\n")), api);
            assertFalse(PageText.onlyStampsDiffer("t.md", b(page + api + "\n"), b(page + changed + "\n")), api);
        }
        assertFalse(PageText.onlyStampsDiffer("t.md", b(page), b(page.replace("Text.", "Text.  "))), "trailing blanks are the site's text to take");
        assertTrue(PageText.onlyStampsDiffer("t.md", b(page), b(page.replace("\n", "\r\n"))));
    }

    @Test
    void aStubPageNamesItsSpecOrNone() {
        assertEquals("/api/openapi.json", PageText.stubSpec(b("---\ntitle: A\nopenapi: '/api/openapi.json GET /a'\n---\n")));
        assertEquals("api-reference/v2/openapi.json", PageText.stubSpec(b("---\nopenapi: \"api-reference/v2/openapi.json GET /a\"\n---\n")));
        assertEquals("", PageText.stubSpec(b("---\nopenapi: POST /memories/add\n---\n")));
        assertNull(PageText.stubSpec(b("---\napi: GET /a\n---\nopenapi: x.json GET /a\n")));
    }

    @Test
    void llmsTxtLinksResolveOnceEach() {
        URI index = URI.create("https://docs.x.dev/llms.txt");
        List<URI> links = LlmsIndex.links(index, b("# X\n- [A](https://docs.x.dev/a.md): a\n- [B](/b)\n- [A again](https://docs.x.dev/a.md#top)\n"
                + "- [Mail](mailto:x@y.z)\n- [Spec](https://docs.x.dev/openapi.json)\n"));
        assertEquals(List.of(URI.create("https://docs.x.dev/a.md"), URI.create("https://docs.x.dev/b"), URI.create("https://docs.x.dev/openapi.json")),
                links);
    }

    @Test
    void aSpecsRefsAreItsRelativeFilesAndRemoteOnesApart() {
        SpecRefs.Refs json = SpecRefs.of("openapi.json", b("{\"a\":{\"$ref\":\"schemas/a.json#/A\"},\"b\":[{\"$ref\":\"#/components/x\"}],"
                + "\"c\":{\"$ref\":\"https://elsewhere.dev/c.json\"}}"));
        assertEquals(Set.of("schemas/a.json"), json.relative());
        assertEquals(Set.of("https://elsewhere.dev/c.json"), json.remote());
        SpecRefs.Refs yaml = SpecRefs.of("openapi.yaml", b("paths:\n  /a:\n    $ref: 'paths/a.yaml'\n"));
        assertEquals(Set.of("paths/a.yaml"), yaml.relative());
    }
}
