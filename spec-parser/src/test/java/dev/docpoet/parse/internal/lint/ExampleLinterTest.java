package dev.docpoet.parse.internal.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.parse.DocParser;
import dev.docpoet.parse.Models;
import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.DiagnosticCode;
import dev.docpoet.spec.ParserCode;
import dev.docpoet.spec.Severity;
import org.junit.jupiter.api.Test;

class ExampleLinterTest {
    private static final String PAGE = Models.resource("lint/pets.mdx");
    private final ApiDocument doc = DocParser.parse("pets.mdx", PAGE);

    @Test
    void everyFindingSitsWhereItsMarkerSays() {
        dev.docpoet.parse.ExpectedDiagnostics.check("lint/pets.mdx", PAGE, doc);
    }

    private Diagnostic only(DiagnosticCode code) {
        Diagnostic d = Models.single(doc, code);
        assertEquals(Severity.WARNING, d.severity());
        assertEquals("pets.mdx", d.location().file());
        return d;
    }

    @Test
    void undocumentedExampleKey() {
        Diagnostic d = only(ParserCode.LintExampleUndocumentedKey);
        assertTrue(d.message().contains("`color`"));
    }

    @Test
    void requiredFieldMissingFromExample() {
        Diagnostic d = only(ParserCode.LintExampleMissingRequired);
        assertTrue(d.message().contains("`age`") && d.message().contains("line 5"), d.message());
    }

    @Test
    void valueOutsideDocumentedEnum() {
        Diagnostic d = only(ParserCode.LintExampleEnumValue);
        assertTrue(d.message().contains("\"bird\""), d.message());
    }

    @Test
    void valueOfTheWrongType() {
        Diagnostic d = only(ParserCode.LintExampleWrongType);
        assertTrue(d.message().contains("`name`") && d.message().contains("a string"), d.message());
    }

    @Test
    void aTextThatIsNotTheDocumentedDateOrDateTimeIsOfTheWrongTypeToo() {
        ApiDocument d = DocParser.parse("dates.mdx", """
                ---
                api: GET /servers
                ---
                <ResponseField name="createdAt" type="date">Creation timestamp</ResponseField>
                <ResponseField name="day" type="date">The day</ResponseField>
                <ResponseField name="seenAt" type="date-time">Last seen</ResponseField>

                <ResponseExample>
                ```json
                {"createdAt": "2025-07-09T06:56:08.507Z", "day": "2025-07-09", "seenAt": "yesterday"}
                ```
                </ResponseExample>
                """);
        var found = Models.diagnostics(d, ParserCode.LintExampleWrongType).stream().map(Diagnostic::format).toList();
        assertEquals(java.util.List.of(
                "dates.mdx:10:15: warning: example gives \"2025-07-09T06:56:08.507Z\" for `createdAt`, documented as a date (YYYY-MM-DD),"
                        + " which it is not; fix the example or the documented type [LintExampleWrongType]",
                "dates.mdx:10:74: warning: example gives \"yesterday\" for `seenAt`, documented as an ISO-8601 date-time, which it is not;"
                        + " fix the example or the documented type [LintExampleWrongType]"), found);
    }

    @Test
    void duplicateFieldName() {
        Diagnostic d = only(ParserCode.LintDuplicateField);
        assertTrue(d.text().contains("first at line 7"), d.text());
    }

    @Test
    void diagnosticFormatIsTheContract() {
        Diagnostic d = only(ParserCode.LintExampleUndocumentedKey);
        assertEquals("pets.mdx:20:3: warning: example has `color` but no field documents it; "
                + "its type is taken from the example; document the field, or remove it from the example [LintExampleUndocumentedKey]", d.format());
    }
}
