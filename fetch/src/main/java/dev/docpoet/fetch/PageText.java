package dev.docpoet.fetch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a fetched file's text is, for the project and for the lock. A docs site's {@code .md} rendering puts a generated
 * header on top (Mintlify's blockquote that points at {@code llms.txt}): it is not the page, so the copy leaves it out,
 * and the page's front matter comes first again as the parser needs it. The lock's hash is of the normalised text, in
 * which line ends and trailing blanks do not count, and in a page neither do its timestamp lines ("Last updated:
 * 2026-03-01"), so that a site that only re-rendered a page is no change. A timestamp line is nothing but a label and a
 * date: a line that says more ({@code published: {type: boolean, description: since 2024-01-01}}) may be the API, and
 * a spec's lines always are.
 */
final class PageText {
    private static final Pattern TIMESTAMP = Pattern.compile("(?i)^[\\s>*_#-]*(last[ -]?(updated|modified|edited)|updated|generated|published)"
            + "( on| at)?[\\s*_:]*\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?\\s*(Z|UTC|[+-]\\d{2}:?\\d{2})?)?[\\s*_.]*$");
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE", "WEBHOOK");

    private PageText() {}

    /** The text with a byte order mark and carriage returns gone. */
    static String text(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        if (s.startsWith("\uFEFF")) s = s.substring(1);
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** A page as the project keeps it: without the generated header the site put on top. */
    static byte[] stored(byte[] fetched) {
        String s = text(fetched);
        List<String> lines = s.lines().toList();
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) i++;
        int start = i;
        boolean mentionsIndex = false;
        while (i < lines.size() && lines.get(i).startsWith(">")) {
            String l = lines.get(i).toLowerCase(Locale.ROOT);
            if (l.contains("llms.txt") || l.contains("documentation index")) mentionsIndex = true;
            i++;
        }
        if (i == start || !mentionsIndex) return s.getBytes(StandardCharsets.UTF_8);
        while (i < lines.size() && lines.get(i).isBlank()) i++;
        StringBuilder out = new StringBuilder();
        for (int j = i; j < lines.size(); j++) out.append(lines.get(j)).append('\n');
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The SHA-256 of what counts in a file: its text without trailing blanks or line-end differences, and, when it is a
     * page ({@link SiteLayout#isPage}), without its timestamp lines.
     *
     * @param path the file's path in the set, which says whether it is a page
     */
    static String hash(String path, byte[] stored) {
        StringBuilder out = new StringBuilder();
        for (String line : counted(path, stored)) out.append(line.stripTrailing()).append('\n');
        String s = out.toString().strip();
        return Hashes.sha256(s.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Whether two versions of a file differ in nothing but their line ends and a page's timestamp lines: only then is
     * the project's copy kept as it is, since anything else (trailing blanks too) is the site's text to take.
     */
    static boolean onlyStampsDiffer(String path, byte[] before, byte[] after) {
        return counted(path, before).equals(counted(path, after));
    }

    private static List<String> counted(String path, byte[] stored) {
        List<String> lines = text(stored).lines().toList();
        if (!SiteLayout.isPage(path)) return lines;
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            if (!TIMESTAMP.matcher(l).matches()) {
                out.add(l);
                continue;
            }
            // the blank line that sets a timestamp apart goes with it
            while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) out.remove(out.size() - 1);
        }
        return out;
    }

    /**
     * The spec a Mintlify stub page names in its front matter ({@code openapi: /api/openapi.json GET /tickets}): that
     * file's path; "" when the line names no file ({@code openapi: GET /tickets}); null when the page is no stub.
     */
    static @Nullable String stubSpec(byte[] stored) {
        List<String> lines = text(stored).lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) return null;
        for (int i = 1; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.strip().equals("---")) return null;
            if (!l.startsWith("openapi:")) continue;
            String v = l.substring("openapi:".length()).strip();
            if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
                v = v.substring(1, v.length() - 1).strip();
            }
            List<String> tokens = new ArrayList<>(List.of(v.split("\\s+")));
            if (tokens.isEmpty() || tokens.get(0).isEmpty()) return null;
            return METHODS.contains(tokens.get(0).toUpperCase(Locale.ROOT)) ? "" : tokens.get(0);
        }
        return null;
    }
}
