package dev.docpoet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Type names belong to their own use: adding, removing or reordering pages never renames another endpoint's types; a
 * conflict is deterministic and reported; users can pin names; reserved names are never taken.
 */
class NamingTest {
    private static Map<String, String> sources(Compilation c) {
        assertThat(c).succeededWithoutWarnings();
        Map<String, String> out = new TreeMap<>();
        for (JavaFileObject f : c.generatedSourceFiles()) {
            try {
                out.put(f.getName().replaceFirst(".*/", ""), f.getCharContent(true).toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** A source without its Javadoc and without the doc it cites in {@code @Generated}: what a shared type's uses change. */
    private static String code(String source) {
        return source.replaceAll("(?s)/\\*\\*.*?\\*/", "").replaceAll("comments = \"Source: [^\"]*\"", "");
    }

    private static Map<String, String> generate(String apiDocsValue) {
        return sources(Compiler.compile(Compiler.api("@ApiDocs(" + apiDocsValue + ")", "")));
    }

    @Test
    void addingAnUnrelatedPageRenamesNothing() {
        Map<String, String> alone = generate("\"stab/get-ticket.md\"");
        Map<String, String> more = generate("{\"stab/get-ticket.md\", \"stab/create-ticket.md\", \"stab/list-agents.md\"}");
        assertEquals(java.util.Set.of("Ticket.java", "TicketState.java", "NotFoundError.java"), alone.keySet());
        for (Map.Entry<String, String> e : alone.entrySet()) {
            if (e.getKey().startsWith("NotFoundError")) {
                // shared by design (same name, same shape): its Javadoc now lists the new use too, its code is the same
                assertEquals(code(e.getValue()), code(more.get(e.getKey())));
                continue;
            }
            assertEquals(e.getValue(), more.get(e.getKey()), e.getKey() + " changed when other pages were added");
        }
        assertTrue(more.containsKey("CreateTicketResponse.java") && more.containsKey("CreateTicketRequest.java"), more.keySet().toString());
        assertTrue(more.get("CreateTicketResponse.java").contains("CreateTicketResponseStatus status"),
                "the POST's enum is its own, though it has the GET's values");
    }

    @Test
    void removingAPageRenamesNothingElse() {
        Map<String, String> all = generate("\"stab\"");
        Map<String, String> fewer = generate("{\"stab/create-ticket.md\", \"stab/list-agents.md\"}");
        for (Map.Entry<String, String> e : fewer.entrySet()) {
            if (e.getKey().startsWith("NotFoundError")) {
                // shared with the removed page: its Javadoc no longer lists that use, its code is the same
                assertEquals(code(all.get(e.getKey())), code(e.getValue()));
                continue;
            }
            assertEquals(all.get(e.getKey()), e.getValue(), e.getKey());
        }
        assertTrue(fewer.containsKey("AgentList.java"));
    }

    @Test
    void orderOfDocsNeverChangesOutput() {
        assertEquals(generate("{\"stab/get-ticket.md\", \"stab/create-ticket.md\", \"stab/list-agents.md\"}"),
                generate("{\"stab/list-agents.md\", \"stab/create-ticket.md\", \"stab/get-ticket.md\"}"));
    }

    @Test
    void sharedBodiesOfTheSameNameAndShapeAreOneType() {
        Map<String, String> all = generate("\"stab\"");
        String notFound = all.get("NotFoundError.java");
        assertTrue(notFound.contains("Body of a 404 response to {@code GET /v1/tickets/{id}}"), notFound);
        assertTrue(notFound.contains("<p>Also the body of a 404 response to {@code POST /v1/tickets}"), notFound);
    }

    @Test
    void aConflictGivesBothLongerNamesAndAWarningNamingBoth() {
        JavaFileObject api = Compiler.api("@ApiDocs(\"conflict\")", "");
        Compilation c = Compiler.compileVerbose(api);
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("GET /shop/items/{id} 200 wants the name `Item`, as does GET /warehouse/items/{id} 200"
                + " with another shape; all of them get longer names (this one `ShopItem`)").inFile(api).onLineContaining("@ApiDocs");
        assertThat(c).hadWarningContaining("[GenNameConflict]");
        assertThat(c).hadWarningContaining("(this one `ShopItem`); the 1 other use says where it went (info)");
        // one warning per contested name; the other use is a note that says where it went and how to pin it
        assertThat(c).hadNoteContaining("GET /warehouse/items/{id} 200 is named `WarehouseItem`: `Item` is wanted by uses of other shapes"
                + " (the warning at ");
        assertThat(c).hadNoteContaining("pin the name you want: @ApiDocs(types = @TypeName(of = \"GET /warehouse/items/{id} 200\"");
        assertTrue(c.generatedSourceFile("test.ShopItem").isPresent() && c.generatedSourceFile("test.WarehouseItem").isPresent());
        assertFalse(c.generatedSourceFile("test.Item").isPresent(), "no use silently keeps the contested name");
    }

    @Test
    void pinnedNamesWinAndSilenceTheConflict() {
        JavaFileObject api = Compiler.api("@ApiDocs(value = \"conflict\", types = {"
                + "@TypeName(of = \"GET /shop/items/{itemId} 200\", name = \"Item\"),"
                + "@TypeName(of = \"GET /warehouse/items/{id} 200 /bin\", name = \"Never\")})", "import dev.docpoet.TypeName;\n");
        Compilation c = Compiler.compileLenient(api);
        assertThat(c).succeeded();
        assertTrue(c.generatedSourceFile("test.Item").isPresent(), "pinned, path parameter names do not matter");
        assertTrue(c.generatedSourceFile("test.WarehouseItem").isPresent());
        assertThat(c).hadWarningContaining("[GenPinUnused]");
        assertThat(c).hadWarningContaining("the type name pinned for `GET /warehouse/items/{id} 200 /bin` matches no body or field")
                .inFile(api).onLineContaining("/bin");
        assertThat(c).hadWarningCount(1);
    }

    @Test
    void pinningNestedRecordsAndEnums() {
        Map<String, String> out = sources(Compiler.compile(Compiler.api("@ApiDocs(value = \"stab/get-ticket.md\", types = {"
                + "@TypeName(of = \"GET /v1/tickets/{id} 200\", name = \"SupportTicket\"),"
                + "@TypeName(of = \"GET /v1/tickets/{id} 200 /author\", name = \"Person\"),"
                + "@TypeName(of = \"GET /v1/tickets/{id} 200 /state\", name = \"Lifecycle\")})", "import dev.docpoet.TypeName;\n")));
        assertTrue(out.containsKey("SupportTicket.java") && out.containsKey("Lifecycle.java"), out.keySet().toString());
        assertTrue(out.get("SupportTicket.java").contains("record Person("), out.get("SupportTicket.java"));
    }

    @Test
    void aPinThatIsNotAJavaNameIsAnErrorOnThePin() {
        JavaFileObject api = Compiler.api("@ApiDocs(value = \"stab/get-ticket.md\", types =\n"
                + "    @TypeName(of = \"GET /v1/tickets/{id} 200\", name = \"2fast\"))", "import dev.docpoet.TypeName;\n");
        Compilation c = Compiler.compile(api);
        assertThat(c).hadErrorContaining("`2fast` is not a Java type name; pin a name such as Ticket [GenPinInvalid]")
                .inFile(api).onLineContaining("2fast");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void recordsValidateThemselvesSoAFieldNamedValidateYieldsAndNoNameIsTakenByAValidator() throws Exception {
        Compilation c = Compiler.compile(Compiler.api("@ApiDocs(\"clash\")", ""));
        assertThat(c).succeeded();
        Map<String, String> out = sources(c);
        assertEquals(java.util.Set.of("Ticket.java", "TicketValidator.java"), out.keySet(), "a body may be called TicketValidator");
        assertTrue(out.get("TicketValidator.java").contains("record TicketValidator("), out.get("TicketValidator.java"));
        Class<?> ticket = new CompiledClasses(c).loadClass("test.Ticket");
        assertEquals(List.class, ticket.getMethod("validate").getReturnType());
        // the documented `validate` keeps its wire name under another Java name
        assertTrue(out.get("Ticket.java").contains("@JsonProperty(\"validate\") @Nullable Boolean validate2,"), out.get("Ticket.java"));
    }

    @Test
    void anEnumFieldNamedKnownCompiles() {
        Map<String, String> out = sources(Compiler.compile(Compiler.api("@ApiDocs(\"known\")", "")));
        assertTrue(out.containsKey("FlagKnown.java"), out.keySet().toString());
        assertFalse(out.containsKey("Known.java"));
    }

    @Test
    void theInterfacesOwnNameIsReserved() {
        JavaFileObject api = JavaFileObjects.forSourceString("test.Ticket",
                "package test;\nimport dev.docpoet.ApiDocs;\n@ApiDocs(\"stab/get-ticket.md\")\npublic interface Ticket {}\n");
        Compilation c = Compiler.compile(api);
        assertThat(c).succeededWithoutWarnings();
        Compilation verbose = com.google.testing.compile.Compiler.javac().withProcessors(new ApiDocsProcessor())
                .withOptions("-Adocpoet.docsDir=" + Compiler.DOCS, "-Adocpoet.verbose=true").compile(api);
        assertThat(verbose).hadNoteContaining("GET /v1/tickets/{id} 200 is named `GetTicketResponse` because `Ticket` is reserved"
                + " or names another type [GenTypeName]").inFile(api).onLineContaining("@ApiDocs");
        assertTrue(c.generatedSourceFile("test.GetTicketResponse").isPresent(), c.generatedSourceFiles().toString());
    }

    @Test
    void aTypeOfTheUsersInThePackageIsReserved() {
        JavaFileObject mine = JavaFileObjects.forSourceString("test.Ticket", "package test;\npublic final class Ticket {}\n");
        Compilation c = Compiler.compile(Compiler.api("@ApiDocs(\"stab/get-ticket.md\")", ""), mine);
        assertThat(c).succeededWithoutWarnings();
        assertTrue(c.generatedSourceFile("test.GetTicketResponse").isPresent(), c.generatedSourceFiles().toString());
    }

    @Test
    void anInvalidPackageNameIsAnErrorOnIt() {
        JavaFileObject api = Compiler.api("@ApiDocs(value = \"stab/get-ticket.md\",\n    packageName = \"com.acme.not valid\")", "");
        Compilation c = Compiler.compile(api);
        assertThat(c).hadErrorContaining("packageName \"com.acme.not valid\" is not a Java package name [ApiDocsBadPackage]")
                .inFile(api).onLineContaining("packageName");
        assertThat(c).hadErrorCount(1);
    }
}
