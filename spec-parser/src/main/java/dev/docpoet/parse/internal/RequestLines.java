package dev.docpoet.parse.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the endpoints a markdown page documents by their request lines: an inline-code paragraph ({@code `GET /pets`},
 * Widdershins and Slate), a heading ({@code ### GET /cargoes}), a fenced block of HTTP or of that one line (swagger2markup),
 * or a plain {@code GET /path} line under a {@code ### HTTP Request} heading. A full URL gives the path and the host.
 */
public final class RequestLines {
    /** One endpoint's request line: the block it is in, and where. */
    public record Mark(int block, String method, String path, @Nullable String baseUrl, int offset) {}

    private static final String METHODS = "GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS";
    /** {@code `GET /pets`}, {@code **GET** `/pets`}, {@code POST `/api/rate`}: one line that is a request and nothing else. */
    private static final Pattern INLINE = Pattern.compile(
            "^[`*]*+\\s*+(" + METHODS + ")[`*]*+\\s++[`*]*+((?:https?://|/)[^\\s`*]*+)[`*]*+(?:\\s++HTTP/[\\d.]++)?[`*]*+\\s*+$");
    /** Longer than this, a paragraph is prose, not a request line. */
    private static final int MAX_LINE = 2_000;
    private static final Pattern URL = Pattern.compile("^(https?://[^/\\s]+)(/.*)?$");
    private static final Pattern SLATE_PLACEHOLDER = Pattern.compile("<([^<>/]+)>");
    private static final Pattern COLON_PLACEHOLDER = Pattern.compile("(?<=/):([A-Za-z_][\\w-]*)");
    private static final Pattern PLAIN = Pattern.compile("^\\s*(" + METHODS + ")\\s+((?:https?://|/)\\S*)(?:\\s+HTTP/[\\d.]+)?\\s*$");
    private static final Pattern HEADING = Pattern.compile("^`?(" + METHODS + ")\\s+`?((?:https?://|/)[^\\s`]*)`?$");
    /** Headings that introduce a request line rather than name the endpoint. */
    public static final Pattern REQUEST_HEADING = Pattern.compile(
            "(?i)^(?:http\\s+)?(?:request|endpoint|url|definition|method|resource url|route|request url|http request|request line)s?\\s*:?$");

    private RequestLines() {}

    /** The request lines of a page's blocks, one per endpoint (an {@code http} sample of the same line is the same). */
    public static List<Mark> find(List<MarkdownBlocks.Block> blocks) {
        List<Mark> out = new ArrayList<>();
        String lastHeading = "";
        for (int i = 0; i < blocks.size(); i++) {
            MarkdownBlocks.Block b = blocks.get(i);
            Mark m = null;
            if (b instanceof MarkdownBlocks.Heading h) {
                Matcher hm = HEADING.matcher(h.text());
                if (hm.matches()) m = mark(i, hm.group(1), hm.group(2), h.start());
                lastHeading = h.text();
            } else if (b instanceof MarkdownBlocks.Paragraph p && !p.text().contains("\n") && p.text().length() <= MAX_LINE) {
                Matcher im = INLINE.matcher(p.text().strip());
                Matcher pm = PLAIN.matcher(p.text());
                // a bare `GET /x` line in prose is a workflow's step, not the endpoint; markup or a request heading makes it one
                boolean marked = p.text().contains("`") || p.text().contains("**");
                if (im.matches() && marked) {
                    m = mark(i, im.group(1), im.group(2), p.start());
                } else if (pm.matches() && REQUEST_HEADING.matcher(lastHeading).matches()) {
                    m = mark(i, pm.group(1), pm.group(2), p.start());
                }
            } else if (b instanceof MarkdownBlocks.Fence f && requestFence(f.info())) {
                String first = f.content().strip();
                int nl = first.indexOf('\n');
                boolean oneLine = nl < 0;
                if (!oneLine) first = first.substring(0, nl);
                Matcher pm = PLAIN.matcher(first);
                // an http block is a request however long; a bare block only when it is the request line alone
                if (pm.matches() && (f.info().toLowerCase(Locale.ROOT).startsWith("http") || oneLine)) {
                    m = mark(i, pm.group(1), pm.group(2), f.contentStart() + f.content().indexOf(pm.group(1)));
                }
            }
            if (m == null) continue;
            Mark last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.method.equals(m.method) && samePath(last.path, m.path) && !headingBetween(blocks, last.block, i)) {
                // Widdershins shows `GET /pets` beside an http sample of the full URL: the path as documented wins
                if (m.path.length() < last.path.length()) out.set(out.size() - 1, m);
                continue;
            }
            out.add(m);
        }
        return out;
    }

    private static boolean headingBetween(List<MarkdownBlocks.Block> blocks, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (blocks.get(i) instanceof MarkdownBlocks.Heading h && h.level() <= 3 && !REQUEST_HEADING.matcher(h.text()).matches()) return true;
        }
        return false;
    }

    private static boolean samePath(String a, String b) {
        return a.endsWith(b) || b.endsWith(a);
    }

    private static boolean requestFence(String info) {
        String i = info.toLowerCase(Locale.ROOT);
        return i.isEmpty() || i.startsWith("http") || i.equals("text") || i.equals("plaintext") || i.equals("txt");
    }

    private static Mark mark(int block, String method, String target, int offset) {
        String baseUrl = null;
        String path = target;
        Matcher url = URL.matcher(target);
        if (url.matches()) {
            baseUrl = url.group(1);
            path = url.group(2) == null ? "/" : url.group(2);
        }
        int q = path.indexOf('?');
        if (q >= 0) path = path.substring(0, q);
        int hash = path.indexOf('#');
        if (hash >= 0) path = path.substring(0, hash);
        // <ID> (Slate) and :id (Rails, Express) are what OpenAPI writes {ID} and {id}
        path = COLON_PLACEHOLDER.matcher(SLATE_PLACEHOLDER.matcher(path).replaceAll("{$1}")).replaceAll("{$1}");
        return new Mark(block, method, path.isEmpty() ? "/" : path, baseUrl, offset);
    }
}
