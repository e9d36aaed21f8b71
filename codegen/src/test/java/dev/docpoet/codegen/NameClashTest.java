package dev.docpoet.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.parse.DocParser;
import dev.docpoet.spec.ApiModel;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.JavaLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A clash no rule can resolve is an error naming both uses, and nothing is generated until a pin settles it. */
class NameClashTest {
    private final ApiModel model = ApiModel.of(List.of(
            DocParser.parse("a.md", "Endpoint: GET /my-items/{id}\n## Response 200 fields (application/json):\n  - `a` (string)\n"),
            DocParser.parse("b.md", "Endpoint: GET /my_items/{id}\n## Response 200 fields (application/json):\n  - `b` (integer)\n")));

    @Test
    void anUnresolvableClashIsAnErrorAndGeneratesNothing() {
        CodeGenerator.Result r = CodeGenerator.generate(model, new CodeGenerator.Options("p", s -> s), null);
        assertTrue(r.hasErrors());
        assertEquals(List.of(), r.files());
        Diagnostic d = r.diagnostics().stream().filter(x -> x.code() == GeneratorCode.GenNameClash).findFirst().orElseThrow();
        assertTrue(d.message().startsWith("GET /my-items/{id} 200 and GET /my_items/{id} 200 get the same names"), d.message());
    }

    @Test
    void aPinSettlesIt() {
        TypeNamePin pin = new TypeNamePin("GET /my_items/{x} 200", "Other", new JavaLocation("test pin", "pin"));
        CodeGenerator.Result r = CodeGenerator.generate(model, new CodeGenerator.Options("p", s -> s, List.of(pin), java.util.Set.of()), null);
        assertEquals(List.of(), r.diagnostics().stream().filter(x -> x.severity() != dev.docpoet.spec.Severity.INFO).toList());
        assertEquals(List.of("MyItem", "Other"),
                r.files().stream().map(f -> f.simpleName()).toList());
    }

    private static dev.docpoet.spec.ApiDocument spec(String file, String fields) {
        return DocParser.parse(file, ("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
                + "    Error:\n      type: object\n      properties:\n" + fields).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void twoSpecsComponentsOfOneNameAreToldApartByTheirFilesAndAPinRenamesOne() {
        ApiModel specs = ApiModel.of(List.of(spec("billing-openapi.yaml", "        code: {type: integer}\n"),
                spec("shop.yaml", "        message: {type: string}\n")));
        CodeGenerator.Result r = CodeGenerator.generate(specs, new CodeGenerator.Options("p", s -> s), null);
        assertEquals(List.of(GeneratorCode.GenNameConflict),
                r.diagnostics().stream().filter(x -> x.severity() != dev.docpoet.spec.Severity.INFO).map(Diagnostic::code).toList(),
                "one warning for the contested name, with the pin that settles it");
        assertEquals(1, r.diagnostics().stream().filter(x -> x.code() == GeneratorCode.GenTypeName && x.message().contains("is wanted by uses of other shapes"))
                .count(), "the other use says where it went, as an info");
        assertEquals(List.of("BillingError", "ShopError"),
                r.files().stream().map(f -> f.simpleName()).sorted().toList(), "Error is java.lang's; ErrorModel is wanted twice");

        TypeNamePin pin = new TypeNamePin("component shop.yaml#Error", "Problem", new JavaLocation("test pin", "pin"));
        CodeGenerator.Result pinned = CodeGenerator.generate(specs, new CodeGenerator.Options("p", s -> s, List.of(pin), java.util.Set.of()), null);
        assertEquals(List.of("ErrorModel", "Problem"),
                pinned.files().stream().map(f -> f.simpleName()).sorted().toList());
    }

    @Test
    void componentsWhoseNamesDifferOnlyInWhatJavaDropsNeverClash() {
        String spec = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
                + "    _metadata: {type: object, properties: {a: {type: integer}}}\n"
                + "    metadata: {type: object, properties: {b: {type: string}}}\n"
                + "    meta_data: {type: object, properties: {c: {type: boolean}}}\n";
        ApiModel specs = ApiModel.of(List.of(DocParser.parse("api.yaml", spec.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        CodeGenerator.Result r = CodeGenerator.generate(specs, new CodeGenerator.Options("p", s -> s), null);
        assertTrue(r.diagnostics().stream().noneMatch(d -> d.severity() == dev.docpoet.spec.Severity.ERROR), r.diagnostics().toString());
        List<String> names = r.files().stream().map(f -> f.simpleName()).sorted().toList();
        assertEquals(3, names.size(), names.toString());
        assertTrue(names.contains("UnderscoreMetadata"), names.toString());
    }
}
