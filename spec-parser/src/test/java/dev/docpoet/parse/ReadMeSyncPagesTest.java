package dev.docpoet.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Dialect;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.ParserCode;
import dev.docpoet.spec.SourceLocation;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** API pages of ReadMe's Git sync ({@code api: {file, operationId}}), read from the spec they name. */
class ReadMeSyncPagesTest {
    private static Path docs() {
        try {
            return Path.of(ReadMeSyncPagesTest.class.getResource("/readme/docs/reference/shop.json").toURI()).getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiDocument page(DocSetReader.Result r, String label) {
        return r.documents().stream().filter(d -> d.source().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void anApiPageReadsTheOperationItsIdNames() throws IOException {
        DocSetReader.Result r = DocSetReader.read(DocSet.read(docs(), "reference/orders").sources());
        ApiDocument get = page(r, "reference/orders/get-order.md");
        assertEquals(Dialect.README_MARKDOWN, get.dialect());
        Endpoint e = Models.only(get);
        assertEquals("GET /orders/{id}", e.signature());
        assertEquals("Fetch an order", e.title(), "the page's title wins over the spec's summary");
        assertEquals("One order, by its id.", e.description());
        assertTrue(Models.prop(e.responses().get(0).body().schema(), "id").required(), "the spec's schema");
        assertEquals(List.of("reference/shop.json"), List.copyOf(r.specFiles().keySet()));
        assertEquals("POST /orders/{id}/cancel", Models.only(page(r, "reference/orders/cancel-order.md")).signature(),
                "an operation without an id is found by the id ReadMe makes up for it");
        ApiDocument missing = page(r, "reference/orders/missing.md");
        assertEquals(List.of(), missing.endpoints());
        assertEquals(new SourceLocation("reference/orders/missing.md", 3, 1), Models.single(missing, ParserCode.SpecStubUnresolved).location());
    }
}
