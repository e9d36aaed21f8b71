package dev.docpoet.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A seeded mutator of doc pages, with the mutations the hardening issue's fuzz run used: truncations, duplicated and
 * swapped lines, stray tags, backticks and braces, invalid UTF-8, BOMs, CR and CRLF, huge lists, deep nesting and
 * hostile names. The same seed gives the same mutants.
 */
final class Mutator {
    private static final String[] TAGS = {"<ResponseField name=\"x\" type=\"string\">", "</ResponseField>", "<Expandable>",
            "</Expandable>", "<ParamField body=\"y\">", "</ParamField>", "<Tabs>", "<ResponseExample>", "```json\n{", "---\n"};
    private static final String[] PUNCTUATION = {"`", "``", "{", "}", "{{{{", "}}", "[", "\"", "<!--", "-->", ":", "\\"};
    private static final String[] NAMES = {"a\u2028b", "class", " ", "x".repeat(300), "\ud800", "*/", "\\u002a/", "a.b.c", "@x",
            "名前", "null", "_", "$", "0day", "Known", "Object", "e\u200dmoji"};
    private static final String[] TYPES = {"string", "integer", "int64", "number", "boolean", "object", "array", "string,null",
            "stirng", "object[]", "map", ""};

    private final Random random;

    Mutator(long seed) {
        this.random = new Random(seed);
    }

    /** One to three mutations of {@code page}. */
    byte[] mutate(byte[] page) {
        byte[] out = page;
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) out = once(out);
        return out;
    }

    private byte[] once(byte[] page) {
        String text = new String(page, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int at = lines.isEmpty() ? 0 : random.nextInt(lines.size());
        switch (random.nextInt(12)) {
            case 0 -> {
                return Arrays.copyOf(page, page.length == 0 ? 0 : random.nextInt(page.length));
            }
            case 1 -> lines.add(at, lines.get(at));
            case 2 -> {
                int other = random.nextInt(lines.size());
                String l = lines.get(at);
                lines.set(at, lines.get(other));
                lines.set(other, l);
            }
            case 3 -> lines.add(at, pick(TAGS));
            case 4 -> lines.set(at, insert(lines.get(at), pick(PUNCTUATION)));
            case 5 -> {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                int cut = page.length == 0 ? 0 : random.nextInt(page.length);
                b.write(page, 0, cut);
                byte[][] bad = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {0}};
                byte[] chosen = bad[random.nextInt(bad.length)];
                b.write(chosen, 0, chosen.length);
                b.write(page, cut, page.length - cut);
                return b.toByteArray();
            }
            case 6 -> {
                return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
            }
            case 7 -> {
                return text.replace("\n", random.nextBoolean() ? "\r" : "\r\n").getBytes(StandardCharsets.UTF_8);
            }
            case 8 -> lines.add(at, random.nextBoolean() ? "    Enum: " + list(1 + random.nextInt(3000), "\"v%d\"")
                    : "Available options: " + list(1 + random.nextInt(3000), "`o%d`"));
            case 9 -> lines.add(at, random.nextBoolean() ? "  - `" + "n.".repeat(1 + random.nextInt(120)) + "leaf` (string)"
                    : "<Expandable>\n".repeat(1 + random.nextInt(120)));
            case 10 -> lines.add(at, random.nextBoolean() ? "  - `" + pick(NAMES) + "` (" + pick(TYPES) + ")"
                    : "<ResponseField name=\"" + pick(NAMES).replace("\"", "") + "\" type=\"" + pick(TYPES) + "\">x</ResponseField>");
            default -> lines.remove(at);
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private String list(int n, String format) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(i == 0 ? "" : ", ").append(String.format(format, i));
        return sb.toString();
    }

    private String insert(String line, String what) {
        int at = line.isEmpty() ? 0 : random.nextInt(line.length() + 1);
        return line.substring(0, at) + what + line.substring(at);
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
