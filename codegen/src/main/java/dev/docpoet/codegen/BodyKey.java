package dev.docpoet.codegen;

import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * One body of one endpoint: its request body ({@code status} null) or the response of one status. The generator tells,
 * for each, the Java type that reads it.
 */
public record BodyKey(String method, String path, @Nullable String status) implements Comparable<BodyKey> {
    private static final Comparator<BodyKey> ORDER = Comparator.comparing(BodyKey::path).thenComparing(BodyKey::method)
            .thenComparing(k -> k.status() == null ? "" : k.status());

    /** {@code GET /tickets/{id} 200}, {@code POST /tickets request}. */
    @Override
    public String toString() {
        return method + " " + path + " " + (status == null ? "request" : status);
    }

    @Override
    public int compareTo(BodyKey o) {
        return ORDER.compare(this, o);
    }
}
