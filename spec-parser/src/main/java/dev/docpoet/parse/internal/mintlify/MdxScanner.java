package dev.docpoet.parse.internal.mintlify;

import dev.docpoet.parse.internal.DiagnosticSink;
import dev.docpoet.parse.internal.SourceText;
import dev.docpoet.spec.ParserCode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Turns MDX into a tree of components, text and code without evaluating anything: {@code {…}} is text, lowercase
 * HTML is text, and inline code and fenced blocks hide the tags they contain. Iterative, so nesting depth cannot
 * exhaust the stack; every problem is reported with its line and column and the scan goes on.
 */
final class MdxScanner {
    /** Components whose structure carries fields: breaking these is an error, not a warning. */
    private static final Set<String> STRUCTURAL = Set.of(
            "ParamField", "ResponseField", "Expandable", "ResponseExample", "RequestExample");

    /** Inline code spans are short; a longer search would make unbalanced backticks quadratic. */
    private static final int MAX_INLINE_CODE = 2_000;

    private final SourceText src;
    private final String s;
    private final DiagnosticSink sink;
    private final Deque<MdxNode.Element> stack = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private int textStart = -1;
    private long braceBudget = 2_000_000;

    MdxScanner(SourceText src, DiagnosticSink sink) {
        this.src = src;
        this.s = src.text();
        this.sink = sink;
    }

