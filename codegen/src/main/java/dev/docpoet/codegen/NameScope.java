package dev.docpoet.codegen;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out unique names within one scope, deterministically: the first free candidate, else the first with a
 * number. Case-insensitive by default, because some file systems are (two types {@code Foo} and {@code FOO} would
 * clash); {@link #methods} makes a case-sensitive scope for methods and parameters, which never name a file.
 */
final class NameScope {
    private final Set<String> taken = new HashSet<>();
    private final Set<String> reserved;
    private final boolean ignoreCase;

    NameScope(Set<String> reserved) {
        this(reserved, true);
    }

    private NameScope(Set<String> reserved, boolean ignoreCase) {
        this.reserved = reserved;
        this.ignoreCase = ignoreCase;
    }

    /** A case-sensitive scope: the methods of a class, the parameters of a method. */
    static NameScope methods(Set<String> reserved) {
        return new NameScope(reserved, false);
    }

    private String key(String name) {
        return ignoreCase ? name.toLowerCase(Locale.ROOT) : name;
    }

    boolean isFree(String name) {
        return !taken.contains(key(name)) && !reserved.contains(name);
    }

    void take(String name) {
        taken.add(key(name));
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
