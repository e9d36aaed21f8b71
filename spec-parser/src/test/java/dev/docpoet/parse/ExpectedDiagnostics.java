package dev.docpoet.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expected diagnostics written next to the fixture line they concern (error-prone's {@code // BUG: Diagnostic contains:}):
 * {@code <!-- expect-warning: [LintX] -->} on the line before. Every marker must be met on the next non-blank line
 * (for a fenced example, its first line of JSON, where diagnostics about the example point),
 * and no error or warning may appear without a marker; infos need a marker only to be checked.
 */
public final class ExpectedDiagnostics {
    private static final Pattern MARKER = Pattern.compile("<!-- expect-(error|warning|info): \\[(\\w+)] -->");

    private ExpectedDiagnostics() {}

    public static void check(String fixture, String text, ApiDocument doc) {
        String[] lines = text.split("\n", -1);
        TreeSet<String> expected = new TreeSet<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher m = MARKER.matcher(lines[i]);
            if (!m.find()) continue;
            int target = i + 1;
            while (target < lines.length && lines[target].isBlank()) target++;
            if (target < lines.length && lines[target].startsWith("```")) target++;
            expected.add((target + 1) + " " + m.group(1) + " [" + m.group(2) + "]");
        }
        TreeSet<String> actual = new TreeSet<>();
        List<String> unexpected = new ArrayList<>();
        for (Diagnostic d : doc.diagnostics()) {
            String key = d.location().line() + " " + d.severity().label() + " [" + d.code().id() + "]";
            if (expected.contains(key)) {
                actual.add(key);
            } else if (d.severity() != Severity.INFO) {
                unexpected.add(d.format());
            }
        }
        assertEquals(expected, actual, fixture + ": markers met (line severity [code]); all: " + doc.diagnostics());
        assertEquals(List.of(), unexpected, fixture + ": errors and warnings without a marker");
    }
}
