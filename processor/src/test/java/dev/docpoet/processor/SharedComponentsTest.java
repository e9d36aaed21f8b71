package dev.docpoet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * A spec's component is one top-level type wherever it is used, named after it: three operations share one {@code Pet},
 * a component that contains itself refers to itself, the request side of one with a readOnly field is a type of its
 * own, and components no operation uses, or a spec with nothing but components, give their types too.
 */
class SharedComponentsTest {
    private static final JavaFileObject SHOP = JavaFileObjects.forSourceString("test.Shop",
            "package test;\n@dev.docpoet.ApiDocs(\"components/shop.yaml\")\npublic interface Shop {}\n");

    private static String source(Compilation c, String type) throws Exception {
        return c.generatedSourceFile(type).orElseThrow(() -> new AssertionError(type + " not generated")).getCharContent(true).toString();
    }

    @Test
    void aComponentUsedByThreeOperationsIsOneTypeTheClientHandsOutEverywhere() throws Exception {
        Compilation c = Compiler.compileWithClient(SHOP);
        assertThat(c).succeededWithoutWarnings();
        for (String type : List.of("Pet", "PetRequest", "Tag", "Status", "Dog", "Colour", "ShopClient")) {
            assertThat(c).generatedSourceFile("test." + type);
        }
        String pet = source(c, "test.Pet");
        assertTrue(pet.contains("@JsonProperty(\"tag\") @Nullable Tag tag") && pet.contains("@JsonProperty(\"mother\") @Nullable Pet mother"),
                "the shared Tag, and Pet itself where it contains itself: " + pet);
        assertFalse(pet.contains("record Tag("), "no copy of Tag nested in Pet");
        assertFalse(source(c, "test.PetRequest").contains("\"id\""), "what a client sends leaves out the readOnly id");
        String dog = source(c, "test.Dog");
        assertTrue(dog.contains("\"label\"") && dog.contains("\"breed\""), "an allOf of a component and fields, named after its own component");
        String pets = source(c, "test.ShopPets");
        assertTrue(pets.contains("public List<Pet> list()") && pets.contains("public Pet create(PetRequest body)"), pets);

        CompiledClasses classes = new CompiledClasses(c);
        List<String> seen = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            String sent = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            seen.add(ex.getRequestMethod() + " " + ex.getRequestURI() + " " + sent);
            String rex = "{\"id\":\"p1\",\"name\":\"Rex\",\"status\":\"sold\",\"tag\":{\"label\":\"good\"},\"mother\":{\"name\":\"Ma\"}}";
            String out = switch (ex.getRequestMethod() + " " + ex.getRequestURI().getPath()) {
                case "GET /pets" -> "[" + rex + "]";
                case "POST /pets" -> rex;
                default -> "{\"name\":\"Ada\",\"pets\":[" + rex + "]}";
            };
            byte[] bytes = out.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(ex.getRequestMethod().equals("POST") ? 201 : 200, bytes.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(bytes);
            }
        });
        server.start();
        try {
            Object builder = classes.loadClass("test.ShopClient").getMethod("builder").invoke(null);
            builder.getClass().getMethod("baseUri", String.class).invoke(builder, "http://127.0.0.1:" + server.getAddress().getPort());
            Object client = builder.getClass().getMethod("build").invoke(builder);
            Class<?> petType = classes.loadClass("test.Pet");

            Object listed = ((List<?>) CompiledClasses.invoke(CompiledClasses.invoke(client, "pets"), "list")).get(0);
            Object owner = CompiledClasses.invoke(CompiledClasses.invoke(client, "owners"), "get", "o1");
            Object owned = ((List<?>) owner.getClass().getMethod("pets").invoke(owner)).get(0);
            assertSame(petType, listed.getClass(), "GET /pets hands out Pet");
            assertSame(petType, owned.getClass(), "and so does an owner's list: one type, passed where the other is expected");
            assertEquals(listed, owned, "the same JSON, the same value");
            Object mother = petType.getMethod("mother").invoke(listed);
            assertSame(petType, mother.getClass());
            assertEquals("Ma", petType.getMethod("name").invoke(mother));
            Object tag = petType.getMethod("tag").invoke(listed);
            assertEquals("good", tag.getClass().getMethod("label").invoke(tag));

            Class<?> requestType = classes.loadClass("test.PetRequest");
            Object requestBuilder = requestType.getMethod("builder").invoke(null);
            requestBuilder.getClass().getMethod("name", String.class).invoke(requestBuilder, "Rex");
            Object request = requestBuilder.getClass().getMethod("build").invoke(requestBuilder);
            assertSame(petType, CompiledClasses.invoke(CompiledClasses.invoke(client, "pets"), "create", request).getClass());
            assertEquals("POST /pets {\"name\":\"Rex\"}", seen.get(2));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aSpecOfComponentsOnlyGivesItsModels() throws Exception {
        Compilation c = Compiler.compile(JavaFileObjects.forSourceString("test.Billing",
                "package test;\n@dev.docpoet.ApiDocs(\"components/models.yaml\")\npublic interface Billing {}\n"));
        assertThat(c).succeededWithoutWarnings();
        String invoice = source(c, "test.Invoice");
        assertTrue(invoice.contains("List<Line> lines"), invoice);
        assertThat(c).generatedSourceFile("test.Line");

        CompiledClasses classes = new CompiledClasses(c);
        Class<?> type = classes.loadClass("test.Invoice");
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        Object read = json.readValue("{\"id\":\"i1\",\"lines\":[{\"amount\":5}]}", type);
        Object line = ((List<?>) type.getMethod("lines").invoke(read)).get(0);
        assertEquals(5L, line.getClass().getMethod("amount").invoke(line));
        assertEquals(List.of(), type.getMethod("validate").invoke(read));
        assertEquals("{\"id\":\"i1\",\"lines\":[{\"amount\":5}]}", json.writeValueAsString(read));
    }

    @Test
    void aComponentThatUnionsListIsOneRecordImplementingEachUnion() throws Exception {
        Compilation c = Compiler.compileWithClient(JavaFileObjects.forSourceString("test.Feed",
                "package test;\n@dev.docpoet.ApiDocs(\"components/feed.yaml\")\npublic interface Feed {}\n"));
        assertThat(c).succeededWithoutWarnings();
        String track = source(c, "test.Track");
        assertTrue(track.contains("public record Track(") && track.contains("implements Entry.Item, GetFeedResponse.Pinned"), track);
        String entry = source(c, "test.Entry");
        assertTrue(entry.contains("sealed interface Item permits Track, Episode, Item.Unknown"), entry);
        assertFalse(entry.contains("record Track(") || source(c, "test.GetFeedResponse").contains("record Track("),
                "no copy of Track nested in a union");

        CompiledClasses classes = new CompiledClasses(c);
        Class<?> trackType = classes.loadClass("test.Track");
        Class<?> episodeType = classes.loadClass("test.Episode");
        String feedJson = "{\"items\":[{\"added_at\":\"today\",\"item\":{\"type\":\"track\",\"name\":\"Song\",\"duration_ms\":5}},"
                + "{\"added_at\":\"today\",\"item\":{\"type\":\"episode\",\"name\":\"Talk\",\"show\":\"Pod\"}},"
                + "{\"added_at\":\"today\",\"item\":{\"type\":\"clip\",\"name\":\"New\"}}],"
                + "\"pinned\":{\"type\":\"track\",\"name\":\"Top\"}}";
        String trackJson = "{\"type\":\"track\",\"name\":\"Song\",\"duration_ms\":5}";
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            byte[] bytes = (ex.getRequestURI().getPath().equals("/feed") ? feedJson : trackJson).getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, bytes.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(bytes);
            }
        });
        server.start();
        try {
            Object builder = classes.loadClass("test.FeedClient").getMethod("builder").invoke(null);
            builder.getClass().getMethod("baseUri", String.class).invoke(builder, "http://127.0.0.1:" + server.getAddress().getPort());
            Object client = builder.getClass().getMethod("build").invoke(builder);
            Object feed = CompiledClasses.invoke(CompiledClasses.invoke(client, "feed"), "get");
            List<?> items = (List<?>) feed.getClass().getMethod("items").invoke(feed);
            Object first = items.get(0).getClass().getMethod("item").invoke(items.get(0));
            Object second = items.get(1).getClass().getMethod("item").invoke(items.get(1));
            Object third = items.get(2).getClass().getMethod("item").invoke(items.get(2));
            assertSame(trackType, first.getClass(), "a union's track is the one Track");
            assertSame(episodeType, second.getClass());
            assertEquals("Pod", episodeType.getMethod("show").invoke(second));
            assertEquals("Entry$Item$Unknown", third.getClass().getName().replaceFirst("^test\\.", ""), "a value the docs do not list");
            Object pinned = feed.getClass().getMethod("pinned").invoke(feed);
            assertSame(trackType, pinned.getClass(), "and so is the other union's");
            Object got = CompiledClasses.invoke(CompiledClasses.invoke(client, "tracks"), "get", "t1");
            assertEquals(first, got, "the same JSON, the same Track, through a union or not");

            // a user's own mapper: Track by itself needs no type id, and a union still picks its variant
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            assertEquals(first, json.readValue(trackJson, trackType));
            Object bare = json.readValue("{\"name\":\"No type\"}", trackType);
            assertSame(trackType, bare.getClass(), "a Track without its type reads as a Track (the validator reports it)");
            Object viaUnion = json.readValue(trackJson, classes.loadClass("test.Entry$Item"));
            assertSame(trackType, viaUnion.getClass());
            assertEquals(feedJson, json.writeValueAsString(feed), "written back as read");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aUnionsOwnVariantNeverShadowsATopLevelTypeInTheSharedRecordThatImplementsIt() throws Exception {
        // Card implements CreateChargeRequest.Method and inherits its member types: a nested `BankAccount` variant there
        // would make Card's `fallback` the variant, not the BankAccount component, and still compile
        Compilation c = Compiler.compile(JavaFileObjects.forSourceString("test.Charges",
                "package test;\n@dev.docpoet.ApiDocs(\"components/charges.yaml\")\npublic interface Charges {}\n"));
        assertThat(c).succeededWithoutWarnings();
        assertTrue(source(c, "test.CreateChargeRequest").contains("sealed interface Method permits Card, Method.BankAccountVariant, Method.Unknown"),
                source(c, "test.CreateChargeRequest"));
        CompiledClasses classes = new CompiledClasses(c);
        assertSame(classes.loadClass("test.BankAccount"), classes.loadClass("test.Card").getMethod("fallback").getReturnType());
    }
}
