package dev.docpoet.parse.internal.gitbook;

import dev.docpoet.parse.internal.Fences;
import dev.docpoet.parse.internal.Html;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One GitBook template tag as written, {@code {% swagger-parameter in="query" name="q" %}} or {@code {% endswagger %}}:
 * its name, whether it closes, its attributes, and where it starts and ends on the page.
 */
record GitBookTag(String name, boolean closing, Map<String, String> attributes, int start, int end) {
    private static final Pattern TAG = Pattern.compile("\\{%-?\\s*(end)?([a-z][\\w-]*)([^%]*?)-?%}", Pattern.DOTALL);
    private static final Pattern ATTR = Pattern.compile("([A-Za-z_][\\w-]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"']+))");

    @Nullable String attr(String key) {
        return attributes.get(key);
    }

    /** The tags of a page outside its code blocks, in page order. */
    static List<GitBookTag> scan(String text) {
        return scan(text, Fences.of(text));
    }

    /** As {@link #scan(String)}, with the page's fences already found (the reader needs them too: found once). */
    static List<GitBookTag> scan(String text, List<Fences.Fence> fences) {
        List<GitBookTag> out = new ArrayList<>();
        Matcher m = TAG.matcher(text);
        while (m.find()) {
            if (Fences.inside(fences, m.start())) continue;
            Map<String, String> attrs = new LinkedHashMap<>();
            Matcher a = ATTR.matcher(m.group(3));
            while (a.find()) {
                String v = a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3) : a.group(4);
                attrs.putIfAbsent(a.group(1), Html.unescape(v));
            }
            out.add(new GitBookTag(m.group(2), m.group(1) != null, attrs, m.start(), m.end()));
        }
        return out;
    }
}
