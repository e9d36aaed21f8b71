package dev.docpoet.codegen;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out unique names within one scope, deterministically: the first free candidate, else the first with a
 * number. Case-insensitive, because some file systems are (two types {@code Foo} and {@code FOO} would clash).
 */
final class NameScope {
    private final Set<String> taken = new HashSet<>();
    private final Set<String> reserved;

    NameScope(Set<String> reserved) {
        this.reserved = reserved;
    }

    boolean isFree(String name) {
        return !taken.contains(name.toLowerCase(Locale.ROOT)) && !reserved.contains(name);
    }

    void take(String name) {
        taken.add(name.toLowerCase(Locale.ROOT));
    }

    /** {@code name} if free, else {@code name}, {@code separator} and the smallest number that makes it free. */
    String allocateNumbered(String name, String separator) {
        String n = name;
        for (int i = 2; !isFree(n); i++) n = name + separator + i;
        take(n);
        return n;
    }

    /** The first free candidate, or the first candidate with the smallest free number appended. */
    String allocate(String... candidates) {
        for (String c : candidates) {
            if (isFree(c)) {
                take(c);
                return c;
            }
        }
        for (int i = 2; ; i++) {
            String c = candidates[0] + i;
            if (isFree(c)) {
                take(c);
                return c;
            }
        }
    }
}
