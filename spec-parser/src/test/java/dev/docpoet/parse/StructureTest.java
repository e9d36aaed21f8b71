package dev.docpoet.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.ParserCode;
import dev.docpoet.spec.Schema;
import org.junit.jupiter.api.Test;

/** Structure findings of a Mintlify page, with their markers beside the lines they concern. */
class StructureTest {
    @Test
    void nameslessFieldsUnclosedFencesAndSiblingEnums() {
        String text = Models.resource("structure/fields.mdx");
        ApiDocument d = DocParser.parse("fields.mdx", text);
        ExpectedDiagnostics.check("fields.mdx", text, d);
        Schema.ObjectSchema body = (Schema.ObjectSchema) Models.response(Models.only(d), "200").body().schema();
        Schema.ObjectSchema reply = (Schema.ObjectSchema) ((Schema.ArraySchema) body.property("replies").schema()).items();
        Schema.EnumSchema channel = (Schema.EnumSchema) reply.property("channel").schema();
        assertEquals(java.util.List.of("email", "chat"), channel.values(), "the inferred `channel` takes the documented one's values");
        assertTrue(d.diagnostics().stream().anyMatch(x -> x.code() == ParserCode.InferEnumFromSibling), d.diagnostics().toString());
    }
}
