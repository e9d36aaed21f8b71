package dev.docpoet.parse;

import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Dialect;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.ParserCode;
import dev.docpoet.spec.Schema;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GitBook blocks that point at a spec ({@code {% swagger src=… %}}, {@code {% openapi-operation spec=… %}}) read from it. */
class GitBookSpecBlocksTest {
    private static Path docs() {
        try {
            return Path.of(GitBookSpecBlocksTest.class.getResource("/gitbook/docs/pages/orders.md").toURI()).getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void blocksThatPointAtASpecReadTheirOperationFromIt() throws IOException {
        DocSetReader.Result r = DocSetReader.read(DocSet.read(docs(), "pages").sources());
        ApiDocument page = r.documents().stream().filter(d -> d.source().equals("pages/orders.md")).findFirst().orElseThrow();
        assertEquals(Dialect.GITBOOK_MARKDOWN, page.dialect());
        assertEquals(List.of("GET /orders", "GET /orders/{id}"), page.endpoints().stream().map(Endpoint::signature).toList());
        Endpoint list = page.endpoints().get(0);
        assertEquals("List orders", list.title(), "the spec's summary");
        assertInstanceOf(Schema.ArraySchema.class, list.responses().get(0).body().schema());
        assertTrue(page.endpoints().get(1).parameters().get(0).required());
        assertEquals(List.of(".gitbook/assets/shop.yaml"), List.copyOf(r.specFiles().keySet()), "the spec counts as a doc");
        assertEquals("page reads GET /orders from the spec .gitbook/assets/shop.yaml (.gitbook/assets/shop.yaml:9:5)",
                page.diagnostics().stream().filter(d -> d.code() == ParserCode.SpecSpecReference).findFirst().orElseThrow().message());
        assertTrue(page.diagnostics().stream().noneMatch(d -> d.code() == ParserCode.SpecStubUnresolved), page.diagnostics()::toString);
    }

    /**
     * Through {@link DocSetReader}, which resolves specs (DocParser.parse never does): a spec at a URL is served on
     * 127.0.0.1 and must get no request; the page keeps what it documents and says the spec is not in the folder.
     */
    @Test
    void aRemoteSpecIsNeverFetched(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
        server.createContext("/", ex -> {
            requests.incrementAndGet();
            byte[] spec = "{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"t\",\"version\":\"1\"},\"paths\":{\"/x\":{\"get\":{\"responses\":{\"200\":{\"description\":\"OK\"}}}}}}"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, spec.length);
            ex.getResponseBody().write(spec);
            ex.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/openapi.json";
            Path docs = Files.createDirectories(tmp.resolve("docs"));
            Files.writeString(docs.resolve("remote.md"), "{% swagger src=\"" + url + "\" path=\"/x\" method=\"get\" %}\n{% endswagger %}\n");
            DocSetReader.Result r = DocSetReader.read(DocSet.read(docs, "remote.md").sources());
            ApiDocument page = r.documents().get(0);
            assertEquals("GET /x", Models.only(page).signature());
            assertEquals(0, requests.get(), "no request reached the spec's URL");
            assertTrue(r.specFiles().isEmpty(), r.specFiles().keySet()::toString);
        } finally {
            server.stop(0);
        }
    }
}
