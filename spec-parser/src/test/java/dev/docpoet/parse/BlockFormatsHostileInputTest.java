package dev.docpoet.parse;

import static dev.docpoet.parse.Models.param;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.parse.internal.Fences;
import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Dialect;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.ParameterLocation;
import dev.docpoet.spec.ParserCode;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Pages of the GitBook and ReadMe formats made to hurt a backtracking regex or a rescan: each is read to its result,
 * which is all that is asserted. The timeouts only catch a hang (speed lives in the benchmark); the inputs are large
 * enough that the quadratic code they replace took minutes on them, or overflowed the stack.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class BlockFormatsHostileInputTest {
    private static final int BIG = 200_000;

    private static final String QUERY_TABLE = """
            [block:parameters]
            {"data": {"h-0": "Name", "h-1": "Type", "0-0": "q", "0-1": "string"}, "cols": 2, "rows": 1}
            [/block]
            """;

    @Test
    void aReadMeHeadingFollowedByManyBlanksIsItsText() {
        String page = "[block:api-header]\n{\"type\": \"get\", \"title\": \"/x\"}\n[/block]\n\n# Query parameters"
                + " ".repeat(BIG) + "x\n\n" + QUERY_TABLE;
        ApiDocument doc = DocParser.parse("readme.md", page);
        assertEquals(ParameterLocation.QUERY, param(doc.endpoints().get(0), "q").in());
    }

    @Test
    void aReadMeLineOfManyListMarkersIsNoStackOverflow() {
        String page = "[block:api-header]\n{\"type\": \"get\", \"title\": \"/x\"}\n[/block]\n\n" + "- ".repeat(10_000) + "GET /y\n\n"
                + "- ".repeat(BIG / 2) + "\n\n## Query parameters\n\n" + QUERY_TABLE;
        ApiDocument doc = DocParser.parse("readme.md", page);
        assertTrue(doc.diagnostics().stream().noneMatch(d -> d.code() == ParserCode.SpecInternalError), () -> doc.diagnostics().toString());
        assertEquals(List.of("GET /x", "GET /y"), doc.endpoints().stream().map(Endpoint::signature).toList(),
                "markers before the method are still passed over");
        assertEquals(ParameterLocation.QUERY, param(doc.endpoints().get(1), "q").in());
    }

    @Test
    void aReadMeEndpointLineWithManyUnderscoresBeforeABacktickIsRead() {
        String page = "[block:api-header]\n{\"type\": \"get\", \"title\": \"/x\"}\n[/block]\n\nGET /" + "_".repeat(BIG) + "`x\n\n" + QUERY_TABLE;
        ApiDocument doc = DocParser.parse("readme.md", page);
        assertEquals(List.of("GET /x"), doc.endpoints().stream().map(Endpoint::signature).toList());
    }

    @Test
    void aGitBookTitleFollowedByManyBlanksIsItsText() {
        String page = "# Shipments" + " ".repeat(BIG) + "x\n\n{% swagger method=\"get\" path=\"/s\" %}\n{% endswagger %}\n";
        ApiDocument doc = DocParser.parse("gitbook.md", page);
        assertEquals(Dialect.GITBOOK_MARKDOWN, doc.dialect());
        assertEquals(List.of("GET /s"), doc.endpoints().stream().map(Endpoint::signature).toList());
    }

    @Test
    void manyUnclosedGitBookTagsOfDistinctNamesAreEachReported() {
        int n = 20_000;
        StringBuilder page = new StringBuilder("{% swagger method=\"get\" path=\"/s\" %}\n");
        for (int i = 0; i < n; i++) page.append("{% swagger-x").append(i).append(" %}\n");
        page.append("{% swagger-parameter in=\"query\" name=\"q\" type=\"String\" %}\n{% endswagger-parameter %}\n{% endswagger %}\n");
        ApiDocument doc = DocParser.parse("gitbook.md", page.toString());
        assertFalse(Models.diagnostics(doc, ParserCode.SpecBadBlock).isEmpty(), "each is reported (up to the cap on one code)");
        assertEquals(ParameterLocation.QUERY, param(doc.endpoints().get(0), "q").in());
    }

    @Test
    void manyGitBookResponsesAmongManyFencesReadTheirOwnExample() {
        int n = 5_000;
        StringBuilder page = new StringBuilder("{% swagger method=\"get\" path=\"/s\" %}\n");
        for (int i = 0; i < n; i++) {
            page.append("{% swagger-response status=\"").append(200 + i % 100).append("\" %}\n```json\n{\"a").append(i)
                    .append("\": 1}\n```\n{% endswagger-response %}\n");
        }
        page.append("{% endswagger %}\n");
        ApiDocument doc = DocParser.parse("gitbook.md", page.toString());
        assertEquals(100, doc.endpoints().get(0).responses().size());
    }

    @Test
    void aFenceLookupIsABinarySearchThatAgreesWithTheFences() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < BIG / 10; i++) text.append("a\n```\nb\n```\n");
        String t = text.toString();
        List<Fences.Fence> fences = Fences.of(t);
        assertEquals(BIG / 10, fences.size());
        assertFalse(Fences.inside(fences, 0));
        assertTrue(Fences.inside(fences, 2));
        assertTrue(Fences.inside(fences, t.length() - 1));
        assertFalse(Fences.inside(fences, t.length() - 12));
        assertEquals(fences.size(), Fences.firstFrom(fences, t.length()));
    }
}
