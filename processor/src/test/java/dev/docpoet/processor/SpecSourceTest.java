package dev.docpoet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @ApiDocs("openapi.yaml")}: a spec file is a source like a page, its component names naming the types. */
class SpecSourceTest {
    private static final JavaFileObject PETS = JavaFileObjects.forSourceString("test.Pets",
            "package test;\n@dev.docpoet.ApiDocs(\"spec/petstore.yaml\")\npublic interface Pets {}\n");

    @Test
    void aSpecFileGeneratesItsComponentsAndAClientThatCallsIt() throws Exception {
        Compilation c = Compiler.compileWithClient(Compiler.DOCS, PETS);
        assertThat(c).succeeded();
        // Error is a name docpoet keeps free (java.lang.Error): the common.yaml component's record is ErrorModel; Owner is
        // a component too, one type wherever it is used
        for (String type : List.of("Pet", "NewPet", "Owner", "PetStatus", "ErrorModel", "PetsClient", "PetsEndpoints")) {
            assertThat(c).generatedSourceFile("test." + type);
        }
        assertThat(c).hadWarningContaining("anyOf of string, integer reads as any JSON value");
        assertThat(c).hadWarningContaining("[SpecOpenApiApproximated]");
        CompiledClasses classes = new CompiledClasses(c);

        List<String> seen = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            seen.add(ex.getRequestMethod() + " " + ex.getRequestURI() + " " + ex.getRequestHeaders().getFirst("Authorization"));
            byte[] out = "{\"id\":\"p1\",\"name\":\"Rex\",\"status\":\"sold\",\"born\":null,\"owner\":{\"email\":\"a@b.c\"}}"
                    .getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, out.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(out);
            }
        });
        server.start();
        try {
            Object builder = classes.loadClass("test.PetsClient").getMethod("builder").invoke(null);
            builder.getClass().getMethod("baseUri", String.class).invoke(builder, "http://127.0.0.1:" + server.getAddress().getPort());
            builder.getClass().getMethod("bearerToken", String.class).invoke(builder, "tok");
            Object client = builder.getClass().getMethod("build").invoke(builder);
            Object pet = CompiledClasses.invoke(CompiledClasses.invoke(client, "pets"), "get", "p1");
            assertEquals("Rex", pet.getClass().getMethod("name").invoke(pet));
            assertEquals("SOLD", String.valueOf(pet.getClass().getMethod("status").invoke(pet)).toUpperCase(java.util.Locale.ROOT));
            Object owner = pet.getClass().getMethod("owner").invoke(pet);
            assertNotNull(owner);
            assertEquals("test.Owner", owner.getClass().getName(), "the component's own record");
            assertEquals("GET /pets/p1 Bearer tok", seen.get(0));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aBrokenSpecIsAnErrorOnTheAnnotationWithTheSpecsLine() {
        Compilation c = Compiler.compileWithClient(Compiler.DOCS, JavaFileObjects.forSourceString("test.Bad",
                "package test;\n@dev.docpoet.ApiDocs(\"spec/broken.yaml\")\npublic interface Bad {}\n"));
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("spec/broken.yaml:9:1: the spec is not valid YAML");
        assertThat(c).hadErrorContaining("[SpecOpenApiBroken]");
    }

    @Test
    void aOneOfWithADiscriminatorIsASealedInterfaceJacksonReadsAndWrites() throws Exception {
        Compilation c = Compiler.compileWithClient(Compiler.DOCS, PETS);
        assertThat(c).succeeded();
        CompiledClasses classes = new CompiledClasses(c);
        Class<?> shapes = classes.loadClass("test.ShapeList");
        Class<?> shape = classes.loadClass("test.ShapeList$Shape");
        org.junit.jupiter.api.Assertions.assertTrue(shape.isInterface() && shape.isSealed());
        // Circle and Square are the spec's components: each is its one top-level record
        assertEquals(List.of("test.Circle", "test.Square", "test.ShapeList$Shape$Unknown"),
                java.util.Arrays.stream(shape.getPermittedSubclasses()).map(Class::getName).toList());

        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        Object circle = json.readValue("{\"shape\":{\"kind\":\"circle\",\"radius\":2.5}}", shapes);
        Object s = shapes.getMethod("shape").invoke(circle);
        assertEquals("test.Circle", s.getClass().getName(), "picked by kind");
        assertEquals(new java.math.BigDecimal("2.5"), s.getClass().getMethod("radius").invoke(s));
        assertEquals("{\"shape\":{\"kind\":\"circle\",\"radius\":2.5}}", json.writeValueAsString(circle), "written back as read");

        Object hexagon = json.readValue("{\"shape\":{\"kind\":\"hexagon\",\"sides\":6}}", shapes);
        Object h = shapes.getMethod("shape").invoke(hexagon);
        assertEquals("test.ShapeList$Shape$Unknown", h.getClass().getName(), "a kind the docs do not list is kept, not an error");
        assertEquals(java.util.Map.of("kind", "hexagon", "sides", 6), h.getClass().getMethod("properties").invoke(h));
        assertEquals("{\"shape\":{\"kind\":\"hexagon\",\"sides\":6}}", json.writeValueAsString(hexagon));

        Object square = json.readValue("{\"shape\":{\"kind\":\"square\"}}", shapes);
        Object violations = shapes.getMethod("validate").invoke(square);
        assertEquals("[/shape/side: required but missing]", String.valueOf(violations).replace("Violation[", "").replaceAll("pointer=|, message=", ""),
                "the variant's own rules are checked");

        // a wrong value inside a variant stays in the variant; a union that is not an object is kept as read
        String wrongRadius = "{\"shape\":{\"kind\":\"circle\",\"radius\":\"big\"}}";
        Object wrong = json.readValue(wrongRadius, shapes);
        Object w = shapes.getMethod("shape").invoke(wrong);
        Exception radius = org.junit.jupiter.api.Assertions.assertThrows(java.lang.reflect.InvocationTargetException.class,
                () -> w.getClass().getMethod("radius").invoke(w));
        org.junit.jupiter.api.Assertions.assertTrue(radius.getCause().getMessage().contains("at /shape/radius the JSON has \"big\", not a number"),
                radius.getCause().getMessage());
        assertEquals(wrongRadius, json.writeValueAsString(wrong));
        String text = "{\"shape\":\"circle\"}";
        Object notAnObject = json.readValue(text, shapes);
        assertEquals(text, json.writeValueAsString(notAnObject));
        assertEquals("[/shape: \"circle\" is not an object (kept as read)]",
                String.valueOf(shapes.getMethod("validate").invoke(notAnObject)).replace("Violation[", ""));
    }
}
