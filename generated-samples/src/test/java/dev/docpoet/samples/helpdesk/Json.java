package dev.docpoet.samples.helpdesk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.docpoet.parse.DocParser;
import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Response;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;

/** The two JSON stacks the generated models must work with, and the docs' own examples. */
final class Json {
    /** A plain Jackson 2 mapper with the JSR-310 module, as the issue asks: no other configuration. */
    static final ObjectMapper JACKSON2 = new ObjectMapper().registerModule(new JavaTimeModule());
    /** A plain Jackson 3 mapper. */
    static final tools.jackson.databind.json.JsonMapper JACKSON3 = new tools.jackson.databind.json.JsonMapper();

    private Json() {}

    /** The example of a documented response, read from the sample doc as docpoet reads it. */
    static JsonNode example(String doc, String status) {
        ApiDocument d = DocParser.parse(Path.of("src/main/docs/helpdesk").resolve(doc));
        Response r = d.endpoints().get(0).responses().stream().filter(x -> x.status().equals(status)).findFirst().orElseThrow();
        return r.body().example().node();
    }

    static JsonNode tree(String json) {
        try {
            return JACKSON2.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** JSON equality, with strings that are timestamps compared as instants. */
    static boolean sameJson(JsonNode a, JsonNode b) {
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) return false;
            for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (!b.has(f.getKey()) || !sameJson(f.getValue(), b.get(f.getKey()))) return false;
            }
            return true;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) return false;
            for (int i = 0; i < a.size(); i++) if (!sameJson(a.get(i), b.get(i))) return false;
            return true;
        }
        if (a.isTextual() && b.isTextual()) {
            try {
                return OffsetDateTime.parse(a.asText()).toInstant().equals(OffsetDateTime.parse(b.asText()).toInstant());
            } catch (DateTimeParseException e) {
                return a.asText().equals(b.asText());
            }
        }
        if (a.isNumber() && b.isNumber()) return a.decimalValue().compareTo(b.decimalValue()) == 0;
        return a.equals(b);
    }
}
