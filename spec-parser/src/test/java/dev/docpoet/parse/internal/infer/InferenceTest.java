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
        Diagnostic warning = Models.diagnostics(doc, ParserCode.InferFieldsFromExample).get(0);
        assertEquals(Severity.WARNING, warning.severity(), "fields typed from an example are a choice of type");
        assertTrue(warning.message().contains("items of `events`"), warning.message());
        assertTrue(warning.message().contains("seq (number)"), "says which type it inferred: " + warning.message());
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
    void anExampleThatIsTheDocumentedListAloneMakesTheBodyThatList() {
        ApiDocument d = DocParser.parse("a.mdx", """
                ---
                api: GET /actions
                ---
                <ResponseField name="actions" type="array">
                  <Expandable>
                    <ResponseField name="id" type="string" required>The action.</ResponseField>
                    <ResponseField name="name" type="string">Its name.</ResponseField>
                  </Expandable>
                </ResponseField>

                <ResponseExample>
                ```json 200
                [{"id": "a1", "name": "Create contact"}]
                ```
                </ResponseExample>
                """);
        var body = assertInstanceOf(Schema.ArraySchema.class, only(d).responses().get(0).body().schema());
        var item = assertInstanceOf(Schema.ObjectSchema.class, body.items());
        assertEquals(java.util.List.of("id", "name"), item.properties().stream().map(dev.docpoet.spec.Property::name).toList());
        assertTrue(item.properties().get(0).required(), "the documented items keep what the docs say");
        var warned = Models.diagnostics(d, ParserCode.InferEnvelope);
        assertEquals(1, warned.size(), d.diagnostics().toString());
        assertTrue(warned.get(0).message().startsWith("the example is the list `actions` holds"), warned.get(0).message());
    }

    @Test
    void aFieldWithoutATypeTakesItsExamplesVisibly() {
        ApiDocument d = DocParser.parse("u.mdx", """
                ---
                api: GET /u
                ---
                <ResponseField name="count">How many.</ResponseField>
                <ResponseField name="name" type="string">The name.</ResponseField>

                <ResponseExample>
                ```json
                {"count": 3, "name": "x"}
                ```
                </ResponseExample>
                """);
        assertEquals(new Schema.IntegerSchema(), responseProp(only(d), "200", "count").schema());
        var warned = Models.diagnostics(d, ParserCode.InferTypeFromExample);
        assertEquals(1, warned.size(), d.diagnostics().toString());
        assertEquals("`count` has no documented type: it is integer, as its example", warned.get(0).message());
        assertEquals("pin it with type=\"integer\", or silence it with @SuppressWarnings(\"docpoet:InferTypeFromExample\")",
                warned.get(0).hint());
        assertEquals(4, warned.get(0).location().line());
    }

    @Test
    void anExampleThatIsNoIsoTextKeepsATimestampWordFromTypingIt() {
        ApiDocument d = DocParser.parse("t.md", "Endpoint: GET /t ## Response 200 fields (application/json): "
                + "- `createTime` (string) Creation timestamp. Example: \"1690000000000\" "
                + "- `updateTime` (string) Update timestamp. Example: \"\" "
                + "- `seenAt` (string) Timestamp it was seen. Example: 1690000000");
        for (String f : java.util.List.of("createTime", "updateTime", "seenAt")) {
            assertEquals(new Schema.StringSchema(null), responseProp(only(d), "200", f).schema(), f);
        }
        assertEquals(0, Models.diagnostics(d, ParserCode.InferDateTime).size());
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
    void aMapWhoseValuesFieldsAreDocumentedStaysAMapOfThem() {
        ApiDocument d = DocParser.parse("info.mdx", """
                ---
                api: GET /info
                ---
                <ResponseField name="namespaces" type="object" required>
                  Map of namespace names to namespace.
                  <Expandable>
                    <ResponseField name="vectorCount" type="integer" required>Vectors ready.</ResponseField>
                    <ResponseField name="pendingVectorCount" type="integer" required>Vectors pending.</ResponseField>
                  </Expandable>
                </ResponseField>
                <ResponseField name="owner" type="object">
                  Map of who owns the index, with what.
                  <Expandable>
                    <ResponseField name="id" type="string">The owner.</ResponseField>
                  </Expandable>
                </ResponseField>

                <ResponseExample>
                ```json
                {"namespaces": {"": {"vectorCount": 6, "pendingVectorCount": 0}, "ns": {"vectorCount": 1, "pendingVectorCount": 0}},
                 "owner": {"id": "u1"}}
                ```
                </ResponseExample>
                """);
        Schema.MapSchema map = assertInstanceOf(Schema.MapSchema.class, responseProp(only(d), "200", "namespaces").schema());
        Schema.ObjectSchema value = assertInstanceOf(Schema.ObjectSchema.class, map.values());
        assertEquals(List.of("vectorCount", "pendingVectorCount"), value.properties().stream().map(Property::name).toList());
        assertTrue(value.properties().stream().allMatch(p -> p.required() && p.origin() == Origin.DOCUMENTED), value::toString);
        // its keys are the documented fields themselves: the words alone make no map of it
        assertInstanceOf(Schema.ObjectSchema.class, responseProp(only(d), "200", "owner").schema());
        Diagnostic w = Models.single(d, ParserCode.InferMapFromExample);
        assertEquals(dev.docpoet.spec.Severity.WARNING, w.severity());
        assertEquals(4, ((dev.docpoet.spec.SourceLocation) w.location()).line());
        assertEquals("`namespaces` is described as a map: the keys of its example (\"\", \"ns\") are its data, and its documented fields"
                + " (vectorCount, pendingVectorCount) those of each value", w.message());
        assertTrue(Models.diagnostics(d, ParserCode.LintExampleUndocumentedKey).isEmpty(), d.diagnostics()::toString);
    }

    @Test
    void aBodyKnownFromExamplesAloneTakesTheFieldsOfEachOfThem() {
        ApiDocument d = DocParser.parse("errors.mdx", """
                ---
                api: POST /endpoints
                ---
                <ResponseField name="id" type="string">The endpoint.</ResponseField>

                <ResponseExample>
                ```json 200
                {"id": "e1"}
                ```
                ```json 200
                {"id": "e2", "owner": "u1"}
                ```
                ```json 400
                {"error": "Missing required fields", "required": ["name"]}
                ```
                ```json 400
                {"error": "Invalid endpoint type", "validTypes": ["webhook", "email"], "meta": {"hint": "h"}}
                ```
                ```json 400
                [{"error": "a list is another shape"}]
                ```
                </ResponseExample>
                """);
        Endpoint e = only(d);
        Schema.ObjectSchema bad = assertInstanceOf(Schema.ObjectSchema.class, Models.response(e, "400").body().schema());
        assertEquals(List.of("error", "required", "validTypes", "meta"), bad.properties().stream().map(Property::name).toList());
        assertEquals(new Schema.ArraySchema(new Schema.StringSchema(null)), responseProp(e, "400", "validTypes").schema());
        assertEquals(List.of("hint"), ((Schema.ObjectSchema) responseProp(e, "400", "meta").schema()).properties().stream()
                .map(Property::name).toList());
        Diagnostic more = Models.diagnostics(d, ParserCode.InferFieldsFromExample).stream()
                .filter(x -> x.message().contains("this example too")).findFirst().orElseThrow();
        assertEquals("fields of the body inferred from this example too (the page documents none): validTypes (array of string),"
                + " meta (object), hint (string)", more.message());
        assertEquals(Severity.WARNING, more.severity());
        assertEquals(17, ((dev.docpoet.spec.SourceLocation) more.location()).line());
        // a documented body is what its fields say: a second example adds nothing to it
        Schema.ObjectSchema ok = assertInstanceOf(Schema.ObjectSchema.class, Models.response(e, "200").body().schema());
        assertEquals(List.of("id"), ok.properties().stream().map(Property::name).toList());
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

    /** Every inference that chooses or changes a type is a warning that says what, from what, and how to pin or silence it. */
    @Test
    void aTypeInferenceIsAWarningThatSaysHowToPinOrSilenceIt() {
        ApiDocument d = DocParser.parse("w.mdx", """
                ---
                api: GET /x
                ---
                <ResponseField name="createdAt" type="string">ISO 8601 timestamp of creation</ResponseField>
                <ResponseField name="state" type="string">Available options: `open`, `closed`</ResponseField>
                <ResponseField name="limits" type="object">Limits.</ResponseField>

                <ResponseExample>
                ```json
                {"createdAt": "2025-03-01T10:00:00Z", "state": "open", "limits": {"en-US": 1, "de-DE": 2}}
                ```
                ```json 404
                {"error": "no such thing"}
                ```
                </ResponseExample>
                """);
        // a Mintlify page has no syntax for an error body's fields: only silencing helps there
        assertEquals("fields of the body inferred from the example: error (string); "
                + "silence it with @SuppressWarnings(\"docpoet:InferFieldsFromExample\")", Models.single(d, ParserCode.InferFieldsFromExample).text());
        assertEquals("w.mdx:4:1: warning: `createdAt` is typed date-time (OffsetDateTime): its example \"2025-03-01T10:00:00Z\" is ISO-8601; "
                + "pin it with type=\"date-time\", or silence it with @SuppressWarnings(\"docpoet:InferDateTime\") [InferDateTime]",
                Models.single(d, ParserCode.InferDateTime).format());
        assertEquals("w.mdx:5:1: warning: enum for `state` read from its description: open, closed; pin it with type='\"open\" | \"closed\"', "
                + "or silence it with @SuppressWarnings(\"docpoet:InferEnumFromProse\") [InferEnumFromProse]",
                Models.single(d, ParserCode.InferEnumFromProse).format());
        assertEquals("w.mdx:6:1: warning: the keys of `limits` in the example (en-US, de-DE) are data, not names: it is a map; "
                + "pin it with type=\"map of string to integer\", or silence it with @SuppressWarnings(\"docpoet:InferMapFromExample\") "
                + "[InferMapFromExample]", Models.single(d, ParserCode.InferMapFromExample).format());
        for (ParserCode c : List.of(ParserCode.InferFieldsFromExample, ParserCode.InferFieldFromProse, ParserCode.InferEnumFromProse,
                ParserCode.InferDateTime, ParserCode.InferEnumFromSibling, ParserCode.InferArrayBody, ParserCode.InferEnvelope,
                ParserCode.InferMapFromExample, ParserCode.InferMapFromPlaceholder, ParserCode.InferErrorExampleDefault)) {
            assertEquals(Severity.WARNING, c.severity(), c.id());
        }
        // these change no type: where an example goes, and (no longer reported) an error example left out
        assertEquals(Severity.INFO, ParserCode.InferResponseExample.severity());
        assertEquals(Severity.INFO, ParserCode.InferExampleStatusUnknown.severity());
    }

    /** What a warning says to write pins the type: the warning goes, and the type is the one the page now states. */
    @Test
    void thePinAWarningNamesStopsIt() {
        ApiDocument mdx = DocParser.parse("p.mdx", """
                ---
                api: GET /x
                ---
                <ResponseField name="createdAt" type="date-time">ISO 8601 timestamp of creation</ResponseField>
                <ResponseField name="state" type='"open" | "closed"'>Available options: `open`, `closed`</ResponseField>
                <ResponseField name="limits" type="map of string to integer">Limits.</ResponseField>

                <ResponseExample>
                ```json
                {"createdAt": "2025-03-01T10:00:00Z", "state": "open", "limits": {"en-US": 1, "de-DE": 2}}
                ```
                </ResponseExample>
                """);
        assertEquals(List.of(), mdx.diagnostics().stream().filter(x -> x.severity() != Severity.INFO).toList());
        Endpoint e = only(mdx);
        assertEquals(new Schema.StringSchema("date-time"), responseProp(e, "200", "createdAt").schema());
        assertEquals(List.of("open", "closed"), ((Schema.EnumSchema) responseProp(e, "200", "state").schema()).values());
        assertEquals(new Schema.MapSchema(new Schema.IntegerSchema()), responseProp(e, "200", "limits").schema());

        String redocly = "# X ### Example json {\"limits\": {\"en-US\": 1, \"de-DE\": 2}} "
                + "Endpoint: GET /x ## Response 200 fields (application/json): "
                + "- `createdAt` %s ISO 8601 timestamp of creation - `state` (string) The state. %s - `limits` %s Limits.";
        ApiDocument inferred = DocParser.parse("r.md", String.format(redocly, "(string)", "Available options: `open`, `closed`", "(object)"));
        assertTrue(Models.single(inferred, ParserCode.InferDateTime).hint().startsWith("pin it with (date-time),"),
                Models.single(inferred, ParserCode.InferDateTime).text());
        assertTrue(Models.single(inferred, ParserCode.InferEnumFromProse).hint().startsWith("pin it with Enum: \"open\", \"closed\","),
                Models.single(inferred, ParserCode.InferEnumFromProse).text());
        assertTrue(Models.single(inferred, ParserCode.InferMapFromExample).hint().startsWith("pin it with (map of string to integer),"),
                Models.single(inferred, ParserCode.InferMapFromExample).text());
        ApiDocument pinned = DocParser.parse("r.md", String.format(redocly, "(date-time)", "Enum: \"open\", \"closed\"",
                "(map of string to integer)"));
        assertEquals(List.of(), pinned.diagnostics().stream().filter(x -> x.severity() != Severity.INFO).toList());
        Endpoint r = only(pinned);
        assertEquals(new Schema.StringSchema("date-time"), responseProp(r, "200", "createdAt").schema());
        assertEquals(List.of("open", "closed"), ((Schema.EnumSchema) responseProp(r, "200", "state").schema()).values());
        assertEquals(new Schema.MapSchema(new Schema.IntegerSchema()), responseProp(r, "200", "limits").schema());
    }
}
