package dev.docpoet.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.docpoet.spec.SourceLocation;

/** Doc prose made safe for Javadoc, with the "Source:" line every generated element ends with. */
final class Javadocs {
    private Javadocs() {}

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("*/", "*&#47;").replace("@", "{@literal @}").replace("\\u", "\\\\u");
    }

    static String source(String label, SourceLocation at) {
        return "Source: " + escape(label) + ", line " + at.line() + ".";
    }

    static CodeBlock block(String description, String label, SourceLocation at) {
        CodeBlock.Builder b = CodeBlock.builder();
        if (!description.isBlank()) b.add("$L\n\n<p>", escape(description));
        b.add("$L\n", source(label, at));
        return b.build();
    }
}
