package dev.docpoet.spec;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Everything one doc page says: its endpoints and what the parser found wrong or inferred on the way. */
public record ApiDocument(
        String source,
        Dialect dialect,
        @Nullable String title,
        List<Endpoint> endpoints,
        List<Diagnostic> diagnostics) {

    public ApiDocument {
        endpoints = List.copyOf(endpoints);
        diagnostics = diagnostics.stream().sorted().toList();
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
