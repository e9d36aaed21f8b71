package dev.docpoet.parse.internal;

import dev.docpoet.spec.ParserCode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A page's markdown as a flat list of blocks, each with its page offsets: headings (ATX, one-line HTML {@code <h3>}, and
 * a paragraph that is only bold text, {@code **Path parameters**}), GFM tables with every cell located, fenced code
 * blocks, and paragraphs. A line scanner of our own rather than commonmark: the GFM tables extension in the local
 * repository is of another commonmark version than the one docpoet builds with, and readers need the offset of each
 * cell for their diagnostics, which a small scanner gives directly. Work is linear in the page; nothing recurses.
 */
public final class MarkdownBlocks {
    /** One block of the page. */
    public sealed interface Block permits Heading, Table, Fence, Paragraph {
        /** The page offset the block starts at. */
        int start();
    }

    /**
     * A heading; {@code level} is 1 to 6, and 7 for a paragraph of bold text only.
     *
     * @param anchor its {@code {#id}} or {@code id="…"}, when it gives one
     */
    public record Heading(int start, int level, String text, @Nullable String anchor) implements Block {}

    /** A GFM table: the header row and the body rows. */
    public record Table(int start, List<Cell> header, List<List<Cell>> rows) implements Block {}

    /** A cell's text (trimmed, pipes unescaped) and the page offset of its first character. */
    public record Cell(String text, int offset) {}

    /**
     * A fenced code block: its info string, and its content's offsets.
     *
     * @param closed whether a closing fence ends it; an unclosed one runs to the end of the page
     */
    public record Fence(int start, String info, int contentStart, int contentEnd, String content, boolean closed) implements Block {}

