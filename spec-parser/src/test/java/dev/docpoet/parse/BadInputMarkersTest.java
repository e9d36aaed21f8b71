package dev.docpoet.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.spec.ApiDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Small bad pages whose findings are written beside the lines they concern; BadInputTest checks the words. */
class BadInputMarkersTest {
    @ParameterizedTest
    @ValueSource(strings = {"unclosed-tag.mdx", "misnested.mdx", "invalid-json.mdx", "nan.mdx", "orphan.md", "unknown-type.mdx"})
    void findingsSitWhereTheirMarkersSay(String fixture) {
        String text = Models.resource("bad/" + fixture);
        ApiDocument d = DocParser.parse(fixture, text);
        ExpectedDiagnostics.check(fixture, text, d);
        assertTrue(d.diagnostics().stream().allMatch(x -> x.location().line() >= 1 && x.location().column() >= 1));
    }
}
