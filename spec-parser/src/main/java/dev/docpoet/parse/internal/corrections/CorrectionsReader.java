package dev.docpoet.parse.internal.corrections;

import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.ParserCode;
import dev.docpoet.spec.Schema;
import dev.docpoet.spec.SourceLocation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads a corrections file: YAML (1.2, snakeyaml-engine, as specs are read) with a {@code corrections} list, each
 * entry's keys checked, each value at its line and column. A file with an error applies nothing: half a set of
 * corrections would generate types the user never asked for.
 */
public final class CorrectionsReader {
    /** What the file says, or why it cannot be used. */
    public record Read(List<Correction> corrections, List<Diagnostic> errors) {}

    private static final Set<String> KEYS = Set.of("endpoint", "body", "parameter", "field", "type", "required", "nullable", "enum", "map", "name");
    private static final Map<String, Schema> TYPES = Map.ofEntries(
            Map.entry("string", new Schema.StringSchema(null)), Map.entry("integer", new Schema.IntegerSchema()),
            Map.entry("number", new Schema.NumberSchema()), Map.entry("boolean", new Schema.BooleanSchema()),
            Map.entry("object", new Schema.ObjectSchema(List.of())), Map.entry("any", new Schema.AnySchema()),
            Map.entry("date-time", new Schema.StringSchema("date-time")), Map.entry("date", new Schema.StringSchema("date")),
            Map.entry("email", new Schema.StringSchema("email")), Map.entry("uri", new Schema.StringSchema("uri")),
            Map.entry("uuid", new Schema.StringSchema("uuid")));
    private static final String EXAMPLE = "`corrections:` with entries `- endpoint: GET /v1/tickets/{id}`, `field: priority`, `enum: [low, high]`";

    private final String file;
    private final List<Diagnostic> errors = new ArrayList<>();

    private CorrectionsReader(String file) {
        this.file = file;
    }

    /** @param file the name diagnostics give the file */
    public static Read read(String file, byte[] bytes) {
        CorrectionsReader r = new CorrectionsReader(file);
        List<Correction> out = r.all(new String(bytes, StandardCharsets.UTF_8));
        return r.errors.isEmpty() ? new Read(out, List.of()) : new Read(List.of(), r.errors);
    }

