package dev.docpoet.parse.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds enum values that a field's prose lists: "Available options: `a`, `b`", "one of `x`, `y`", bullet lists of
 * {@code `value` - meaning}, "Only possible value is `x`", "Default is `a`. Other possible value is `b`" (closed), and
 * "(e.g., "a", "b")" (open: values known, others allowed). A value written {@code `"a"`} is {@code a}.
 */
public final class ProseEnums {

    /** Values found in prose; {@code open} when the prose only gives examples. */
    public record Found(List<String> values, boolean open) {}

    private static final String VALUE = "(?:`[^`\\n]{1,80}`|\"[^\"\\n]{1,80}\")";
    private static final Pattern ONE_VALUE = Pattern.compile(VALUE);
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,\\s*(?:or\\s+|and\\s+)?|\\s+or\\s+|\\s+and\\s+)");
    /** More values than this in one prose list are not an enum anyone reads; the list is cut there. */
    static final int MAX_VALUES = 10_000;
    private static final Pattern CLOSED = Pattern.compile(
            "(?i)(?:available options|possible values|allowed values|valid values|accepted values|supported values"
                    + "|must be one of|one of|either)\\s*(?:are|is)?\\s*:?\\s*");
    private static final Pattern OPEN = Pattern.compile("(?i)\\be\\.?g\\.?,?\\s*:?\\s*");
    private static final Pattern BULLET = Pattern.compile("(?m)(?:^|\\s)[-*]\\s+`([^`\\n]{1,80})`\\s*(?:[-:\u2013\u2014]|\\s)");
    private static final Pattern ONE = Pattern.compile(VALUE);
    /** "Only possible value is `IDF`": a one-value enum. */
    private static final Pattern ONLY = Pattern.compile(
            "(?i)\\b(?:the\\s+)?only\\s+(?:possible|allowed|valid|accepted|supported)?\\s*value\\s*(?:is)?\\s*:?\\s*(" + VALUE + ")");
    /** "Other possible value is `DBSF`" completes what "Default is `RRF`" began. */
    private static final Pattern OTHER = Pattern.compile(
            "(?i)\\bother\\s+(?:possible|allowed|valid|accepted|supported)\\s+values?\\s*(?:is|are)?\\s*:?\\s*");
    private static final Pattern DEFAULT = Pattern.compile("(?i)\\bdefault(?:\\s+value)?\\s*(?:is|:)\\s*(" + VALUE + ")");

    private ProseEnums() {}

    public static @Nullable Found find(String prose) {
        List<String> others = listAfter(OTHER, prose);
        if (!others.isEmpty()) {
            Set<String> values = new LinkedHashSet<>();
            Matcher d = DEFAULT.matcher(prose);
            if (d.find()) values.addAll(values(d.group(1)));
            values.addAll(others);
            if (values.size() >= 2) return new Found(List.copyOf(values), false);
        }
        Matcher only = ONLY.matcher(prose);
        if (only.find()) return new Found(values(only.group(1)), false);
        List<String> closed = listAfter(CLOSED, prose);
        if (closed.size() >= 2) return new Found(closed, false);
        Matcher b = BULLET.matcher(prose);
        Set<String> bullets = new LinkedHashSet<>();
        while (b.find()) bullets.add(b.group(1).trim());
        if (bullets.size() >= 2) return new Found(List.copyOf(bullets), false);
        List<String> open = listAfter(OPEN, prose);
        if (open.size() >= 2) return new Found(open, true);
        return null;
    }

    /**
     * The values listed right after the first match of {@code lead} that is followed by one. Walked value by value,
     * not matched as one repeated group, whose regex recursion overflows the stack on a long list.
     */
    private static List<String> listAfter(Pattern lead, String prose) {
        Matcher m = lead.matcher(prose);
        Matcher value = ONE_VALUE.matcher(prose);
        Matcher separator = SEPARATOR.matcher(prose);
        while (m.find()) {
            List<String> raw = new ArrayList<>();
            int at = m.end();
            while (raw.size() < MAX_VALUES && value.region(at, prose.length()).lookingAt()) {
                raw.add(value.group());
                at = value.end();
                if (!separator.region(at, prose.length()).lookingAt()) break;
                at = separator.end();
            }
            if (!raw.isEmpty()) return raw.stream().map(ProseEnums::unquoted).distinct().toList();
        }
        return List.of();
    }

    private static List<String> values(String list) {
        Set<String> out = new LinkedHashSet<>();
        Matcher v = ONE.matcher(list);
        while (v.find()) out.add(unquoted(v.group()));
        return new ArrayList<>(out);
    }

    /** {@code `a`} or {@code "a"} as {@code a}; {@code `"DENSE"`} as {@code DENSE}, the inner quotes showing a string. */
    private static String unquoted(String s) {
        String value = s.substring(1, s.length() - 1);
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            value = value.substring(1, value.length() - 1);
        }
        return value;
    }
}
