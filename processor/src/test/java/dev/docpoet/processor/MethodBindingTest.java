package dev.docpoet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Methods the user declares bind to documented endpoints, by {@code @Endpoint} or by name; each parameter by name or
 * {@code @Param}; the return type against the documented body. Every mismatch is a compile error on its element.
 */
class MethodBindingTest {
    private static JavaFileObject api(String body) {
        return JavaFileObjects.forSourceString("test.Acme", """
                package test;
                import dev.docpoet.ApiDocs;
                import dev.docpoet.Endpoint;
                import dev.docpoet.Param;
                import dev.docpoet.client.ApiResponse;
                import java.util.List;
                import java.util.concurrent.CompletableFuture;
                @SuppressWarnings("docpoet:InferFieldsFromExample") // the 404 body, from its example: a Mintlify page has no fields for it
                @ApiDocs("client")
                public interface Acme {
                """ + body + "\n}\n");
    }

    @Test
    void methodsBindByEndpointOrNameAndTheClientImplementsThem() throws Exception {
        JavaFileObject api = api("""
                    @Endpoint("GET /v1/tickets/{id}")
                    Ticket ticket(String ticketId, @Param("X-Workspace-Id") String workspace, List<String> expand);
                    CompletableFuture<Ticket> getTicketAsync(String ticketId, String xWorkspaceId);
                    ApiResponse<CreateTicketResponse> createTicket(CreateTicketRequest request);
                    void deleteTicket(String ticketId);
                    default String describe() { return "mine"; }
                """);
        Compilation c = Compiler.compileWithClient(api);
        assertThat(c).succeededWithoutWarnings();
        String client = ClientGenerationTest.source(c, "test.AcmeClient");
        assertTrue(client.contains("public final class AcmeClient implements Acme {"), client);
        assertTrue(client.contains(".requiredHeader(\"X-Workspace-Id\", workspace)"), client);
        assertTrue(client.contains(".query(\"expand\", expand, true)"), client);
        assertTrue(client.contains("public ApiResponse<CreateTicketResponse> createTicket(CreateTicketRequest request)"), client);
        assertTrue(client.contains(".requiredBody(request)"), client);
        assertTrue(c.generatedSourceFile("test.AcmeEndpoints").isEmpty(), "no companion when the user declares methods");
    }

    @Test
    void anUnboundMethodIsAnErrorWithASuggestion() {
        JavaFileObject api = api("    Ticket getTicekt(String ticketId, String xWorkspaceId);");
        Compilation c = Compiler.compileWithClient(api);
        assertThat(c).hadErrorContaining("`getTicekt` binds to no documented endpoint: name it as the docs title an endpoint"
                + " (did you mean getTicket?), or say which with @Endpoint(\"METHOD /path\") [ApiDocsUnboundMethod]")
                .inFile(api).onLineContaining("getTicekt");
    }

    @Test
    void anUnknownEndpointIsAnErrorOnTheAnnotation() {
        JavaFileObject api = api("""
                    @Endpoint("GET /v1/ticket/{id}")
                    Ticket fetch(String ticketId, String xWorkspaceId);
                """);
        Compilation c = Compiler.compileWithClient(api);
        assertThat(c).hadErrorContaining("@Endpoint(\"GET /v1/ticket/{id}\") names no documented endpoint; did you mean"
                + " \"GET /v1/tickets/{ticketId}\"? [ApiDocsUnknownEndpoint]").inFile(api).onLineContaining("@Endpoint(");
    }

