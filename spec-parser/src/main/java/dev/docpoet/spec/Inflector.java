package dev.docpoet.spec;

import java.util.Locale;

/** English plurals as API docs write them ({@code conversationParts}, "list of strings"), for naming items after their list. */
public final class Inflector {
    private Inflector() {}

    /**
     * The singular of a plural word, in the word's own case ({@code Entries} → {@code Entry}, {@code boxes} → {@code box});
     * any other word as it is. Words in -ss, -us and -is ({@code status}, {@code analysis}) are already singular, and so
     * are words of two letters or fewer.
     */
    public static String singular(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + (Character.isUpperCase(word.charAt(word.length() - 1)) ? "Y" : "y");
        }
        if (lower.endsWith("sses") || lower.endsWith("xes") || lower.endsWith("ches") || lower.endsWith("shes")) {
            return word.substring(0, word.length() - 2);
        }
        if (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is") && word.length() > 2) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
