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
 * {@code `value` - meaning} (closed), and "(e.g., "a", "b")" (open: values known, others allowed).
 */
public final class ProseEnums {

    /** Values found in prose; {@code open} when the prose only gives examples. */
    public record Found(List<String> values, boolean open) {}

    private static final String VALUE = "(?:`[^`\\n]{1,80}`|\"[^\"\\n]{1,80}\")";
    private static final String LIST = VALUE + "(?:\\s*(?:,\\s*(?:or\\s+|and\\s+)?|\\s+or\\s+|\\s+and\\s+)" + VALUE + ")*";
    private static final Pattern CLOSED = Pattern.compile(
            "(?i)(?:available options|possible values|allowed values|valid values|accepted values|supported values"
                    + "|must be one of|one of|either)\\s*(?:are|is)?\\s*:?\\s*(" + LIST + ")");
    private static final Pattern OPEN = Pattern.compile("(?i)\\be\\.?g\\.?,?\\s*:?\\s*(" + LIST + ")");
    private static final Pattern BULLET = Pattern.compile("(?m)(?:^|\\s)[-*]\\s+`([^`\\n]{1,80})`\\s*(?:[-:\u2013\u2014]|\\s)");
    private static final Pattern ONE = Pattern.compile(VALUE);

    private ProseEnums() {}

    public static @Nullable Found find(String prose) {
        Matcher m = CLOSED.matcher(prose);
        if (m.find()) {
            List<String> values = values(m.group(1));
            if (values.size() >= 2) return new Found(values, false);
        }
        Matcher b = BULLET.matcher(prose);
        Set<String> bullets = new LinkedHashSet<>();
        while (b.find()) bullets.add(b.group(1).trim());
        if (bullets.size() >= 2) return new Found(List.copyOf(bullets), false);
        Matcher o = OPEN.matcher(prose);
        if (o.find()) {
            List<String> values = values(o.group(1));
            if (values.size() >= 2) return new Found(values, true);
        }
        return null;
    }

    private static List<String> values(String list) {
        Set<String> out = new LinkedHashSet<>();
        Matcher v = ONE.matcher(list);
        while (v.find()) {
            String s = v.group();
            out.add(s.substring(1, s.length() - 1));
        }
        return new ArrayList<>(out);
    }
}
