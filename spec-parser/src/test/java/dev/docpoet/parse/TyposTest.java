package dev.docpoet.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.Schema;
import org.junit.jupiter.api.Test;

/** Typos never silently change types: each is a warning at its place, read as meant where that is clear, with "did you mean". */
class TyposTest {
    private static ApiDocument parse(String fixture) {
        String text = Models.resource("typos/" + fixture);
        ApiDocument d = DocParser.parse(fixture, text);
        ExpectedDiagnostics.check(fixture, text, d);
        return d;
    }

    @Test
    void redoclyTyposAreReportedAndReadAsMeant() {
        ApiDocument d = parse("alerts.md");
        Schema.ObjectSchema body = (Schema.ObjectSchema) Models.response(Models.only(d), "200").body().schema();
        assertEquals(new Schema.StringSchema(null), body.property("level").schema(), "a bullet missing its backtick is still read");
        assertEquals(new Schema.BooleanSchema(), body.property("isCurrent").schema(), "and its neighbour keeps its type");
        assertEquals(java.util.List.of("HIGH", "NORMAL", "LOW"), ((Schema.EnumSchema) body.property("priority").schema()).values());
        assertEquals(new Schema.BooleanSchema(), body.property("flag").schema(), "an Enum: on a boolean does not make it a string");
        assertTrue(message(d, "stirng").contains("did you mean `string`?"), message(d, "stirng"));
        assertEquals(new Schema.EnumSchema(Schema.EnumKind.STRING, java.util.List.of("not_found"), false), body.property("code").schema(),
                "an (int64) with Enum: \"not_found\" is a string enum, as its values show (the fuzz reproducer G7)");
        assertTrue(message(d, "not_found").contains("which are not integers as its type says; read as a string enum"),
                message(d, "not_found"));
    }

    @Test
    void mintlifyTyposSayWhatWasMeant() {
        ApiDocument d = parse("things.mdx");
        assertTrue(message(d, "ResponseFeild").contains("did you mean <ResponseField>?"), message(d, "ResponseFeild"));
        assertTrue(message(d, "stirng").contains("did you mean `string`?"));
    }

    private static String message(ApiDocument d, String about) {
        return d.diagnostics().stream().map(Diagnostic::format).filter(f -> f.contains(about)).findFirst().orElse("(none about " + about + ")");
    }
}