    @Test
    void anUnknownParameterIsAnErrorOnIt() {
        JavaFileObject api = api("    Ticket getTicket(String ticketId, String xWorkspaceId, Boolean includeClosd);");
        Compilation c = Compiler.compileWithClient(api);
        assertThat(c).hadErrorContaining("parameter `includeClosd` fills no parameter of GET /v1/tickets/{ticketId}; did you mean"
                + " includeClosed?").inFile(api).onLineContaining("includeClosd");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void aMissingRequiredParameterIsAnErrorOnTheMethod() {
        JavaFileObject api = api("    Ticket getTicket(String ticketId);");
        Compilation c = Compiler.compileWithClient(api);
        assertThat(c).hadErrorContaining("`getTicket` lacks the required header parameter `X-Workspace-Id` of GET"
                + " /v1/tickets/{ticketId}: add a parameter `String xWorkspaceId` [ApiDocsMissingParameter]")
                .inFile(api).onLineContaining("getTicket(");
    }

    @Test
    void aWrongParameterTypeIsAnErrorOnIt() {
        JavaFileObject api = api("    Ticket getTicket(String ticketId, String xWorkspaceId, String includeClosed);");
        Compilation c = Compiler.compileWithClient(api);
        assertThat(c).hadErrorContaining("parameter `includeClosed` fills the query `includeClosed` of GET /v1/tickets/{ticketId},"
                + " documented as Boolean, so it must be a Boolean [ApiDocsParameterType]").inFile(api).onLineContaining("String includeClosed");
    }

    @Test
    void aParameterWithDocumentedValuesTakesTheirEnumOrTheirPlainTypeAsBefore() throws Exception {
        JavaFileObject api = api("""
                    TicketList listTickets(String xWorkspaceId, @org.jspecify.annotations.Nullable TicketStatus status);
                    @Endpoint("GET /v1/tickets")
                    TicketList listByText(String xWorkspaceId, @org.jspecify.annotations.Nullable String status);
                """);
        Compilation c = Compiler.compileWithClient(api);
        assertThat(c).succeededWithoutWarnings();
        CompiledClasses classes = new CompiledClasses(c);
        java.util.List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            seen.add(ex.getRequestURI().getRawQuery());
            byte[] out = "{\"tickets\":[],\"nextCursor\":null}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, out.length);
            ex.getResponseBody().write(out);
            ex.close();
        });
        server.start();
        try {
            Object builder = classes.loadClass("test.AcmeClient").getMethod("builder").invoke(null);
            CompiledClasses.invoke(builder, "baseUri", "http://127.0.0.1:" + server.getAddress().getPort());
            Object client = CompiledClasses.invoke(builder, "build");
            CompiledClasses.invoke(client, "listTickets", "ws_1", classes.loadClass("test.TicketStatus").getField("CLOSED").get(null));
            CompiledClasses.invoke(client, "listByText", "ws_1", "closed");
            org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("status=closed", "status=closed"), seen);
        } finally {
            server.stop(0);
        }
        JavaFileObject wrong = api("    TicketList listTickets(String xWorkspaceId, Long status);");
        assertThat(Compiler.compileWithClient(wrong)).hadErrorContaining("parameter `status` fills the query `status` of GET /v1/tickets,"
                + " documented as TicketStatus, so it must be a TicketStatus or a String [ApiDocsParameterType]")
                .inFile(wrong).onLineContaining("Long status");
    }

    @Test
    void aParameterFilledTwiceIsAnError() {
        JavaFileObject api = api("    Ticket getTicket(String ticketId, String xWorkspaceId, @Param(\"ticketId\") String again);");
        Compilation c = Compiler.compileWithClient(api);
        assertThat(c).hadErrorContaining("parameter `again` fills `ticketId` of GET /v1/tickets/{ticketId}, which parameter"
                + " `ticketId` fills already [ApiDocsParameterTwice]").inFile(api).onLineContaining("again");
    }

    @Test
    void aWrongReturnTypeIsAnErrorSayingWhatToReturn() {
        JavaFileObject api = api("""
                    CreateTicketRequest getTicket(String ticketId, String xWorkspaceId);
                    Ticket deleteTicket(String ticketId);
                """);
        Compilation c = Compiler.compileWithClient(api);
        assertThat(c).hadErrorContaining("`getTicket` returns CreateTicketRequest, but GET /v1/tickets/{ticketId} answers with Ticket:"
                + " return Ticket, ApiResponse<Ticket>, or void [ApiDocsReturnType]").inFile(api).onLineContaining("getTicket(");
        assertThat(c).hadErrorContaining("`deleteTicket` returns Ticket, but DELETE /v1/tickets/{ticketId} answers with no documented"
                + " body: return void [ApiDocsReturnType]").inFile(api).onLineContaining("deleteTicket(");
    }

    @Test
    void methodsWithoutTheClientRuntimeAreAnError() {
        JavaFileObject api = JavaFileObjects.forSourceString("test.Acme", """
                package test;
                import dev.docpoet.ApiDocs;
                @ApiDocs("client")
                public interface Acme {
                    Ticket getTicket(String ticketId, String xWorkspaceId);
                }
                """);
        Compilation c = Compiler.compile(api);
        assertThat(c).hadErrorContaining("`getTicket` needs a generated client to implement it, and clients need docpoet-client on the"
                + " class path: add the dependency dev.docpoet:docpoet-client").inFile(api).onLineContaining("getTicket(");
    }

    @Test
    void anArrayBodyIsAList() throws Exception {
        JavaFileObject api = JavaFileObjects.forSourceString("test.Models", """
                package test;
                import java.util.List;
                @SuppressWarnings({"docpoet:InferArrayBody", "docpoet:InferFieldsFromExample"}) // the array body is the point
                @dev.docpoet.ApiDocs("arrays")
                public interface Models {
                    List<Model> listModels();
                    java.util.concurrent.CompletableFuture<dev.docpoet.client.ApiResponse<List<Model>>> listModelsAsync();
                }
                """);
        Compilation c = Compiler.compileWithClient(api);
        assertThat(c).succeededWithoutWarnings();
        String client = ClientGenerationTest.source(c, "test.ModelsClient");
        assertTrue(client.contains("Call.<List<Model>>builder(\"GET\", \"/models\", Types.listOf(Model.class))"), client);
        assertTrue(client.contains(".validator(Call.eachItem(Model::validate))"), client);
    }
}
