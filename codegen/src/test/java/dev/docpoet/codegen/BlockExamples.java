package dev.docpoet.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docpoet.parse.internal.Ellipses;
import dev.docpoet.spec.Statuses;
import java.io.IOException;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Inflater;
import org.jspecify.annotations.Nullable;

/**
 * The response examples of GitBook, ReadMe and docusaurus-openapi-docs pages, found from the page's text alone
 * (for {@link PageExamples}), independently of the readers.
 */
final class BlockExamples {
    private static final Pattern RESPONSE_TAG = Pattern.compile("\\{%\\s*swagger-response\\b([^%]*)%}(.*?)\\{%\\s*endswagger-response\\s*%}",
            Pattern.DOTALL);
    private static final Pattern STATUS_ATTR = Pattern.compile("status=[\"']([^\"']*)[\"']");
    private static final Pattern FENCE = Pattern.compile("(?ms)^[ \\t]*(`{3,}|~{3,})([^\\n]*)\\n(.*?)^[ \\t]*\\1[ \\t]*$");
    private static final Pattern STATUS = Pattern.compile("\\b([1-5]\\d\\d)\\b");
    private static final Pattern CODE_BLOCK = Pattern.compile("\\[block:code]\\s*(\\{.*?})\\s*\\[/block]", Pattern.DOTALL);
    private static final Pattern HEADING = Pattern.compile("(?m)^\\s{0,3}#{1,6}\\s+(.*)$|\\[block:api-header]\\s*(\\{.*?})\\s*\\[/block]");
    private static final Pattern RESPONSE = Pattern.compile("(?i)respon|return|result|output");
    private static final Pattern REQUEST = Pattern.compile("(?i)request|payload|body param");

    private BlockExamples() {}

    /** GitBook: the code blocks of each {@code swagger-response}; whether the page has any such response. */
    static boolean gitbook(String label, String text, List<PageExamples.Example> out) {
        Matcher r = RESPONSE_TAG.matcher(text);
        boolean any = false;
        while (r.find()) {
            any = true;
            Matcher st = STATUS_ATTR.matcher(r.group(1));
            String written = st.find() ? st.group(1) : "";
            Matcher code = STATUS.matcher(written);
            String status = code.find() ? code.group(1) : null;
            Matcher f = FENCE.matcher(r.group(2));
            while (f.find()) {
                String content = f.group(3);
                String info = f.group(2).strip();
                String t = content.strip();
                if (!(t.startsWith("{") || t.startsWith("["))) continue;
                int line = line(text, r.start(2) + f.start(3));
                add(out, label, line, "gitbook", info + " " + written, status, Ellipses.blank(content, 0, content.length()));
            }
        }
        return any;
    }

    /** ReadMe: the JSON codes of {@code [block:code]} blocks that a heading or their name marks as responses. */
    static void readme(String label, String text, List<PageExamples.Example> out) {
        Matcher b = CODE_BLOCK.matcher(text);
        while (b.find()) {
            String heading = lastHeading(text, b.start());
            JsonNode block;
            try {
                block = PageExamples.LENIENT.readTree(b.group(1));
            } catch (IOException e) {
                continue;
            }
            for (JsonNode c : block.path("codes")) {
                String code = c.path("code").asText("");
                String name = c.path("name").asText("");
                String t = code.strip();
                if (!(t.startsWith("{") || t.startsWith("["))) continue;
                String where = name + " " + heading;
                boolean response = RESPONSE.matcher(where).find() || STATUS.matcher(name).find();
                if (!response || REQUEST.matcher(name).find() && !RESPONSE.matcher(name).find()) continue;
                if (REQUEST.matcher(heading).find() && !RESPONSE.matcher(heading).find() && !STATUS.matcher(name).find()) continue;
                Matcher st = STATUS.matcher(where);
                add(out, label, line(text, b.start()), "readme", where, st.find() ? st.group(1) : null, Ellipses.blank(code, 0, code.length()));
            }
        }
    }

    private static String lastHeading(String text, int before) {
        Matcher h = HEADING.matcher(text.substring(0, before));
        String last = "";
        while (h.find()) {
            if (h.group(1) != null) {
                last = h.group(1).strip();
            } else {
                try {
                    last = PageExamples.LENIENT.readTree(h.group(2)).path("title").asText("");
                } catch (IOException e) {
                    // a broken header names nothing
                }
            }
        }
        return last;
    }

