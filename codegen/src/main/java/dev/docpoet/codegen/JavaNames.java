package dev.docpoet.codegen;

import dev.docpoet.spec.Inflector;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Turns wire names into readable Java names: lowerCamel members, UpperCamel types, UPPER_SNAKE constants; handles
 * keywords, leading underscores, punctuation, digits and non-ASCII letters, and singularises array item types.
 */
final class JavaNames {
    /**
     * Simple names generated types must not take: java.lang's (they would shadow it in user code), the common java.util
     * and java.time ones users import beside generated types, the annotations and runtime types generated code names,
     * and {@code Known}, the enum nested in every generated enum.
     */
    static final Set<String> RESERVED_SIMPLE_NAMES = Set.of("Object", "String", "Class", "Record", "Enum", "Error",
            "Exception", "Integer", "Long", "Double", "Float", "Boolean", "Byte", "Short", "Character", "Number", "Void",
            "Math", "System", "Thread", "Runtime", "Process", "Iterable", "Comparable", "Override", "Deprecated",
            "FunctionalInterface", "SuppressWarnings", "SafeVarargs", "Module", "Package", "StringBuilder", "Throwable",
            "RuntimeException", "Runnable", "CharSequence", "AutoCloseable", "Cloneable", "Readable", "Appendable",
            "List", "Map", "Set", "Collection", "Optional", "Random", "Date", "Objects", "Arrays", "Collections", "UUID",
            "Locale", "Iterator", "Queue", "Deque", "Stream", "Instant", "Duration", "LocalDate", "OffsetDateTime",
            "URI", "BigDecimal", "Generated", "Nullable", "NullMarked", "JsonProperty", "Violation", "Formats", "OpenEnum", "Required", "RecordBuilder", "Known");

    /** Members a record component may not be named after (they are methods of every record). */
    private static final Set<String> OBJECT_METHODS = Set.of("hashCode", "toString", "equals", "getClass", "notify",
            "notifyAll", "wait", "clone", "finalize");

    private JavaNames() {}

    /** Words of a wire name: split at punctuation, case changes and digit boundaries. */
    static List<String> words(String wire) {
        List<String> words = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int[] cps = wire.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (!Character.isLetterOrDigit(c)) {
                flush(words, cur);
                continue;
            }
            if (cur.length() > 0) {
                int prev = cur.codePointBefore(cur.length());
                boolean lowerToUpper = Character.isLowerCase(prev) && Character.isUpperCase(c);
                boolean acronymEnd = Character.isUpperCase(prev) && Character.isUpperCase(c) && i + 1 < cps.length
                        && Character.isLowerCase(cps[i + 1]);
                if (lowerToUpper || acronymEnd) flush(words, cur);
            }
            cur.appendCodePoint(c);
        }
        flush(words, cur);
        return words;
    }

    private static void flush(List<String> words, StringBuilder cur) {
        if (cur.length() > 0) {
            words.add(cur.toString());
            cur.setLength(0);
        }
    }

    static String upperCamel(String wire) {
        StringBuilder sb = new StringBuilder();
        for (String w : words(wire)) sb.append(capitalize(w.toLowerCase(Locale.ROOT)));
        String s = sb.toString();
        if (s.isEmpty()) return "Value";
        return shortened(Character.isJavaIdentifierStart(s.codePointAt(0)) ? s : "Type" + s, MAX_TYPE_NAME);
    }

    /** The longest simple name of a generated type: its files ({@code X.java}, {@code X$Builder.class}) must fit any file system. */
    static final int MAX_TYPE_NAME = 48;

    /**
     * {@code name} if it is at most {@code max} characters, else its first characters and a hash of the whole, so that
     * two long names stay apart and the same name always gives the same result.
     */
    static String shortened(String name, int max) {
        if (name.length() <= max) return name;
        String hash = String.format(Locale.ROOT, "%08x", name.hashCode());
        int keep = Math.max(1, max - hash.length() - 1);
        if (Character.isHighSurrogate(name.charAt(keep - 1))) keep--;
        return name.substring(0, keep) + "_" + hash;
    }

    /** The obvious lowerCamel form, before keywords and clashes are considered. */
    static String lowerCamel(String wire) {
        List<String> words = words(wire);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean keepCase = i == 0 && words.size() == 1 && !w.equals(w.toUpperCase(Locale.ROOT)) && !Character.isUpperCase(w.charAt(0));
            sb.append(i == 0 ? (keepCase ? w : w.toLowerCase(Locale.ROOT)) : capitalize(w.toLowerCase(Locale.ROOT)));
        }
        String s = sb.toString();
        if (s.isEmpty()) return "value";
        return Character.isJavaIdentifierStart(s.codePointAt(0)) ? s : "field" + capitalize(s);
    }

    /** A component name: lowerCamel, never a keyword or a method every record has. */
    static String member(String wire) {
        String s = lowerCamel(wire);
        if (SourceVersion.isKeyword(s) || OBJECT_METHODS.contains(s) || s.equals("_")) return s + "Value";
        return s;
    }

    /** An enum constant: {@code in-progress} → {@code IN_PROGRESS}, {@code 404} → {@code VALUE_404}, "" → {@code EMPTY}. */
    static String constant(String wire) {
        List<String> words = words(wire);
        if (words.isEmpty()) return wire.isEmpty() ? "EMPTY" : "SYMBOL_" + symbolName(wire);
        String s = String.join("_", words).toUpperCase(Locale.ROOT);
        if (!Character.isJavaIdentifierStart(s.codePointAt(0))) s = "VALUE_" + s;
        if (SourceVersion.isKeyword(s.toLowerCase(Locale.ROOT)) && s.equals(s.toLowerCase(Locale.ROOT))) s = s + "_";
        return s;
    }

    private static String symbolName(String wire) {
        StringBuilder sb = new StringBuilder();
        wire.codePoints().limit(8).forEach(c -> {
            if (sb.length() > 0) sb.append('_');
            sb.append(Character.getName(c) == null ? Integer.toHexString(c) : Character.getName(c).replaceAll("[^A-Z0-9]+", "_"));
        });
        return sb.toString();
    }

    static String capitalize(String s) {
        if (s.isEmpty()) return s;
        return new StringBuilder().appendCodePoint(Character.toUpperCase(s.codePointAt(0)))
                .append(s.substring(Character.charCount(s.codePointAt(0)))).toString();
    }

    /** {@code conversationParts} → {@code conversationPart}; a word that does not change gets "Item" later. */
    static String singular(String word) {
        return Inflector.singular(word);
    }

    /** The type name for the items of an array property: singular, or with "Item" when the word has no singular. */
    static String itemTypeName(String wire) {
        String single = singular(wire);
        String name = upperCamel(single);
        return single.equals(wire) ? name + "Item" : name;
    }
}
