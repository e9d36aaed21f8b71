package dev.docpoet.codegen;

import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.DiagnosticCode;
import dev.docpoet.spec.ParserCode;
import dev.docpoet.spec.Severity;
import dev.docpoet.spec.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The warnings a build outside javac leaves unprinted, named as {@code @SuppressWarnings} names them on an
 * {@code @ApiDocs} interface: {@code docpoet} for all, {@code docpoet:InferDateTime} for one code. The CLI's
 * {@code --suppress} and the Maven plugin's {@code <suppress>} take these values, so one string works in all three.
 * Errors are never suppressed.
 */
public final class Suppressions {
    private static final String ALL = "docpoet";
    private static final Set<String> CODES = codes();

    private final boolean all;
    private final Set<String> codes;

    private Suppressions(boolean all, Set<String> codes) {
        this.all = all;
        this.codes = codes;
    }

    public static Suppressions none() {
        return new Suppressions(false, Set.of());
    }

    /**
     * The suppressions {@code values} name (each one value, or several separated by commas).
     *
     * @throws IllegalArgumentException naming a value that is neither {@code docpoet} nor {@code docpoet:} and a code of
     *     the parser's or the generator's catalogue, with a "did you mean" when one is close
     */
    public static Suppressions of(Collection<String> values) {
        boolean all = false;
        Set<String> codes = new TreeSet<>();
        // a build tool may hand over a list as one comma-separated value (-Ddocpoet.suppress=a,b)
        for (String v : values.stream().flatMap(raw -> java.util.Arrays.stream(raw.split(","))).map(String::strip)
                .filter(v -> !v.isEmpty()).toList()) {
            if (v.equals(ALL)) {
                all = true;
            } else if (v.startsWith(ALL + ":") && CODES.contains(v.substring(ALL.length() + 1))) {
                codes.add(v.substring(ALL.length() + 1));
            } else {
                String code = v.startsWith(ALL + ":") ? v.substring(ALL.length() + 1) : v;
                String close = Suggestions.closest(code, CODES);
                throw new IllegalArgumentException("`" + v + "` names no docpoet warning; write docpoet (all) or docpoet:CODE"
                        + (close == null ? ", such as docpoet:InferDateTime" : " (did you mean docpoet:" + close + "?)"));
            }
        }
        return new Suppressions(all, Set.copyOf(codes));
    }

    /** Whether {@code d} is a warning these suppressions leave unprinted. */
    public boolean hides(Diagnostic d) {
        return d.severity() == Severity.WARNING && (all || codes.contains(d.code().id()));
    }

    private static Set<String> codes() {
        List<DiagnosticCode> all = new ArrayList<>(List.of(ParserCode.values()));
        all.addAll(List.of(GeneratorCode.values()));
        Set<String> ids = new TreeSet<>();
        for (DiagnosticCode c : all) ids.add(c.id());
        return Set.copyOf(ids);
    }
}
