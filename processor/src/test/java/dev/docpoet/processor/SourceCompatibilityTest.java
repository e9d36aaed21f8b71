package dev.docpoet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import com.sun.net.httpserver.HttpServer;
import dev.docpoet.diff.ApiDiff;
import dev.docpoet.diff.ApiLock;
import dev.docpoet.parse.DocParser;
import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.ApiModel;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Doc-evolution pairs: the README's compatibility rule, proved. A user's program is written against the client of the
 * first version of the docs ({@code evolution/shop}); for each kind of change the API diff calls {@code ok}, the next
 * version of the docs is generated, the same program compiles against it, warning-free, and, run against a server on
 * 127.0.0.1, sends the same requests and reads the same values. For each kind the diff calls {@code breaking}, the diff
 * says so, and for some the program indeed no longer compiles or runs.
 */
class SourceCompatibilityTest {
    private static final JavaFileObject SHOP = JavaFileObjects.forSourceString("test.Shop", """
            package test;

            @SuppressWarnings("docpoet:InferEnumFromProse") // the orders' status: open, "e.g." values
            @dev.docpoet.ApiDocs("shop")
            public interface Shop {}
            """);

    /** The user's program: every part of the client's surface a change below touches. */
    private static final JavaFileObject BUYER = JavaFileObjects.forSourceString("test.Buyer", """
            package test;

            import dev.docpoet.client.NotFoundException;
            import java.util.ArrayList;
            import java.util.List;

            public final class Buyer {
                public static List<String> run(String base) {
                    ShopClient shop = ShopClient.builder().baseUri(base).maxRetries(0).build();
                    List<String> seen = new ArrayList<>();
                    OrderList page = shop.orders().list(OrderListParams.builder().limit(2L).status(OrderStatus.OPEN).build());
                    seen.add(page.orders().get(0).id() + " " + describe(page.orders().get(0).status()) + ", next " + page.nextCursor());
                    seen.add("all: " + shop.orders().list().orders().size());
                    Order order = shop.orders().get("o 1", OrderGetParams.builder().xStoreId("s1").build());
                    seen.add(order.id() + " " + order.total() + " " + describe(order.status()) + " " + order.note());
                    CreateOrderResponse created = shop.orders().create(CreateOrderRequest.builder().item("pen").quantity(2L)
                            .priority(CreateOrderRequestPriority.HIGH).build());
                    seen.add("created " + created.id());
                    seen.add("cancelled " + shop.orders().cancel("o 1").id());
                    try {
                        shop.orders().get("missing", OrderGetParams.builder().xStoreId("s1").build());
                    } catch (NotFoundException e) {
                        seen.add(e.status() + " " + e.error(NotFoundError.class).map(NotFoundError::message).orElse("?"));
                    }
                    return seen;
                }

                private static String describe(OrderStatus status) {
                    switch (status.known()) {
                        case OPEN:
                            return "open";
                        case SHIPPED:
                            return "shipped";
                        default:
                            return "other " + status.value();
                    }
                }
            }
            """);

    private static final List<String> READ = List.of("o1 open, next c_2", "all: 1", "o 1 1250 shipped gift", "created o2",
            "cancelled o 1", "404 no such order");
    private static final List<String> SENT = List.of("GET /v1/orders?limit=2&status=open x-store-id=null ", "GET /v1/orders x-store-id=null ",
            "GET /v1/orders/o%201 x-store-id=s1 ", "POST /v1/orders x-store-id=null {\"item\":\"pen\",\"quantity\":2,\"priority\":\"high\"}",
            "POST /v1/orders/o%201/cancel x-store-id=null ", "GET /v1/orders/missing x-store-id=s1 ");

    @TempDir
    static Path tmp;

    private static Map<String, String> base;

    @BeforeAll
    static void theProgramWorksWithTheFirstVersion() throws Exception {
        base = new TreeMap<>();
        Path folder = Compiler.resource("evolution/shop");
        try (Stream<Path> pages = Files.list(folder)) {
            for (Path p : pages.sorted().toList()) base.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
        }
        Compilation c = compile("v1", base);
        assertThat(c).succeededWithoutWarnings();
        Run run = run(c);
        assertEquals(READ, run.read());
        assertEquals(SENT, run.sent());
    }

    /** One kind of change: how the docs change, and what the API diff says of it. */
    private record Change(String kind, UnaryOperator<Map<String, String>> edit, List<String> diff) {
        @Override
        public String toString() {
            return kind;
        }
    }

