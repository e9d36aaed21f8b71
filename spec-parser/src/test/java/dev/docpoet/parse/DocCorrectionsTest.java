package dev.docpoet.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.spec.ApiModel;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.Parameter;
import dev.docpoet.spec.Property;
import dev.docpoet.spec.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corrections file beside a doc set ({@code docpoet.corrections.yaml}), read as every front end reads docs
 * ({@link DocSet}, {@link DocSetReader}): each kind of correction, on page fields, parameters and a spec's shared
 * component, and the warnings for one that matches nothing or that the docs now agree with, at its line and column.
 */
class DocCorrectionsTest {
    private static final String PAGE = """
            ---
            title: Get a ticket
            api: 'GET /v1/tickets/{id}'
            ---

            <ParamField path="id" type="string" required>The id.</ParamField>
            <ParamField query="expand" type="string">What to expand.</ParamField>

            <ResponseField name="id" type="string" required>The id.</ResponseField>
            <ResponseField name="priority" type="string">How urgent it is.</ResponseField>
            <ResponseField name="count" type="string">How many replies.</ResponseField>
            <ResponseField name="closedAt" type="string">When it was closed.</ResponseField>
            <ResponseField name="labels" type="object">The labels, by name.</ResponseField>
            <ResponseField name="requester" type="object" required>
              Who asked.
              <Expandable title="properties">
                <ResponseField name="emial" type="string" required>Their email.</ResponseField>
              </Expandable>
            </ResponseField>
            """;

    private static final String SPEC = """
            openapi: 3.1.0
            info: {title: Agents, version: '1'}
            paths:
              /v1/agents:
                get:
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: array
                            items: {$ref: '#/components/schemas/Agent'}
            components:
              schemas:
                Agent:
                  type: object
                  properties:
                    id: {type: string}
                    level: {type: string}
            """;

    @TempDir
    Path docs;

    private ApiModel read(String corrections) throws IOException {
        Path set = docs.resolve("acme");
        Files.createDirectories(set);
        Files.writeString(set.resolve("get-ticket.mdx"), PAGE);
        Files.writeString(set.resolve("openapi.yaml"), SPEC);
        if (corrections != null) Files.writeString(set.resolve(DocCorrections.FILE_NAME), corrections);
        List<DocSource> sources = new java.util.ArrayList<>(DocSet.read(docs, "acme").sources());
        sources.addAll(DocSet.read(docs, "acme/openapi.yaml").sources());
        return ApiModel.of(DocSetReader.read(sources).documents());
    }

    private static Endpoint endpoint(ApiModel m, String signature) {
        return m.endpoints().stream().filter(e -> e.signature().equals(signature)).findFirst().orElseThrow();
    }

    private static Property field(ApiModel m, String name) {
        Schema.ObjectSchema o = (Schema.ObjectSchema) endpoint(m, "GET /v1/tickets/{id}").responses().get(0).body().schema();
        return o.property(name);
    }

    private static List<String> messages(ApiModel m) {
        return m.allDiagnostics().stream().filter(d -> d.code().id().startsWith("SpecCorrection")).map(d -> d.format()).toList();
    }

    @Test
    void eachKindOfCorrectionAppliesOnTopOfThePage() throws IOException {
        ApiModel m = read("""
                # what the Acme docs get wrong
                corrections:
                  - endpoint: GET /v1/tickets/{ticket}
                    field: priority
                    enum: [low, normal, high]
                  - endpoint: GET /v1/tickets/{id}
                    body: 200
                    field: count
                    type: integer
                    required: true
                  - endpoint: GET /v1/tickets/{id}
                    field: closedAt
                    type: date-time
                    nullable: true
                  - endpoint: GET /v1/tickets/{id}
                    field: labels
                    map: true
                    type: string
                  - endpoint: GET /v1/tickets/{id}
                    field: requester.emial
                    name: email
                  - endpoint: GET /v1/tickets/{id}
                    parameter: expand
                    enum: [requester, replies]
                """);
        assertEquals(List.of(), messages(m));
        Schema.EnumSchema priority = assertInstanceOf(Schema.EnumSchema.class, field(m, "priority").schema());
        assertEquals(List.of("low", "normal", "high"), priority.values());
        assertInstanceOf(Schema.IntegerSchema.class, field(m, "count").schema());
        assertTrue(field(m, "count").required());
        assertEquals(new Schema.StringSchema("date-time"), field(m, "closedAt").schema());
        assertTrue(field(m, "closedAt").nullable());
        assertEquals(new Schema.MapSchema(new Schema.StringSchema(null)), field(m, "labels").schema());
        Schema.ObjectSchema requester = (Schema.ObjectSchema) field(m, "requester").schema();
        assertNull(requester.property("emial"));
        assertTrue(requester.property("email").required(), "a renamed field keeps what the docs say of it");
        Parameter expand = endpoint(m, "GET /v1/tickets/{id}").parameters().stream().filter(p -> p.name().equals("expand")).findFirst().orElseThrow();
        assertEquals(List.of("requester", "replies"), ((Schema.EnumSchema) expand.schema()).values());
    }

