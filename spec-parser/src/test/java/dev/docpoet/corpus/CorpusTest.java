package dev.docpoet.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.docpoet.openapi.OpenApiExporter;
import dev.docpoet.parse.DocParser;
import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Real pages from several vendors: nothing escapes, everything is located, endpoints are read. */
class CorpusTest {
    private static final Pattern DECLARES_ENDPOINT = Pattern.compile("(?m)^(?:api:|Endpoint:)");
    /** The corpus; skips the calling test, visibly and with a message, when it is absent. */
    private static Path corpus() {
        Optional<Path> found = SharedCorpus.locate();
        assumeTrue(found.isPresent(), "../shared/corpus is absent: corpus test skipped");
        return found.get();
    }

    @Test
    void everyPageParsesLocatedAndEndpointPagesGiveTheirEndpoint() throws IOException {
        Path corpus = corpus();
        List<Path> pages = SharedCorpus.pages(corpus);
        assertTrue(pages.size() > 100, "corpus has " + pages.size() + " pages");
        int declaring = 0, clean = 0, diagnostics = 0, endpoints = 0;
        List<String> failing = new ArrayList<>();
        for (Path page : pages) {
            ApiDocument doc = DocParser.parse(page, corpus.relativize(page).toString());
            for (Diagnostic d : doc.diagnostics()) {
                diagnostics++;
                assertTrue(d.location().line() >= 1 && d.location().column() >= 1, d::format);
                assertTrue(!d.message().contains("docpoet failed to read"), d::format);
            }
            endpoints += doc.endpoints().size();
            String text = Files.readString(page, StandardCharsets.UTF_8);
            if (DECLARES_ENDPOINT.matcher(text).find()) {
                declaring++;
                if (!doc.endpoints().isEmpty() && !doc.hasErrors()) {
                    clean++;
                } else {
                    failing.add(page + " " + doc.diagnostics());
                }
            }
        }
        double share = declaring == 0 ? 1 : (double) clean / declaring;
        System.out.printf("corpus: %d pages, %d endpoints, %d diagnostics; %d of %d endpoint pages without error (%.1f %%)%n",
                pages.size(), endpoints, diagnostics, clean, declaring, share * 100);
        assertTrue(declaring > 50, "pages declaring an endpoint: " + declaring);
        assertTrue(share >= 0.95, "only " + clean + " of " + declaring + " endpoint pages read cleanly: " + failing);
    }

    @Test
    void collapsedRedoclyPagesGiveTheSameExport() throws IOException {
        Path corpus = corpus();
        int compared = 0;
        for (Path page : SharedCorpus.pages(corpus)) {
            String text = Files.readString(page, StandardCharsets.UTF_8);
            if (!text.contains("\nEndpoint: ") || !text.contains("\n")) continue;
            String name = corpus.relativize(page).toString();
            ApiDocument original = DocParser.parse(name, text);
            ApiDocument collapsed = DocParser.parse(name, text.replaceAll("\\s+", " "));
            assertEquals(OpenApiExporter.toJson(List.of(original)), OpenApiExporter.toJson(List.of(collapsed)), name);
            compared++;
        }
        System.out.printf("corpus: %d multi-line Redocly pages give the same export collapsed%n", compared);
        assertTrue(compared > 50, "compared " + compared);
    }
}
