package dev.docpoet.codegen;

import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The one allocator of top-level type names in a package. Every claim brings its own candidates (a function of its own
 * use, never of other pages), so a name only moves when another claim wants the same name with a different shape; then
 * every claim on that name moves on to its next candidate, and a warning names them all. The result depends on the
 * set of claims, never on their order. Reserved names take part.
 */
final class TopLevelNames {
    /** Records win a name over enums: a record is named after its endpoint, an enum after a field. */
    enum Kind {
        RECORD, ENUM
    }

    /** One type that needs a top-level name. */
    static final class Claim {
        final String key;
        final List<String> candidates;
        final String shape;
        final Kind kind;
        final boolean pinned;
        final Location at;
        final Set<String> blocked;
        /** A spec's component: named by the spec, it keeps its name over other types of another shape. */
        final boolean stable;
        private int level;
        private int number = 2;
        private boolean invalidPin;
        private final Set<String> conflicts = new TreeSet<>();

        /**
         * @param key what the claim is, for messages and pins ({@code GET /tickets/{id} 200})
         * @param shape two claims share a name only when their shapes are equal
         * @param blocked names this claim must not take (types nested where it is used)
         */
        Claim(String key, List<String> candidates, String shape, Kind kind, boolean pinned, Location at, Set<String> blocked) {
            this(key, candidates, shape, kind, pinned, at, blocked, false);
        }

        /** @param stable whether it is a spec's component, which keeps its name over other types */
        Claim(String key, List<String> candidates, String shape, Kind kind, boolean pinned, Location at, Set<String> blocked, boolean stable) {
            this.stable = stable;
            this.key = key;
            this.candidates = List.copyOf(candidates);
            this.shape = shape;
            this.kind = kind;
            this.pinned = pinned;
            this.at = at;
            this.blocked = blocked;
        }

        String name() {
            if (level < candidates.size()) return candidates.get(level);
            return candidates.get(candidates.size() - 1) + number;
        }

        private static String lower(String s) {
            return s.toLowerCase(Locale.ROOT);
        }
    }

    private final Set<String> reserved;
    private final List<Diagnostic> diagnostics;

    TopLevelNames(Set<String> reserved, List<Diagnostic> diagnostics) {
        this.reserved = reserved;
        this.diagnostics = diagnostics;
    }

    /**
     * Gives every claim its name (read with {@link Claim#name()}). Claims already named keep their names unless a new
     * claim conflicts with them; call {@link #report} once when every claim is named.
     */
    void allocate(List<Claim> claims) {
        List<Claim> sorted = claims.stream().sorted(Comparator.comparing((Claim c) -> c.key).thenComparing(c -> c.shape)).toList();
        Set<Claim> stuck = new LinkedHashSet<>();
        for (int round = 0; round < 10_000; round++) {
            Set<Claim> bump = new LinkedHashSet<>();
            Map<String, List<Claim>> byName = new TreeMap<>();
            for (Claim c : sorted) byName.computeIfAbsent(Claim.lower(c.name()), k -> new ArrayList<>()).add(c);
            for (Claim c : sorted) {
                String n = c.name();
                if (reserved.contains(n) || c.blocked.contains(n)) bump.add(c);
            }
            for (List<Claim> group : byName.values()) {
                Set<String> shapes = group.stream().map(c -> c.kind + ":" + c.shape).collect(Collectors.toCollection(TreeSet::new));
                if (shapes.size() < 2) continue;
                boolean anyPinned = group.stream().anyMatch(c -> c.pinned);
                boolean anyRecord = group.stream().anyMatch(c -> c.kind == Kind.RECORD);
                // a spec's component keeps the name the spec gives it: the other types yield
                // (an enum's name still yields to a record's, which is planned by then)
                Set<String> stableShapes = group.stream().filter(c -> c.stable && (c.kind == Kind.RECORD || !anyRecord))
                        .map(c -> c.kind + ":" + c.shape).collect(Collectors.toSet());
                if (!anyPinned && stableShapes.size() == 1) {
                    for (Claim c : group) if (!stableShapes.contains(c.kind + ":" + c.shape)) bump.add(c);
                    continue;
                }
                for (Claim c : group) {
                    if (anyPinned && c.pinned) continue;
                    if (!anyPinned && anyRecord && c.kind == Kind.ENUM && group.stream().filter(o -> o.kind == Kind.RECORD)
                            .map(o -> o.shape).distinct().count() == 1) {
                        bump.add(c);
                        continue;
                    }
                    if (!anyPinned) {
                        for (Claim o : group) {
                            if (o != c && !o.shape.equals(c.shape)) c.conflicts.add(o.key);
                        }
                    }
                    bump.add(c);
                }
            }
            bump.removeAll(stuck);
            if (bump.isEmpty()) break;
            // claims that have no candidate left are numbered, in key order, so that they stay apart
            Map<String, Integer> numbers = new TreeMap<>();
            for (Claim c : bump) {
                if (c.pinned) {
                    stuck.add(c);
                    if (c.invalidPin) continue;
                    c.invalidPin = true;
                    diagnostics.add(new Diagnostic(GeneratorCode.GenPinInvalid, "the name `" + c.name() + "` pinned for " + c.key
                            + " cannot be used: it is reserved, or taken by a type of another shape", c.at,
                            "pin another name"));
                } else if (c.level >= c.candidates.size() - 1) {
                    String last = Claim.lower(c.candidates.get(c.candidates.size() - 1));
                    c.level = c.candidates.size();
                    c.number = Math.max(c.number + 1, numbers.merge(last, 2, Integer::sum));
                } else {
                    c.level++;
                }
            }
        }
    }