    @Test
    void aSpecComponentsFieldIsCorrectedWhereverItIsUsed() throws IOException {
        ApiModel m = read("""
                corrections:
                  - endpoint: GET /v1/agents
                    field: level
                    type: integer
                    required: true
                """);
        assertEquals(List.of(), messages(m));
        Schema.ObjectSchema agent = (Schema.ObjectSchema) m.components().values().stream().filter(c -> c.name().equals("Agent")).findFirst()
                .orElseThrow().schema();
        assertInstanceOf(Schema.IntegerSchema.class, agent.property("level").schema());
        assertTrue(agent.property("level").required());
    }

    @Test
    void aStaleCorrectionIsAWarningAtItsLine() throws IOException {
        ApiModel m = read("""
                corrections:
                  - endpoint: GET /v1/tikets/{id}
                    field: priority
                    required: true
                  - endpoint: GET /v1/tickets/{id}
                    field: requester.emali
                    required: false
                  - endpoint: GET /v1/tickets/{id}
                    field: id
                    type: string
                    required: true
                  - endpoint: GET /v1/tickets/{id}
                    body: request
                    field: x
                    required: true
                  - endpoint: GET /v1/tickets/{id}
                    parameter: limit
                    required: true
                """);
        assertEquals(List.of(
                "acme/docpoet.corrections.yaml:2:15: warning: no endpoint GET /v1/tikets/{id} in the docs this file corrects (did you mean"
                        + " GET /v1/tickets/{id}?); fix the correction, or remove it if the docs changed [SpecCorrectionUnused]",
                "acme/docpoet.corrections.yaml:6:12: warning: GET /v1/tickets/{id} 200 has no field `requester.emali` (did you mean `emial`"
                        + " for `emali`?); fix the correction, or remove it if the docs changed [SpecCorrectionUnused]",
                "acme/docpoet.corrections.yaml:10:11: warning: the docs now agree: `id` is already of type string; remove this line from the"
                        + " corrections [SpecCorrectionRedundant]",
                "acme/docpoet.corrections.yaml:11:15: warning: the docs now agree: `id` is already required; remove this line from the"
                        + " corrections [SpecCorrectionRedundant]",
                "acme/docpoet.corrections.yaml:13:11: warning: GET /v1/tickets/{id} documents no request body; fix the correction, or remove"
                        + " it if the docs changed [SpecCorrectionUnused]",
                "acme/docpoet.corrections.yaml:17:16: warning: GET /v1/tickets/{id} has no parameter `limit`; fix the correction, or remove"
                        + " it if the docs changed [SpecCorrectionUnused]"), messages(m));
        assertFalse(m.hasErrors());
    }

    @Test
    void aBrokenFileIsAnErrorAtItsPlaceAndAppliesNothing() throws IOException {
        ApiModel bad = read("""
                corrections:
                  - endpoint: GET /v1/tickets/{id}
                    field: count
                    type: integer
                  - endpoint: GET /v1/tickets/{id}
                    feld: priority
                    tipe: strng
                  - endpoint: GET /v1/tickets/{id}
                    field: count
                    type: int
                    required: yes
                """);
        assertEquals(List.of(
                "acme/docpoet.corrections.yaml:6:5: error: unknown key `feld` (did you mean `field`?); a correction has endpoint, then body and"
                        + " field or parameter, then what to set: type, required, nullable, enum, map, name [SpecCorrectionInvalid]",
                "acme/docpoet.corrections.yaml:7:5: error: unknown key `tipe` (did you mean `type`?); a correction has endpoint, then body and"
                        + " field or parameter, then what to set: type, required, nullable, enum, map, name [SpecCorrectionInvalid]",
                "acme/docpoet.corrections.yaml:10:11: error: unknown type `int`; use one of any, boolean, date, date-time, email, integer,"
                        + " number, object, string, uri, uuid (a list's type applies to its items; `map: true` makes a map of it)"
                        + " [SpecCorrectionInvalid]",
                "acme/docpoet.corrections.yaml:11:15: error: `required` is true or false; write `required: true` or `required: false`"
                        + " [SpecCorrectionInvalid]"), messages(bad));
        assertTrue(bad.hasErrors());
        assertInstanceOf(Schema.StringSchema.class, field(bad, "count").schema(), "a broken file applies nothing");

        ApiModel notYaml = read("corrections:\n  - endpoint: [GET\n");
        assertEquals(1, messages(notYaml).size(), messages(notYaml).toString());
        assertTrue(messages(notYaml).get(0).startsWith("acme/docpoet.corrections.yaml:3:1: error: not YAML: "), messages(notYaml).toString());
    }

    @Test
    void withoutAFileNothingChanges() throws IOException {
        ApiModel m = read(null);
        assertEquals(List.of(), messages(m));
        assertInstanceOf(Schema.StringSchema.class, field(m, "count").schema());
    }
}
