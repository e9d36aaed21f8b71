package dev.docpoet.processor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What one {@code @ApiDocs} interface was generated from: each doc's label and SHA-256, one per line, sorted. The
 * Maven plugin compares it with the docs to decide when to regenerate; it is written to the generated-sources
 * folder, so it stays out of the jar.
 */
final class Fingerprint {
    static final String SUFFIX = ".docpoet-fingerprint";

    private Fingerprint() {}

    static String of(List<DocLocator.Page> pages) {
        StringBuilder sb = new StringBuilder("# docpoet fingerprint: sha256 and doc, one per line\n");
        pages.stream().sorted((a, b) -> a.label().compareTo(b.label()))
                .forEach(p -> sb.append(sha256(p.bytes())).append("  ").append(p.label()).append('\n'));
        return sb.toString();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(String fingerprint) {
        return fingerprint.getBytes(StandardCharsets.UTF_8);
    }
}
