package dev.docpoet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI takes a spec file wherever it takes a doc: generate, lint and openapi. */
class SpecCommandsTest {
    @Test
    void generateFromASpecNamesTypesAfterItsComponents(@TempDir Path tmp) throws Exception {
        String spec = CliRun.resource("specs") + "/petstore.yaml";
        CliRun run = CliRun.of("generate", spec, "-o", tmp.toString(), "-p", "com.pets");
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.isRegularFile(tmp.resolve("com/pets/Pet.java")), run.out());
        assertTrue(Files.isRegularFile(tmp.resolve("com/pets/NewPet.java")), run.out());
        assertTrue(Files.isRegularFile(tmp.resolve("com/pets/Owner.java")), "Owner, the spec's component, is one type of its own");
        assertFalse(Files.readString(tmp.resolve("com/pets/Pet.java")).contains("record Owner("), "not a copy nested in Pet");
        assertTrue(run.err().contains("petstore.yaml:106:21: warning: oneOf of 2 object schemas reads as one record"), run.err());
        assertTrue(Files.readString(tmp.resolve("com/pets/ShapeList.java")).contains("public sealed interface Shape permits Circle, Square, Shape.Unknown"),
                "the variants are the spec's components Circle and Square, top-level");
        String fingerprint = Files.readString(tmp.resolve(".docpoet/com.pets.docpoet-fingerprint.json"));
        assertTrue(fingerprint.contains("\"common.yaml\""), "the file its refs read is fingerprinted: " + fingerprint);
    }

    @Test
    void aBrokenSpecFailsLintWithItsLineAndGeneratesNothing(@TempDir Path tmp) {
        String spec = CliRun.resource("specs") + "/broken.yaml";
        CliRun lint = CliRun.of("lint", spec);
        assertEquals(1, lint.exit());
        assertTrue(lint.err().contains("broken.yaml:9:1: error: the spec is not valid YAML: expected ',' or ']', but got <stream end>"), lint.err());
        assertFalse(lint.err().contains("Exception"), lint.err());
        CliRun gen = CliRun.of("generate", spec, "-o", tmp.resolve("out").toString(), "-p", "a.b");
        assertEquals(1, gen.exit());
        assertFalse(Files.exists(tmp.resolve("out")), "nothing written");
    }

    @Test
    void aStubPagesTypesCiteTheSpecTheirFieldsComeFrom(@TempDir Path tmp) throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs/pages"));
        Files.writeString(tmp.resolve("docs/openapi.yaml"), """
                openapi: 3.0.0
                info: {title: Shop, version: "1"}
                paths:
                  /items/{itemId}:
                    get:
                      parameters:
                        - {name: itemId, in: path, required: true, schema: {type: string}}
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema: {$ref: '#/components/schemas/Item'}
                components:
                  schemas:
                    Item:
                      type: object
                      required: [id]
                      properties:
                        id: {type: string}
                """);
        Files.writeString(docs.resolve("get-item.mdx"), "---\ntitle: Get an item\nopenapi: GET /items/{id}\n---\n");
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("generate", tmp.resolve("docs").toString(), "-o", out.toString(), "-p", "shop");
        assertEquals(0, run.exit(), run.err());
        String item = Files.readString(out.resolve("shop/Item.java"));
        assertTrue(item.contains("Source: docs/openapi.yaml, line 16."), "the component's own line: " + item);
        assertTrue(item.contains("comments = \"Source: docs/openapi.yaml\""), "generated from the spec the page points at: " + item);
        String fingerprint = Files.readString(out.resolve(".docpoet/shop.docpoet-fingerprint.json"));
        assertTrue(fingerprint.contains("\"docs/openapi.yaml\""), "the spec the page read is fingerprinted: " + fingerprint);
    }
}
