package dev.docpoet.parse.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A type as a table cell or a {@code **Type:**} line writes it, brought to what {@link TypeExpression} reads: markdown
 * links kept as their text (the link target is kept apart, as a reference), Widdershins' {@code [string]} and
 * {@code [[Pet](#schemapet)]} arrays, {@code string(date-time)} and {@code String (ISO 8601 Datetime)} formats,
 * swagger2markup's {@code < string > array} and {@code enum (A, B)}, {@code Array of String}, {@code String or null},
 * {@code Hash}, and Widdershins' {@code ¦} between union members.
 *
 * @param type the type expression read
 * @param reference the target of the first link in the cell ({@code #schemapet}, {@code entities/Account}), if any
 * @param written the cell as written, for messages
 */
public record ProseType(TypeExpression type, @Nullable String reference, String written) {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]]*)]\\(\\s*([^)]*?)\\s*\\)");
    private static final Pattern HUGO_REF = Pattern.compile("\\{\\{<\\s*relref\\s+\"([^\"]*)\"\\s*>}}");
    private static final Pattern SHORTCODE = Pattern.compile("\\{\\{[<%][^}]*[>%]}}");
    private static final Pattern PAREN = Pattern.compile("(?<!\\s)\\s*\\(([^()]*)\\)");
    // matched whole (matches()), greedy groups stripped after: no two whitespace runs compete for the same spaces
    private static final Pattern BRACKETED = Pattern.compile("\\[(.*)]");
    private static final Pattern ANGLE_ARRAY = Pattern.compile("<(.+)>\\s*+array", Pattern.CASE_INSENSITIVE);
    private static final Pattern GENERIC_ARRAY = Pattern.compile("(?:array|list)\\s*+[\\[<](.+)[\\]>]", Pattern.CASE_INSENSITIVE);
    /** How many array levels a written type may nest. */
    private static final int MAX_NESTING = 32;
    private static final Pattern ENUM = Pattern.compile("enum\\s*\\((.*)\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_TIME_WORDS = Pattern.compile("(?i)date[- ]?time|iso[- ]?8601|timestamp|rfc[- ]?3339");

    /** Reads one written type. */
    public static ProseType parse(String cell) {
        String written = cell.strip();
        // one space for each run of them: the patterns below then never weigh one run of spaces against another
        String s = WHITESPACE.matcher(written).replaceAll(" ");
        String reference = null;
        Matcher hugo = HUGO_REF.matcher(s);
        if (hugo.find()) reference = hugo.group(1);
        s = s.replaceAll("\\{\\{<\\s*relref\\s+\"[^\"]*\"\\s*>}}", "");
        s = SHORTCODE.matcher(s).replaceAll(" ");
        Matcher link = LINK.matcher(s);
        StringBuilder b = new StringBuilder();
        while (link.find()) {
            if (reference == null && !link.group(2).isEmpty()) reference = link.group(2);
            // a link into the page ([Email](#schemaemail)) or to an entity page names a schema, whatever its text says
            // ("Email" is no e-mail string); a link to anything else (a format's page) is its text
            boolean schema = link.group(2).isEmpty() || link.group(2).startsWith("#");
            link.appendReplacement(b, Matcher.quoteReplacement(schema ? "Object" : link.group(1)));
        }
        link.appendTail(b);
        s = b.toString().replaceAll("<br\\s*/?>", " ").replaceAll("</?[a-zA-Z][^>]*>(?!\\s*array)", " ")
                .replace("`", "").replace("**", "").replace('¦', '|').strip();
        s = s.replaceAll("^_(.*)_$", "$1").replaceAll("^\\*(.*)\\*$", "$1").strip();
        Matcher en = ENUM.matcher(s);
        if (en.matches()) {
            List<String> values = new ArrayList<>();
            for (String v : en.group(1).split(",")) {
                String t = v.strip();
                if (!t.isEmpty()) values.add("\"" + t.replace("\"", "") + "\"");
            }
            return new ProseType(TypeExpression.parse(String.join(" | ", values)), reference, written);
        }
        String format = null;
        Matcher p = PAREN.matcher(s);
        StringBuilder rest = new StringBuilder();
        while (p.find()) {
            String inner = p.group(1).strip().toLowerCase(Locale.ROOT);
            if (format == null) format = format(inner);
            p.appendReplacement(rest, "");
        }
        p.appendTail(rest);
        s = rest.toString().strip();
        s = normalize(s);
        TypeExpression t = TypeExpression.parse(s);
        if (format != null && t.format() == null && t.kind() == Kind.STRING) t = withFormat(t, format);
        return new ProseType(t, reference, written);
    }

    /**
     * Brings the array and map notations TypeExpression does not read to ones it does, one array level per turn; past
     * {@link #MAX_NESTING} levels the type reads as unknown.
     */
    private static String normalize(String in) {
        StringBuilder prefix = new StringBuilder();
        String suffix = "";
        String s = in;
        for (int depth = 0; depth <= MAX_NESTING; depth++) {
            s = words(s);
            String inner = null;
            Matcher angle = ANGLE_ARRAY.matcher(s);
            Matcher generic = GENERIC_ARRAY.matcher(s);
            Matcher br = BRACKETED.matcher(s);
            if (angle.matches()) {
                inner = angle.group(1);
            } else if (generic.matches()) {
                inner = generic.group(1);
            } else if (br.matches()) {
                inner = br.group(1);
            } else if (s.startsWith("[") && s.contains("]")) {
                int close = s.lastIndexOf(']');
                suffix = s.substring(close + 1) + suffix;
                inner = s.substring(1, close);
            }
            if (inner == null) return prefix + s.strip() + suffix;
            prefix.append("array of ");
            s = inner.strip();
        }
        return "nested too deep";
    }

    private static String words(String in) {
        String s = in.replaceAll("(?i)\\bhash(es)?\\b", "object").replaceAll("(?i)\\bfloat\\b", "number")
                .replaceAll("(?i)\\bunsigned(?:\\s+(?:int|integer|long))?\\b", "integer")
                .replaceAll("(?i)\\b(?:unix\\s+(?:ts|timestamp|time)|epoch)\\b", "integer")
                .replaceAll("(?i)\\b(?:char|character|varchar)\\b", "string")
                .replaceAll("(?i)\\bnil\\b", "null");
        return s.replaceAll(",?(?<!\\s)\\s++or\\b\\s++", " | ").replaceAll("(?<!\\s)\\s*+,\\s*+(?=null\\b)", " | ");
    }

    private static @Nullable String format(String inner) {
        if (inner.equals("date") || inner.startsWith("date)") || inner.equals("iso 8601 date")) return "date";
        if (DATE_TIME_WORDS.matcher(inner).find() && !inner.contains("unix")) return "date-time";
        return switch (inner) {
            case "uuid" -> "uuid";
            case "email" -> "email";
            case "uri", "url" -> "uri";
            case "binary" -> "binary";
            default -> null;
        };
    }

    private static TypeExpression withFormat(TypeExpression t, String format) {
        return new TypeExpression(t.kind(), t.itemKind(), format, t.nullable(), t.required(), t.deprecated(), t.literals(),
                t.numericLiterals(), t.recognized(), t.alternatives(), t.mapValue());
    }
}