    /** At most three of a set, and how many more: one line of a diagnostic stays readable. */
    private static String few(Set<String> all) {
        List<String> shown = all.stream().limit(3).toList();
        return String.join(", ", shown) + (all.size() > 3 ? " and " + (all.size() - 3) + " more" : "");
    }

    /** Reports, once, the claims that did not get their first name and why. */
    void report(List<Claim> claims) {
        // a name many uses want is one warning, at the first of them; the others say where they went as infos, so that
        // a big spec is not a storm of warnings (GitHub's: 104 fields want `Privacy`)
        java.util.Map<String, List<Claim>> contested = new java.util.TreeMap<>();
        for (Claim c : claims.stream().sorted(Comparator.comparing((Claim c) -> c.key)).toList()) {
            if (c.level < c.candidates.size() && !c.conflicts.isEmpty()) contested.computeIfAbsent(c.candidates.get(0), k -> new ArrayList<>()).add(c);
        }
        Set<Claim> warned = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        contested.values().forEach(group -> warned.add(group.get(0)));
        for (Claim c : claims.stream().sorted(Comparator.comparing((Claim c) -> c.key)).toList()) {
            if (c.level < c.candidates.size() && !c.conflicts.isEmpty() && !warned.contains(c)) {
                Claim first = contested.get(c.candidates.get(0)).get(0);
                diagnostics.add(new Diagnostic(GeneratorCode.GenTypeName, c.key + " is named `" + c.name() + "`: `" + c.candidates.get(0)
                        + "` is wanted by uses of other shapes (the warning at " + first.at.file() + ":" + first.at.line() + ")", c.at,
                        "pin the name you want: @ApiDocs(types = @TypeName(of = \"" + c.key + "\", name = \"…\")) or --type-name \""
                                + c.key + "=…\""));
                continue;
            }
            if (c.level >= c.candidates.size()) {
                diagnostics.add(new Diagnostic(GeneratorCode.GenNameClash, c.key + " and " + few(c.conflicts)
                        + " get the same names by every rule docpoet has (last `" + c.candidates.get(c.candidates.size() - 1)
                        + "`)", c.at, "pin a name for one of them: @ApiDocs(types = @TypeName(of = \"" + c.key
                        + "\", name = \"…\")) or --type-name \"" + c.key + "=…\""));
            } else if (!c.conflicts.isEmpty()) {
                List<Claim> group = contested.get(c.candidates.get(0));
                String others = group.size() > 1 ? "; the " + (group.size() - 1) + " other" + (group.size() == 2 ? " use says" : " uses say")
                        + " where " + (group.size() == 2 ? "it went" : "they went") + " (info)" : "";
                diagnostics.add(new Diagnostic(GeneratorCode.GenNameConflict, c.key + " wants the name `" + c.candidates.get(0)
                        + "`, as " + (c.conflicts.size() == 1 ? "does " : "do ") + few(c.conflicts) + " with another shape; all of them get longer names (this one `"
                        + c.name() + "`)" + others, c.at, "pin the names you want: @ApiDocs(types = @TypeName(of = \"" + c.key
                        + "\", name = \"…\")) or --type-name \"" + c.key + "=…\" (see the README)"));
            } else if (c.level > 0 && !c.pinned) {
                diagnostics.add(new Diagnostic(GeneratorCode.GenTypeName, c.key + " is named `" + c.name() + "` because `"
                        + c.candidates.get(0) + "` is reserved or names another type", c.at, null));
            }
        }
    }
}
