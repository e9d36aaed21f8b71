package dev.docpoet.parse.internal.mintlify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A node of an MDX page as docpoet sees it: a JSX component, a run of text, or a fenced code block. */
sealed interface MdxNode {

    /** A capitalised JSX component such as {@code <ResponseField name="id">}; {@code offset} is its {@code <}. */
    final class Element implements MdxNode {
        final String name;
        final int offset;
        final Map<String, Attribute> attributes = new LinkedHashMap<>();
        final List<MdxNode> children = new ArrayList<>();

        Element(String name, int offset) {
            this.name = name;
            this.offset = offset;
        }

        @Nullable String attr(String key) {
            Attribute a = attributes.get(key);
            return a == null ? null : a.value;
        }

        boolean has(String key) {
            return attributes.containsKey(key);
        }
    }

    /** An attribute as written: {@code bare} for {@code required}, otherwise its value (expressions unwrapped when literal). */
    record Attribute(String name, String value, boolean bare, int offset) {}

    /** Prose between components. */
    record TextRun(String text, int offset) implements MdxNode {}

    /** A fenced code block; {@code info} is what follows the opening fence ({@code json 200}). */
    record Code(String info, String content, int contentOffset, int offset) implements MdxNode {}
}
