package dev.docpoet.samples.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import dev.docpoet.client.ApiException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The client and types docpoet generates for {@code @ApiDocs("billing/openapi.yaml") interface Billing {}}: a spec file
 * as the source, its component schemas naming the records, against a server on 127.0.0.1.
 */
class BillingClientTest {
    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Deque<Object[]> answers = new ArrayDeque<>();

    BillingClientTest() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            requests.add(ex.getRequestMethod() + " " + ex.getRequestURI() + " " + ex.getRequestHeaders().getFirst("Authorization") + " "
                    + new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Object[] a;
            synchronized (answers) {
                a = answers.poll();
            }
            byte[] body = ((String) a[1]).getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders((Integer) a[0], body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(int status, String json) {
        synchronized (answers) {
            answers.add(new Object[] {status, json});
        }
    }

    private BillingClient client() {
        return BillingClient.builder().baseUri("http://127.0.0.1:" + server.getAddress().getPort()).bearerToken("sk_1").maxRetries(0).build();
    }

    @Test
    void createsAnInvoiceFromTheSpecsComponentsAndReadsItBack() {
        answer(201, "{\"id\":\"in_1\",\"customer\":\"c_9\",\"currency\":\"EUR\",\"status\":\"open\",\"total\":1250,\"paidAt\":null,"
                + "\"lines\":[{\"description\":\"Seat\",\"amount\":1250}]}");
        BillingEndpoints api = client();
        InvoiceDraft draft = InvoiceDraft.builder().customer("c_9")
                .lines(List.of(InvoiceLine.builder().description("Seat").amount(1250L).build())).build();
        Invoice invoice = api.invoices().create(draft);
        assertEquals(InvoiceStatus.OPEN, invoice.status());
        assertEquals(1250L, invoice.total());
        assertNull(invoice.paidAt(), "type: [string, null] is nullable");
        assertEquals("Seat", invoice.lines().get(0).description());
        assertEquals("POST /invoices Bearer sk_1 {\"customer\":\"c_9\",\"lines\":[{\"description\":\"Seat\",\"amount\":1250}]}", requests.get(0));
    }

    @Test
    void getsAnInvoiceAndADocumentedErrorIsTyped() {
        answer(200, "{\"id\":\"in_1\",\"customer\":\"c_9\",\"status\":\"paid\",\"total\":99,\"paidAt\":\"2026-05-01T10:00:00Z\",\"lines\":[]}");
        answer(404, "{\"title\":\"No such invoice\",\"status\":404}");
        Invoice paid = client().invoices().get("in_1");
        assertEquals(OffsetDateTime.parse("2026-05-01T10:00:00Z"), paid.paidAt());
        assertEquals(InvoiceStatus.PAID, paid.status());
        ApiException e = assertThrows(ApiException.class, () -> client().invoices().get("in 2"));
        assertEquals(404, e.status());
        assertEquals("No such invoice", e.error(Problem.class).orElseThrow().title());
        assertEquals("GET /invoices/in%202 Bearer sk_1 ", requests.get(1));
    }
}
