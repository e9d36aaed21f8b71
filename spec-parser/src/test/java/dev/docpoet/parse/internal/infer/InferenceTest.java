package dev.docpoet.parse.internal.infer;

import static dev.docpoet.parse.Models.only;
import static dev.docpoet.parse.Models.responseProp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.parse.DocParser;
import dev.docpoet.parse.Models;
import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.ParserCode;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.Origin;
import dev.docpoet.spec.Property;
import dev.docpoet.spec.Schema;
import dev.docpoet.spec.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class InferenceTest {
    /** Redocly layout, collapsed: item fields only in prose and the example. */
    private static final String TICKET = "# Get ticket Returns one ticket. ### Ticket Format Returns a single ticket object with: "
            + "- id - Ticket id - subject - Subject line - events - Array of events ### Events Each event includes: "
            + "- kind - What happened (e.g., \"opened\", \"closed\") - at - Timestamp when it happened - actor - Who did it "
            + "### Example json { \"id\": \"t1\", \"subject\": \"Printer\", \"events\": [ { \"kind\": \"opened\", "
            + "\"at\": \"2025-03-01T10:00:00Z\", \"seq\": 1 }, { \"kind\": \"closed\", \"at\": \"2025-03-02T10:00:00Z\", \"seq\": 2.5, \"note\": null } ] } "
            + "Endpoint: GET /tickets/{id} ## Path parameters: - `id` (string, required) Ticket id "
            + "## Response 200 fields (application/json): - `id` (string, required) Ticket id - `subject` (string) Subject "
            + "- `events` (array) Events, oldest first.";

    private final ApiDocument doc = DocParser.parse("ticket.md", TICKET);
    private final Endpoint ep = only(doc);

    @Test
    void arrayItemsInferredFromExampleWithMergedTypes() {
        Property kind = responseProp(ep, "200", "events.kind");
        assertEquals(Origin.INFERRED_FROM_EXAMPLE, kind.origin());
        assertFalse(kind.required(), "inferred fields are never required");
        Property seq = responseProp(ep, "200", "events.seq");
        assertInstanceOf(Schema.NumberSchema.class, seq.schema(), "1 and 2.5 merge to number");
        Property note = responseProp(ep, "200", "events.note");
        assertTrue(note.nullable());
        Diagnostic info = Models.diagnostics(doc, ParserCode.InferFieldsFromExample).get(0);
        assertEquals(Severity.INFO, info.severity());
        assertTrue(info.message().contains("items of `events`"), info.message());
    }

    @Test
    void proseGivesDescriptionsOpenEnumsAndFieldsTheExampleLacks() {
        Property kind = responseProp(ep, "200", "events.kind");
        assertEquals("What happened (e.g., \"opened\", \"closed\")", kind.description());
        Schema.EnumSchema e = assertInstanceOf(Schema.EnumSchema.class, kind.schema());
        assertTrue(e.open());
        assertEquals(List.of("opened", "closed"), e.values());
        Property actor = responseProp(ep, "200", "events.actor");
        assertEquals(Origin.INFERRED_FROM_PROSE, actor.origin());
        assertEquals(1, Models.diagnostics(doc, ParserCode.InferFieldFromProse).size());
        Diagnostic lint = Models.single(doc, ParserCode.LintProseFieldUndocumented);
        assertTrue(lint.message().contains("`actor`"), lint.message());
    }

    @Test
    void timestampsFromExamplesAndWords() {
        assertEquals(new Schema.StringSchema("date-time"), responseProp(ep, "200", "events.at").schema());
        ApiDocument words = DocParser.parse("w.mdx", """
                ---
                api: GET /x
                ---
                <ResponseField name="createdAt" type="string">ISO 8601 timestamp of creation</ResponseField>
                <ResponseField name="day" type="string">Timestamp when it happened</ResponseField>
                <ResponseField name="epoch" type="string">Unix timestamp in seconds</ResponseField>
                <ResponseField name="plain" type="string">Just text</ResponseField>
                """);
        Endpoint w = only(words);
        assertEquals(new Schema.StringSchema("date-time"), responseProp(w, "200", "createdAt").schema());
        assertEquals(new Schema.StringSchema("date-time"), responseProp(w, "200", "day").schema());
        assertEquals(new Schema.StringSchema(null), responseProp(w, "200", "epoch").schema());
        assertEquals(new Schema.StringSchema(null), responseProp(w, "200", "plain").schema());
        assertEquals(2, Models.diagnostics(words, ParserCode.InferDateTime).size());
    }

    @Test
    void aFieldOfSeveralKindsOfValueIsNoTimestampWhateverItsExample() {
        ApiDocument d = DocParser.parse("v.md", "Endpoint: GET /v ## Response 200 fields (application/json): "
                + "- `value` (string) The attribute's value: text, a number, a date or a boolean, as set. Example: \"2025-03-01T10:00:00Z\" "
                + "- `at` (string) When it was set, as an ISO 8601 date string. Example: \"2025-03-01T10:00:00Z\"");
        assertEquals(new Schema.StringSchema(null), responseProp(only(d), "200", "value").schema());
        assertEquals(new Schema.StringSchema("date-time"), responseProp(only(d), "200", "at").schema());
        assertEquals(1, Models.diagnostics(d, ParserCode.InferDateTime).size());
    }

    @Test
    void anObjectDescribedAsAMapIsAMapWhateverKeysItsExampleHas() {
        ApiDocument d = DocParser.parse("m.mdx", """
                ---
                api: GET /stats
                ---
                <ResponseField name="namespaces" type="object">Map of namespace names to their summaries</ResponseField>
                <ResponseField name="owner" type="object">Who owns the index</ResponseField>

                <ResponseExample>
                ```json
                {"namespaces": {"ns": {"vectorCount": 3}}, "owner": {"id": "u1"}}
                ```
                </ResponseExample>
                """);
        Schema namespaces = responseProp(only(d), "200", "namespaces").schema();
        Schema.MapSchema map = assertInstanceOf(Schema.MapSchema.class, namespaces);
        Schema.ObjectSchema summary = assertInstanceOf(Schema.ObjectSchema.class, map.values());
        assertEquals(List.of("vectorCount"), summary.properties().stream().map(Property::name).toList());
        assertInstanceOf(Schema.ObjectSchema.class, responseProp(only(d), "200", "owner").schema(), "an object not said to be a map stays one");
        Diagnostic info = Models.single(d, ParserCode.InferMapFromExample);
        assertTrue(info.message().contains("`namespaces` is described as a map"), info.message());
    }

    @Test
    void anExampleThatIsNotATimestampWinsOverWords() {
        ApiDocument d = DocParser.parse("d.md", "Endpoint: GET /d ## Response 200 fields (application/json): "
                + "- `day` (string) Timestamp of the day Example: \"2025-03-01\"");
        assertNull(((Schema.StringSchema) responseProp(only(d), "200", "day").schema()).format());
    }

    @Test
    void wholeBodyInferredWhenNoFieldIsDocumented() {
        ApiDocument d = Models.parseFixture("mintlify/example-only.mdx");
        Endpoint e = only(d);
        assertEquals(Origin.INFERRED_FROM_EXAMPLE, responseProp(e, "200", "id").origin());
        assertInstanceOf(Schema.NumberSchema.class, responseProp(e, "200", "entries.amount").schema());
        assertEquals(new Schema.StringSchema("date-time"), responseProp(e, "200", "entries.at").schema());
        assertTrue(responseProp(e, "200", "entries.memo").nullable());
        Diagnostic info = Models.single(d, ParserCode.InferFieldsFromExample);
        assertEquals(8, info.location().line(), "points at the example");
    }
}
