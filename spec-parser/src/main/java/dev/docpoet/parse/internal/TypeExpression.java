package dev.docpoet.parse.internal;

import dev.docpoet.spec.Inflector;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A field's type as real pages write it ({@code string[]}, {@code array of strings}, {@code string | null},
 * {@code "a" | "b"}, {@code User Object}, Redocly's {@code string,null, required}), read into a kind.
 *
 * @param recognized false when some part of the expression names no type docpoet knows
 */
public record TypeExpression(
        Kind kind,
        Kind itemKind,
        @Nullable String format,
        boolean nullable,
        boolean required,
        boolean deprecated,
        List<String> literals,
        boolean numericLiterals,
        boolean recognized,
        List<Kind> alternatives,
        @Nullable Kind mapValue) {

    private static final Pattern SPLIT = Pattern.compile("\\s*(?:\\||,|\\bor\\b)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern ARRAY_OF = Pattern.compile("(?:array|list)\\s*(?:of\\s+|<\\s*)(.+?)\\s*>?", Pattern.CASE_INSENSITIVE);
    private static final Pattern MAP_OF = Pattern.compile("(?i)(?:map|dict(?:ionary)?|record|object)\\s*(?:of\\s+|<\\s*)"
            + "(?:string|str|key|[\\w-]+?\\s+ids?|[\\w-]+?\\s+names?)\\s*(?:\\s+to\\s+|,\\s*|\\s*->\\s*|\\s*=>\\s*)(.+?)\\s*>?");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

    public static TypeExpression unspecified() {
        return new TypeExpression(Kind.UNSPECIFIED, Kind.UNSPECIFIED, null, false, false, false, List.of(), false, true, List.of(), null);
    }

    public static TypeExpression parse(@Nullable String raw) {
        if (raw == null || raw.isBlank()) return unspecified();
        String s = Html.unescape(raw).trim();
        Matcher map = MAP_OF.matcher(s);
        if (map.matches()) {
            // "map of string to User", "Map<string, integer>", "Record<string, number>", "dict of str -> float"
            Single value = single(map.group(1).toLowerCase(Locale.ROOT).trim(), map.group(1).trim());
            return new TypeExpression(Kind.OBJECT, Kind.UNSPECIFIED, null, false, false, false, List.of(), false, true,
                    List.of(Kind.OBJECT), value == null ? Kind.ANY : value.kind());
        }
        Set<Kind> kinds = new LinkedHashSet<>();
        Kind itemKind = Kind.UNSPECIFIED;
        String format = null;
        boolean nullable = false, required = false, deprecated = false, recognized = true, numeric = true;
        List<String> literals = new ArrayList<>();
        for (String part : SPLIT.split(s)) {
            part = part.trim();
            if (part.isEmpty()) continue;
            if (isQuoted(part)) {
                literals.add(part.substring(1, part.length() - 1));
                numeric = false;
                continue;
            }
            if (NUMBER.matcher(part).matches()) {
                literals.add(part);
                continue;
            }
            String lower = part.toLowerCase(Locale.ROOT);
            switch (lower) {
                case "null", "nullable", "optional" -> {
                    if (!lower.equals("optional")) nullable = true;
                    continue;
                }
                case "required" -> {
                    required = true;
                    continue;
                }
                case "deprecated" -> {
                    deprecated = true;
                    continue;
                }
                default -> { }
            }
            Single single = single(lower, part);
            if (single == null) {
                recognized = false;
                continue;
            }
            kinds.add(single.kind);
            if (single.kind == Kind.ARRAY && itemKind == Kind.UNSPECIFIED) itemKind = single.item;
            if (single.format != null && format == null) format = single.format;
        }
        Kind kind;
        if (kinds.isEmpty()) {
            kind = literals.isEmpty() ? (recognized ? Kind.UNSPECIFIED : Kind.ANY) : (numeric ? Kind.NUMBER : Kind.STRING);
        } else if (kinds.size() == 1) {
            kind = kinds.iterator().next();
        } else if (kinds.equals(Set.of(Kind.INTEGER, Kind.NUMBER))) {
            kind = Kind.NUMBER;
        } else {
            kind = Kind.ANY;
        }
        if (!literals.isEmpty() && !kinds.isEmpty() && kind != Kind.STRING && kind != Kind.INTEGER && kind != Kind.NUMBER) {
            literals = List.of();
        }
        return new TypeExpression(kind, itemKind, format, nullable, required, deprecated, List.copyOf(literals),
                numeric && !literals.isEmpty(), recognized, List.copyOf(kinds), null);
    }

    /**
     * The type a prose type starts with ({@code float in the range (0, 1]}, {@code String (ISO 8601)}): its first word
     * read alone, when that is a type; null otherwise. For dialects whose type slot is free text.
     */
    public static @Nullable TypeExpression leadingWord(@Nullable String raw) {
        if (raw == null) return null;
        String text = Html.unescape(raw);
        Matcher m = Pattern.compile("^\\s*([A-Za-z][\\w-]*(?:\\[])?)[\\s(,:]").matcher(text);
        if (!m.find()) return null;
        TypeExpression t = parse(m.group(1).toLowerCase(Locale.ROOT));
        if (!(t.recognized() && t.literals().isEmpty() && t.kind() != Kind.UNSPECIFIED && t.kind() != Kind.ANY)) return null;
        // a format stated after the word, "String (date-time)", is kept when it names one of the word's own kind
        Matcher f = Pattern.compile("^\\s*\\(\\s*([A-Za-z][\\w-]*)\\s*\\)").matcher(text.substring(m.end() - 1));
        if (f.find()) {
            TypeExpression formatted = parse(f.group(1).toLowerCase(Locale.ROOT));
            if (formatted.recognized() && formatted.kind() == t.kind() && formatted.format() != null && formatted.literals().isEmpty()) return formatted;
        }
        return t;
    }

    private record Single(Kind kind, Kind item, @Nullable String format) {}

    /** The type words docpoet reads, for "did you mean". */
    private static final List<String> KNOWN_WORDS = List.of("string", "integer", "number", "boolean", "object", "array",
            "null", "date-time", "date", "email", "uri", "url", "uuid", "int", "long", "float", "double", "bool", "map", "any");

    /** "did you mean `string`?" for a type that names nothing docpoet knows, when one is close. */
    public static String hint(String written, String usual) {
        String closest = dev.docpoet.spec.Suggestions.closest(written.trim().replace("[]", ""), KNOWN_WORDS);
        return closest == null ? usual : "did you mean `" + closest + (written.trim().endsWith("[]") ? "[]" : "") + "`? Otherwise " + usual;
    }

    private static @Nullable Single single(String lower, String original) {
        // the inner part of the original keeps its case, so that `User[]` is an array of User objects
        boolean sameLength = lower.length() == original.length();
        if (lower.endsWith("[]")) {
            Single inner = single(lower.substring(0, lower.length() - 2).trim(),
                    sameLength ? original.substring(0, original.length() - 2).trim() : original);
            return new Single(Kind.ARRAY, inner == null ? Kind.ANY : inner.kind, null);
        }
        Matcher m = ARRAY_OF.matcher(lower);
        if (m.matches()) {
            Single inner = single(Inflector.singular(m.group(1).trim()),
                    sameLength ? Inflector.singular(original.substring(m.start(1), m.end(1)).trim()) : original);
            return new Single(Kind.ARRAY, inner == null ? Kind.ANY : inner.kind, null);
        }
        switch (lower) {
            case "array", "list" -> { return new Single(Kind.ARRAY, Kind.UNSPECIFIED, null); }
            case "string", "strings", "str", "text" -> { return new Single(Kind.STRING, Kind.UNSPECIFIED, null); }
            case "date-time", "datetime", "timestamp" -> { return new Single(Kind.STRING, Kind.UNSPECIFIED, "date-time"); }
            case "date" -> { return new Single(Kind.STRING, Kind.UNSPECIFIED, "date"); }
            case "email" -> { return new Single(Kind.STRING, Kind.UNSPECIFIED, "email"); }
            case "uri", "url" -> { return new Single(Kind.STRING, Kind.UNSPECIFIED, "uri"); }
            case "uuid" -> { return new Single(Kind.STRING, Kind.UNSPECIFIED, "uuid"); }
            // a file a multipart body carries (Mintlify's type="file", OpenAPI's format: binary)
            case "file", "binary" -> { return new Single(Kind.STRING, Kind.UNSPECIFIED, "binary"); }
            case "integer", "integers", "int", "int32", "int64", "long" -> { return new Single(Kind.INTEGER, Kind.UNSPECIFIED, null); }
            case "number", "numbers", "float", "double", "decimal" -> { return new Single(Kind.NUMBER, Kind.UNSPECIFIED, null); }
            case "boolean", "booleans", "bool" -> { return new Single(Kind.BOOLEAN, Kind.UNSPECIFIED, null); }
            case "object", "objects", "json", "map", "dict", "dictionary", "record" -> { return new Single(Kind.OBJECT, Kind.UNSPECIFIED, null); }
            case "any", "unknown", "mixed" -> { return new Single(Kind.ANY, Kind.UNSPECIFIED, null); }
            default -> { }
        }
        if (lower.endsWith(" object") || lower.endsWith(" objects")) return new Single(Kind.OBJECT, Kind.UNSPECIFIED, null);
        // A bare capitalised name ("User") is a named object type.
        if (original.matches("[A-Z][A-Za-z0-9]*")) return new Single(Kind.OBJECT, Kind.UNSPECIFIED, null);
        return null;
    }

    private static boolean isQuoted(String s) {
        return s.length() >= 2
                && ((s.charAt(0) == '"' && s.endsWith("\"")) || (s.charAt(0) == '\'' && s.endsWith("'"))
                        || (s.charAt(0) == '`' && s.endsWith("`")));
    }
}
