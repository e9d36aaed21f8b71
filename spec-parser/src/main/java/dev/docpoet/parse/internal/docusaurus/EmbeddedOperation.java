package dev.docpoet.parse.internal.docusaurus;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.jspecify.annotations.Nullable;

/**
 * The operation docusaurus-openapi-docs writes into a page's {@code api:} front matter: base64 of the zlib-deflated JSON
 * ({@code eJy…}), or base64 of the JSON itself when compression is off.
 */
final class EmbeddedOperation {
    /** A page's operation is far smaller; a larger one is refused, so that a crafted blob cannot exhaust memory. */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    private EmbeddedOperation() {}

    /** Thrown when the value does not decode; says why. */
    static final class Undecodable extends Exception {
        private static final long serialVersionUID = 1L;

        Undecodable(String message) {
            super(message);
        }
    }

    /**
     * Whether a front-matter value looks like such a blob rather than Mintlify's {@code GET /path}: base64 that starts
     * as zlib data does ({@code eJ}, the 0x78 0x9c header) or as JSON does ({@code ey}, {@code {"}); any other token
     * of the base64 alphabet ({@code /v1/users/list-all}) is no operation.
     */
    static boolean looksEncoded(@Nullable String value) {
        if (value == null) return false;
        String v = value.strip();
        return v.length() >= 16 && (v.startsWith("eJ") || v.startsWith("ey")) && v.matches("[A-Za-z0-9+/_=-]+");
    }

    /** The JSON text of the operation. */
    static String decode(String value) throws Undecodable {
        byte[] raw;
        try {
            raw = Base64.getMimeDecoder().decode(value.strip().replace('-', '+').replace('_', '/'));
        } catch (IllegalArgumentException e) {
            throw new Undecodable("it is not base64 (" + e.getMessage() + ")");
        }
        if (raw.length > 1 && (raw[0] & 0xff) == 0x78) return new String(inflate(raw), StandardCharsets.UTF_8);
        String text = new String(raw, StandardCharsets.UTF_8).strip();
        if (text.startsWith("{")) return text;
        throw new Undecodable("it holds neither zlib data nor JSON");
    }

    private static byte[] inflate(byte[] raw) throws Undecodable {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(raw);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) break;
                out.write(buf, 0, n);
                if (out.size() > MAX_BYTES) throw new Undecodable("it inflates to more than " + (MAX_BYTES >> 20) + " MiB");
            }
            if (!inflater.finished()) throw new Undecodable("its zlib data ends early");
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new Undecodable("its zlib data is broken (" + e.getMessage() + ")");
        } finally {
            inflater.end();
        }
    }
}
