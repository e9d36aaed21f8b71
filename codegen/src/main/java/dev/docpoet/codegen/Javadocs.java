package dev.docpoet.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.docpoet.spec.SourceLocation;
import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Doc prose made into Javadoc: the docs' markdown rendered to HTML by commonmark-java (code, emphasis, links, lists),
 * then made safe for a Java comment — no {@code *}{@code /} to close it, no {@code @} to start a tag, no backslash for
 * javac to read as a unicode escape — and wrapped. Also the "Source:" line every generated type ends with.
 */
final class Javadocs {
    /** Where lines of prose wrap, as JavaPoet indents them (nested types deeper). */
    private static final int WIDTH = 100;

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private Javadocs() {}

    /** Plain text (a name, a value) made safe for Javadoc, as text. */
    static String escape(String text) {
        return safe(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
    }

    /** A description in markdown, as Javadoc HTML: one paragraph bare, several separated by {@code <p>}. */
    static String markdown(String description) {
        if (description.isBlank()) return "";
        Node doc = MARKDOWN.parse(description);
        String html = HTML.render(doc).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            html = html.substring(3, html.length() - 4);
        } else {
            html = html.replace("</p>\n<p>", "\n\n<p>").replaceFirst("^<p>", "").replace("</p>", "");
        }
        return wrap(safe(plainQuotes(html)));
    }

    /** commonmark writes {@code "} as {@code &quot;} everywhere; in text (outside tags) a plain quote reads better. */
    private static String plainQuotes(String html) {
        StringBuilder out = new StringBuilder(html.length());
        boolean inTag = false;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == '<') inTag = true;
            if (c == '>') inTag = false;
            if (!inTag && html.startsWith("&quot;", i)) {
                out.append('"');
                i += "&quot;".length() - 1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** What no Javadoc may contain as written: the comment's end, tag starts, and javac's unicode escapes. */
    private static String safe(String html) {
        return html.replace("*/", "*&#47;").replace("@", "&#64;").replace("\\", "&#92;");
    }

    /** Wraps each line of {@code text} at spaces so that lines stay near {@link #WIDTH} columns. */
    static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (out.length() > 0) out.append('\n');
            int col = 0;
            for (String word : List.of(line.split(" ", -1))) {
                if (col > 0 && col + 1 + word.length() > WIDTH) {
                    out.append('\n');
                    col = 0;
                } else if (col > 0) {
                    out.append(' ');
                    col++;
                }
                out.append(word);
                col += word.length();
            }
        }
        return out.toString();
    }

    static String source(String label, SourceLocation at) {
        return "Source: " + escape(label) + ", line " + at.line() + ".";
    }

    static CodeBlock block(String description, String label, SourceLocation at) {
        CodeBlock.Builder b = CodeBlock.builder();
        if (!description.isBlank()) b.add("$L\n\n<p>", markdown(description));
        b.add("$L\n", source(label, at));
        return b.build();
    }
}
