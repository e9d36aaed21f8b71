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
        // Error is a name docpoet keeps free (java.lang.Error): the common.yaml component's record is DefaultError
        for (String type : List.of("Pet", "NewPet", "PetStatus", "DefaultError", "PetsClient", "PetsEndpoints")) {
            assertThat(c).generatedSourceFile("test." + type);
        }
        assertThat(c).hadWarningContaining("oneOf of 2 object schemas (discriminator `kind`) reads as one record");
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
            Object pet = client.getClass().getMethod("getPet", String.class, String.class).invoke(client, "p1", null);
            assertEquals("Rex", pet.getClass().getMethod("name").invoke(pet));
            assertEquals("SOLD", String.valueOf(pet.getClass().getMethod("status").invoke(pet)).toUpperCase(java.util.Locale.ROOT));
            Object owner = pet.getClass().getMethod("owner").invoke(pet);
            assertNotNull(owner);
            assertEquals("test.Pet$Owner", owner.getClass().getName(), "the component's name, nested in the record that holds it");
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
}
