package dev.docpoet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/** Descriptions are the docs' markdown as Javadoc HTML, safe from comment ends, tags and unicode escapes. */
class JavadocTest {
    @Test
    void markdownBecomesSafeJavadocHtml() throws Exception {
        Compilation c = Compiler.compile(Compiler.api("@ApiDocs(\"javadoc\")", ""));
        assertThat(c).succeededWithoutWarnings();
        String src = c.generatedSourceFile("test.Share").orElseThrow().getCharContent(true).toString();
        assertTrue(src.contains("The <code>UNC</code> path"), src);
        assertTrue(src.contains("<strong>never</strong>"), src);
        assertTrue(src.contains("href=\"https://example.com/guide\">the guide</a>"), src);
        assertTrue(src.contains("&#92;server&#92;share"), "backslashes cannot become unicode escapes: " + src);
        assertTrue(src.contains("*&#47;") && src.contains("&#64;Deprecated"), src);
        assertTrue(src.contains("<em>read only</em>") && src.contains("(default {@code \"ro\"})"), src);
        assertTrue(src.contains("(Get a <em>share</em>)"), src);
        assertTrue(src.contains("@param quota How much the share may hold.\n *\n * <p>Counted in bytes:\n * <ul>\n * <li>files count in full</li>"),
                "paragraphs and lists survive: " + src);
        java.util.List<String> wide = src.lines().filter(l -> l.strip().startsWith("*") || l.strip().startsWith("/**"))
                .filter(l -> l.length() > 120).toList();
        assertTrue(wide.isEmpty(), "Javadoc lines are wrapped: " + wide);
    }
}
