package dev.docpoet.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expected diagnostics written next to the fixture line they concern (error-prone's {@code // BUG: Diagnostic contains:}):
 * {@code <!-- expect-warning: [LintX] -->} on the line before. Every marker must be met on the next non-blank line
 * (for a fenced example, its first line of JSON, where diagnostics about the example point),
 * and no error or warning may appear without a marker; infos need a marker only to be checked.
 */
public final class ExpectedDiagnostics {
    /** {@code <!-- … -->} in markdown, or MDX's own comment {@code {/* … *}{@code /}}. */
    private static final Pattern MARKER = Pattern.compile("(?:<!--|\\{/\\*) expect-(error|warning|info): \\[(\\w+)] (?:-->|\\*/})");

    private ExpectedDiagnostics() {}

    public static void check(String fixture, String text, ApiDocument doc) {
        String[] lines = text.split("\n", -1);
        // each marker: its code and severity, and the lines it may mean (a fence, or the first line of JSON in it)
        List<String> markers = new ArrayList<>();
        List<List<Integer>> targets = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher m = MARKER.matcher(lines[i]);
            if (!m.find()) continue;
            int target = i + 1;
            while (target < lines.length && lines[target].isBlank()) target++;
            List<Integer> at = new ArrayList<>(List.of(target + 1));
            if (target < lines.length && lines[target].startsWith("```")) at.add(target + 2);
            markers.add(m.group(1) + " [" + m.group(2) + "]");
            targets.add(at);
        }
        List<String> unmet = new ArrayList<>();
        java.util.Set<Diagnostic> met = new java.util.HashSet<>();
        for (int k = 0; k < markers.size(); k++) {
            String marker = markers.get(k);
            List<Integer> at = targets.get(k);
            Diagnostic hit = doc.diagnostics().stream().filter(d -> at.contains(d.location().line())
                    && marker.equals(d.severity().label() + " [" + d.code().id() + "]")).findFirst().orElse(null);
            if (hit == null) {
                unmet.add("line " + at + ": " + marker);
            } else {
                met.add(hit);
            }
        }
        assertEquals(List.of(), unmet, fixture + ": markers not met; all: " + doc.diagnostics());
        List<String> unexpected = doc.diagnostics().stream().filter(d -> d.severity() != Severity.INFO && !met.contains(d))
                .map(Diagnostic::format).toList();
        assertEquals(List.of(), unexpected, fixture + ": errors and warnings without a marker");
    }
}
