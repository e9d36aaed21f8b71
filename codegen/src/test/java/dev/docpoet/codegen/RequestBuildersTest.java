package dev.docpoet.codegen;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.parse.DocParser;
import dev.docpoet.spec.ApiModel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a client sends is built with a builder even when every field is required, so that an optional field the docs
 * add later changes no call site; what it only reads keeps its constructor alone.
 */
class RequestBuildersTest {
    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: Notes, version: "1"}
            paths:
              /notes:
                post:
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema:
                          type: object
                          required: [text, author]
                          properties:
                            text: {type: string}
                            author: {$ref: "#/components/schemas/Author"}
                  responses:
                    "200":
                      description: The note.
                      content:
                        application/json:
                          schema:
                            type: object
                            required: [id]
                            properties:
                              id: {type: string}
                              stats: {$ref: "#/components/schemas/Stats"}
            components:
              schemas:
                Author:
                  type: object
                  required: [name]
                  properties:
                    name: {type: string}
                Stats:
                  type: object
                  required: [views]
                  properties:
                    views: {type: integer}
            """;

    private static String source(CodeGenerator.Result r, String name) {
        return r.files().stream().filter(f -> f.simpleName().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name)).source();
    }

    @Test
    void recordsAClientSendsHaveBuildersAndRecordsItOnlyReadsDoNot() {
        ApiModel model = ApiModel.of(List.of(DocParser.parse("notes.yaml", SPEC.getBytes(StandardCharsets.UTF_8))));
        CodeGenerator.Result r = CodeGenerator.generate(model, new CodeGenerator.Options("p", s -> s), null);
        String request = source(r, "CreateNoteRequest");
        assertTrue(request.contains("public static Builder builder()") && request.contains("public Builder toBuilder()"), request);
        assertTrue(request.matches("(?s).*require\\(\\d+, \"text\", \"text\"\\);.*"), "build() refuses a required field left unset: " + request);
        assertTrue(source(r, "Author").contains("public static Builder builder()"), "a component a request body uses");
        assertFalse(source(r, "Stats").contains("builder()"), "a component only responses use, all of it required");
    }
}
