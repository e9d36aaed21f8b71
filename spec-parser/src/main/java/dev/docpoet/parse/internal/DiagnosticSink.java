package dev.docpoet.parse.internal;

import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.ParserCode;
import dev.docpoet.spec.SourceLocation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Collects the diagnostics of one page, so that parsing reports every problem in one pass. */
public final class DiagnosticSink {
    /** Past this many findings of one code on one page, the rest are counted, not listed. */
    static final int MAX_PER_CODE = 100;

    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<ParserCode, Integer> counts = new EnumMap<>(ParserCode.class);

    public void report(ParserCode code, SourceLocation at, String message, @Nullable String hint) {
        int n = counts.merge(code, 1, Integer::sum);
        if (n < MAX_PER_CODE) {
            diagnostics.add(new Diagnostic(code, message, at, hint));
        } else if (n == MAX_PER_CODE) {
            diagnostics.add(new Diagnostic(code, "more findings like the ones above follow; only the first "
                    + (MAX_PER_CODE - 1) + " are listed", at, null));
        }
    }

    public void report(ParserCode code, SourceLocation at, String message) {
        report(code, at, message, null);
    }

    public List<Diagnostic> all() {
        return List.copyOf(diagnostics);
    }
}
