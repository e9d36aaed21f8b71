package dev.docpoet.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.client.TestServer.Answer;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Tokens and keys that no header can carry are refused when the builder gets them, by a message that never shows them;
 * user info in a base URL never shows in {@code toString()}, messages or logs. The server on 127.0.0.1 checks that a
 * refused client sends nothing.
 */
class SecretsTest {
    private static final String TOKEN = "sk_live_4f9a\u2013b7c1e2d3";

    /** A builder as docpoet generates one for docs with an API-key scheme in a header and one in the query. */
    static final class Builder extends ClientBuilder<Builder> {
        Builder() {
            super("", Map.of());
        }

        Builder apiKey(String key) {
            return auth(Auth.apiKeyHeader("X-API-Key", key), "apiKey");
        }

        Builder queryKey(String key) {
            return auth(Auth.apiKeyQuery("api_key", key), "queryKey");
        }

        Transport build() {
            return transport();
        }
    }

    private final TestServer server = new TestServer();

    SecretsTest() throws IOException {}

    @AfterEach
    void stop() {
        server.close();
    }

    private static void assertNotShown(String secret, String message) {
        assertFalse(message.contains(secret), "the secret is shown: " + message);
        // nor a long piece of it, either side of the bad character
        for (String part : secret.split("[^\\x21-\\x7e]+")) {
            if (part.length() >= 4) assertFalse(message.contains(part), "part of the secret is shown: " + message);
        }
    }

    @Test
    void aTokenWithAPastedEnDashIsRefusedNamingSetterPositionAndKindNeverTheToken() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Builder().baseUri(server.uri()).bearerToken(TOKEN).build());
        assertEquals("bearerToken(…) refused: the token holds a non-ASCII character (U+2013 EN DASH) at index 12 of its 21"
                + " characters, which cannot go into an HTTP header (a dash pasted for a hyphen?). The token is not shown.", e.getMessage());
        assertNotShown(TOKEN, e.getMessage());
        assertTrue(server.seen.isEmpty());
    }

    @Test
    void controlCharactersAndOtherNonAsciiAreRefusedToo() {
        IllegalArgumentException newline = assertThrows(IllegalArgumentException.class, () -> new Builder().bearerToken("tok3n-abcd\n"));
        assertTrue(newline.getMessage().contains("a line break (U+000A) at index 10 of its 11 characters"), newline.getMessage());
        assertTrue(newline.getMessage().contains("a trailing line break, as read from a file?"), newline.getMessage());
        assertNotShown("tok3n-abcd", newline.getMessage());

        IllegalArgumentException tab = assertThrows(IllegalArgumentException.class, () -> new Builder().bearerToken("tok3n\tabcd"));
        assertTrue(tab.getMessage().contains("a control character (U+0009) at index 5"), tab.getMessage());

        IllegalArgumentException accent = assertThrows(IllegalArgumentException.class,
                () -> new Builder().auth(Auth.bearer("caf\u00e9-s3cret-value")));
        assertTrue(accent.getMessage().startsWith("auth(…) refused: the token holds a non-ASCII character (U+00E9 LATIN SMALL LETTER E"
                + " WITH ACUTE) at index 3"), accent.getMessage());
        assertNotShown("s3cret-value", accent.getMessage());

        assertEquals("Auth.bearer(***)", new Builder().bearerToken("a b.c~d+e/f=").toString().split("auth=")[1].split(",")[0],
                "visible ASCII and spaces are taken as they are");
    }

    @Test
    void apiKeysInAHeaderOrTheQueryAreCheckedTheSameWayNamingTheGeneratedSetter() {
        String key = "k_9f8e7d\u201d6c5b";
        IllegalArgumentException header = assertThrows(IllegalArgumentException.class, () -> new Builder().apiKey(key));
        assertTrue(header.getMessage().startsWith("apiKey(…) refused: the API key holds a non-ASCII character (U+201D RIGHT DOUBLE"
                + " QUOTATION MARK) at index 8 of its 13 characters"), header.getMessage());
        assertTrue(header.getMessage().contains("a typographic quote pasted for a plain one?"), header.getMessage());
        assertNotShown(key, header.getMessage());
        IllegalArgumentException query = assertThrows(IllegalArgumentException.class, () -> new Builder().queryKey("qk_1234\r"));
        assertTrue(query.getMessage().startsWith("queryKey(…) refused: the API key holds a line break (U+000D) at index 7 of its 8"
                + " characters, which no API key holds (a trailing line break, as read from a file?)"), query.getMessage());
        assertNotShown("qk_1234", query.getMessage());

        new Builder().baseUri(server.uri()).apiKey("k_1").build().send(Call.builder("GET", "/x", Object.class).build());
        assertEquals("k_1", server.seen.get(0).header("X-API-Key"), "a good key still goes out");
    }

    @Test
    void aHeaderValueNoHeaderCanCarryIsRefusedWithoutEchoing() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Builder().header("X-Signature", "sig\u2013abcdef0123"));
        assertTrue(e.getMessage().contains("U+2013 at index 3"), e.getMessage());
        assertNotShown("abcdef0123", e.getMessage());
    }

    @Test
    void userInfoInTheBaseUrlIsRedactedWhereverTheBaseUrlIsPrinted() throws Exception {
        String base = server.uri().replace("http://", "http://deploy:hunter2-pw@");
        Builder builder = new Builder().baseUri(base).bearerToken("t0ken-value");
        assertTrue(builder.toString().startsWith("SecretsTest.Builder[baseUri=http://***@127.0.0.1:"), builder.toString());
        assertTrue(builder.toString().endsWith(", auth=Auth.bearer(***), requestTimeout=60 s, maxResponseBytes=64 MiB]"), builder.toString());
        Transport t = builder.build();
        assertTrue(t.toString().contains("http://***@127.0.0.1:"), t.toString());
        for (String shown : List.of(builder.toString(), t.toString())) {
            assertNotShown("hunter2-pw", shown);
            assertNotShown("t0ken-value", shown);
        }

        // the request and its log line
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
        server.then(Answer.json(404, "{}"));
        ApiException e;
        try {
            e = assertThrows(ApiException.class, () -> t.send(Call.builder("GET", "/x", Object.class).build()));
        } finally {
            jul.removeHandler(handler);
            jul.setLevel(null);
        }
        assertNotShown("hunter2-pw", e.getMessage());
        assertTrue(lines.stream().anyMatch(l -> l.contains("→ GET http://***@127.0.0.1:")), String.join("\n", lines));
        for (String line : lines) assertNotShown("hunter2-pw", line);
        assertNotShown("hunter2-pw", server.seen.get(0).headers().toString()); // nor sent: the JDK leaves user info out

        // and the messages that refuse a base URL
        IllegalArgumentException noHost = assertThrows(IllegalArgumentException.class,
                () -> new Builder().baseUri(URI.create("file://deploy:hunter2-pw@/etc")));
        assertNotShown("hunter2-pw", noHost.getMessage());
        IllegalArgumentException malformed = assertThrows(IllegalArgumentException.class,
                () -> new Builder().baseUri("https://deploy:hunter2 pw@api.example.com/"));
        assertTrue(malformed.getMessage().contains("https://***@api.example.com/"), malformed.getMessage());
        assertNotShown("hunter2", malformed.getMessage());
    }
}
