package dev.docpoet.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.docpoet.parse.DocSet;
import dev.docpoet.parse.DocSetReader;
import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.ParserCode;
import dev.docpoet.spec.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The corpus's Mintlify stub pages ({@code openapi: 'GET /models'}) resolve against the specs their vendors ship:
 * each gives its operation with the spec's fields.
 */
class CorpusStubsTest {
    @Test
    void everyStubPageWhoseVendorShipsItsSpecGivesItsOperation() throws IOException {
        Optional<Path> found = SharedCorpus.locate();
        assumeTrue(found.isPresent(), "../shared/corpus is absent: corpus stub test skipped");
        Path corpus = found.get();
        // the vendors that ship their spec: the MANIFEST's ground-truth rows
        Set<String> vendors = new TreeSet<>();
        for (String line : Files.readAllLines(corpus.resolve("MANIFEST.tsv"))) {
            String[] cols = line.split("\t");
            if (cols.length > 7 && cols[7].startsWith("ground truth spec")) vendors.add(cols[0]);
        }
        assertEquals(Set.of("acceleronix", "activitysmith", "mintlify", "portkey"), vendors);
        int stubs = 0, resolved = 0, withFields = 0;
        List<String> unresolved = new ArrayList<>();
        for (String vendor : vendors) {
            DocSet.Found pages = DocSet.read(corpus, vendor);
            DocSetReader.Result read = DocSetReader.read(pages.sources());
            for (ApiDocument doc : read.documents()) {
                for (Endpoint e : doc.endpoints()) {
                    if (e.specReference() == null) continue;
                    stubs++;
                    boolean ok = doc.diagnostics().stream().anyMatch(d -> d.code() == ParserCode.SpecSpecReference
                            && d.location().equals(e.location()) && d.message().startsWith("page reads "));
                    if (!ok) {
                        unresolved.add(doc.source() + ": " + e.signature() + " " + doc.diagnostics().stream()
                                .filter(d -> d.code() == ParserCode.SpecStubUnresolved || d.code() == ParserCode.SpecStubAmbiguous)
                                .map(Diagnostic::format).toList());
                        continue;
                    }
                    resolved++;
                    if (hasFields(e)) withFields++;
                }
            }
        }
        System.out.printf("corpus: %d of %d stub pages of the vendors shipping their spec resolve (%d with fields from it)%n",
                resolved, stubs, withFields);
        assertEquals(53, stubs, "stub pages: " + stubs);
        assertEquals(stubs, resolved, "unresolved: " + unresolved);
    }

    private static boolean hasFields(Endpoint e) {
        if (!e.parameters().isEmpty()) return true;
        if (e.requestBody() != null && e.requestBody().schema() != null) return true;
        return e.responses().stream().anyMatch(r -> r.body() != null && r.body().schema() != null && !(r.body().schema() instanceof Schema.AnySchema));
    }
}
