package dev.docpoet.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.parse.DocParser;
import org.junit.jupiter.api.Test;

/** A diagnostic is one printable line, whatever page text it quotes (the hardening issue's C findings). */
class DiagnosticLineTest {
    @Test
    void lineBreaksAndControlCharactersShowAsEscapes() {
        Diagnostic d = new Diagnostic(ParserCode.SpecUnknownType, "type `string, requir\ned` and `st\u001b[31mring`\u2028!",
                new SourceLocation("a.md", 5, 10), "hint\rhere");
        assertEquals("a.md:5:10: warning: type `string, requir\\ned` and `st\\u001b[31mring`\\u2028!; hint\\rhere [SpecUnknownType]",
                d.format());
    }

    @Test
    void aPageThatQuotesAControlCharacterGivesAPrintableLine() {
        ApiDocument doc = DocParser.parse("c3.md", "Endpoint: GET /x\n## Response 200 fields (application/json):\n"
                + "  - `a` (st\u001b[31mring)\n  - `b` (string, requir\ned)\n");
        assertTrue(!doc.diagnostics().isEmpty());
        for (Diagnostic d : doc.diagnostics()) {
            String line = d.format();
            assertTrue(line.chars().noneMatch(c -> Character.isISOControl(c) || c == '\u2028'), line);
        }
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        String text = "naïve — 中文 `x` \u200d";
        assertEquals(text, new Diagnostic(ParserCode.SpecUnknownType, text, new SourceLocation("a.md", 1, 1), null).message());
    }
}
