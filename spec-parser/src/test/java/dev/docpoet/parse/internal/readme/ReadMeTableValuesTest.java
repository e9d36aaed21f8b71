package dev.docpoet.parse.internal.readme;

import static dev.docpoet.parse.Models.param;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.parse.DocParser;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.Schema;
import org.junit.jupiter.api.Test;

/** What a ReadMe parameters table's cells say: required by its marker or column only, values by the field's type. */
class ReadMeTableValuesTest {
    private static Endpoint read(String rows) {
        String page = "[block:api-header]\n{\"type\": \"get\", \"title\": \"/x\"}\n[/block]\n\n## Query parameters\n\n[block:parameters]\n"
                + "{\"data\": {\"h-0\": \"Name\", \"h-1\": \"Type\", \"h-2\": \"Default\", " + rows + "}, \"cols\": 3, \"rows\": 4}\n[/block]\n";
        return DocParser.parse("readme.md", page).endpoints().get(0);
    }

    @Test
    void aFieldNamedRequiredIsNotRequiredByItsName() {
        Endpoint e = read("\"0-0\": \"`required`\", \"0-1\": \"boolean\", \"1-0\": \"is_required\", \"1-1\": \"boolean\","
                + " \"2-0\": \"name *required*\", \"2-1\": \"string\", \"3-0\": \"tag (required)\", \"3-1\": \"string\"");
        assertFalse(param(e, "required").required());
        assertFalse(param(e, "is_required").required());
        assertTrue(param(e, "name").required());
        assertTrue(param(e, "tag").required());
    }

    @Test
    void aDefaultIsReadByTheFieldsType() {
        Endpoint e = read("\"0-0\": \"code\", \"0-1\": \"string\", \"0-2\": \"007\", \"1-0\": \"limit\", \"1-1\": \"integer\", \"1-2\": \"10\"");
        assertEquals("\"007\"", param(e, "code").defaultValue().toString(), "a string's default stays a string");
        assertEquals("10", param(e, "limit").defaultValue().toString());
    }

    @Test
    void aFormatStatedAfterTheTypeWordIsKept() {
        Endpoint e = read("\"0-0\": \"since\", \"0-1\": \"String (date-time)\"");
        assertEquals(new Schema.StringSchema("date-time"), param(e, "since").schema());
    }

    @Test
    void aTableThatNamesNoPlaceIsReadAsTheResponseWithAWarningAtTheTable() {
        String page = "[block:api-header]\n{\"type\": \"get\", \"title\": \"/x\"}\n[/block]\n\n## Fields\n\n[block:parameters]\n"
                + "{\"data\": {\"h-0\": \"Name\", \"h-1\": \"Type\", \"0-0\": \"id\", \"0-1\": \"string\"}, \"cols\": 2, \"rows\": 1}\n[/block]\n";
        dev.docpoet.spec.ApiDocument doc = DocParser.parse("readme.md", page);
        dev.docpoet.spec.Diagnostic d = dev.docpoet.parse.Models.single(doc, dev.docpoet.spec.ParserCode.SpecOrphanField);
        assertEquals(8, d.location().line(), d::format);
        assertTrue(d.message().contains("`Fields`, which names no place"), d::format);
        assertTrue(dev.docpoet.parse.Models.response(doc.endpoints().get(0), "200") != null);
    }

    @Test
    void anExamplesValueIsPlacedWhereItIsWrittenThroughTheStringsEscapes() {
        String codeLine = "{\"codes\": [{\"code\": \"{\\n  \\\"note\\\": \\\"a\\\\b\\\",\\n  \\\"id\\\": \\\"x\\\"\\n}\", \"language\": \"json\", \"name\": \"200\"}]}";
        String page = "[block:api-header]\n{\"type\": \"get\", \"title\": \"/x\"}\n[/block]\n\n## Response 200\n\n[block:parameters]\n"
                + "{\"data\": {\"h-0\": \"Name\", \"h-1\": \"Type\", \"0-0\": \"id\", \"0-1\": \"integer\", \"1-0\": \"note\", \"1-1\": \"string\"},"
                + " \"cols\": 2, \"rows\": 2}\n[/block]\n\n[block:code]\n" + codeLine + "\n[/block]\n";
        dev.docpoet.spec.ApiDocument doc = DocParser.parse("readme.md", page);
        dev.docpoet.spec.Diagnostic d = dev.docpoet.parse.Models.single(doc, dev.docpoet.spec.ParserCode.LintExampleWrongType);
        assertEquals(12, d.location().line(), d::format);
        assertEquals(codeLine.indexOf("\\\"x\\\"") + 1, d.location().column(), () -> d.format() + "\n" + codeLine);
    }
}
