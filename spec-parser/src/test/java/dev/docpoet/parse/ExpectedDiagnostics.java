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
 * (for a fenced example, its first line of JSON, where diagnostics about the example point), or with
 * {@code on "text"} the next line holding that text (a key inside a JSON block, where no marker can go);
 * and no error or warning may appear without a marker; infos need a marker only to be checked.
 */
public final class ExpectedDiagnostics {
    /** {@code <!-- … -->} in markdown, or MDX's own comment {@code {/* … *}{@code /}}. */
    private static final Pattern MARKER = Pattern.compile(
            "(?:<!--|\\{/\\*) expect-(error|warning|info): \\[(\\w+)](?: on \"([^\"]+)\")? (?:-->|\\*/})");

    private ExpectedDiagnostics() {}

    public static void check(String fixture, String text, ApiDocument doc) {
        String[] lines = text.split("\n", -1);
        // each marker: its code and severity, and the lines it may mean (a fence, or the first line of JSON in it)
        List<String> markers = new ArrayList<>();
        List<List<Integer>> targets = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher m = MARKER.matcher(lines[i]);
            if (!m.find()) continue;
            List<Integer> at = new ArrayList<>();
            if (m.group(3) != null) {
                // `on "text"`: the next line holding the text, for places inside a JSON block where no marker can go
                for (int t = i + 1; t < lines.length && at.isEmpty(); t++) {
                    if (lines[t].contains(m.group(3)) && !MARKER.matcher(lines[t]).find()) at.add(t + 1);
                }
            } else {
                int target = i + 1;
                while (target < lines.length && (lines[target].isBlank() || MARKER.matcher(lines[target]).find())) target++;
                at.add(target + 1);
                if (target < lines.length && lines[target].startsWith("```")) at.add(target + 2);
            }
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
