package dev.docpoet.parse.internal.infer;

import dev.docpoet.parse.internal.ProseSpan;
import dev.docpoet.spec.Inflector;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds field lists written in prose, in either line layout. */
final class ProseLists {
    private static final Pattern EACH = Pattern.compile(
            "(?i)\\b(?:each|every)\\s+([a-z][a-z0-9 _-]{0,40}?)\\s+(?:object\\s+)?(?:includes|contains|has)\\s*:");
    private static final Pattern RETURNS = Pattern.compile(
            "(?i)\\breturns\\s+(?:a|an|the)\\s+(?:single\\s+)?([a-z][a-z0-9 _-]{0,40}?)\\s+objects?\\s+with\\s*:");
    private static final Pattern ITEM = Pattern.compile("\\G\\s*[-*]\\s+`?([A-Za-z_][\\w.]*)`?\\s*(?:\\s[-\u2013\u2014]|:)\\s+");
    private static final Pattern ITEM_END = Pattern.compile(
            "\\s[-*]\\s+`?[A-Za-z_][\\w.]*`?\\s*(?:\\s[-\u2013\u2014]|:)\\s|(?:^|\\s)#{1,6}\\s|\\n\\s*\\n");

    private ProseLists() {}

    static List<ProseList> find(List<ProseSpan> spans) {
        List<ProseList> out = new ArrayList<>();
        for (ProseSpan span : spans) {
            collect(span, EACH, false, out);
            collect(span, RETURNS, true, out);
        }
        return out;
    }

    private static void collect(ProseSpan span, Pattern head, boolean root, List<ProseList> out) {
        String t = span.text();
        Matcher h = head.matcher(t);
        while (h.find()) {
            List<ProseList.Item> items = new ArrayList<>();
            int pos = h.end();
            Matcher item = ITEM.matcher(t);
            Matcher end = ITEM_END.matcher(t);
            while (pos < t.length() && item.find(pos)) {
                int descStart = item.end();
                int descEnd = end.find(descStart) ? end.start() : t.length();
                items.add(new ProseList.Item(item.group(1), dev.docpoet.parse.internal.Text.normalize(t.substring(descStart, descEnd)),
                        span.offset() + item.start(1)));
                pos = descEnd;
                if (descEnd < t.length() && !t.startsWith("\n", descEnd) && t.substring(descEnd).matches("(?s)\\s*#.*")) break;
            }
            if (!items.isEmpty()) out.add(new ProseList(key(h.group(1)), root, items));
        }
    }

    /** Lower-case letters and digits of a name in singular: "conversation parts", {@code conversationParts} → conversationpart. */
    static String key(String name) {
        return Inflector.singular(name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""));
    }
}