    private List<Correction> all(String text) {
        Optional<Node> root;
        try {
            LoadSettings settings = LoadSettings.builder().setMaxAliasesForCollections(50).setCodePointLimit(4 * 1024 * 1024).build();
            root = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            Mark m = e.getProblemMark().orElse(e.getContextMark().orElse(null));
            error(m == null ? at(1, 1) : at(m.getLine() + 1, m.getColumn() + 1), "not YAML: " + e.getProblem(), "fix the YAML syntax there");
            return List.of();
        } catch (YamlEngineException e) {
            error(at(1, 1), "not YAML: " + e.getMessage(), "fix the YAML syntax");
            return List.of();
        }
        if (root.isEmpty()) return List.of();
        Node top = root.get();
        Node list = null;
        if (top instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                String key = scalar(t.getKeyNode());
                if ("corrections".equals(key)) list = t.getValueNode();
                else error(place(t.getKeyNode()), "unknown key `" + key + "`", "the file has one key, `corrections`: " + EXAMPLE);
            }
        } else {
            error(place(top), "a corrections file is a mapping with a `corrections` list", "write it as " + EXAMPLE);
        }
        if (list == null) return List.of();
        if (!(list instanceof SequenceNode seq)) {
            error(place(list), "`corrections` is not a list", "give one entry per correction, each starting with `- endpoint:`");
            return List.of();
        }
        List<Correction> out = new ArrayList<>();
        for (Node entry : seq.getValue()) {
            Correction c = entry(entry);
            if (c != null) out.add(c);
        }
        return out;
    }

    private @Nullable Correction entry(Node node) {
        if (!(node instanceof MappingNode m)) {
            error(place(node), "a correction is a mapping of keys (endpoint, field, type, …)", "write it as " + EXAMPLE);
            return null;
        }
        String endpoint = null;
        SourceLocation endpointAt = place(node);
        String body = null;
        SourceLocation bodyAt = null;
        String parameter = null;
        SourceLocation parameterAt = null;
        List<String> field = List.of();
        SourceLocation fieldAt = null;
        List<Correction.Change> changes = new ArrayList<>();
        int before = errors.size();
        for (NodeTuple t : m.getValue()) {
            String key = scalar(t.getKeyNode());
            Node v = t.getValueNode();
            SourceLocation at = place(v);
            if (key == null || !KEYS.contains(key)) {
                String near = key == null ? null : dev.docpoet.spec.Suggestions.closest(key, KEYS);
                error(place(t.getKeyNode()), "unknown key `" + key + "`" + (near == null ? "" : " (did you mean `" + near + "`?)"),
                        "a correction has endpoint, then body and field or parameter, then what to set: type, required, nullable, enum, map, name");
                continue;
            }
            switch (key) {
                case "endpoint" -> {
                    endpoint = text(v, key);
                    endpointAt = at;
                }
                case "body" -> {
                    body = text(v, key);
                    bodyAt = at;
                    if (body != null && !body.equals("request") && !body.equals("default") && !body.matches("[1-5]([0-9]{2}|XX)")) {
                        error(at, "`body: " + body + "` is neither `request` nor a response status", "write `body: request` or `body: 200`");
                    }
                }
                case "parameter" -> {
                    parameter = text(v, key);
                    parameterAt = at;
                }
                case "field" -> {
                    String f = text(v, key);
                    fieldAt = at;
                    if (f != null) {
                        field = List.of(f.split("\\.", -1));
                        if (field.stream().anyMatch(String::isEmpty)) error(at, "`field: " + f + "` has an empty segment", "name fields by dots: customer.email");
                    }
                }
                case "type" -> {
                    String ty = text(v, key);
                    if (ty == null) break;
                    Schema s = TYPES.get(ty.toLowerCase(Locale.ROOT));
                    if (s == null) {
                        error(at, "unknown type `" + ty + "`", "use one of " + String.join(", ", new java.util.TreeSet<>(TYPES.keySet()))
                                + " (a list's type applies to its items; `map: true` makes a map of it)");
                    } else {
                        changes.add(new Correction.SetType(s, ty.toLowerCase(Locale.ROOT), at));
                    }
                }
                case "required" -> bool(v, key).ifPresent(b -> changes.add(new Correction.SetRequired(b, at)));
                case "nullable" -> bool(v, key).ifPresent(b -> changes.add(new Correction.SetNullable(b, at)));
                case "map" -> bool(v, key).ifPresent(b -> changes.add(new Correction.SetMap(b, at)));
                case "name" -> {
                    String n = text(v, key);
                    if (n != null) changes.add(new Correction.SetName(n, at));
                }
                case "enum" -> {
                    if (!(v instanceof SequenceNode values) || values.getValue().isEmpty()) {
                        error(at, "`enum` is not a list of values", "write `enum: [low, high]`");
                        break;
                    }
                    List<String> vs = new ArrayList<>();
                    for (Node n : values.getValue()) {
                        String s = n instanceof ScalarNode sc ? sc.getValue() : null;
                        if (s == null) error(place(n), "an enum value is not a plain value", "write `enum: [low, high]`");
                        else vs.add(s);
                    }
                    changes.add(new Correction.SetEnum(vs, at));
                }
                default -> throw new IllegalStateException(key);
            }
        }
        if (endpoint == null) {
            error(endpointAt, "a correction without `endpoint`", "start it with `- endpoint: GET /path`");
            return null;
        }
        String[] mp = endpoint.strip().split("\\s+");
        if (mp.length != 2 || !mp[1].startsWith("/") || !mp[0].matches("(?i)get|put|post|delete|patch|head|options|trace")) {
            error(endpointAt, "`endpoint: " + endpoint + "` is not METHOD /path", "write it as the docs do: `endpoint: GET /v1/tickets/{id}`");
            return null;
        }
        if (parameter != null && (body != null || !field.isEmpty())) {
            error(parameterAt, "a correction names a parameter and a body or field", "correct a parameter and a field in two entries");
        }
        if (changes.isEmpty() && errors.size() == before) {
            error(endpointAt, "this correction sets nothing", "add what the docs get wrong: type, required, nullable, enum, map or name");
        }
        if (parameter == null && field.isEmpty()) {
            for (Correction.Change c : changes) {
                if (!(c instanceof Correction.SetType || c instanceof Correction.SetEnum || c instanceof Correction.SetMap)) {
                    error(c.at(), "a body has no required, nullable or name of its own", "name the field it is about: `field: NAME`");
                }
            }
        }
        if (parameter != null) {
            for (Correction.Change c : changes) {
                if (c instanceof Correction.SetMap) error(c.at(), "a parameter cannot be made a map here", "correct its type or enum instead");
            }
        }
        if (errors.size() > before) return null;
        return new Correction(mp[0].toUpperCase(Locale.ROOT), mp[1], endpointAt, body, bodyAt, parameter, parameterAt, field, fieldAt, changes);
    }

    private @Nullable String text(Node v, String key) {
        if (v instanceof ScalarNode s && !s.getValue().isBlank()) return s.getValue().strip();
        error(place(v), "`" + key + "` needs a value", "write `" + key + ": …` on one line");
        return null;
    }

    private Optional<Boolean> bool(Node v, String key) {
        if (v instanceof ScalarNode s && (s.getValue().equals("true") || s.getValue().equals("false"))) return Optional.of(Boolean.parseBoolean(s.getValue()));
        error(place(v), "`" + key + "` is true or false", "write `" + key + ": true` or `" + key + ": false`");
        return Optional.empty();
    }

    private static @Nullable String scalar(Node n) {
        return n instanceof ScalarNode s ? s.getValue() : null;
    }

    private SourceLocation place(Node n) {
        return n.getStartMark().map(m -> at(m.getLine() + 1, m.getColumn() + 1)).orElse(at(1, 1));
    }

    private SourceLocation at(int line, int col) {
        return new SourceLocation(file, line, col);
    }

    private void error(SourceLocation at, String message, String hint) {
        errors.add(new Diagnostic(ParserCode.SpecCorrectionInvalid, message, at, hint));
    }
}