    /** docusaurus-openapi-docs: the explicit examples of the operation's responses, from the props or {@code api:}. */
    static void docusaurus(String label, String text, List<PageExamples.Example> out) {
        JsonNode responses = null;
        int at = text.indexOf("responses={");
        if (at >= 0) {
            int start = at + "responses={".length();
            int end = end(text, start);
            if (end > start) {
                try {
                    responses = PageExamples.LENIENT.readTree(text.substring(start, end));
                } catch (IOException e) {
                    responses = null;
                }
            }
        }
        if (responses == null) {
            Matcher api = Pattern.compile("(?m)^api:\\s*(\\S+)\\s*$").matcher(text);
            if (api.find()) {
                JsonNode op = decode(api.group(1));
                if (op != null) responses = op.path("responses");
            }
        }
        if (responses == null) return;
        for (Iterator<Map.Entry<String, JsonNode>> rs = responses.fields(); rs.hasNext(); ) {
            Map.Entry<String, JsonNode> r = rs.next();
            for (Iterator<Map.Entry<String, JsonNode>> cs = r.getValue().path("content").fields(); cs.hasNext(); ) {
                Map.Entry<String, JsonNode> c = cs.next();
                if (!c.getKey().toLowerCase(Locale.ROOT).contains("json")) continue;
                JsonNode mt = c.getValue();
                boolean error = !Statuses.isSuccess(r.getKey());
                String where = "responses/" + r.getKey() + "/" + c.getKey();
                if (mt.has("example")) out.add(new PageExamples.Example(label, 0, "docusaurus", where + " example", r.getKey(), error, mt.get("example"), null));
                for (Iterator<Map.Entry<String, JsonNode>> es = mt.path("examples").fields(); es.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = es.next();
                    if (e.getValue().has("value")) {
                        out.add(new PageExamples.Example(label, 0, "docusaurus", where + " examples/" + e.getKey(), r.getKey(), error,
                                e.getValue().get("value"), null));
                    }
                }
                if (!mt.has("example") && !mt.has("examples") && mt.path("schema").has("example")) {
                    out.add(new PageExamples.Example(label, 0, "docusaurus", where + " schema example", r.getKey(), error,
                            mt.path("schema").get("example"), null));
                } else if (!mt.has("example") && !mt.has("examples")) {
                    // the sample the page renders from its fields' own examples, as for Redocly's fields
                    JsonNode composed = compose(mt.path("schema"), 0);
                    if (composed != null) {
                        out.add(new PageExamples.Example(label, 0, "docusaurus", where + " composed of field examples", r.getKey(), error,
                                composed, null));
                    }
                }
            }
        }
    }

    /** A sample of the schema made of its properties' {@code example}s only; null when none has one. */
    private static @Nullable JsonNode compose(JsonNode schema, int depth) {
        if (depth > 16 || !schema.isObject()) return null;
        if (schema.has("example")) return schema.get("example");
        JsonNode items = schema.get("items");
        if (items != null) {
            JsonNode item = compose(items, depth + 1);
            return item == null ? null : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add(item);
        }
        com.fasterxml.jackson.databind.node.ObjectNode out = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        for (JsonNode part : schema.path("allOf")) {
            JsonNode c = compose(part, depth + 1);
            if (c != null && c.isObject()) out.setAll((com.fasterxml.jackson.databind.node.ObjectNode) c);
        }
        for (Iterator<Map.Entry<String, JsonNode>> ps = schema.path("properties").fields(); ps.hasNext(); ) {
            Map.Entry<String, JsonNode> p = ps.next();
            JsonNode c = compose(p.getValue(), depth + 1);
            if (c != null) out.set(p.getKey(), c);
        }
        return out.isEmpty() ? null : out;
    }

    private static @Nullable JsonNode decode(String value) {
        try {
            byte[] raw = Base64.getMimeDecoder().decode(value);
            Inflater inflater = new Inflater();
            inflater.setInput(raw);
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && inflater.needsInput()) break;
                bytes.write(buf, 0, n);
            }
            inflater.end();
            return PageExamples.LENIENT.readTree(bytes.toByteArray());
        } catch (IllegalArgumentException | java.util.zip.DataFormatException | IOException e) {
            return null;
        }
    }

    /** The end of the JSON value starting at {@code start} (strings skipped). */
    private static int end(String s, int start) {
        int depth = 0;
        for (int k = start; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '"') {
                k++;
                while (k < s.length() && s.charAt(k) != '"') {
                    if (s.charAt(k) == '\\') k++;
                    k++;
                }
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (--depth == 0) return k + 1;
            }
        }
        return -1;
    }

    private static void add(List<PageExamples.Example> out, String label, int line, String kind, String info, @Nullable String status,
            String content) {
        PageExamples.Example e = PageExamples.example(label, line, kind, "", content, List.of(), null);
        out.add(new PageExamples.Example(e.page(), e.line(), e.kind(), info.strip(), status, status != null && !Statuses.isSuccess(status)
                || status == null && info.toLowerCase(Locale.ROOT).contains("error"), e.json(), e.problem()));
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) if (text.charAt(i) == '\n') line++;
        return line;
    }
}