    /** Consecutive lines of other text, as written. */
    public record Paragraph(int start, int end, String text) implements Block {}

    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*))?$");
    /** Lines longer than this are prose whatever they start with: no heading pattern is tried on them. */
    private static final int MAX_HEADING_LINE = 4000;
    private static final Pattern HTML_HEADING = Pattern.compile("^ {0,3}<h([1-6])(?:\\s[^>]*?)?>(.*?)</h\\1>\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_ID = Pattern.compile("\\bid\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Pattern TRAILING_ANCHOR = Pattern.compile("\\s*\\{#([^}\\s]*)\\}\\s*$");
    private static final Pattern BOLD_LINE = Pattern.compile("^ {0,3}(?:\\*\\*|__)([^*_\\n]{1,120}?)(?:\\*\\*|__)\\s*:?\\s*$");
    private static final Pattern FENCE = Pattern.compile("^( {0,3})(`{3,}|~{3,})[ \\t]*([^`\\n]*?)[ \\t]*$");


    private MarkdownBlocks() {}

    /**
     * Reports each fence of {@code blocks} that no closing fence ends: the rest of the page was read as its code, so
     * whatever tables and headings follow were not read.
     */
    public static void reportUnclosed(List<Block> blocks, SourceText src, DiagnosticSink sink) {
        for (Block b : blocks) {
            if (b instanceof Fence f && !f.closed()) {
                String fence = src.text().substring(f.start()).stripLeading().startsWith("~") ? "~~~" : "```";
                sink.report(ParserCode.SpecUnclosedFence, src.location(f.start()), "code block is never closed; the rest of the page"
                        + " is read as its code", "close it with " + fence + " on a line of its own");
            }
        }
    }

    /** The blocks of {@code text} from offset {@code from} on. */
    public static List<Block> read(String text, int from) {
        List<Block> out = new ArrayList<>();
        List<int[]> lines = lines(text, from);
        int paraStart = -1;
        int paraEnd = -1;
        for (int i = 0; i < lines.size(); i++) {
            int ls = lines.get(i)[0];
            int le = lines.get(i)[1];
            String line = text.substring(ls, le);
            Matcher f = FENCE.matcher(line);
            if (f.matches()) {
                flush(text, out, paraStart, paraEnd);
                paraStart = -1;
                String fence = f.group(2);
                int j = i + 1;
                while (j < lines.size()) {
                    String l = text.substring(lines.get(j)[0], lines.get(j)[1]).strip();
                    if (l.startsWith(fence) && l.chars().allMatch(c -> c == fence.charAt(0))) break;
                    j++;
                }
                int cs = i + 1 < lines.size() ? lines.get(i + 1)[0] : le;
                int ce = j < lines.size() ? lines.get(j)[0] : text.length();
                if (ce < cs) ce = cs;
                out.add(new Fence(ls, f.group(3).strip(), cs, ce, text.substring(cs, ce), j < lines.size()));
                i = j;
                continue;
            }
            if (line.isBlank()) {
                flush(text, out, paraStart, paraEnd);
                paraStart = -1;
                continue;
            }
            boolean shortLine = line.length() <= MAX_HEADING_LINE;
            Matcher h = ATX.matcher(shortLine ? line : "");
            Matcher hh = HTML_HEADING.matcher(shortLine ? line : "");
            if (shortLine && (h.matches() || hh.matches())) {
                flush(text, out, paraStart, paraEnd);
                paraStart = -1;
                out.add(h.matches() ? atx(ls, h) : html(ls, hh));
                continue;
            }
            if (i + 1 < lines.size() && line.contains("|") && delimiterRow(text.substring(lines.get(i + 1)[0], lines.get(i + 1)[1]), text, ls, le)
                    && text.substring(lines.get(i + 1)[0], lines.get(i + 1)[1]).contains("-")) {
                flush(text, out, paraStart, paraEnd);
                paraStart = -1;
                List<Cell> header = cells(text, ls, le);
                List<List<Cell>> rows = new ArrayList<>();
                int j = i + 2;
                while (j < lines.size()) {
                    String l = text.substring(lines.get(j)[0], lines.get(j)[1]);
                    if (l.isBlank() || !l.contains("|") || FENCE.matcher(l).matches()) break;
                    rows.add(cells(text, lines.get(j)[0], lines.get(j)[1]));
                    j++;
                }
                out.add(new Table(ls, header, rows));
                i = j - 1;
                continue;
            }
            if (paraStart < 0) paraStart = ls;
            paraEnd = le;
        }
        flush(text, out, paraStart, paraEnd);
        return out;
    }

    /**
     * A table's delimiter row ({@code |---|:--:|}): cells of dashes with optional colons. Checked by hand: a regex of a
     * repeated group recurses once per cell, and a row of many thousand cells would exhaust the stack.
     */
    /** Whether a line is the delimiter row of a table whose header is {@code text[ls, le)}: one cell per header cell, each dashes. */
    private static boolean delimiterRow(String line, String text, int ls, int le) {
        String t = line.strip();
        if (t.startsWith("|")) t = t.substring(1);
        if (t.endsWith("|")) t = t.substring(0, t.length() - 1);
        if (t.isBlank()) return false;
        String[] cells = t.split("\\|", -1);
        // a bare --- under a line with a pipe is a setext heading or a rule, not a table of one column
        if (cells.length != cells(text, ls, le).size()) return false;
        for (String cell : cells) {
            String c = cell.strip();
            if (c.startsWith(":")) c = c.substring(1);
            if (c.endsWith(":")) c = c.substring(0, c.length() - 1);
            if (c.isEmpty() || !c.chars().allMatch(ch -> ch == '-')) return false;
        }
        return true;
    }

    private static void flush(String text, List<Block> out, int start, int end) {
        if (start < 0) return;
        String p = text.substring(start, end);
        Matcher b = BOLD_LINE.matcher(p.length() <= MAX_HEADING_LINE ? p : "");
        if (p.length() <= MAX_HEADING_LINE && b.matches() && !p.contains("\n")) {
            out.add(new Heading(start, 7, b.group(1).strip(), null));
        } else {
            out.add(new Paragraph(start, end, p));
        }
    }

    private static Heading atx(int ls, Matcher h) {
        // the closing sequence of #s (after a space) is not part of the heading; trimmed by hand, not by a backtracking regex
        String raw = h.group(2) == null ? "" : h.group(2).strip();
        int end = raw.length();
        while (end > 0 && raw.charAt(end - 1) == '#') end--;
        if (end == 0 || Character.isWhitespace(raw.charAt(end - 1))) raw = raw.substring(0, end).strip();
        String anchor = null;
        Matcher a = TRAILING_ANCHOR.matcher(raw);
        if (a.find()) {
            anchor = a.group(1);
            raw = raw.substring(0, a.start());
        }
        return new Heading(ls, h.group(1).length(), raw.strip(), anchor);
    }

    private static Heading html(int ls, Matcher h) {
        Matcher id = HTML_ID.matcher(h.group(0));
        String inner = h.group(2).replaceAll("<[^>]*>", "").strip();
        return new Heading(ls, Integer.parseInt(h.group(1)), Html.unescape(inner), id.find() ? id.group(1) : null);
    }

    /** The lines from {@code from}: start and end (before the line break, without a carriage return) of each. */
    private static List<int[]> lines(String text, int from) {
        List<int[]> out = new ArrayList<>();
        int i = Math.max(0, Math.min(from, text.length()));
        while (i < text.length()) {
            int nl = text.indexOf('\n', i);
            int end = nl < 0 ? text.length() : nl;
            int e = end > i && text.charAt(end - 1) == '\r' ? end - 1 : end;
            out.add(new int[] {i, e});
            i = end + 1;
        }
        return out;
    }

    /**
     * The cells of one table row: split at pipes that are neither escaped nor inside inline code, the outer pipes
     * dropped.
     */
    static List<Cell> cells(String text, int ls, int le) {
        List<Cell> out = new ArrayList<>();
        int i = ls;
        while (i < le && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
        if (i < le && text.charAt(i) == '|') i++;
        int cellStart = i;
        boolean code = false;
        StringBuilder cur = new StringBuilder();
        for (; i < le; i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < le && text.charAt(i + 1) == '|') {
                cur.append('|');
                i++;
                continue;
            }
            if (c == '`') code = !code;
            if (c == '|' && !code) {
                out.add(cell(cur.toString(), cellStart));
                cur.setLength(0);
                cellStart = i + 1;
                continue;
            }
            cur.append(c);
        }
        if (!cur.toString().isBlank()) out.add(cell(cur.toString(), cellStart));
        return out;
    }

    private static Cell cell(String raw, int start) {
        int lead = 0;
        while (lead < raw.length() && Character.isWhitespace(raw.charAt(lead))) lead++;
        return new Cell(raw.strip(), start + lead);
    }
}
