package dev.docpoet.client;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Requests and responses are logged through System.Logger at debug level, with every secret redacted. */
class LoggingTest {
    @Test
    void debugLogsRedactAuthHeadersAndQueryKeys() throws Exception {
        // System.Logger goes to java.util.logging when nothing else is installed; DEBUG is its FINE
        Logger jul = Logger.getLogger("dev.docpoet.client");
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                Object[] p = r.getParameters();
                lines.add(p == null ? r.getMessage() : java.text.MessageFormat.format(r.getMessage(), p));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        jul.setLevel(Level.FINE);
        jul.addHandler(handler);
        try (TestServer server = new TestServer()) {
            server.then(TestServer.Answer.json(503, "")).then(TestServer.Answer.json(200, "{}"));
            new TransportTest.Builder("", Map.of()).baseUri(server.uri()).bearerToken("s3cret-token")
                    .retryPolicy(RetryPolicy.defaults().backoff(Duration.ofMillis(1), Duration.ofMillis(1))).build()
                    .send(Call.builder("GET", "/x", Object.class).header("X-Api-Key", "k3y").query("q", "visible", true).build());
            new TransportTest.Builder("", Map.of()).baseUri(server.uri()).auth(Auth.apiKeyQuery("api_key", "qk3y")).build()
                    .send(Call.builder("GET", "/y", Object.class).build());
        } finally {
            jul.removeHandler(handler);
            jul.setLevel(null);
        }
        String all = String.join("\n", lines);
        assertTrue(all.contains("→ GET http://127.0.0.1:"), all);
        assertTrue(all.contains("q=visible"), all);
        assertTrue(all.contains("← 503 GET /x"), all);
        assertTrue(all.contains("retrying GET /x"), all);
        assertTrue(all.contains("Authorization: <redacted>"), all);
        assertTrue(all.contains("api_key=<redacted>"), all);
        for (String secret : new String[] {"s3cret-token", "k3y", "qk3y"}) assertFalse(all.contains(secret), secret + " leaked:\n" + all);
    }
}