    static Stream<Change> okChanges() {
        return Stream.of(
                new Change("an optional query parameter", edit("list-orders.md", "\n## Response 200",
                        "\n  - `sort` (string)\n    Sort order\n\n## Response 200"),
                        List.of("ok        GET /v1/orders query sort: optional parameter added")),
                new Change("the first parameter of an endpoint that had none", edit("cancel-order.md", "## Response 200",
                        "## Query parameters:\n\n  - `reason` (string)\n    Why\n\n## Response 200"),
                        List.of("ok        POST /v1/orders/{}/cancel query reason: optional parameter added")),
                new Change("a required header that became optional", edit("get-order.md", "`x-store-id` (string, required)",
                        "`x-store-id` (string)"), List.of("ok        GET /v1/orders/{} header x-store-id: became optional")),
                new Change("a query parameter that takes any value", edit("list-orders.md", "`limit` (integer)", "`limit` (any)"),
                        List.of("ok        GET /v1/orders query limit: type integer → any")),
                new Change("a value of a parameter's enum", edit("list-orders.md", "Enum: \"open\", \"shipped\"",
                        "Enum: \"open\", \"shipped\", \"returned\""), List.of("ok        GET /v1/orders query status: enum value `returned` added")),
                new Change("an optional request field", edit("create-order.md", "    How many\n", "    How many\n\n  - `giftWrap` (boolean)\n    Wrapped\n"),
                        List.of("ok        POST /v1/orders request /giftWrap: optional field added")),
                new Change("a required request field that became optional", edit("create-order.md", "`item` (string, required)", "`item` (string)"),
                        List.of("ok        POST /v1/orders request /item: became optional")),
                new Change("a request field that takes any value", edit("create-order.md", "`quantity` (integer)", "`quantity` (any)"),
                        List.of("ok        POST /v1/orders request /quantity: type integer → any")),
                new Change("a request field that may be null", edit("create-order.md", "`quantity` (integer)", "`quantity` (integer,null)"),
                        List.of("ok        POST /v1/orders request /quantity: became nullable")),
                new Change("a value of a request enum", edit("create-order.md", "Enum: \"low\", \"high\"", "Enum: \"low\", \"high\", \"urgent\""),
                        List.of("ok        POST /v1/orders request /priority: enum value `urgent` added")),
                new Change("a required response field", edit("get-order.md", "    In cents\n", "    In cents\n\n  - `currency` (string, required)\n    ISO code\n"),
                        List.of("ok        GET /v1/orders/{} 200 /currency: required field added")),
                new Change("an optional response field that became required", edit("get-order.md", "`note` (string)", "`note` (string, required)"),
                        List.of("ok        GET /v1/orders/{} 200 /note: became required")),
                new Change("a nullable response field that no longer is", edit("list-orders.md", "`nextCursor` (string,null, required)",
                        "`nextCursor` (string, required)"), List.of("ok        GET /v1/orders 200 /nextCursor: no longer nullable")),
                new Change("a value of an open response enum", docs -> edit("get-order.md", "\"shipped\")", "\"shipped\", \"returned\")")
                        .apply(edit("list-orders.md", "\"shipped\")", "\"shipped\", \"returned\")").apply(docs)),
                        List.of("ok        GET /v1/orders 200 /orders [] /status: enum value `returned` added",
                                "ok        GET /v1/orders/{} 200 /status: enum value `returned` added")),
                new Change("an endpoint in a new group", add("list-items.md", """
                        # List the items of an order

                        Endpoint: GET /v1/orders/{orderId}/items

                        ## Path parameters:

                          - `orderId` (string, required)
                            Order id

                        ## Response 200 fields (application/json):

                          - `items` (array, required)
                            The items

                          - `items.name` (string, required)
                            What it is
                        """), List.of("ok        GET /v1/orders/{}/items: endpoint added")),
                new Change("an endpoint in a group that has others", add("delete-order.md", """
                        # Delete an order

                        Endpoint: DELETE /v1/orders/{orderId}

                        ## Path parameters:

                          - `orderId` (string, required)
                            Order id

                        ## Response 200 fields (application/json):

                          - `id` (string, required)
                            Order id
                        """), List.of("ok        DELETE /v1/orders/{}: endpoint added")),
                new Change("an error response", edit("list-orders.md", "    Cursor of the next page\n",
                        "    Cursor of the next page\n\n## Response 404 fields (application/json):\n\n  - `message` (string, required)\n    What went wrong\n"),
                        List.of("ok        GET /v1/orders 404: response added")),
                new Change("a success response after the one the client reads", docs -> {
                    Map<String, String> out = new TreeMap<>(docs);
                    out.put("create-order.md", docs.get("create-order.md") + "\n## Response 202 fields (application/json):\n\n  - `queued` (boolean, required)\n    Queued\n");
                    return out;
                }, List.of("ok        POST /v1/orders 202: response added")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("okChanges")
    void whatTheDiffCallsOkKeepsTheProgramCompilingAndMeaningTheSame(Change change) throws Exception {
        Map<String, String> next = change.edit().apply(base);
        assertEquals(change.diff(), diff(base, next));
        Compilation c = compile(change.kind(), next);
        assertThat(c).succeededWithoutWarnings();
        Run run = run(c);
        assertEquals(READ, run.read(), "the same values read");
        assertEquals(SENT, run.sent(), "the same requests sent");
    }

    static Stream<Arguments> breakingChanges() {
        return Stream.of(
                Arguments.of("a required parameter", edit("list-orders.md", "\n## Response 200", "\n  - `currency` (string, required)\n    ISO code\n\n## Response 200"),
                        "breaking  GET /v1/orders query currency: required parameter added"),
                Arguments.of("an optional parameter that became required", edit("list-orders.md", "`limit` (integer)", "`limit` (integer, required)"),
                        "breaking  GET /v1/orders query limit: became required"),
                Arguments.of("a parameter removed", edit("list-orders.md", "  - `limit` (integer)\n    Page size\n\n", ""),
                        "breaking  GET /v1/orders query limit: parameter removed"),
                Arguments.of("a response field removed", edit("get-order.md", "  - `note` (string)\n    A note from the buyer\n", ""),
                        "breaking  GET /v1/orders/{} 200 /note: field removed"),
                Arguments.of("a required response field that became optional", edit("get-order.md", "`total` (integer, required)", "`total` (integer)"),
                        "breaking  GET /v1/orders/{} 200 /total: became optional"),
                Arguments.of("a value of a response enum removed", edit("get-order.md", "(e.g., \"open\", \"shipped\")", "(e.g., \"open\", \"closed\")"),
                        "breaking  GET /v1/orders/{} 200 /status: enum value `shipped` removed"),
                Arguments.of("documented values for a plain value", edit("create-order.md", "    What to order\n", "    What to order\n    Enum: \"pen\", \"ink\"\n"),
                        "breaking  POST /v1/orders request /item: documented values added (ink, pen): the value's type becomes an enum"),
                Arguments.of("a response field that takes any value", edit("get-order.md", "`note` (string)", "`note` (any)"),
                        "breaking  GET /v1/orders/{} 200 /note: type string → any"),
                Arguments.of("a success response before the one the client reads", edit("create-order.md", "## Response 201 fields",
                        "## Response 200 fields (application/json):\n\n  - `queued` (boolean, required)\n    Queued\n\n## Response 201 fields"),
                        "breaking  POST /v1/orders: the client reads the 200 response now, not the 201 one"),
                Arguments.of("an error response with a body removed", edit("get-order.md", "\n## Response 404 fields (application/json):\n\n"
                        + "  - `message` (string, required)\n    What went wrong\n", ""),
                        "breaking  GET /v1/orders/{} 404: error response with a body removed"),
                Arguments.of("an endpoint removed", (UnaryOperator<Map<String, String>>) docs -> {
                    Map<String, String> out = new TreeMap<>(docs);
                    out.remove("cancel-order.md");
                    return out;
                }, "breaking  POST /v1/orders/{}/cancel: endpoint removed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakingChanges")
    void whatTheDiffCallsBreakingItSaysIs(String kind, UnaryOperator<Map<String, String>> edit, String change) {
        List<String> changes = diff(base, edit.apply(base));
        assertTrue(changes.contains(change), () -> kind + ": " + changes);
    }

    @org.junit.jupiter.api.Test
    void andWhatItCallsBreakingDoesBreakTheProgram() throws Exception {
        // a parameter the docs now require, new or made so: the form without parameters goes
        for (UnaryOperator<Map<String, String>> edit : List.of(edit("list-orders.md", "`limit` (integer)", "`limit` (integer, required)"),
                edit("list-orders.md", "\n## Response 200", "\n  - `currency` (string, required)\n    ISO code\n\n## Response 200"))) {
            Compilation required = compile("required", edit.apply(base));
            assertThat(required).hadErrorContaining("method list in class test.ShopOrders cannot be applied to given types")
                    .inFile(BUYER).onLineContaining("shop.orders().list()");
        }
        // a value of a response enum removed: its constant goes
        Compilation removed = compile("removed", edit("get-order.md", "(e.g., \"open\", \"shipped\")", "(e.g., \"open\", \"closed\")")
                .apply(edit("list-orders.md", "(e.g., \"open\", \"shipped\")", "(e.g., \"open\", \"closed\")").apply(base)));
        assertThat(removed).hadErrorContaining("an enum switch case label must be the unqualified name of an enumeration constant")
                .inFile(BUYER).onLineContaining("case SHIPPED");
        // an error response with a body removed: its type goes
        Compilation error = compile("error", edit("get-order.md", "\n## Response 404 fields (application/json):\n\n"
                + "  - `message` (string, required)\n    What went wrong\n", "").apply(base));
        assertThat(error).hadErrorContaining("cannot find symbol").inFile(BUYER).onLineContaining("NotFoundError.class");
    }

    private static UnaryOperator<Map<String, String>> edit(String page, String from, String to) {
        return docs -> {
            String text = docs.get(page);
            assertTrue(text.contains(from), () -> page + " has no `" + from + "`");
            Map<String, String> out = new TreeMap<>(docs);
            out.put(page, text.replace(from, to));
            return out;
        };
    }

    private static UnaryOperator<Map<String, String>> add(String page, String text) {
        return docs -> {
            Map<String, String> out = new TreeMap<>(docs);
            out.put(page, text);
            return out;
        };
    }

    private static List<String> diff(Map<String, String> before, Map<String, String> after) {
        return ApiDiff.between(lock(before), lock(after)).stream().map(ApiDiff.Change::toString).toList();
    }

    private static ApiLock lock(Map<String, String> docs) {
        List<ApiDocument> parsed = new ArrayList<>();
        docs.forEach((name, text) -> parsed.add(DocParser.parse("shop/" + name, text.getBytes(StandardCharsets.UTF_8))));
        return ApiLock.of(ApiModel.of(parsed));
    }

    /** The docs written to a folder of their own, and the program compiled with the client they give. */
    private static Compilation compile(String version, Map<String, String> docs) throws IOException {
        Path root = Files.createDirectories(tmp.resolve(version.replaceAll("[^A-Za-z0-9]+", "-")));
        Path shop = Files.createDirectories(root.resolve("shop"));
        for (Map.Entry<String, String> d : docs.entrySet()) Files.writeString(shop.resolve(d.getKey()), d.getValue(), StandardCharsets.UTF_8);
        return Compiler.compileWithClientStrict(root, SHOP, BUYER);
    }

    /** What the program read, and what it sent, as the server saw it. */
    private record Run(List<String> read, List<String> sent) {}

    @SuppressWarnings("unchecked")
    private static Run run(Compilation c) throws Exception {
        List<String> sent = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = ex.getRequestURI().getRawPath();
            String query = ex.getRequestURI().getRawQuery();
            sent.add(ex.getRequestMethod() + " " + path + (query == null ? "" : "?" + query) + " x-store-id="
                    + ex.getRequestHeaders().getFirst("x-store-id") + " " + body);
            String route = ex.getRequestMethod() + " " + path;
            int status = 200;
            String out = switch (route) {
                case "GET /v1/orders" -> "{\"orders\":[{\"id\":\"o1\",\"status\":\"open\"}],\"nextCursor\":\"c_2\"}";
                case "GET /v1/orders/o%201" -> "{\"id\":\"o 1\",\"total\":1250,\"status\":\"shipped\",\"note\":\"gift\"}";
                case "POST /v1/orders" -> "{\"id\":\"o2\"}";
                case "POST /v1/orders/o%201/cancel" -> "{\"id\":\"o 1\"}";
                default -> "{\"message\":\"no such order\"}";
            };
            if (route.equals("POST /v1/orders")) status = 201;
            if (route.equals("GET /v1/orders/missing")) status = 404;
            byte[] bytes = out.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(status, bytes.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        server.start();
        try {
            Object read = new CompiledClasses(c).loadClass("test.Buyer").getMethod("run", String.class)
                    .invoke(null, "http://127.0.0.1:" + server.getAddress().getPort());
            return new Run((List<String>) read, List.copyOf(sent));
        } finally {
            server.stop(0);
        }
    }
}
