package dev.docpoet.fetch;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The include and exclude globs on a page's path under a docs site ({@code api-reference/**}), matched on the
 * {@code /}-joined path itself rather than on a {@link java.nio.file.Path}: the same on every system, and a link's odd
 * characters never reach a file system call. {@code **} crosses folders, {@code *} and {@code ?} do not,
 * {@code {a,b}} is either, {@code [ab]} a class.
 */
public final class PagePatterns {
    private final List<Pattern> patterns;

    private PagePatterns(List<Pattern> patterns) {
        this.patterns = patterns;
    }

    /**
     * The globs compiled.
     *
     * @throws IllegalArgumentException naming the first glob that is no glob (an unclosed brace, say) and the fix
     */
    public static PagePatterns of(List<String> globs) {
        List<Pattern> out = new ArrayList<>();
        for (String g : globs) out.add(compile(g));
        return new PagePatterns(out);
    }

    boolean isEmpty() {
        return patterns.isEmpty();
    }

    /** Whether any glob matches {@code path}. */
    boolean matches(String path) {
        return patterns.stream().anyMatch(p -> p.matcher(path).matches());
    }

    private static Pattern compile(String glob) {
        String g = glob.replaceFirst("^/+", "");
        StringBuilder re = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            switch (c) {
                case '*' -> {
                    if (i + 1 < g.length() && g.charAt(i + 1) == '*') {
                        re.append(".*");
                        i++;
                    } else {
                        re.append("[^/]*");
                    }
                }
                case '?' -> re.append("[^/]");
                case '{' -> {
                    if (braces > 0) throw bad(glob, "a brace inside a brace");
                    braces++;
                    re.append("(?:");
                }
                case '}' -> {
                    if (braces == 0) throw bad(glob, "a '}' without its '{'");
                    braces--;
                    re.append(')');
                }
                case ',' -> re.append(braces > 0 ? "|" : ",");
                case '[' -> {
                    int end = g.indexOf(']', i + 2);
                    if (end < 0) throw bad(glob, "a '[' without its ']'");
                    String set = g.substring(i + 1, end);
                    if (set.startsWith("!")) set = "^" + set.substring(1);
                    re.append('[').append(set.replace("\\", "\\\\").replace("[", "\\[")).append(']');
                    i = end;
                }
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (braces > 0) throw bad(glob, "a '{' without its '}'");
        return Pattern.compile(re.toString());
    }

    private static IllegalArgumentException bad(String glob, String what) {
        return new IllegalArgumentException("\"" + glob + "\" is no glob (" + what + "); write one such as api-reference/** or"
                + " api-reference/{tickets,agents}/*");
    }
}