    /** Scans from {@code from} to the end; returns a synthetic root element holding the page. */
    MdxNode.Element scan(int from) {
        MdxNode.Element root = new MdxNode.Element("#root", from);
        stack.push(root);
        int i = from;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if ((c == '`' || c == '~') && atLineStart(i) && s.startsWith(String.valueOf(c).repeat(3), i)) {
                i = fence(i);
            } else if (c == '`') {
                i = inlineCode(i);
            } else if (c == '<' && s.startsWith("<!--", i)) {
                int end = s.indexOf("-->", i + 4);
                flushText();
                i = end < 0 ? n : end + 3;
            } else if (c == '<' && i + 1 < n && s.charAt(i + 1) == '/' && isComponentStart(afterBlanks(i + 2))) {
                i = closeTag(i);
            } else if (c == '<' && isComponentStart(i + 1)) {
                i = openTag(i);
            } else {
                appendText(i, c);
                i++;
            }
        }
        flushText();
        while (stack.size() > 1) {
            MdxNode.Element open = stack.pop();
            sink.report(ParserCode.SpecUnclosedTag, src.location(open.offset),
                    "<" + open.name + "> is never closed", "add </" + open.name + "> where it ends, or write <" + open.name + " … />");
        }
        return root;
    }

    /** Whether only indentation precedes {@code i} on its line; bounded, since fences are never deeply indented. */
    private boolean atLineStart(int i) {
        for (int j = i - 1; j >= 0 && j >= i - 64; j--) {
            char c = s.charAt(j);
            if (c == '\n') return true;
            if (c != ' ' && c != '\t') return false;
        }
        return i <= 64;
    }

    /** A component name starts with a capital and is followed by white space, {@code >} or {@code />}. */
    private boolean isComponentStart(int i) {
        if (i >= s.length() || !Character.isUpperCase(s.charAt(i)) || s.charAt(i) > 'Z') return false;
        int j = nameEnd(i);
        if (j >= s.length()) return false;
        char after = s.charAt(j);
        return after == '>' || after == '/' || Character.isWhitespace(after);
    }

    private int nameEnd(int i) {
        int j = i;
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '.') && s.charAt(j) < 128) j++;
        return j;
    }

    private void appendText(int i, char c) {
        if (textStart < 0) textStart = i;
        text.append(c);
    }

    private void flushText() {
        if (text.length() > 0) {
            stack.peek().children.add(new MdxNode.TextRun(text.toString(), textStart));
            text.setLength(0);
        }
        textStart = -1;
    }

    private int inlineCode(int i) {
        int run = 0;
        while (i + run < s.length() && s.charAt(i + run) == '`') run++;
        int end = i + run;
        // an inline code span closes on the same line with a run of the same length; look no further than that
        int limit = Math.min(s.length(), i + run + MAX_INLINE_CODE);
        for (int k = i + run; k < limit && s.charAt(k) != '\n'; k++) {
            if (s.charAt(k) != '`') continue;
            int r = 0;
            while (k + r < s.length() && s.charAt(k + r) == '`') r++;
            if (r == run) {
                end = k + r;
                break;
            }
            k += r - 1;
        }
        for (int k = i; k < end; k++) appendText(k, s.charAt(k));
        return end;
    }

    private int fence(int i) {
        char f = s.charAt(i);
        int run = 0;
        while (i + run < s.length() && s.charAt(i + run) == f) run++;
        int lineEnd = s.indexOf('\n', i);
        if (lineEnd < 0) lineEnd = s.length();
        String info = s.substring(i + run, lineEnd).trim();
        int contentStart = Math.min(lineEnd + 1, s.length());
        int pos = contentStart;
        String closing = String.valueOf(f).repeat(run);
        while (pos < s.length()) {
            int le = s.indexOf('\n', pos);
            if (le < 0) le = s.length();
            String line = s.substring(pos, le).trim();
            if (line.startsWith(closing) && line.replace(String.valueOf(f), "").isEmpty()) {
                flushText();
                stack.peek().children.add(new MdxNode.Code(info, s.substring(contentStart, pos), contentStart, i));
                return Math.min(le + 1, s.length());
            }
            pos = le + 1;
        }
        sink.report(ParserCode.SpecUnclosedFence, src.location(i), "code block is never closed",
                "close it with " + closing + " on a line of its own");
        flushText();
        stack.peek().children.add(new MdxNode.Code(info, s.substring(contentStart), contentStart, i));
        return s.length();
    }

    /** The first position from {@code i} that is not a space or tab: MDX reads {@code </ Tag>} as {@code </Tag>}. */
    private int afterBlanks(int i) {
        int j = i;
        while (j < s.length() && j < i + 16 && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) j++;
        return j;
    }

    private int closeTag(int i) {
        int nameStart = afterBlanks(i + 2);
        int nameEnd = nameEnd(nameStart);
        String name = s.substring(nameStart, nameEnd);
        int gt = nameEnd;
        while (gt < s.length() && Character.isWhitespace(s.charAt(gt))) gt++;
        int next = gt < s.length() && s.charAt(gt) == '>' ? gt + 1 : gt;
        flushText();
        boolean found = false;
        for (MdxNode.Element e : stack) {
            if (e.name.equals(name)) {
                found = true;
                break;
            }
        }
        if (!found) {
            sink.report(ParserCode.SpecStrayClosingTag, src.location(i), "</" + name + "> closes nothing that is open",
                    "remove it, or add the <" + name + "> it belongs to");
            return next;
        }
        while (!stack.peek().name.equals(name)) {
            MdxNode.Element open = stack.pop();
            sink.report(ParserCode.SpecMisnestedTag, src.location(open.offset),
                    "<" + open.name + "> is still open when </" + name + "> at " + src.location(i).line() + ":"
                            + src.location(i).column() + " closes its parent",
                    "close </" + open.name + "> before </" + name + ">");
        }
        stack.pop();
        return next;
    }

    private int openTag(int i) {
        int nameStart = i + 1;
        int nameEnd = nameEnd(nameStart);
        MdxNode.Element el = new MdxNode.Element(s.substring(nameStart, nameEnd), i);
        int j = nameEnd;
        int n = s.length();
        boolean selfClosing = false;
        boolean broken = false;
        while (true) {
            while (j < n && Character.isWhitespace(s.charAt(j))) j++;
            if (j >= n) {
                sink.report(ParserCode.SpecBadAttribute, src.location(i), "<" + el.name + " is never finished with >",
                        "end the tag with > or />");
                broken = true;
                break;
            }
            char c = s.charAt(j);
            if (c == '>') {
                j++;
                break;
            }
            if (c == '<') {
                // another tag starts: this one was never finished; resume at the new tag
                sink.report(ParserCode.SpecBadAttribute, src.location(i), "<" + el.name + " is never finished with >",
                        "end the tag with > or /> before the next tag at " + src.location(j).line() + ":" + src.location(j).column());
                broken = true;
                break;
            }
            if (c == '/' && j + 1 < n && s.charAt(j + 1) == '>') {
                j += 2;
                selfClosing = true;
                break;
            }
            if (c == '{') {
                int end = braceEnd(j);
                if (end < 0) {
                    j = reportBroken(el, j, "{ is never closed in <" + el.name + ">");
                    broken = true;
                    break;
                }
                j = end;
                continue;
            }
            int an = j;
            while (an < n && !Character.isWhitespace(s.charAt(an)) && "=/>\"'{".indexOf(s.charAt(an)) < 0) an++;
            if (an == j) {
                j = reportBroken(el, j, "unexpected " + c + " in <" + el.name + ">");
                broken = true;
                break;
            }
            String attr = s.substring(j, an);
            int attrOffset = j;
            j = an;
            while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) j++;
            if (j < n && s.charAt(j) == '=') {
                j++;
                while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) j++;
                if (j >= n) continue;
                char q = s.charAt(j);
                if (q == '"' || q == '\'') {
                    int close = j + 1;
                    while (close < n && s.charAt(close) != q && s.charAt(close) != '\n') close++;
                    if (close >= n || s.charAt(close) != q) {
                        j = reportBroken(el, attrOffset, "the value of " + attr + " in <" + el.name + "> has no closing " + q);
                        broken = true;
                        break;
                    }
                    el.attributes.putIfAbsent(attr, new MdxNode.Attribute(attr, s.substring(j + 1, close), false, attrOffset));
                    j = close + 1;
                } else if (q == '{') {
                    int end = braceEnd(j);
                    if (end < 0) {
                        j = reportBroken(el, attrOffset, "the value of " + attr + " in <" + el.name + "> has no closing }");
                        broken = true;
                        break;
                    }
                    el.attributes.putIfAbsent(attr, new MdxNode.Attribute(attr, expression(s.substring(j + 1, end - 1)), false, attrOffset));
                    j = end;
                } else {
                    int end = j;
                    while (end < n && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '>' && s.charAt(end) != '/') end++;
                    el.attributes.putIfAbsent(attr, new MdxNode.Attribute(attr, s.substring(j, end), false, attrOffset));
                    j = end;
                }
            } else {
                el.attributes.putIfAbsent(attr, new MdxNode.Attribute(attr, "true", true, attrOffset));
            }
        }
        flushText();
        stack.peek().children.add(el);
        if (!selfClosing) stack.push(el);
        return broken ? Math.max(j, i + 1) : j;
    }

    /** Reports a broken tag and resumes after the next {@code >} on the same line, or at the line's end. */
    private int reportBroken(MdxNode.Element el, int at, String message) {
        ParserCode code = ParserCode.SpecBadAttribute;
        sink.report(code, src.location(at), message,
                STRUCTURAL.contains(el.name) ? "quote attribute values as name=\"value\" and end the tag with >"
                        : "quote attribute values as name=\"value\"");
        int k = at;
        while (k < s.length() && s.charAt(k) != '\n' && s.charAt(k) != '>') k++;
        return k < s.length() && s.charAt(k) == '>' ? k + 1 : k;
    }

    /** The offset after the brace matching the one at {@code open}, or -1; strings inside are skipped. */
    private int braceEnd(int open) {
        int depth = 0;
        // Expressions are short; a page-wide budget keeps many unclosed braces from making the scan quadratic.
        int window = braceBudget > 0 ? 20_000 : 200;
        int limit = Math.min(s.length(), open + window);
        for (int k = open; k < limit; k++) {
            braceBudget--;
            char c = s.charAt(k);
            if (c == '"' || c == '\'' || c == '`') {
                int close = k + 1;
                while (close < limit && s.charAt(close) != c) close++;
                if (close >= limit) return -1;
                braceBudget -= close - k;
                k = close;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (--depth == 0) return k + 1;
            }
        }
        return -1;
    }

    /** {@code {true}}, {@code {"x"}}, {@code {3}} are literals; other expressions stay as written. */
    private static String expression(String inner) {
        String t = inner.trim();
        if (t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("'") && t.endsWith("'")
                || t.startsWith("`") && t.endsWith("`"))) {
            return t.substring(1, t.length() - 1);
        }
        return t;
    }
}
